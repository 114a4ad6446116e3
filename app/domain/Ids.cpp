// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Ids.h"

#include <QDateTime>
#include <QMutex>
#include <QRandomGenerator>
#include <array>

namespace hookdesk {

QString newId(const QString& prefix)
{
    static const char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    // Lists sort by (created_at, id), and a busy source raises many events within one millisecond:
    // ids made in the same millisecond count up from the previous one instead of being random, so
    // they still sort in the order they were made (monotonic ULIDs).
    static QMutex mutex;
    static quint64 lastMs = 0;
    static std::array<quint8, 16> digits{};

    const QMutexLocker lock(&mutex);
    quint64 ms = quint64(QDateTime::currentMSecsSinceEpoch());
    if (ms <= lastMs) {
        ms = lastMs; // also when the clock steps back
        int i = int(digits.size()) - 1;
        while (i >= 0 && digits[size_t(i)] == 31)
            digits[size_t(i--)] = 0;
        if (i >= 0)
            ++digits[size_t(i)];
        else
            ++ms; // 2^80 ids in one millisecond: borrow the next one
    } else {
        auto* rng = QRandomGenerator::system();
        for (quint8& digit : digits)
            digit = quint8(rng->bounded(32));
        // Room to count up without running into the next millisecond's ids.
        digits[0] &= 15;
    }
    lastMs = ms;

    QString out = prefix + QLatin1Char('_');
    out.reserve(out.size() + 26);
    for (int i = 9; i >= 0; --i)
        out += QLatin1Char(alphabet[(ms >> (i * 5)) & 31]);
    for (const quint8 digit : digits)
        out += QLatin1Char(alphabet[digit]);
    return out;
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace hookdesk
