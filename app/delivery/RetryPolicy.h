// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace hookdesk {

// When a failed delivery is tried again. A schedule is the list of waits between attempts:
// the first attempt goes out at once, the second after the first wait, and so on; after the
// last one the job is exhausted. Each wait is spread by ±20 % so that the jobs of one outage do
// not all come back in the same second.
class RetryPolicy
{
public:
    // Returns a number uniformly distributed in [0, 1).
    using RandomSource = std::function<double()>;

    static constexpr double kJitter = 0.2;
    // Retry-After is honoured up to this long; a receiver cannot park a job for a week.
    static constexpr qint64 kMaxRetryAfterMs = 24LL * 3600 * 1000;

    // Standard Webhooks' recommendation: immediately, then 5 s, 5 min, 30 min, 2 h, 5 h, 10 h,
    // 14 h, 20 h and 24 h after the previous attempt.
    RetryPolicy();
    explicit RetryPolicy(QList<qint64> waitsMs);

    static QList<qint64> defaultWaitsMs();
    // Reads a schedule as an administrator writes it: waits separated by commas or spaces, each
    // a number with a unit (ms, s, m or min, h, d; a bare number is seconds), e.g.
    // "5s, 5m, 30m, 2h". Empty text means the default schedule.
    static std::optional<RetryPolicy> fromText(const QString& text, QString* error = nullptr);
    // The schedule in the form fromText() reads, e.g. "5s, 5m, 30m".
    QString toText() const;

    void setRandomSource(RandomSource random);

    QList<qint64> waitsMs() const { return m_waitsMs; }
    // Attempts made by the schedule: the first one and one per wait.
    int maxAttempts() const { return int(m_waitsMs.size()) + 1; }
    // The jittered wait before the next scheduled attempt once `scheduledAttempts` attempts of
    // the schedule have been made, or nothing when the schedule is used up.
    std::optional<qint64> nextWaitMs(int scheduledAttempts) const;

    // A Retry-After header value, delay-seconds or an HTTP date, as a wait from `nowMs`,
    // bounded to [0, kMaxRetryAfterMs]. Nothing when the value is missing or malformed.
    static std::optional<qint64> parseRetryAfter(const QByteArray& value, qint64 nowMs);

private:
    QList<qint64> m_waitsMs;
    RandomSource m_random;
};

} // namespace hookdesk
