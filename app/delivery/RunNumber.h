// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Attempt.h"
#include "domain/Integration.h"

#include <QString>

namespace hookdesk {

// The run number: the receiver's own reference for a delivery (e.g. "001"), read from its
// response by the integration's rule, so that an administrator can quote it to the receiver's
// people.
class RunNumber
{
public:
    // Longer values are cut: a run number is a reference, not a document.
    static constexpr int kMaxLength = 64;

    // The run number in a response; empty when the rule is None, there was no answer (status 0),
    // or the rule finds nothing usable. A JSON pointer (RFC 6901) must lead to a string (taken
    // as it is) or a number (written without exponent or trailing ".0"); a header is looked up
    // without regard to case. The value is trimmed and at most kMaxLength characters.
    static QString extract(const Integration& integration, int status, const HeaderList& responseHeaders,
                           const QByteArray& body);
    // Empty when the rule can be used; otherwise a sentence saying what to fix.
    static QString validateRule(RunNumberSource source, const QString& path);

    // The value at `pointer` in a JSON text, as extract() renders it; empty for anything else.
    static QString fromJson(const QByteArray& body, const QString& pointer);
    static QString fromHeader(const HeaderList& headers, const QString& name);
};

} // namespace hookdesk
