// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Attempt.h"

#include <QList>
#include <QStringList>

namespace hookdesk {

// Line differences between two texts (dtl's shortest edit script), and the text of an attempt
// that an administrator compares: request line, headers, body, response.
class TextDiff
{
public:
    struct Line
    {
        enum Op
        {
            Same,
            Removed,
            Added
        };
        Op op = Same;
        QString text;
    };

    static QList<Line> lines(const QStringList& before, const QStringList& after);
    static int changedLines(const QList<Line>& diff);
    static QStringList attemptText(const Attempt& attempt);
};

} // namespace hookdesk
