// SPDX-License-Identifier: GPL-3.0-or-later
#include "delivery/AutoDisable.h"

#include "delivery/CircuitBreaker.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

namespace hookdesk {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("hookdesk::AutoDisable", text);
}

// English plurals without a translation file: "%n day(s)" would show the brackets. The callers mark
// their texts with QT_TRANSLATE_NOOP so that lupdate finds them.
QString count(qint64 n, const char* one, const char* many)
{
    return n == 1 ? tr(one) : tr(many).arg(n);
}

QString when(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc())
        .toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

} // namespace

bool AutoDisable::isDue(const Integration& integration, qint64 nowMs)
{
    return integration.enabled && integration.autoDisableAfterMs > 0 && integration.failingSince > 0 &&
           integration.consecutiveFailures >= CircuitBreaker::kThreshold &&
           nowMs - integration.failingSince >= integration.autoDisableAfterMs;
}

QString AutoDisable::reason(const Integration& integration, qint64 nowMs)
{
    return tr("Deliveries failed without a success for %1 (from %2 to %3, %4 failures in a row), so Hookdesk "
              "disabled the integration. Its waiting jobs are kept: fix the receiver, then enable the "
              "integration to send them.")
        .arg(describePeriod(integration.autoDisableAfterMs), when(integration.failingSince), when(nowMs))
        .arg(integration.consecutiveFailures);
}

QString AutoDisable::describePeriod(qint64 ms)
{
    constexpr qint64 second = 1000;
    constexpr qint64 minute = 60 * second;
    constexpr qint64 hour = 60 * minute;
    constexpr qint64 day = 24 * hour;
    if (ms >= day && ms % day == 0)
        return count(ms / day, QT_TRANSLATE_NOOP("hookdesk::AutoDisable", "1 day"),
                     QT_TRANSLATE_NOOP("hookdesk::AutoDisable", "%1 days"));
    if (ms >= hour && ms % hour == 0)
        return count(ms / hour, QT_TRANSLATE_NOOP("hookdesk::AutoDisable", "1 hour"),
                     QT_TRANSLATE_NOOP("hookdesk::AutoDisable", "%1 hours"));
    if (ms >= minute && ms % minute == 0)
        return count(ms / minute, QT_TRANSLATE_NOOP("hookdesk::AutoDisable", "1 minute"),
                     QT_TRANSLATE_NOOP("hookdesk::AutoDisable", "%1 minutes"));
    return count(qMax<qint64>(1, ms / second), QT_TRANSLATE_NOOP("hookdesk::AutoDisable", "1 second"),
                 QT_TRANSLATE_NOOP("hookdesk::AutoDisable", "%1 seconds"));
}

} // namespace hookdesk
