// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Attempt.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace hookdesk {

namespace {

// `utf8` as one JSON string, quoted and escaped. Runs that need no escape are copied whole. With
// `asciiOnly`, stops at the first byte that is not ASCII and returns false, `out` half written.
bool appendEscaped(QByteArray& out, QByteArrayView utf8, bool asciiOnly)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    qsizetype copied = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto byte = static_cast<unsigned char>(utf8[i]);
        if (asciiOnly && byte >= 0x80)
            return false;
        if (byte != '"' && byte != '\\' && byte >= 0x20)
            continue;
        out.append(utf8.data() + copied, i - copied);
        copied = i + 1;
        if (byte == '"' || byte == '\\') {
            out += '\\';
            out += char(byte);
        } else {
            out += "\\u00";
            out += hex[byte >> 4];
            out += hex[byte & 0xf];
        }
    }
    out.append(utf8.data() + copied, utf8.size() - copied);
    out += '"';
    return true;
}

// One header name (Latin-1) or value (UTF-8; invalid bytes become U+FFFD) as a JSON string.
// Written by hand: every attempt stores two header lists, and QJsonDocument spent more on them
// than signing the request did. ASCII, nearly every header, is its own UTF-8 and needs no
// conversion.
void appendJsonString(QByteArray& out, const QByteArray& bytes, bool latin1)
{
    // In one pass when it is ASCII; otherwise written again from its UTF-8.
    const qsizetype start = out.size();
    if (appendEscaped(out, bytes, true))
        return;
    out.truncate(start);
    appendEscaped(out, (latin1 ? QString::fromLatin1(bytes) : QString::fromUtf8(bytes)).toUtf8(), false);
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
        appendJsonString(out, name, true);
        out += ',';
        appendJsonString(out, value, false);
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
