// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace hookdesk {

// `hookdesk <command> …`: a thin layer over the same core as the GUI, for scripting and tests.
class CommandLine
{
public:
    // Splits `--database X` (anywhere) from the rest. Returns the remaining arguments
    // without the program name; *database is empty when not given.
    static QStringList extractDatabase(const QStringList& arguments, QString* database, QString* error);
    // True when the arguments name a command rather than asking for the GUI.
    static bool isCommand(const QStringList& arguments);
    // Runs a command inside an existing QCoreApplication; returns the process exit code.
    static int run(const QStringList& arguments, const QString& database);
};

} // namespace hookdesk
