// SPDX-License-Identifier: GPL-3.0-or-later
// Delivery throughput of the whole engine against a bare QNetworkAccessManager sender.
//
//   ./setup.sh bench [events]      (or build/tests/bench/bench_delivery [events])
//
// Figures marked "raised beforehand" store the events first and time the dispatcher alone
// (claim, sign, send, record); the end-to-end figure raises them while the dispatcher runs.
// The fast-receiver figures are measured twice, each time with the bare sender and the engine
// against the same receiver: first nginx answering 204 (the reference of DESIGN.md and issue #3;
// skipped with a note when nginx is not installed), then lean receivers in a thread of this
// process (plain sockets on epoll, and nghttp2 for HTTP/2), which answer with as little as HTTP allows and
// so make the bare sender about twice as fast. The slow-receiver, isolation and memory figures
// use the lean receivers, which can delay or withhold answers. On a two-core machine every
// receiver shares the CPU with the engine. The lean HTTP/2 receiver acknowledges every read at
// once: with the delayed acknowledgements of a receiver that waits for the body (nginx proxying,
// for one), Qt 6.4's HTTP/2 sender waits about 40 ms per request, and 16 in flight make only
// about 370 requests/s.
#include "DeliveryFixture.h"
#include "Http2TestReceiver.h"
#include "PeakRss.h"
#include "delivery/DispatcherThread.h"
#include "delivery/Signer.h"
#include "secrets/MemorySecretStore.h"
#include "service/EventLoops.h"
#include "storage/Database.h"
#include "storage/EventStore.h"
#include "storage/IntegrationStore.h"
#include "storage/JobStore.h"
#include "storage/TriggerStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QHostAddress>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QProcess>
#include <QSemaphore>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <arpa/inet.h>
#include <array>
#include <atomic>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <functional>
#include <memory>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <string>
#include <string_view>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>
#include <unordered_map>

using namespace hookdesk;
using hookdesk::test::peakRssKiB;

namespace {

enum class Behaviour
{
    Answer,
    NeverAnswer
};

// A receiver on a thread of its own: run() listens, sets m_port, releases m_ready, then serves.
class ServingThread : public QThread
{
public:
    ServingThread(Behaviour behaviour, int delayMs) : m_behaviour(behaviour), m_delayMs(delayMs)
    {
        setObjectName(QStringLiteral("receiver")); // the thread's name in the CPU breakdowns
    }
    ~ServingThread() override
    {
        quit();
        wait();
    }

