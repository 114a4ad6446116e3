// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Integration.h"

#include <QString>
#include <optional>

namespace hookdesk {

// What an administrator may put in the headers of an integration's requests. The same checks
// serve the dialog, the command line and the service, so they refuse the same things in the
// same words.
class HeaderRules
{
public:
    // True for an HTTP field name (RFC 9110 "token").
    static bool isToken(const QString& name);
    // True for a header Hookdesk writes itself on every request (Content-Type, webhook-*, ce-*…).
    static bool isSetByHookdesk(const QString& name);
    // The problem with the Basic user name and the custom headers, or an empty string.
    static QString validate(const Integration& integration);
    // Reads "Name: value" as typed on the command line; nothing and *error on malformed text.
    static std::optional<QPair<QByteArray, QByteArray>> parse(const QString& line, QString* error);
};

} // namespace hookdesk
