// SPDX-License-Identifier: GPL-3.0-or-later
#include "delivery/CircuitBreaker.h"

#include <QCoreApplication>
#include <QDateTime>

namespace hookdesk {

bool CircuitBreaker::recordSuccess(Integration& integration)
{
    if (integration.consecutiveFailures == 0 && integration.failingSince == 0 && integration.pausedUntil == 0)
        return false;
    integration.consecutiveFailures = 0;
    integration.failingSince = 0;
    integration.pausedUntil = 0;
    return true;
}

bool CircuitBreaker::recordFailure(Integration& integration, qint64 nowMs)
{
    // Requests that were already under way when the breaker opened say nothing new.
    if (isPaused(integration, nowMs))
        return false;
    ++integration.consecutiveFailures;
    if (integration.failingSince == 0)
        integration.failingSince = nowMs;
    const qint64 pause = pauseMs(integration.consecutiveFailures);
    if (pause > 0)
        integration.pausedUntil = nowMs + pause;
    return true;
}

QString CircuitBreaker::describe(const Integration& integration, qint64 nowMs)
{
    if (integration.consecutiveFailures == 0)
        return {};
    const int failures = integration.consecutiveFailures;
    if (!isPaused(integration, nowMs)) {
        return failures == 1
                   ? QCoreApplication::translate("hookdesk::CircuitBreaker", "Failing: 1 failure")
                   : QCoreApplication::translate("hookdesk::CircuitBreaker", "Failing: %1 failures in a row")
                         .arg(failures);
    }
    const QDateTime until = QDateTime::fromMSecsSinceEpoch(integration.pausedUntil);
    const QDateTime current = QDateTime::fromMSecsSinceEpoch(nowMs);
    const QString when = until.date() == current.date() ? until.toString(QStringLiteral("HH:mm"))
                                                        : until.toString(QStringLiteral("d MMM HH:mm"));
    return QCoreApplication::translate("hookdesk::CircuitBreaker", "Paused until %1 after %2 failures")
        .arg(when)
        .arg(failures);
}

qint64 CircuitBreaker::pauseMs(int failures)
{
    if (failures < kThreshold)
        return 0;
    const int doublings = qMin(failures - kThreshold, 16);
    return qMin(kMaxPauseMs, kFirstPauseMs << doublings);
}

} // namespace hookdesk
