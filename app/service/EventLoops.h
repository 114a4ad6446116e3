// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QThread;

namespace hookdesk::EventLoops {

// Which event loop a thread runs is chosen by Qt when the thread starts, from QT_NO_GLIB: GLib's
// by default, Qt's own when it is set and not empty. GLib's makes a system call for every event
// posted to a thread; Qt's own makes one per wake-up.
//
// Qt's own loop runs Hookdesk's delivery threads (the dispatcher's and its job store's) and the
// threads of its network managers: on GLib's, HTTP/2 deliveries to nginx made a quarter fewer per
// second, and HTTP/1.1 ones to slow receivers took a quarter more CPU.
//
// Except where Qt's own loop fails HTTP/1.1. There, Qt 6.4 closes a kept-alive connection whenever
// the answer arrives before it has finished with the request it answers (QHttpProtocolHandler
// queues a second read of the answer, which runs after the first and, finding no request, closes
// the channel). Only a receiver on the same machine answers that fast: against nginx there one
// delivery in five opened a new connection, and the sockets left waiting out TIME_WAIT made every
// later connect() slower. The dispatcher notices the connections such a receiver's managers keep
// opening and gives that receiver managers whose threads run GLib's loop, which keeps them
// (Dispatcher::noteConnecting()).
//
// Every other thread keeps GLib's, the window's above all: the keychain (libsecret) answers only
// through it.
//
// A QT_NO_GLIB the user set before Hookdesk started, even empty, is left as it is and decides for
// every thread.

// Call once, right after the application object exists and while few threads run: makes sure the
// variable exists, so that later changes replace its value and never grow the environment.
void prepare();

// Starts `thread` on Qt's own event loop and returns once the loop exists.
void startOnQtLoop(QThread& thread);

// Between hold and release, threads that start run Qt's own loop: for threads Qt starts itself,
// such as a network manager's on its first request. Holds are counted.
void holdQtLoop();
void releaseQtLoop();

} // namespace hookdesk::EventLoops
