// SPDX-License-Identifier: GPL-3.0-or-later
#include "delivery/CircuitBreaker.h"

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

qint64 CircuitBreaker::pauseMs(int failures)
{
    if (failures < kThreshold)
        return 0;
    const int doublings = qMin(failures - kThreshold, 16);
    return qMin(kMaxPauseMs, kFirstPauseMs << doublings);
}

} // namespace hookdesk