    quint16 startAndWait()
    {
        // The loop the lean receivers always ran: a receiver that answers quickly.
        EventLoops::startOnQtLoop(*this);
        m_ready.acquire();
        return m_port;
    }

protected:
    Behaviour m_behaviour;
    int m_delayMs;
    QSemaphore m_ready;
    quint16 m_port = 0;
};

// A lean HTTP/1.1 receiver answering 204 (at once or after a delay), keep-alive, in its own thread.
// It waits on epoll rather than on a Qt event loop: Qt's loop polls every socket it watches on
// each pass, and with the 1,600 connections of the slow receivers' run at 8 in flight that cost
// the receiver 50-65 us of the two cores per request, CPU the engine it measures then lacked.
// A receiver on another machine would cost this one nothing; nginx, too, waits on epoll.
class ReceiverThread : public ServingThread
{
public:
    using ServingThread::ServingThread;
    ~ReceiverThread() override
    {
        if (m_wake >= 0) {
            const quint64 one = 1;
            [[maybe_unused]] const ssize_t n = ::write(m_wake, &one, sizeof one);
        }
        wait();
        if (m_wake >= 0)
            ::close(m_wake);
    }
    int requests() const { return m_requests.load(); }
    // How long after their delay answers went out, on average: what the receiver adds to it.
    double meanLateMicros() const
    {
        const qint64 answered = m_answeredLate.load();
        return answered > 0 ? double(m_lateMicros.load()) / double(answered) : 0;
    }

protected:
    void run() override
    {
        m_wake = ::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
        const int listener = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        // Like nginx or any server meant for many clients: 200 integrations open 1,600
        // connections at once, and a short backlog would drop most of their SYNs (each dropped
        // one costs the client a second before it tries again).
        if (listener < 0 || ::bind(listener, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
            ::listen(listener, 4096) != 0 ||
            ::getsockname(listener, reinterpret_cast<sockaddr*>(&address), &length) != 0) {
            std::fprintf(stderr, "The lean receiver could not listen: %s\n", std::strerror(errno));
            std::abort();
        }
        m_port = ntohs(address.sin_port);
        m_poller = ::epoll_create1(EPOLL_CLOEXEC);
        watch(listener, EPOLLIN);
        watch(m_wake, EPOLLIN);
        QElapsedTimer clock;
        clock.start();
        m_ready.release();

        std::array<epoll_event, 256> events{};
        bool precise = true; // epoll_pwait2(), unless the kernel lacks it
        for (;;) {
            int n = 0;
            const qint64 wait = m_due.empty() ? -1 : qMax<qint64>(0, m_due.front().at - micros(clock));
            if (precise) {
                // To the microsecond: epoll_wait() counts whole milliseconds, rounded up here so that
                // no answer goes out early, which added up to one to every answer (mean lateness of
                // the 8-in-flight run, the receiver's own delays included: 600-700 us, now
                // 350-620 us).
                const timespec timeout{time_t(wait / 1000000), long(wait % 1000000) * 1000};
                n = ::epoll_pwait2(m_poller, events.data(), int(events.size()), wait < 0 ? nullptr : &timeout,
                                   nullptr);
                if (n < 0 && errno == ENOSYS) {
                    precise = false;
                    continue;
                }
            } else {
                n = ::epoll_wait(m_poller, events.data(), int(events.size()),
                                 wait < 0 ? -1 : int((wait + 999) / 1000)); // up
            }
            for (int i = 0; i < n; ++i) {
                const int fd = events[size_t(i)].data.fd;
                if (fd == m_wake) {
                    for (const auto& [socket, connection] : m_connections)
                        ::close(socket);
                    ::close(listener);
                    ::close(m_poller);
                    return;
                }
                if (fd == listener)
                    accept(listener);
                else
                    serve(fd, events[size_t(i)].events, micros(clock));
            }
            // Answers come due in the order the requests came: the delay is the same for all.
            const qint64 now = micros(clock);
            while (!m_due.empty() && m_due.front().at <= now) {
                const Due due = m_due.front();
                m_due.pop_front();
                const auto it = m_connections.find(due.socket);
                if (it != m_connections.end() && it->second.generation == due.generation) {
                    m_lateMicros += now - due.at;
                    ++m_answeredLate;
                    answer(due.socket, it->second);
                }
            }
        }
    }

private:
    struct Connection
    {
        std::string in;
        std::string out; // what the socket would not take yet
        quint64 generation = 0;
        bool waitingToWrite = false;
    };
    // In microseconds: counted in whole milliseconds, an answer could go out up to one early
    // (the middle half of a run at 2 in flight made 101.5 % of the allowed rate).
    static qint64 micros(const QElapsedTimer& clock) { return clock.nsecsElapsed() / 1000; }
    struct Due
    {
        qint64 at; // micros()
        int socket;
        quint64 generation; // a closed socket's number may come back for another connection
    };

    void watch(int fd, quint32 what, int operation = EPOLL_CTL_ADD) const
    {
        epoll_event event{};
        event.events = what;
        event.data.fd = fd;
        ::epoll_ctl(m_poller, operation, fd, &event);
    }

    void accept(int listener)
    {
        for (;;) {
            const int socket = ::accept4(listener, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
            if (socket < 0)
                return;
            const int on = 1;
            ::setsockopt(socket, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
            m_connections[socket].generation = ++m_generations;
            watch(socket, EPOLLIN | EPOLLRDHUP);
        }
    }

    void close(int socket)
    {
        m_connections.erase(socket);
        ::close(socket); // also leaves the epoll set
    }

    void serve(int socket, quint32 what, qint64 now)
    {
        const auto it = m_connections.find(socket);
        if (it == m_connections.end())
            return;
        Connection& connection = it->second;
        if (what & EPOLLOUT) {
            answer(socket, connection, std::string_view());
            if (m_connections.count(socket) == 0)
                return;
        }
        char buffer[16384];
        for (;;) {
            const ssize_t got = ::read(socket, buffer, sizeof buffer);
            if (got > 0) {
                connection.in.append(buffer, size_t(got));
                if (size_t(got) < sizeof buffer)
                    break;
                continue;
            }
            if (got == 0 || (errno != EAGAIN && errno != EINTR)) {
                close(socket);
                return;
            }
            if (errno == EAGAIN)
                break;
        }
        for (;;) {
            const size_t end = connection.in.find("\r\n\r\n");
            if (end == std::string::npos)
                return;
            const size_t body = contentLength(std::string_view(connection.in).substr(0, end));
            if (connection.in.size() < end + 4 + body)
                return;
            connection.in.erase(0, end + 4 + body);
            ++m_requests;
            if (m_behaviour == Behaviour::NeverAnswer)
                continue;
            if (m_delayMs > 0)
                m_due.push_back({now + m_delayMs * 1000, socket, connection.generation});
            else
                answer(socket, connection);
            if (m_connections.count(socket) == 0)
                return;
        }
    }

    static size_t contentLength(std::string_view head)
    {
        static constexpr std::string_view name = "\r\ncontent-length:";
        for (size_t at = head.find("\r\n"); at != std::string_view::npos; at = head.find("\r\n", at + 2)) {
            if (head.size() - at < name.size())
                return 0;
            bool same = true;
            for (size_t i = 0; i < name.size() && same; ++i)
                same = std::tolower(static_cast<unsigned char>(head[at + i])) == name[i];
            if (same)
                return size_t(std::strtoull(head.data() + at + name.size(), nullptr, 10));
        }
        return 0;
    }

    void answer(int socket, Connection& connection, std::string_view add = kAnswer)
    {
        connection.out.append(add);
        while (!connection.out.empty()) {
            const ssize_t sent = ::send(socket, connection.out.data(), connection.out.size(), MSG_NOSIGNAL);
            if (sent > 0) {
                connection.out.erase(0, size_t(sent));
                continue;
            }
            if (sent < 0 && errno == EINTR)
                continue;
            if (sent < 0 && errno == EAGAIN)
                break;
            close(socket);
            return;
        }
        // Told when the socket takes more, only while something waits to go out.
        if (connection.waitingToWrite != !connection.out.empty()) {
            connection.waitingToWrite = !connection.out.empty();
            watch(socket, EPOLLIN | EPOLLRDHUP | (connection.waitingToWrite ? quint32(EPOLLOUT) : 0u),
                  EPOLL_CTL_MOD);
        }
    }

    static constexpr std::string_view kAnswer = "HTTP/1.1 204 No Content\r\nContent-Length: 0\r\n\r\n";

    int m_wake = -1;
    int m_poller = -1;
    quint64 m_generations = 0;
    std::unordered_map<int, Connection> m_connections;
    std::deque<Due> m_due;
    std::atomic<int> m_requests{0};
    std::atomic<qint64> m_lateMicros{0};
    std::atomic<qint64> m_answeredLate{0};
};

// The HTTP/2 receiver of the tests (nghttp2, prior knowledge) in a thread of its own.
class Http2ReceiverThread : public ServingThread
{
public:
    using ServingThread::ServingThread;

protected:
    void run() override
    {
        hookdesk::test::Http2TestReceiver receiver;
        receiver.setKeepRequests(false);
        receiver.setResponseDelay(m_delayMs);
        receiver.setNeverAnswer(m_behaviour == Behaviour::NeverAnswer);
        receiver.listen();
        m_port = receiver.port();
        m_ready.release();
        exec();
    }
};

// nginx answering 204, in a process of its own: the receiver DESIGN.md's figures were measured
// against, and the one whose bare-sender rate matches issue #3's "about 4,000 requests/s". Its
// answers carry what a real server's do (Server, Date, Connection), and QNetworkAccessManager's
// cost per request rises with every header it reads: against the lean receiver above, whose
// answer is only a status line and Content-Length, the bare sender is about twice as fast.
// Its settings are nginx's defaults (a connection closes after 1,000 requests, over HTTP/2 with a
// GOAWAY), except that nothing is logged and one worker serves.
class NginxReceiver
{
public:
    ~NginxReceiver()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(5000))
                m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    // Empty when nginx is not installed (`./setup.sh bench` installs it) or did not start.
    QString start()
    {
        QString nginx = QStandardPaths::findExecutable(QStringLiteral("nginx"));
        if (nginx.isEmpty())
            nginx = QStandardPaths::findExecutable(
                QStringLiteral("nginx"), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin")});
        if (nginx.isEmpty())
            return QStringLiteral("nginx is not installed (apt-get install nginx, or ./setup.sh bench)");
        m_port = freePort();
        m_http2Port = freePort();
        const QString dir = m_dir.path();
        QFile conf(dir + QStringLiteral("/nginx.conf"));
        if (!conf.open(QIODevice::WriteOnly))
            return QStringLiteral("cannot write %1").arg(conf.fileName());
        conf.write(QStringLiteral("daemon off;\nmaster_process off;\nworker_processes 1;\n"
                                  "pid %1/nginx.pid;\nerror_log %1/error.log;\n"
                                  "events { worker_connections 4096; }\n"
                                  "http {\n  access_log off;\n"
                                  "  client_body_temp_path %1/body;\n  proxy_temp_path %1/proxy;\n"
                                  "  fastcgi_temp_path %1/fastcgi;\n  uwsgi_temp_path %1/uwsgi;\n"
                                  "  scgi_temp_path %1/scgi;\n"
                                  "  server { listen 127.0.0.1:%2; location / { return 204; } }\n"
                                  "  server { listen 127.0.0.1:%3 http2; location / { return 204; } }\n"
                                  "}\n")
                       .arg(dir)
                       .arg(m_port)
                       .arg(m_http2Port)
                       .toUtf8());
        conf.close();
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(nginx, {QStringLiteral("-p"), dir, QStringLiteral("-e"),
                                dir + QStringLiteral("/error.log"), QStringLiteral("-c"), conf.fileName()});
        if (!m_process.waitForStarted(5000))
            return QStringLiteral("nginx did not start: %1").arg(m_process.errorString());
        for (int i = 0; i < 100; ++i) {
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, m_port);
            if (probe.waitForConnected(100))
                return {};
            if (m_process.state() == QProcess::NotRunning)
                break;
            QThread::msleep(50);
        }
        QFile log(dir + QStringLiteral("/error.log"));
        log.open(QIODevice::ReadOnly);
        return QStringLiteral("nginx did not answer on port %1: %2")
            .arg(m_port)
            .arg(QString::fromUtf8(log.readAll()).trimmed());
    }

    quint16 port() const { return m_port; }
    quint16 http2Port() const { return m_http2Port; }

    // CPU time nginx has used so far, in seconds (it is another process: not in getrusage(SELF)).
    double cpuSeconds() const
    {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(m_process.processId()));
        if (!stat.open(QIODevice::ReadOnly))
            return 0;
        const QByteArray line = stat.readAll();
        // Fields after the command name, which is in parentheses and may hold spaces.
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() < 13)
            return 0;
        return double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) / double(sysconf(_SC_CLK_TCK));
    }

private:
    static quint16 freePort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        return probe.serverPort();
    }

    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    quint16 m_http2Port = 0;
};

QByteArray payload1KiB(int n)
{
    QByteArray body = QByteArrayLiteral("{\"n\":") + QByteArray::number(n) + ",\"data\":\"";
    body += QByteArray(1024 - body.size() - 2, 'x');
    body += "\"}";
    return body;
}

// CPU time of the whole process (every thread, the receivers' included), in seconds.
double processCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// The CPU time of a receiver in another process (nginx), in seconds; counted with the process's own.
std::function<double()> g_externalReceiverCpu;

double cpuSeconds()
{
    return processCpuSeconds() + (g_externalReceiverCpu ? g_externalReceiverCpu() : 0.0);
}

// Where the CPU time of a run went: per thread name of this process (threads alive at both ends of
// the run; one that ends in between is left out), the receiver in another process, and the count of
// read system calls (/proc/self/io's syscr: sockets, eventfds and SQLite's reads alike).
struct ThreadTimes
{
    QMap<QString, double> seconds; // by thread name ("comm")
    // Time each thread was ready to run but waited for a core (schedstat's second figure), same keys.
    QMap<QString, double> waited;
    double receiver = 0;
    qint64 readCalls = 0;
    qint64 tcpOpens = 0; // connect()s that opened a TCP connection, machine-wide (/proc/net/snmp)

