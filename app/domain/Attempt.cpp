// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Attempt.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace hookdesk {

QByteArray headersToJson(const HeaderList& headers)
{
    QJsonArray array;
    for (const auto& [name, value] : headers)
        array.append(QJsonArray{QString::fromLatin1(name), QString::fromUtf8(value)});
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
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
