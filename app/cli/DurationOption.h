// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>

namespace hookdesk {

// Reads a command-line period given in whole or decimal units, such as `--overlap 24` (hours)
// or `--auto-disable-after 5` (days), into milliseconds.
class DurationOption
{
public:
    static constexpr qint64 kHourMs = 60LL * 60 * 1000;
    static constexpr qint64 kDayMs = 24 * kHourMs;

    // `option` and `unit` name the option and its unit ("hours") in the error, which says
    // what to type instead.
    static std::optional<qint64> parse(const QString& text, qint64 unitMs, const QString& option,
                                       const QString& unit, QString* error);
};

} // namespace hookdesk
