// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonParseError>
#include <QString>

namespace hookdesk {

// Turns a QJsonParseError into a place a person can find in an editor and a reason they can act
// on. QJsonParseError::offset usually points one character past the fault (and to the end of the
// file for an unclosed string), and its messages describe the parser's state ("unterminated
// object") rather than the mistake (a missing comma), so the document is re-scanned strictly to
// find the first offending character.
class JsonErrorLocator
{
public:
    struct Location
    {
        qsizetype offset = 0; // bytes from the start of the document
        int line = 1;         // 1-based
        int column = 1;       // 1-based, in characters (a tab counts as one)
        QString reason; // lower-case phrase, e.g. "a comma “,” or a closing “}” is expected here"
    };

    static Location locate(const QByteArray& json, const QJsonParseError& error);
    // 1-based line and column (in characters) of a byte offset in UTF-8 text.
    static void lineAndColumn(const QByteArray& json, qsizetype offset, int* line, int* column);
};

} // namespace hookdesk
