// SPDX-License-Identifier: GPL-3.0-or-later
#include "delivery/TokenBucket.h"

#include <cmath>
#include <limits>

namespace hookdesk {

void TokenBucket::setRate(double perSecond)
{
    if (perSecond == m_rate)
        return;
    m_rate = qMax(0.0, perSecond);
    m_tokens = qMin(m_tokens, capacity());
}

void TokenBucket::refill(qint64 nowMs)
{
    if (m_lastMs < 0) {
        m_tokens = capacity(); // a new bucket starts full
    } else if (nowMs > m_lastMs) {
        m_tokens = qMin(capacity(), m_tokens + double(nowMs - m_lastMs) * m_rate / 1000.0);
    }
    m_lastMs = qMax(m_lastMs, nowMs);
}

int TokenBucket::available(qint64 nowMs)
{
    if (!limited())
        return std::numeric_limits<int>::max();
    refill(nowMs);
    return int(std::floor(m_tokens + 1e-9));
}

void TokenBucket::take(int count, qint64 nowMs)
{
    if (!limited())
        return;
    refill(nowMs);
    m_tokens -= count;
}

qint64 TokenBucket::nextAvailableAt(qint64 nowMs)
{
    if (!limited())
        return nowMs;
    refill(nowMs);
    if (m_tokens >= 1.0 - 1e-9)
        return nowMs;
    return nowMs + qint64(std::ceil((1.0 - m_tokens) * 1000.0 / m_rate));
}

} // namespace hookdesk
