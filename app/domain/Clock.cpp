// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Clock.h"

#include "domain/Ids.h"

namespace hookdesk {

Clock::Clock() = default;

Clock::Clock(Source source) : m_source(std::move(source)) {}

qint64 Clock::nowMs() const
{
    return m_source ? m_source() : hookdesk::nowMs();
}

} // namespace hookdesk
