// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QWidget>
#include <QtGlobal>

namespace hookdesk::test {

// With HOOKDESK_SCREENSHOT_DIR set, saves what `widget` shows there as <name>.png, creating the
// folder first; a screenshot that cannot be written is a warning, not silence.
inline void saveScreenshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("HOOKDESK_SCREENSHOT_DIR");
    if (dir.isEmpty() || !widget)
        return;
    QCoreApplication::processEvents();
    const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
    if (!QDir().mkpath(dir) || !widget->grab().save(path))
        qWarning("Could not save the screenshot %s", qPrintable(path));
}

} // namespace hookdesk::test
