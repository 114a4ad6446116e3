// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/DurationOption.h"

#include <QCoreApplication>
#include <cmath>

namespace hookdesk {

std::optional<qint64> DurationOption::parse(const QString& text, qint64 unitMs, const QString& option,
                                            const QString& unit, QString* error)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    // Ten years is far beyond any overlap or failure period anyone means; it also keeps the
    // milliseconds well inside 64 bits.
    if (!ok || !std::isfinite(value) || value < 0 || value * double(unitMs) > 10 * 365 * double(kDayMs)) {
        if (error)
            *error =
                QCoreApplication::translate("hookdesk::CommandLine",
                                            "--%1 takes a number of %2, 0 or more (up to ten years), not "
                                            "“%3”.")
                    .arg(option, unit, text);
        return std::nullopt;
    }
    return qint64(std::llround(value * double(unitMs)));
}

} // namespace hookdesk