    static ThreadTimes now()
    {
        ThreadTimes t;
        const QString tasks = QStringLiteral("/proc/self/task");
        for (const QString& tid : QDir(tasks).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            QFile stat(tasks + QLatin1Char('/') + tid + QStringLiteral("/stat"));
            if (!stat.open(QIODevice::ReadOnly))
                continue;
            const QByteArray line = stat.readAll();
            const qsizetype open = line.indexOf('(');
            const qsizetype close = line.lastIndexOf(')');
            const QList<QByteArray> fields = line.mid(close + 2).split(' ');
            if (open < 0 || close < open || fields.size() < 13)
                continue;
            // Keyed by id too: a thread is compared only with itself.
            const QString key =
                QString::fromUtf8(line.mid(open + 1, close - open - 1)) + QLatin1Char('/') + tid;
            t.seconds[key] = double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) /
                             double(sysconf(_SC_CLK_TCK));
            QFile schedstat(tasks + QLatin1Char('/') + tid + QStringLiteral("/schedstat"));
            if (schedstat.open(QIODevice::ReadOnly))
                t.waited[key] = schedstat.readAll().split(' ').value(1).toDouble() / 1e9;
        }
        t.receiver = g_externalReceiverCpu ? g_externalReceiverCpu() : 0.0;
        QFile io(QStringLiteral("/proc/self/io"));
        if (io.open(QIODevice::ReadOnly)) {
            for (const QByteArray& row : io.readAll().split('\n')) {
                if (row.startsWith("syscr:"))
                    t.readCalls = row.mid(6).trimmed().toLongLong();
            }
        }
        // Two "Tcp:" rows, names then values; ActiveOpens is the fifth value.
        QFile snmp(QStringLiteral("/proc/net/snmp"));
        if (snmp.open(QIODevice::ReadOnly)) {
            const QList<QByteArray> rows = snmp.readAll().split('\n');
            for (qsizetype i = 0; i + 1 < rows.size(); ++i) {
                if (rows.at(i).startsWith("Tcp:") && rows.at(i + 1).startsWith("Tcp:")) {
                    const QList<QByteArray> names = rows.at(i).simplified().split(' ');
                    const QList<QByteArray> values = rows.at(i + 1).simplified().split(' ');
                    const qsizetype at = names.indexOf("ActiveOpens");
                    if (at > 0 && at < values.size())
                        t.tcpOpens = values.at(at).toLongLong();
                    break;
                }
            }
        }
        return t;
    }

    // The times of `now` since `before`, summed by thread name.
    static QMap<QString, double> byName(const QMap<QString, double>& now, const QMap<QString, double>& before)
    {
        QMap<QString, double> sums;
        for (auto it = now.cbegin(); it != now.cend(); ++it) {
            QString name = it.key().section(QLatin1Char('/'), 0, 0);
            if (name.startsWith(QLatin1String("QNetworkAccess")))
                name = QStringLiteral("Qt network threads");
            else if (name == QLatin1String("bench_delivery"))
                name = QStringLiteral("main thread");
            sums[name] += it.value() - before.value(it.key(), 0.0);
        }
        return sums;
    }

    // "name 12<unit>, …": each sum times `scale`, rounded, those under 0.5 left out.
    static QString listed(const QMap<QString, double>& sums, double scale, const QString& unit)
    {
        QStringList parts;
        for (auto it = sums.cbegin(); it != sums.cend(); ++it) {
            const double value = scale * it.value();
            if (value >= 0.5)
                parts << QStringLiteral("%1 %2%3").arg(it.key()).arg(value, 0, 'f', 0).arg(unit);
        }
        return parts.join(QStringLiteral(", "));
    }

    // "name 12 %" per thread name: the share of `seconds` of wall time each waited for a core,
    // from `before` to this. A thread that waits long answers late, whatever its own cost.
    QString waitedSince(const ThreadTimes& before, double wallSeconds) const
    {
        return listed(byName(waited, before.waited), 100.0 / wallSeconds, QStringLiteral(" %"));
    }

    // "name 123" per thread name, in us per item, from `before` to this.
    QString perItemSince(const ThreadTimes& before, int items) const
    {
        QMap<QString, double> sums = byName(seconds, before.seconds);
        if (g_externalReceiverCpu)
            sums[QStringLiteral("nginx")] = receiver - before.receiver;
        return listed(sums, 1e6 / items, QString());
    }
};

// What a timed run cost the machine.
struct CpuUse
{
    double perItemUs = 0;   // CPU time per request or delivery, all threads
    double busyShare = 0;   // of all cores, over the run's wall time (%)
    QString byThread;       // ThreadTimes::perItemSince, in us
    QString waitedByThread; // ThreadTimes::waitedSince
    double readCallsPerItem = 0;
    double tcpOpensPerThousand = 0; // TCP connections opened per 1,000 requests or deliveries
};

void setCpuUse(CpuUse* cpu, double cpuUsed, double seconds, const ThreadTimes& before, int items)
{
    const ThreadTimes after = ThreadTimes::now();
    cpu->perItemUs = 1e6 * cpuUsed / items;
    cpu->busyShare = 100.0 * cpuUsed / seconds / QThread::idealThreadCount();
    cpu->byThread = after.perItemSince(before, items);
    cpu->waitedByThread = after.waitedSince(before, seconds);
    cpu->readCallsPerItem = double(after.readCalls - before.readCalls) / items;
    cpu->tcpOpensPerThousand = 1000.0 * double(after.tcpOpens - before.tcpOpens) / items;
}

void waitUntil(const std::function<bool()>& done, int timeoutMs)
{
    // Sleeps until something happens instead of spinning: the dispatcher runs on another thread,
    // and a spinning loop here would take a core from it.
    QTimer tick;
    tick.start(20);
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
}

// Bytes this process has written so far, to files and sockets alike (wchar in /proc/self/io).
double bytesWritten()
{
    QFile io(QStringLiteral("/proc/self/io"));
    if (!io.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : io.readAll().split('\n')) {
        if (line.startsWith("wchar:"))
            return line.mid(6).trimmed().toDouble();
    }
    return 0;
}

// The engine with its stores in a fresh SQLite file (the tests' DeliveryFixture).
struct Engine : hookdesk::test::DeliveryFixture
{
    std::unique_ptr<DispatcherThread> dispatcher;
    int recorded = 0;
    int succeeded = 0;
    qint64 raiseNs = 0;
    // drain(): when a quarter and three quarters of its deliveries were recorded.
    QElapsedTimer drainClock;
    int quarter = 0;
    qint64 quarterNs = 0;
    qint64 threeQuartersNs = 0;

    Engine()
    {
        const QString error = open();
        if (!error.isEmpty())
            qFatal("%s", qPrintable(error));
        // As the application and `hookdesk serve` run it: on its own thread and connection.
        dispatcher = std::make_unique<DispatcherThread>(db, *jobs, *integrations, secrets);
        QObject::connect(dispatcher.get(), &DispatcherThread::attemptRecorded, dispatcher.get(),
                         [this](const QString&, bool ok) {
                             ++recorded;
                             succeeded += ok ? 1 : 0;
                             if (quarter > 0 && recorded == quarter)
                                 quarterNs = drainClock.nsecsElapsed();
                             if (quarter > 0 && recorded == 3 * quarter)
                                 threeQuartersNs = drainClock.nsecsElapsed();
                         });
        QObject::connect(
            dispatcher.get(), &DispatcherThread::problem, dispatcher.get(),
            [](const QString& message) { std::fprintf(stderr, "problem: %s\n", qPrintable(message)); });
    }

    void startDispatcher()
    {
        QString error;
        if (!dispatcher->start(&error))
            qFatal("%s", qPrintable(error));
    }

