// SPDX-License-Identifier: GPL-3.0-or-later
#include "delivery/ReplyDeadlines.h"

namespace hookdesk {

ReplyDeadlines::ReplyDeadlines(QObject* parent) : QObject(parent)
{
    m_clock.start();
    m_timer.setSingleShot(true);
    // A timeout a few milliseconds late matters to no one; waking early for each would.
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ReplyDeadlines::expire);
}

ReplyDeadlines::Entry ReplyDeadlines::watch(int timeoutMs, std::function<void()> expired)
{
    const qint64 at = m_clock.elapsed() + qMax(0, timeoutMs);
    const bool earliest = m_deadlines.empty() || at < m_deadlines.begin()->first;
    const Entry entry = m_deadlines.emplace_hint(m_deadlines.end(), at, std::move(expired));
    if (earliest)
        schedule();
    return entry;
}

void ReplyDeadlines::forget(Entry entry)
{
    // The timer stays set for a deadline that is gone: it finds nothing due and sets itself again.
    m_deadlines.erase(entry);
    if (m_deadlines.empty())
        m_timer.stop();
}

void ReplyDeadlines::expire()
{
    // A callback may add or forget entries (an aborted reply finishes at once): take one at a time.
    while (!m_deadlines.empty() && m_deadlines.begin()->first <= m_clock.elapsed()) {
        std::function<void()> expired = std::move(m_deadlines.begin()->second);
        m_deadlines.erase(m_deadlines.begin());
        expired();
    }
    schedule();
}

void ReplyDeadlines::schedule()
{
    if (m_deadlines.empty()) {
        m_timer.stop();
        return;
    }
    m_timer.start(int(qMax<qint64>(0, m_deadlines.begin()->first - m_clock.elapsed())));
}

} // namespace hookdesk
