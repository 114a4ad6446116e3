// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QThread;

namespace hookdesk::EventLoops {

// Which event loop a thread runs is chosen by Qt when the thread starts, from QT_NO_GLIB: GLib's
// by default, Qt's own when it is set and not empty. GLib's makes a system call for every event
// posted to a thread; Qt's own makes one per wake-up.
//
// Qt's own loop runs Hookdesk's delivery threads (the dispatcher's and its job store's) and the
// threads of the network managers that speak HTTP/2: on GLib's, HTTP/2 deliveries to nginx made
// a quarter fewer per second.
//
// Every other thread keeps GLib's, among them the threads of the network managers that speak
// HTTP/1.1. On Qt's own loop, Qt 6.4's HTTP/1.1 client closes a kept-alive connection whenever
// the answer arrives before it has finished with the request it answers (QHttpProtocolHandler
// queues a second read of the answer, which runs after the first and, finding no request, closes
// the channel). Against a receiver on the same machine one delivery in five opened a new
// connection, and the sockets left waiting out TIME_WAIT made every later connect() slower. The
// window's thread keeps GLib's as well: the keychain (libsecret) answers only through it.
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
