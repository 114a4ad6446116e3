// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Integration.h"

namespace hookdesk {

// Pauses an integration whose receiver keeps failing, so that its jobs wait instead of spending
// their attempts: after kThreshold failures in a row no job is claimed for 30 s, then one trial
// job goes out; each failed trial doubles the pause up to an hour; a success closes the breaker.
// The state lives on the Integration (consecutiveFailures, failingSince, pausedUntil).
class CircuitBreaker
{
public:
    static constexpr int kThreshold = 5;
    static constexpr qint64 kFirstPauseMs = 30 * 1000;
    static constexpr qint64 kMaxPauseMs = 60 * 60 * 1000;

    // Both return whether the state changed (and so should be saved).
    static bool recordSuccess(Integration& integration);
    static bool recordFailure(Integration& integration, qint64 nowMs);

    // The pause after `failures` in a row: 0 below the threshold.
    static qint64 pauseMs(int failures);
    static bool isPaused(const Integration& integration, qint64 nowMs)
    {
        return integration.pausedUntil > nowMs;
    }
    // The state in words for the Integrations page, e.g. "Paused until 14:05 after 5 failures"
    // (local time); empty while deliveries succeed.
    static QString describe(const Integration& integration, qint64 nowMs);
    // After a pause only one trial request at a time.
    static bool isTrial(const Integration& integration)
    {
        return integration.consecutiveFailures >= kThreshold;
    }
};

} // namespace hookdesk
