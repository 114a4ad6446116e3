// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Attempt.h"

#include <QString>

namespace hookdesk {

// A request as a shell command an administrator can paste to replay it: `curl` with every
// header as recorded (secrets stay redacted as stored) and the body byte for byte.
class CurlCommand
{
public:
    static QString build(const QString& url, const HeaderList& headers, const QByteArray& body);
    // Quotes a string for a POSIX shell.
    static QString shellQuote(const QString& text);
};

} // namespace hookdesk
