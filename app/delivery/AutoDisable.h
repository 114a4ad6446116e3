// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Integration.h"

namespace hookdesk {

// Disables an integration that has failed without a success for its own period
// (Integration::autoDisableAfterMs; 0: never), so that a receiver gone for good stops costing
// attempts. Its jobs wait and go out when an administrator enables it again.
class AutoDisable
{
public:
    // Whether the failure streak recorded on `integration` has lasted long enough. A few failures
    // spread over a long quiet time are not a dead receiver: only a streak that also tripped the
    // circuit breaker counts.
    static bool isDue(const Integration& integration, qint64 nowMs);
    // The disabled reason shown on the Integrations page, naming the period.
    static QString reason(const Integration& integration, qint64 nowMs);
    // "5 days", "1 day", "12 hours", "90 minutes", "30 seconds".
    static QString describePeriod(qint64 ms);
};

} // namespace hookdesk
