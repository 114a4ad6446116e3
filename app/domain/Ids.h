// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace hookdesk {

// Time-ordered random ids, "prefix_" + 26 Crockford base32 characters (48 bits of
// milliseconds, 80 random bits), so that ids sort by creation time.
QString newId(const QString& prefix);

// Milliseconds since the epoch, UTC.
qint64 nowMs();

} // namespace hookdesk
