// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <functional>
#include <map>

namespace hookdesk {

// Request timeouts with one timer for all requests in flight. A QTimer per request costs an
// object, a connection and a timer registration on every delivery, which a busy dispatcher
// feels; here a request costs one entry in an ordered map.
class ReplyDeadlines : public QObject
{
public:
    using Entry = std::multimap<qint64, std::function<void()>>::iterator;

    explicit ReplyDeadlines(QObject* parent = nullptr);

    // Calls `expired` once `timeoutMs` have passed, unless forget() was called before.
    Entry watch(int timeoutMs, std::function<void()> expired);
    // The request finished before its time ran out: no timeout for it any more. Never for an
    // entry that expired (its `expired` was called; the entry is gone).
    void forget(Entry entry);
    int pending() const { return int(m_deadlines.size()); }

private:
    void expire();
    void schedule();

    QElapsedTimer m_clock;
    QTimer m_timer;
    std::multimap<qint64, std::function<void()>> m_deadlines;
};

} // namespace hookdesk