    // Returns the event type routed to the new integration.
    QString addIntegration(const QString& name, quint16 port, int maxInFlight,
                           HttpVersion http = HttpVersion::Http1)
    {
        Integration integration;
        integration.name = name;
        integration.baseUrl = QStringLiteral("http://127.0.0.1:%1/hooks/").arg(port);
        integration.maxInFlight = maxInFlight;
        integration.httpVersion = http;
        QString error;
        if (!integrations->insert(integration, &error))
            qFatal("%s", qPrintable(error));
        secrets.write(integration.tokenKey(), QStringLiteral("tok"), {});
        secrets.write(integration.secretKey(), Signer::generateSecret(), {});
        Trigger trigger;
        trigger.integrationId = integration.id;
        trigger.eventType = QStringLiteral("bench.%1").arg(name.toLower());
        trigger.path = QStringLiteral("in");
        if (!triggers->insert(trigger, &error))
            qFatal("%s", qPrintable(error));
        return trigger.eventType;
    }

    // Raises events `first` .. `first + count - 1`, round-robin over `types`, as one burst: one
    // EventStore::raiseMany, one transaction.
    void raise(const QStringList& types, int first, int count)
    {
        QList<Event> burst;
        burst.reserve(count);
        for (int n = first; n < first + count; ++n) {
            Event event;
            event.type = types.at(n % types.size());
            event.payload = payload1KiB(n);
            event.source = QStringLiteral("bench");
            burst.append(std::move(event));
        }
        QString error;
        QElapsedTimer timer;
        timer.start();
        if (!events->raiseMany(std::move(burst), &error))
            qFatal("%s", qPrintable(error));
        raiseNs += timer.nsecsElapsed();
    }

    // Raises `count` events round-robin over `types` while the dispatcher runs, and waits until
    // `expected` attempts are recorded. Returns deliveries per second from first raise to last record.
    double run(const QStringList& types, int count, int expected, int timeoutMs = 600000)
    {
        QElapsedTimer clock;
        clock.start();
        const double writtenAtStart = bytesWritten();
        int recordedWhileRaising = 0;
        startDispatcher();
        int raised = 0;
        QTimer feeder;
        // The event source sends bursts of up to 250 events, each raised in one transaction.
        QObject::connect(&feeder, &QTimer::timeout, &feeder, [&]() {
            const int burst = qMin(250, count - raised);
            raise(types, raised, burst);
            raised += burst;
            if (raised >= count) {
                feeder.stop();
                recordedWhileRaising = recorded;
            }
        });
        feeder.start(0);
        waitUntil([&]() { return recorded >= expected; }, timeoutMs);
        const double seconds = clock.nsecsElapsed() / 1e9;
        dispatcher->stop();
        // Deliveries made while the events were still being raised show how well the two share
        // the database; bytes written (to the database file and its WAL, and the requests to the
        // receiver) what each delivery costs the disk.
        const double written = bytesWritten() - writtenAtStart;
        // The WAL is copied back into the file once the writers rest (the database's
        // checkpointer): after the run, and counted here too.
        QThread::msleep(500);
        std::printf("  (%d deliveries in %.2f s; raising the events took %.2f s, and %d deliveries were "
                    "recorded meanwhile; %.1f KB written per delivery, %.1f with the checkpoint after "
                    "the run)\n",
                    recorded, seconds, raiseNs / 1e9, recordedWhileRaising,
                    written / 1000.0 / qMax(1, recorded),
                    (bytesWritten() - writtenAtStart) / 1000.0 / qMax(1, recorded));
        return recorded / seconds;
    }

    // Delivers `count` jobs raised beforehand: the dispatcher's own rate, from its start to the
    // last result. *middle: the rate between a quarter and three quarters of the results, past
    // the start (the first claims, the connections opened) and the last stragglers.
    double drain(const QStringList& types, int count, CpuUse* cpu = nullptr, double* middle = nullptr)
    {
        for (int i = 0; i < count; i += 1000)
            raise(types, i, qMin(1000, count - i));
        const double cpuBefore = cpuSeconds();
        const ThreadTimes threadsBefore = ThreadTimes::now();
        quarter = count / 4;
        drainClock.start();
        startDispatcher();
        waitUntil([&]() { return recorded >= count; }, 600000);
        const double seconds = drainClock.nsecsElapsed() / 1e9;
        if (middle)
            *middle =
                threeQuartersNs > quarterNs ? 2.0 * quarter * 1e9 / double(threeQuartersNs - quarterNs) : 0;
        const double cpuUsed = cpuSeconds() - cpuBefore;
        // Before stop(), while the network threads still run.
        if (cpu)
            setCpuUse(cpu, cpuUsed, seconds, threadsBefore, recorded);
        dispatcher->stop();
        return recorded / seconds;
    }
};

// Runs `start`, which sends; waits until `done` reaches `count`; returns the rate, and the CPU
// time it took in `cpu`.
double timeSending(const std::function<void()>& start, const int& done, int count, CpuUse* cpu)
{
    const double cpuBefore = cpuSeconds();
    const ThreadTimes threadsBefore = ThreadTimes::now();
    QElapsedTimer clock;
    clock.start();
    start();
    waitUntil([&]() { return done >= count; }, 600000);
    const double seconds = clock.nsecsElapsed() / 1e9;
    const double cpuUsed = cpuSeconds() - cpuBefore;
    setCpuUse(cpu, cpuUsed, seconds, threadsBefore, done); // while the senders' threads still run
    return done / seconds;
}

// Threads started while it exists run Qt's own event loop (EventLoops).
class QtLoopHeld
{
public:
    QtLoopHeld() { EventLoops::holdQtLoop(); }
    ~QtLoopHeld() { EventLoops::releaseQtLoop(); }
    QtLoopHeld(const QtLoopHeld&) = delete;
    QtLoopHeld& operator=(const QtLoopHeld&) = delete;
};

double bareQnam(quint16 port, int count, CpuUse* cpu, bool http2 = false)
{
    // Over HTTP/2 a new manager (a new connection) every 900 requests, as the engine does: Qt 6.4
    // never sends another request on a connection nginx closed after its 1,000th.
    constexpr int kPerHttp2Connection = 900;
    // Its manager's thread on Qt's own loop, where the engine's start too (EventLoops), and where
    // it stays: one manager with six connections loses few of them to Qt's early close (about one
    // per 1,000 requests here), and GLib's would cost this sender 8 % of its rate (3,650 against
    // 3,974 req/s, medians of five, a copy of it against nginx).
    const QtLoopHeld qtLoop;
    std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
    managers.push_back(std::make_unique<QNetworkAccessManager>());
    const QUrl url(QStringLiteral("http://127.0.0.1:%1/hooks/in").arg(port));
    const QByteArray body = payload1KiB(0);
    int started = 0;
    int done = 0;
    std::function<void()> sendOne = [&]() {
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, http2);
        request.setAttribute(QNetworkRequest::Http2DirectAttribute, http2);
        if (http2 && started > 0 && started % kPerHttp2Connection == 0)
            managers.push_back(std::make_unique<QNetworkAccessManager>());
        QNetworkReply* reply = managers.back()->post(request, body);
        ++started;
        QObject::connect(reply, &QNetworkReply::finished, reply, [&, reply]() {
            reply->deleteLater();
            ++done;
            if (started < count)
                sendOne();
        });
    };
    return timeSending(
        [&]() {
            for (int i = 0; i < 16 && started < count; ++i)
                sendOne();
        },
        done, count, cpu);
}

// The bare sender against the slow receivers: `inFlight` requests in flight at all times (what the
// integrations' limits allow together), spread over as many managers as Qt needs for that many to
// one host (six connections each over HTTP/1.1, 100 streams each over HTTP/2), with nothing stored
// and nothing signed. What the machine allows a QNAM sender here, before the engine does anything.
double bareSpread(quint16 port, int inFlight, int count, bool http2, CpuUse* cpu)
{
    // As bareQnam(); answers 100 ms late never come early enough for Qt's early close.
    const QtLoopHeld qtLoop;
    const int perManager = http2 ? 100 : 6;
    std::vector<std::unique_ptr<QNetworkAccessManager>> managers(
        size_t((inFlight + perManager - 1) / perManager));
    for (auto& manager : managers)
        manager = std::make_unique<QNetworkAccessManager>();
    const QUrl url(QStringLiteral("http://127.0.0.1:%1/hooks/in").arg(port));
    const QByteArray body = payload1KiB(0);
    int started = 0;
    int done = 0;
    std::function<void(int)> sendOn = [&](int slot) {
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, http2);
        request.setAttribute(QNetworkRequest::Http2DirectAttribute, http2);
        QNetworkReply* reply = managers[size_t(slot / perManager)]->post(request, body);
        ++started;
        QObject::connect(reply, &QNetworkReply::finished, reply, [&, reply, slot]() {
            reply->deleteLater();
            ++done;
            if (started < count)
                sendOn(slot);
        });
    };
    return timeSending(
        [&]() {
            for (int slot = 0; slot < inFlight && started < count; ++slot)
                sendOn(slot);
        },
        done, count, cpu);
}

