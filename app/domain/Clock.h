// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>
#include <functional>

namespace hookdesk {

// "Now" in ms since the epoch, UTC. The dispatcher and the job store ask a Clock rather than
// the system so that tests of retry timing move time forward instead of sleeping.
class Clock
{
public:
    using Source = std::function<qint64()>;

    // The system clock.
    Clock();
    explicit Clock(Source source);

    qint64 nowMs() const;

private:
    Source m_source;
};

} // namespace hookdesk
