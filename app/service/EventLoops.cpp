// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/EventLoops.h"

#include <QMutex>
#include <QSemaphore>
#include <QThread>
#include <QtGlobal>

namespace hookdesk::EventLoops {

namespace {

constexpr char kVariable[] = "QT_NO_GLIB";

QMutex& holdMutex()
{
    static QMutex mutex;
    return mutex;
}

int g_holds = 0; // under holdMutex()

// Read once, before Hookdesk sets the variable itself.
bool userChose()
{
    static const bool chose = qEnvironmentVariableIsSet(kVariable);
    return chose;
}

} // namespace

void prepare()
{
    const QMutexLocker lock(&holdMutex());
    // Empty reads as unset: GLib's loop.
    if (!userChose() && !qEnvironmentVariableIsSet(kVariable))
        qputenv(kVariable, QByteArray(""));
}

void holdQtLoop()
{
    const QMutexLocker lock(&holdMutex());
    if (!userChose() && g_holds++ == 0)
        qputenv(kVariable, QByteArray("1"));
}

void releaseQtLoop()
{
    const QMutexLocker lock(&holdMutex());
    // Only the value changes: the string it replaces stays valid for a thread reading it now.
    if (!userChose() && g_holds > 0 && --g_holds == 0)
        qputenv(kVariable, QByteArray(""));
}

void startOnQtLoop(QThread& thread)
{
    holdQtLoop();
    // started() comes from the new thread once its loop exists (QThreadPrivate::start).
    QSemaphore looping;
    const QMetaObject::Connection started = QObject::connect(
        &thread, &QThread::started, &thread, [&looping]() { looping.release(); }, Qt::DirectConnection);
    thread.start();
    // Not running: the thread could not be created and never reads the variable.
    if (thread.isRunning() || thread.isFinished())
        looping.acquire();
    QObject::disconnect(started);
    releaseQtLoop();
}

} // namespace hookdesk::EventLoops