// The request the plain senders send: a 1 KiB JSON POST with no more headers than HTTP/1.1 needs.
QByteArray plainRequest(quint16 port)
{
    return QByteArrayLiteral("POST /hooks/in HTTP/1.1\r\nHost: 127.0.0.1:") + QByteArray::number(port) +
           "\r\nContent-Type: application/json\r\nContent-Length: 1024\r\n\r\n" + payload1KiB(0);
}

// The least any HTTP/1.1 sender has to do against the slow receivers: `inFlight` connections,
// all opened at the start from this one thread with plain non-blocking sockets on epoll, one
// request at a time on each (a 1 KiB JSON POST, one send() call), each answer read whole; nothing
// stored, signed or logged. Its share of the allowed rate is the ceiling this machine and the
// run's length leave to any sender: the start (opening the connections) and the last round weigh
// on it as on the engine. It understands what the benchmark's receivers answer and stops the
// benchmark on anything else rather than count it.
double plainSocketSpread(quint16 port, int inFlight, int count, CpuUse* cpu)
{
    const QByteArray request = plainRequest(port);
    struct Connection
    {
        int fd = -1;
        bool connected = false;
        std::string in;
    };
    std::vector<Connection> connections(size_t(qMax(1, inFlight)));
    const int poller = ::epoll_create1(EPOLL_CLOEXEC);
    int started = 0;
    int done = 0;
    auto sendOn = [&](Connection& c) {
        if (started >= count)
            return;
        ++started;
        // Into an empty socket buffer: the kernel takes 1.1 KiB whole.
        if (::send(c.fd, request.constData(), size_t(request.size()), MSG_NOSIGNAL) != request.size())
            qFatal("plain sender: a request did not go out whole: %s", std::strerror(errno));
    };
    auto watch = [&](size_t index, quint32 events, int operation) {
        epoll_event event{};
        event.events = events;
        event.data.u64 = index;
        ::epoll_ctl(poller, operation, connections[index].fd, &event);
    };
    // Takes the complete answers off the front of the buffer, sending the next request for each.
    auto readAnswers = [&](Connection& c) {
        for (;;) {
            const size_t headEnd = c.in.find("\r\n\r\n");
            if (headEnd == std::string::npos)
                return;
            if (c.in.compare(0, 10, "HTTP/1.1 2") != 0)
                qFatal("plain sender: an answer it does not understand: %s", c.in.substr(0, headEnd).c_str());
            size_t length = 0;
            const size_t field = c.in.find("Content-Length: ");
            if (field != std::string::npos && field < headEnd)
                length = size_t(std::strtoul(c.in.c_str() + field + 16, nullptr, 10));
            if (c.in.size() < headEnd + 4 + length)
                return;
            c.in.erase(0, headEnd + 4 + length);
            ++done;
            sendOn(c);
        }
    };
    const double rate = timeSending(
        [&]() {
            sockaddr_in address{};
            address.sin_family = AF_INET;
            address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
            address.sin_port = htons(port);
            for (size_t i = 0; i < connections.size(); ++i) {
                Connection& c = connections[i];
                c.fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
                const int on = 1;
                ::setsockopt(c.fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
                if (::connect(c.fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 &&
                    errno != EINPROGRESS)
                    qFatal("plain sender: could not connect: %s", std::strerror(errno));
                watch(i, EPOLLOUT, EPOLL_CTL_ADD);
            }
            std::array<epoll_event, 256> events{};
            char buffer[16384];
            while (done < count) {
                const int n = ::epoll_wait(poller, events.data(), int(events.size()), 10000);
                if (n <= 0)
                    qFatal("plain sender: no answer for 10 s");
                for (int e = 0; e < n; ++e) {
                    const size_t index = size_t(events[size_t(e)].data.u64);
                    Connection& c = connections[index];
                    if (!c.connected) {
                        int error = 0;
                        socklen_t length = sizeof error;
                        ::getsockopt(c.fd, SOL_SOCKET, SO_ERROR, &error, &length);
                        if (error != 0)
                            qFatal("plain sender: could not connect: %s", std::strerror(error));
                        c.connected = true;
                        watch(index, EPOLLIN, EPOLL_CTL_MOD);
                        sendOn(c);
                        continue;
                    }
                    for (;;) {
                        const ssize_t got = ::recv(c.fd, buffer, sizeof buffer, 0);
                        if (got > 0) {
                            c.in.append(buffer, size_t(got));
                            if (size_t(got) == sizeof buffer)
                                continue;
                        } else if (got == 0 || (errno != EAGAIN && errno != EINTR)) {
                            qFatal("plain sender: the receiver closed a connection");
                        }
                        break;
                    }
                    readAnswers(c);
                }
            }
        },
        done, count, cpu);
    for (const Connection& c : connections)
        ::close(c.fd);
    ::close(poller);
    return rate;
}

// A reference for what QNetworkAccessManager's HTTP/1.1 client costs: the same requests as
// bareQnam() (16 in flight, 1 KiB JSON, one keep-alive connection each), written and read on
// buffered sockets from this one thread, with no storage and no signing. Qt 6.4 reads an answer's
// status line and headers one read() call per byte on plain http; this reads them in one. It
// understands what the benchmark's receivers answer (a status line, headers, a Content-Length
// body or none), and stops the benchmark on anything else rather than count it.
double rawSocketSender(quint16 port, int count, CpuUse* cpu)
{
    constexpr int kInFlight = 16;
    const QByteArray request = plainRequest(port);
    struct Connection
    {
        QPointer<QTcpSocket> socket;
        QByteArray buffer;
        bool waiting = false; // a request sent and its answer not read yet
    };
    std::vector<Connection> connections(kInFlight);
    int started = 0;
    int done = 0;
    auto sendOn = [&](Connection& c) {
        if (started >= count)
            return;
        ++started;
        c.waiting = true;
        c.socket->write(request);
    };
    // Takes every complete answer off the front of the buffer; false once the receiver said it
    // closes the connection.
    auto readAnswers = [&](Connection& c) {
        for (;;) {
            const qsizetype headEnd = c.buffer.indexOf("\r\n\r\n");
            if (headEnd < 0)
                return true;
            const QByteArray head = c.buffer.left(headEnd).toLower();
            if (!head.startsWith("http/1.1 2") || head.contains("transfer-encoding"))
                qFatal("raw sender: an answer it does not understand: %s",
                       c.buffer.left(headEnd).constData());
            qsizetype length = 0;
            if (const qsizetype at = head.indexOf("\r\ncontent-length:"); at >= 0)
                length = head.mid(at + 17, head.indexOf('\r', at + 2) - at - 17).trimmed().toLongLong();
            if (c.buffer.size() < headEnd + 4 + length)
                return true;
            c.buffer.remove(0, headEnd + 4 + length);
            c.waiting = false;
            ++done;
            if (head.contains("\r\nconnection: close"))
                return false;
            sendOn(c);
        }
    };
    std::function<void(Connection&)> open = [&](Connection& c) {
        if (c.socket)
            c.socket->deleteLater();
        auto* socket = new QTcpSocket;
        c.socket = socket;
        c.buffer.clear();
        QObject::connect(socket, &QTcpSocket::connected, socket,
                         [socket]() { socket->setSocketOption(QAbstractSocket::LowDelayOption, 1); });
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [&c, &readAnswers, socket]() {
            c.buffer += socket->readAll();
            if (!readAnswers(c))
                socket->disconnectFromHost();
        });
        // Closed (nginx closes a connection after its 1,000th request): a new one, and the request
        // in flight on the old one, if any, sent again.
        QObject::connect(socket, &QTcpSocket::disconnected, socket, [&c, &open, &sendOn, &started]() {
            const bool resend = c.waiting;
            QTimer::singleShot(0, [&c, &open, &sendOn, &started, resend]() {
                open(c);
                if (resend)
                    --started;
                sendOn(c);
            });
        });
        socket->connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    };
    const double rate = timeSending(
        [&]() {
            for (Connection& c : connections) {
                open(c);
                sendOn(c);
            }
        },
        done, count, cpu);
    for (Connection& c : connections) {
        if (c.socket) {
            c.socket->disconnect();
            delete c.socket;
        }
    }
    return rate;
}

void line(const char* what, double value, const char* unit, const QString& target, bool met)
{
    // Ratios with two decimals: 0.96 would show as a "1.0 x" that is not met. A figure that misses
    // its target gets two decimals more, so that 89.96 % does not show as a "90.0 %" that is not met.
    const bool ratio = qstrcmp(unit, "x") == 0;
    const int decimals = (ratio ? 2 : 1) + (met ? 0 : 2);
    std::printf("%-58s %10.*f %-10s target %-22s %s\n", what, decimals, value, unit, qPrintable(target),
                met ? "MET" : "NOT MET");
    std::fflush(stdout);
}

// Peak RSS of a dispatcher with `count` due jobs, in a child process so earlier runs do not count.
int rssChild(int count)
{
    ReceiverThread hanging(Behaviour::NeverAnswer, 0);
    const quint16 port = hanging.startAndWait();
    Engine engine;
    QStringList types;
    for (int i = 0; i < 20; ++i)
        types << engine.addIntegration(QStringLiteral("Rss%1").arg(i), port, 8);
    // Stored directly in one transaction: this measures holding a backlog, not raising one.
    QSqlDatabase db = engine.db.connection();
    db.transaction();
    QSqlQuery q(db);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    q.prepare(QStringLiteral("INSERT INTO events (id, type, payload, created_at) VALUES (?,?,?,?)"));
    QSqlQuery j(db);
    j.prepare(QStringLiteral("INSERT INTO jobs (id, event_id, integration_id, event_type, url, status, "
                             "next_attempt_at, created_at, updated_at) VALUES (?,?,?,?,?,'pending',?,?,?)"));
    const QList<Integration> all = engine.integrations->all();
    for (int i = 0; i < count; ++i) {
        const QString eventId = QStringLiteral("evt_%1").arg(i);
        q.addBindValue(eventId);
        q.addBindValue(types.at(i % types.size()));
        q.addBindValue(payload1KiB(i));
        q.addBindValue(now);
        q.exec();
        const Integration& integration = all.at(i % all.size());
        j.addBindValue(QStringLiteral("msg_%1").arg(i));
        j.addBindValue(eventId);
        j.addBindValue(integration.id);
        j.addBindValue(types.at(i % types.size()));
        j.addBindValue(integration.baseUrl + QStringLiteral("in"));
        j.addBindValue(now);
        j.addBindValue(now);
        j.addBindValue(now);
        j.exec();
    }
    db.commit();
    const long before = peakRssKiB();
    engine.startDispatcher();
    waitUntil([&]() { return hanging.requests() >= 160; }, 20000);
    QElapsedTimer settle;
    settle.start();
    waitUntil([]() { return false; }, 2000);
    std::printf("%ld %ld %d\n", before, peakRssKiB(), hanging.requests());
    return 0;
}

// The fast receiver's figures: the bare sender and the engine, each over HTTP/1.1 (to `port`) and
// HTTP/2 (to `http2Port`), against the same receiver.
void fastFigures(quint16 fastPort, quint16 fast2Port, int events, bool engineOnly)
{
    CpuUse bareCpu;
    CpuUse bare2Cpu;
    // The baseline is the best of three runs: Qt's early close on its own loop (EventLoops) hits
    // some runs of the bare sender and not others, and a run it hits understates the baseline
    // by up to 40 %, which would flatter the engine.
    double bare = 0;
    QStringList bareRuns;
    for (int run = 0; run < (engineOnly ? 0 : 3); ++run) {
        CpuUse cpu;
        const double rate = bareQnam(fastPort, events, &cpu);
        bareRuns << QString::number(rate, 'f', 0);
        if (rate > bare) {
            bare = rate;
            bareCpu = cpu;
        }
    }
    const double bare2 = engineOnly ? 0 : bareQnam(fast2Port, events, &bare2Cpu, true);
    CpuUse rawCpu;
    const double raw = engineOnly ? 0 : rawSocketSender(fastPort, events, &rawCpu);
    // The engine over HTTP/1.1 and over HTTP/2, each end to end and with the events raised beforehand.
    struct EngineFigures
    {
        double endToEnd = 0;
        double drained = 0;
        CpuUse cpu;
    };
    auto measureEngine = [&](quint16 port, HttpVersion http) {
        EngineFigures figures;
        {
            Engine engine;
            const QString type = engine.addIntegration(QStringLiteral("Fast"), port, 16, http);
            figures.endToEnd = engine.run({type}, events, events);
            if (engine.succeeded != events)
                std::printf("warning: %d of %d deliveries failed\n", events - engine.succeeded, events);
        }
        Engine engine;
        const QString type = engine.addIntegration(QStringLiteral("Fast"), port, 16, http);
        figures.drained = engine.drain({type}, events, &figures.cpu);
        return figures;
    };
    const EngineFigures h1 = measureEngine(fastPort, HttpVersion::Http1);
    const EngineFigures h2 = measureEngine(fast2Port, HttpVersion::Http2);
    // The engine as it was before its own HTTP/1.1 client (Http1Client): every request through
    // QNetworkAccessManager (HOOKDESK_HTTP_CLIENT=qt), events raised beforehand.
    CpuUse qnamCpu;
    double qnamDrained = 0;
    {
        Engine engine;
        engine.dispatcher->setOwnHttp1Client(false);
        const QString type = engine.addIntegration(QStringLiteral("Fast"), fastPort, 16);
        qnamDrained = engine.drain({type}, events, &qnamCpu);
    }
    // Without the bare sender (--engine-only) there is nothing to compare with: no ratios.
    if (!engineOnly) {
        std::printf("  (bare sender, three runs: %s req/s)\n",
                    qPrintable(bareRuns.join(QStringLiteral(" / "))));
        line("bare QNAM sender (1 thread, 16 in flight), best of 3, req/s", bare, "req/s",
             QStringLiteral("(baseline)"), true);
        line("bare QNAM sender over HTTP/2 (1 thread, 16 in flight)", bare2, "req/s",
             QStringLiteral("(reference)"), true);
    }
    line("engine, HTTP/1.1: raise, fan out, claim, sign, send, record", h1.endToEnd, "deliv/s",
         QStringLiteral(">= 3000/s"), h1.endToEnd >= 3000);
    line("engine, HTTP/1.1, events raised beforehand", h1.drained, "deliv/s", QStringLiteral(">= 3000/s"),
         h1.drained >= 3000);
    line("engine, HTTP/1.1 through QNAM instead, raised beforehand", qnamDrained, "deliv/s",
         QStringLiteral("(reference)"), true);
    line("engine, HTTP/2: raise, fan out, claim, sign, send, record", h2.endToEnd, "deliv/s",
         QStringLiteral(">= 3000/s"), h2.endToEnd >= 3000);
    line("engine, HTTP/2, events raised beforehand", h2.drained, "deliv/s", QStringLiteral(">= 3000/s"),
         h2.drained >= 3000);
    if (!engineOnly) {
        line("engine HTTP/1.1 / bare (end to end)", h1.endToEnd / bare, "x", QStringLiteral(">= 1.0x"),
             h1.endToEnd >= bare);
        line("engine HTTP/1.1 / bare (events raised beforehand)", h1.drained / bare, "x",
             QStringLiteral(">= 1.0x"), h1.drained >= bare);
        line("engine HTTP/2 / bare (end to end)", h2.endToEnd / bare, "x", QStringLiteral(">= 1.0x"),
             h2.endToEnd >= bare);
        line("engine HTTP/2 / bare (events raised beforehand)", h2.drained / bare, "x",
             QStringLiteral(">= 1.0x"), h2.drained >= bare);
        line("engine HTTP/2 / bare sender over HTTP/2 (end to end)", h2.endToEnd / bare2, "x",
             QStringLiteral("(reference)"), true);
        // Why the ratio is what it is: CPU time per request of each, with the receiver's share, and
        // how busy the machine was. A sender that already keeps the cores busy leaves the engine no
        // room for its storage and signing; the last lines are the engine's rate if it had every core.
        line("bare sender: CPU per request, all threads (us)", bareCpu.perItemUs, "us",
             QStringLiteral("(reference)"), true);
        line("bare sender: cores busy while it ran (%)", bareCpu.busyShare, "%",
             QStringLiteral("(reference)"), true);
        line("bare sender over HTTP/2: CPU per request (us)", bare2Cpu.perItemUs, "us",
             QStringLiteral("(reference)"), true);
        // What QNAM's HTTP/1.1 client costs: the same requests on buffered sockets, no QNAM.
        line("raw socket sender, no QNAM (1 thread, 16 in flight), req/s", raw, "req/s",
             QStringLiteral("(reference)"), true);
        line("raw socket sender: CPU per request, all threads (us)", rawCpu.perItemUs, "us",
             QStringLiteral("(reference)"), true);
        line("raw socket sender: read() calls per request", rawCpu.readCallsPerItem, "calls",
             QStringLiteral("(reference)"), true);
        // Qt 6.4 reads an HTTP/1.1 answer's status line and headers one read() call per byte when
        // no proxy is set: most of its network threads' time (the engine's own client reads each
        // answer in one).
        line("bare sender: read() calls per request (this process)", bareCpu.readCallsPerItem, "calls",
             QStringLiteral("(reference)"), true);
        line("bare sender: TCP connections opened per 1,000 requests", bareCpu.tcpOpensPerThousand, "conn",
             QStringLiteral("(reference)"), true);
        // Its six connections, and nginx's renewal after 1,000 requests each, make a few per 1,000.
        // More are Qt's early close on its own loop (EventLoops), even in the best of its runs.
        if (bareCpu.tcpOpensPerThousand > 10)
            std::printf("  NOTE: even the bare sender's best run lost connections to Qt's early close: "
                        "its rate is understated and the ratios above are not to be trusted\n");
        std::printf("  bare sender, CPU per request by thread (us): %s\n", qPrintable(bareCpu.byThread));
    }
    const int cores = QThread::idealThreadCount();
    for (const auto& [name, figures] :
         {std::pair<const char*, const EngineFigures&>{"HTTP/1.1", h1}, {"HTTP/2", h2}}) {
        const QByteArray label = QByteArray("engine ") + name;
        line((label + ", raised beforehand: CPU per delivery (us)").constData(), figures.cpu.perItemUs, "us",
             QStringLiteral("(reference)"), true);
        line((label + ", raised beforehand: cores busy (%)").constData(), figures.cpu.busyShare, "%",
             QStringLiteral("(reference)"), true);
        line((label + ": deliveries/s its CPU allows, all cores").constData(),
             1e6 * cores / figures.cpu.perItemUs, "deliv/s", QStringLiteral("(reference)"), true);
    }
    line("engine HTTP/1.1 through QNAM, raised beforehand: CPU per delivery (us)", qnamCpu.perItemUs, "us",
         QStringLiteral("(reference)"), true);
    line("engine HTTP/1.1, raised beforehand: read() calls per delivery", h1.cpu.readCallsPerItem, "calls",
         QStringLiteral("(reference)"), true);
    // 16 in flight keep 16 connections open for the whole run: anything more is a connection the
    // receiver or Qt closed and the next request had to open again (see EventLoops).
    line("engine HTTP/1.1, raised beforehand: TCP connections per 1,000", h1.cpu.tcpOpensPerThousand, "conn",
         QStringLiteral("(reference)"), true);
    // HTTP/1.1 only: HTTP/2's network threads end every 900 requests (a new connection) and a thread
    // that ends during the run is not counted.
    std::printf("  engine HTTP/1.1, raised beforehand, CPU per delivery by thread (us): %s\n",
                qPrintable(h1.cpu.byThread));
}

} // namespace

