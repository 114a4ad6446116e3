// SPDX-License-Identifier: GPL-3.0-or-later
#include "delivery/RunNumber.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QStringList>
#include <cmath>
#include <optional>

namespace hookdesk {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("hookdesk::RunNumber", text);
}

QString finish(const QString& value)
{
    return value.trimmed().left(RunNumber::kMaxLength).trimmed();
}

// RFC 6901: "~1" is "/" and "~0" is "~", decoded in that order. Nothing for a stray "~".
std::optional<QString> unescape(const QString& token)
{
    QString out;
    out.reserve(token.size());
    for (qsizetype i = 0; i < token.size(); ++i) {
        const QChar c = token.at(i);
        if (c != QLatin1Char('~')) {
            out.append(c);
            continue;
        }
        if (i + 1 >= token.size())
            return std::nullopt;
        const QChar next = token.at(++i);
        if (next == QLatin1Char('0'))
            out.append(QLatin1Char('~'));
        else if (next == QLatin1Char('1'))
            out.append(QLatin1Char('/'));
        else
            return std::nullopt;
    }
    return out;
}

// An array index as RFC 6901 writes it: "0" or digits without a leading zero.
std::optional<qsizetype> arrayIndex(const QString& token)
{
    if (token.isEmpty() || (token.size() > 1 && token.startsWith(QLatin1Char('0'))))
        return std::nullopt;
    for (const QChar c : token) {
        if (!c.isDigit() || c.unicode() > 127)
            return std::nullopt;
    }
    bool ok = false;
    const qlonglong index = token.toLongLong(&ok);
    return ok ? std::optional<qsizetype>(index) : std::nullopt;
}

QString render(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (!value.isDouble())
        return {}; // objects, arrays, booleans and null are no reference
    const double number = value.toDouble();
    if (!std::isfinite(number))
        return {};
    // 'f' with the shortest exact precision: no exponent, and 3.0 is "3".
    return QString::number(number, 'f', QLocale::FloatingPointShortest);
}

bool isTokenChar(QChar c)
{
    if (c.unicode() > 127 || c.unicode() <= 32)
        return false;
    return c.isLetterOrNumber() || QStringLiteral("!#$%&'*+-.^_`|~").contains(c);
}

} // namespace

QString RunNumber::extract(const Integration& integration, int status, const HeaderList& responseHeaders,
                           const QByteArray& body)
{
    if (status <= 0)
        return {};
    switch (integration.runNumberSource) {
    case RunNumberSource::None:
        return {};
    case RunNumberSource::JsonPointer:
        return fromJson(body, integration.runNumberPath);
    case RunNumberSource::Header:
        return fromHeader(responseHeaders, integration.runNumberPath);
    }
    return {};
}

QString RunNumber::fromJson(const QByteArray& body, const QString& pointer)
{
    if (!validateRule(RunNumberSource::JsonPointer, pointer).isEmpty())
        return {};
    // Wrapped in an array so that a body that is a bare string or number can be read too.
    QJsonParseError parseError;
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray("[") + body + QByteArray("]"), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isArray() || document.array().size() != 1)
        return {};
    QJsonValue value = document.array().at(0);
    if (pointer.isEmpty())
        return finish(render(value));
    const QStringList tokens = pointer.mid(1).split(QLatin1Char('/'));
    for (const QString& raw : tokens) {
        const std::optional<QString> token = unescape(raw);
        if (!token)
            return {};
        if (value.isObject()) {
            const QJsonObject object = value.toObject();
            const auto it = object.constFind(*token);
            if (it == object.constEnd())
                return {};
            value = it.value();
        } else if (value.isArray()) {
            const QJsonArray array = value.toArray();
            const std::optional<qsizetype> index = arrayIndex(*token);
            if (!index || *index >= array.size())
                return {};
            value = array.at(*index);
        } else {
            return {};
        }
    }
    return finish(render(value));
}

QString RunNumber::fromHeader(const HeaderList& headers, const QString& name)
{
    const QByteArray wanted = name.trimmed().toLatin1();
    if (wanted.isEmpty())
        return {};
    for (const auto& [headerName, value] : headers) {
        if (headerName.compare(wanted, Qt::CaseInsensitive) == 0)
            return finish(QString::fromUtf8(value));
    }
    return {};
}

QString RunNumber::validateRule(RunNumberSource source, const QString& path)
{
    switch (source) {
    case RunNumberSource::None:
        return {};
    case RunNumberSource::JsonPointer:
        if (!path.isEmpty() && !path.startsWith(QLatin1Char('/')))
            return tr("The JSON pointer “%1” must start with “/”, for example /run/number.").arg(path);
        for (const QString& token : path.mid(1).split(QLatin1Char('/'))) {
            if (!unescape(token))
                return tr("The JSON pointer “%1” has a “~” that is not followed by 0 or 1; write “~0” for "
                          "“~” and “~1” for “/” in a name.")
                    .arg(path);
        }
        return {};
    case RunNumberSource::Header:
        if (path.trimmed().isEmpty())
            return tr("Enter the name of the response header that holds the run number, for example "
                      "X-Run-Number.");
        for (const QChar c : path.trimmed()) {
            if (!isTokenChar(c))
                return tr("“%1” is not a header name: use letters, digits and - only, for example "
                          "X-Run-Number.")
                    .arg(path);
        }
        return {};
    }
    return {};
}

} // namespace hookdesk
