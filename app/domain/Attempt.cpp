// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Attempt.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace hookdesk {

namespace {

// One JSON string, quoted and escaped. Written by hand: every attempt stores two header lists,
// and QJsonDocument spent more on them than signing the request did.
void appendJsonString(QByteArray& out, const QString& text)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    const QByteArray utf8 = text.toUtf8(); // invalid UTF-8 in a header arrived as U+FFFD already
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (byte < 0x20) {
            out += "\\u00";
            out += hex[byte >> 4];
            out += hex[byte & 0xf];
        } else {
            out += c;
        }
    }
    out += '"';
}

} // namespace

QByteArray headersToJson(const HeaderList& headers)
{
    QByteArray out;
    out.reserve(64 * headers.size() + 2);
    out += '[';
    bool first = true;
    for (const auto& [name, value] : headers) {
        if (!first)
            out += ',';
        first = false;
        out += '[';
        appendJsonString(out, QString::fromLatin1(name));
        out += ',';
        appendJsonString(out, QString::fromUtf8(value));
        out += ']';
    }
    out += ']';
    return out;
}

HeaderList headersFromJson(const QByteArray& json)
{
    HeaderList headers;
    const QJsonArray array = QJsonDocument::fromJson(json).array();
    for (const QJsonValue& pair : array) {
        const QJsonArray a = pair.toArray();
        if (a.size() == 2)
            headers.append({a.at(0).toString().toLatin1(), a.at(1).toString().toUtf8()});
    }
    return headers;
}

} // namespace hookdesk
