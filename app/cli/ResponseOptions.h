// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Integration.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>

namespace hookdesk {

// The command-line options for what Hookdesk reads from responses and whom it trusts over
// HTTPS: --run-number json:/run/number|header:X-Run-Number and --ca-file PATH (an empty value
// clears either), for `integration add` and `edit`.
class ResponseOptions
{
public:
    // The option names, without "--"; each takes a value.
    static QStringList names();
    // Writes the options given (name → value) into the integration. Empty when they are
    // usable; otherwise a sentence saying what to fix.
    static QString apply(const QHash<QString, QString>& given, Integration& integration);
    // "runNumber" and "caFile" as `integration list --json` shows them.
    static void addJson(const Integration& integration, QJsonObject& object);
};

} // namespace hookdesk
