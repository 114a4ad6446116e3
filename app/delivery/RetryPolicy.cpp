// SPDX-License-Identifier: GPL-3.0-or-later
#include "delivery/RetryPolicy.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimeZone>

namespace hookdesk {

namespace {

constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

QString tr(const char* text)
{
    return QCoreApplication::translate("hookdesk::RetryPolicy", text);
}

QString formatWait(qint64 ms)
{
    if (ms % kDay == 0 && ms > 0)
        return QStringLiteral("%1d").arg(ms / kDay);
    if (ms % kHour == 0 && ms > 0)
        return QStringLiteral("%1h").arg(ms / kHour);
    if (ms % kMinute == 0 && ms > 0)
        return QStringLiteral("%1m").arg(ms / kMinute);
    if (ms % kSecond == 0)
        return QStringLiteral("%1s").arg(ms / kSecond);
    return QStringLiteral("%1ms").arg(ms);
}

} // namespace

RetryPolicy::RetryPolicy() : m_waitsMs(defaultWaitsMs()) {}

RetryPolicy::RetryPolicy(QList<qint64> waitsMs) : m_waitsMs(std::move(waitsMs)) {}

QList<qint64> RetryPolicy::defaultWaitsMs()
{
    return {5 * kSecond, 5 * kMinute, 30 * kMinute, 2 * kHour, 5 * kHour,
            10 * kHour,  14 * kHour,  20 * kHour,   24 * kHour};
}

std::optional<RetryPolicy> RetryPolicy::fromText(const QString& text, QString* error)
{
    if (text.trimmed().isEmpty())
        return RetryPolicy();
    static const QRegularExpression separator(QStringLiteral("[,;\\s]+"));
    static const QRegularExpression wait(QStringLiteral("^(\\d+)\\s*(ms|s|m|min|h|d)?$"),
                                         QRegularExpression::CaseInsensitiveOption);
    QList<qint64> waits;
    const QStringList parts = text.trimmed().split(separator, Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        const QRegularExpressionMatch m = wait.match(part);
        bool ok = false;
        const qint64 amount = m.hasMatch() ? m.captured(1).toLongLong(&ok) : 0;
        if (!ok) {
            if (error)
                *error = tr("“%1” in the retry schedule is not a wait. Write waits such as 5s, 5m, 2h or 1d, "
                            "separated by commas.")
                             .arg(part);
            return std::nullopt;
        }
        const QString unit = m.captured(2).toLower();
        const qint64 scale = unit == QLatin1String("ms")                                  ? 1
                             : unit == QLatin1String("m") || unit == QLatin1String("min") ? kMinute
                             : unit == QLatin1String("h")                                 ? kHour
                             : unit == QLatin1String("d")                                 ? kDay
                                                                                          : kSecond;
        if (amount > 30 * kDay / scale) {
            if (error)
                *error =
                    tr("The wait “%1” in the retry schedule is longer than 30 days. Choose a shorter one.")
                        .arg(part);
            return std::nullopt;
        }
        waits.append(amount * scale);
    }
    return RetryPolicy(waits);
}

QString RetryPolicy::toText() const
{
    QStringList parts;
    for (qint64 ms : m_waitsMs)
        parts.append(formatWait(ms));
    return parts.join(QStringLiteral(", "));
}

void RetryPolicy::setRandomSource(RandomSource random)
{
    m_random = std::move(random);
}

std::optional<qint64> RetryPolicy::nextWaitMs(int scheduledAttempts) const
{
    const int index = qMax(1, scheduledAttempts) - 1;
    if (index >= m_waitsMs.size())
        return std::nullopt;
    const double unit = m_random ? m_random() : QRandomGenerator::global()->generateDouble();
    const double factor = 1.0 + kJitter * (2.0 * qBound(0.0, unit, 1.0) - 1.0);
    return qRound64(double(m_waitsMs.at(index)) * factor);
}

std::optional<qint64> RetryPolicy::parseRetryAfter(const QByteArray& value, qint64 nowMs)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qint64 seconds = trimmed.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? std::nullopt
                           : std::optional<qint64>(qMin(seconds, kMaxRetryAfterMs / kSecond) * kSecond);
    // HTTP dates are IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT"), which RFC 2822 parsing reads.
    QDateTime at = QDateTime::fromString(QString::fromLatin1(trimmed), Qt::RFC2822Date);
    if (!at.isValid())
        at = QLocale::c().toDateTime(QString::fromLatin1(trimmed),
                                     QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!at.isValid())
        return std::nullopt;
    if (at.timeSpec() == Qt::LocalTime)
        at.setTimeZone(QTimeZone::utc());
    return qBound<qint64>(0, at.toMSecsSinceEpoch() - nowMs, kMaxRetryAfterMs);
}

} // namespace hookdesk
