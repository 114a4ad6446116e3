// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QFile>

namespace hookdesk::test {

// This process's own peak resident set in KiB (VmHWM), or -1. Not getrusage()'s ru_maxrss: Linux
// carries that over exec() from the process that was replaced, so a program started by a larger
// one (a benchmark's child, say) reported its parent's size instead of its own.
inline long peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

} // namespace hookdesk::test