int main(int argc, char** argv)
{
    // The bare sender sends from this thread on Qt's own event loop, as the engine sends from its
    // dispatcher's, and its network managers' threads run Qt's own too (see bareQnam()). The
    // engine's threads run the loops EventLoops gives them. A QT_NO_GLIB set by hand decides for
    // every thread.
    const bool loopsChosen = qEnvironmentVariableIsSet("QT_NO_GLIB");
    EventLoops::prepare();
    if (!loopsChosen)
        qputenv("QT_NO_GLIB", "1"); // read as this thread's loop is made, with the application
    QCoreApplication app(argc, argv);
    if (!loopsChosen)
        qputenv("QT_NO_GLIB", "");
    const QStringList args = app.arguments();
    if (args.size() > 2 && args.at(1) == QLatin1String("--rss-child"))
        return rssChild(args.at(2).toInt());
    // [events] [--engine-only] [--slow-only], in any order: --engine-only runs just the engine's
    // fast runs (e.g. under perf), --slow-only just the slow receivers' runs.
    int events = 20000;
    bool engineOnly = false;
    bool slowOnly = false;
    for (const QString& arg : args.mid(1)) {
        bool number = false;
        const int n = arg.toInt(&number);
        if (number && n > 0)
            events = n;
        else if (arg == QLatin1String("--engine-only"))
            engineOnly = true;
        else if (arg == QLatin1String("--slow-only"))
            slowOnly = true;
        else {
            std::fprintf(stderr,
                         "usage: bench_delivery [events, 20000 by default] [--engine-only] [--slow-only]\n");
            return 2;
        }
    }

    std::printf(
        "Hookdesk delivery benchmark: %d events of 1 KiB, SQLite WAL, receivers on 127.0.0.1 (the lean "
        "ones in a thread of this process); event loops: %s\n\n",
        events,
        loopsChosen ? (qEnvironmentVariableIsEmpty("QT_NO_GLIB") ? "GLib's (QT_NO_GLIB empty)"
                                                                 : "Qt's own (QT_NO_GLIB)")
                    : "the product's (EventLoops); the bare sender's all Qt's own");

    ReceiverThread fast(Behaviour::Answer, 0);
    const quint16 fastPort = fast.startAndWait();
    Http2ReceiverThread fast2(Behaviour::Answer, 0);
    const quint16 fast2Port = fast2.startAndWait();

    if (!slowOnly) {
        NginxReceiver nginx;
        const QString nginxProblem = nginx.start();
        if (nginxProblem.isEmpty()) {
            g_externalReceiverCpu = [&nginx]() { return nginx.cpuSeconds(); };
            std::printf("Fast receiver: nginx answering 204 (its own process, one worker)\n");
            fastFigures(nginx.port(), nginx.http2Port(), events, engineOnly);
            g_externalReceiverCpu = nullptr;
        } else {
            std::printf("Fast receiver nginx skipped: %s\n", qPrintable(nginxProblem));
        }
        std::printf("\nFast receiver: lean receivers in a thread of this process (status line and "
                    "Content-Length only)\n");
        fastFigures(fastPort, fast2Port, events, engineOnly);
        std::printf("\n");
    }
    if (engineOnly)
        return 0;

    // 200 integrations whose receivers answer after 100 ms: each may have 8 in flight, so they
    // allow 200 * 8 / 0.1 s = 16,000 deliveries/s together. Over HTTP/1.1, then HTTP/2.
    // Issue #3 asks for 90 % of that rate, judged here over the whole run, its start included.
    // Over HTTP/1.1 each run lasts three seconds at the allowed rate (48,000 deliveries at 8 in
    // flight): no shorter run can show 90 % on this machine, whatever sends. The plain-socket
    // sender, which does nothing but send and read, made 88.6-88.7 % of the allowed rate over
    // 20,000 deliveries (12.5 rounds of 100 ms, 1.25 s): opening 1,600 connections takes it
    // 80-100 ms, every round takes a few ms more than the receivers' 100, and the last round is
    // half empty. Over 48,000 it made 92.9-94.6 %. Its line beside the engine's is that ceiling.
    // (Until the dispatcher's own cap of 1,024 requests in flight over all integrations was
    // found, the engine could not pass 64 % whatever the CPU.)
    // Further runs allow each 4, 2 and 1 requests in flight (8,000, 4,000 and 2,000/s together):
    // they show from which allowed rate on the CPU, not the engine's lanes, is what limits them. After
    // each run the plain-socket sender, then the bare QNAM sender (bareSpread()), keep the same
    // number of requests in flight to the same receivers: the share of the target left to any
    // sender, and to any QNAM sender, on this machine.
    struct SlowRun
    {
        HttpVersion http;
        int inFlight;
    };
    for (const SlowRun run :
         {SlowRun{HttpVersion::Http1, 8}, SlowRun{HttpVersion::Http2, 8}, SlowRun{HttpVersion::Http1, 4},
          SlowRun{HttpVersion::Http1, 2}, SlowRun{HttpVersion::Http1, 1}}) {
        const bool h2run = run.http == HttpVersion::Http2;
        ReceiverThread slow(Behaviour::Answer, 100);
        Http2ReceiverThread slow2(Behaviour::Answer, 100);
        const quint16 slowPort = h2run ? slow2.startAndWait() : slow.startAndWait();
        Engine engine;
        QStringList types;
        for (int i = 0; i < 200; ++i)
            types << engine.addIntegration(QStringLiteral("Slow%1").arg(i), slowPort, run.inFlight, run.http);
        const double allowed = 200 * run.inFlight / 0.1;
        // Three seconds at the allowed rate (ten with one in flight; over HTTP/2 about three at
        // the rate made), so that the start, when 200 integrations open their connections and
        // claim their first jobs, weighs little. (8,000 at 8 in flight, half a second at the
        // allowed rate, gave 31-41 % where the middle half of the run made 49-60 %.) A shorter
        // run when fewer events are asked for, in the same proportion.
        const int full = run.inFlight == 1 ? 20000 : h2run ? 16000 : int(3 * allowed);
        const int count = events >= 20000 ? full : qMax(1, int(qint64(full) * events / 20000));
        CpuUse cpu;
        double middle = 0;
        const double rate = engine.drain(types, count, &cpu, &middle);
        const double late = h2run ? 0 : slow.meanLateMicros(); // the engine's run only
        const QString name = QStringLiteral("slow receivers, %1, %2 in flight")
                                 .arg(QLatin1String(h2run ? "HTTP/2" : "HTTP/1.1"))
                                 .arg(run.inFlight);
        line(qPrintable(name + QStringLiteral(": 200 x 100 ms, /s")), rate, "deliv/s",
             QStringLiteral("(allowed %1/s)").arg(allowed), true);
        const double share = 100.0 * rate / allowed;
        if (run.inFlight == 8)
            line(qPrintable(name + QStringLiteral(": share allowed")), share, "%", QStringLiteral(">= 90%"),
                 share >= 90.0);
        else
            line(qPrintable(name + QStringLiteral(": share allowed")), share, "%",
                 QStringLiteral("(reference)"), true);
        // Past the start: 1,600 connections opened and 200 first claims weigh on a run this short.
        line(qPrintable(name + QStringLiteral(": middle half of the run, share allowed")),
             100.0 * middle / allowed, "%", QStringLiteral("(reference)"), true);
        line(qPrintable(name + QStringLiteral(": CPU (us), busy %1 %").arg(cpu.busyShare, 0, 'f', 0)),
             cpu.perItemUs, "us", QStringLiteral("(reference)"), true);
        std::printf("  %s, CPU per delivery by thread (us): %s\n", qPrintable(name),
                    qPrintable(cpu.byThread));
        std::printf("  %s, share of the run each thread waited for a free core: %s\n", qPrintable(name),
                    qPrintable(cpu.waitedByThread));
        if (!h2run)
            line(qPrintable(name + QStringLiteral(": receiver's answers past 100 ms (us, mean)")), late, "us",
                 QStringLiteral("(reference)"), true);
        // The same receivers and limits without the engine: how much of the target the run's
        // length and the machine leave to any sender (plain sockets, over HTTP/1.1), and to any
        // QNAM sender.
        if (!h2run) {
            CpuUse plainCpu;
            const double plain = plainSocketSpread(slowPort, 200 * run.inFlight, count, &plainCpu);
            line(qPrintable(name + QStringLiteral(": plain-socket sender, share allowed")),
                 100.0 * plain / allowed, "%", QStringLiteral("(reference)"), true);
            // The engine against what this machine let any sender make in the same minute: the
            // machine's speed, which swings 10-20 % between minutes, weighs on both alike.
            line(qPrintable(name + QStringLiteral(": engine / plain-socket sender")), 100.0 * rate / plain,
                 "%", QStringLiteral("(reference)"), true);
            line(qPrintable(name + QStringLiteral(": plain-socket sender CPU (us), busy %1 %")
                                       .arg(plainCpu.busyShare, 0, 'f', 0)),
                 plainCpu.perItemUs, "us", QStringLiteral("(reference)"), true);
        }
        CpuUse bareCpu;
        const double bare = bareSpread(slowPort, 200 * run.inFlight, count, h2run, &bareCpu);
        line(qPrintable(name + QStringLiteral(": bare sender, share allowed")), 100.0 * bare / allowed, "%",
             QStringLiteral("(reference)"), true);
        line(
            qPrintable(name +
                       QStringLiteral(": bare sender CPU (us), busy %1 %").arg(bareCpu.busyShare, 0, 'f', 0)),
            bareCpu.perItemUs, "us", QStringLiteral("(reference)"), true);
    }
    if (slowOnly)
        return 0;

    // 20 healthy integrations alone, then beside one whose receiver never answers with a backlog.
    // Both are run 15 times, alternately, and their medians compared: on this machine one run of
    // either varies by up to 20 % from the next, twice the threshold itself. Medians of three
    // crossed it now and then, and medians of five gave drops from -27 % to 12 % in twelve
    // readings of the same code (session 23), medians of 15 from -5 % to 3 % in four. Longer runs
    // did not help: 60,000 deliveries each varied as much. 20,000 deliveries each: at
    // 13,000-16,000/s, 10,000 made runs of under a second, in which the start (claiming, the
    // hanging receiver's first requests) weighed enough to move the drop from -4 % to 14 %.
    {
        const int count = qMin(events, 20000);
        auto healthyAlone = [&]() {
            Engine engine;
            QStringList types;
            for (int i = 0; i < 20; ++i)
                types << engine.addIntegration(QStringLiteral("Healthy%1").arg(i), fastPort, 8);
            return engine.drain(types, count);
        };
        auto healthyBeside = [&]() {
            ReceiverThread hanging(Behaviour::NeverAnswer, 0);
            const quint16 hangingPort = hanging.startAndWait();
            Engine engine;
            const QString stuck = engine.addIntegration(QStringLiteral("Stuck"), hangingPort, 8);
            engine.raise({stuck}, 0, 2000);
            QStringList types;
            for (int i = 0; i < 20; ++i)
                types << engine.addIntegration(QStringLiteral("Healthy%1").arg(i), fastPort, 8);
            return engine.drain(types, count);
        };
        QList<double> alones;
        QList<double> besides;
        constexpr int kRounds = 15;
        for (int round = 0; round < kRounds; ++round) {
            alones << healthyAlone();
            besides << healthyBeside();
        }
        std::sort(alones.begin(), alones.end());
        std::sort(besides.begin(), besides.end());
        auto joined = [](const QList<double>& rates) {
            QStringList parts;
            for (const double rate : rates)
                parts << QString::number(rate, 'f', 0);
            return parts.join(QStringLiteral(" / "));
        };
        std::printf("  (alone %s, beside %s deliveries/s)\n", qPrintable(joined(alones)),
                    qPrintable(joined(besides)));
        const double alone = alones.at(kRounds / 2);
        const double beside = besides.at(kRounds / 2);
        const double drop = 100.0 * (alone - beside) / alone;
        line("isolation: 20 healthy alone, median of 15, deliveries/s", alone, "deliv/s",
             QStringLiteral("(reference)"), true);
        line("isolation: 20 healthy beside 1 hanging, median of 15, /s", beside, "deliv/s",
             QStringLiteral("(reference)"), true);
        line("isolation: healthy rate drop", drop, "%", QStringLiteral("<= 10%"), drop <= 10);
    }

    // Peak RSS with 100,000 due jobs, measured in a child process.
    {
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--rss-child"), QStringLiteral("100000")});
        child.waitForFinished(600000);
        const QList<QByteArray> parts = child.readAllStandardOutput().trimmed().split(' ');
        if (parts.size() == 3) {
            const double mib = parts.at(1).toLong() / 1024.0;
            line("peak RSS, dispatcher with 100,000 due jobs (MiB)", mib, "MiB", QStringLiteral("< 200 MiB"),
                 mib < 200);
        } else {
            std::printf("peak RSS child failed: %s\n", child.readAllStandardError().constData());
        }
    }
    return 0;
}
