// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace hookdesk {

// Rate limit of one integration: up to `rate` requests start per second, with bursts of up to
// max(1, rate). Time is passed in (ms since the epoch) so tests move it instead of waiting.
class TokenBucket
{
public:
    // rate <= 0: unlimited.
    void setRate(double perSecond);
    double rate() const { return m_rate; }
    bool limited() const { return m_rate > 0; }

    // Whole requests that may start now.
    int available(qint64 nowMs);
    void take(int count, qint64 nowMs);
    // When the next request may start, or nowMs when one may start at once.
    qint64 nextAvailableAt(qint64 nowMs);

private:
    void refill(qint64 nowMs);
    double capacity() const { return qMax(1.0, m_rate); }

    double m_rate = 0;
    double m_tokens = 0;
    qint64 m_lastMs = -1;
};

} // namespace hookdesk
