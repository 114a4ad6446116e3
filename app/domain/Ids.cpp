// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Ids.h"

#include <QDateTime>
#include <QRandomGenerator>

namespace hookdesk {

QString newId(const QString& prefix)
{
    static const char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    const quint64 ms = quint64(QDateTime::currentMSecsSinceEpoch());
    QString out = prefix + QLatin1Char('_');
    out.reserve(out.size() + 26);
    for (int i = 9; i >= 0; --i)
        out += QLatin1Char(alphabet[(ms >> (i * 5)) & 31]);
    auto* rng = QRandomGenerator::system();
    for (int i = 0; i < 16; ++i)
        out += QLatin1Char(alphabet[rng->bounded(32)]);
    return out;
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace hookdesk
