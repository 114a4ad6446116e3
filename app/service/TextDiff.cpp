// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/TextDiff.h"

#include <QDateTime>
#include <QJsonDocument>
#include <dtl/dtl.hpp>
#include <string>
#include <vector>

namespace hookdesk {

QList<TextDiff::Line> TextDiff::lines(const QStringList& before, const QStringList& after)
{
    std::vector<std::string> a;
    std::vector<std::string> b;
    for (const QString& l : before)
        a.push_back(l.toStdString());
    for (const QString& l : after)
        b.push_back(l.toStdString());
    dtl::Diff<std::string> diff(a, b);
    diff.onHuge(); // bounded memory on long bodies
    diff.compose();
    QList<Line> out;
    for (const auto& [text, info] : diff.getSes().getSequence()) {
        Line line;
        line.text = QString::fromStdString(text);
        line.op = info.type == dtl::SES_ADD      ? Line::Added
                  : info.type == dtl::SES_DELETE ? Line::Removed
                                                 : Line::Same;
        out.append(line);
    }
    return out;
}

int TextDiff::changedLines(const QList<Line>& diff)
{
    int n = 0;
    for (const Line& l : diff)
        n += l.op == Line::Same ? 0 : 1;
    return n;
}

QStringList TextDiff::attemptText(const Attempt& a)
{
    auto body = [](const QByteArray& bytes) {
        const QJsonDocument doc = QJsonDocument::fromJson(bytes);
        return (doc.isNull() ? QString::fromUtf8(bytes)
                             : QString::fromUtf8(doc.toJson(QJsonDocument::Indented)))
            .split(QLatin1Char('\n'));
    };
    QStringList out{QStringLiteral("POST %1").arg(a.requestUrl)};
    for (const auto& [name, value] : a.requestHeaders)
        out.append(QString::fromLatin1(name) + QStringLiteral(": ") + QString::fromUtf8(value));
    out.append(QString());
    out += body(a.requestBody);
    out.append(QStringLiteral("──── response ────"));
    out.append(a.responseStatus > 0 ? QStringLiteral("HTTP %1").arg(a.responseStatus)
                                    : QStringLiteral("No HTTP answer: %1").arg(a.error));
    for (const auto& [name, value] : a.responseHeaders)
        out.append(QString::fromLatin1(name) + QStringLiteral(": ") + QString::fromUtf8(value));
    out.append(QString());
    out += body(a.responseBody);
    return out;
}

} // namespace hookdesk
