// SPDX-License-Identifier: GPL-3.0-or-later
// The queue page with 1,000,000 jobs: generates the database once (kept in the temporary folder
// between runs), then measures, through the real page, model and view (offscreen), what an
// administrator waits for, and prints each figure beside its target.
//
//   QT_QPA_PLATFORM=offscreen build/tests/bench/bench_queue [--jobs N] [--database PATH]
#include "BodyView.h"
#include "LazyQueueModel.h"
#include "PeakRss.h"
#include "QueueDataSet.h"
#include "QueuePage.h"
#include "service/AppContext.h"
#include "storage/BulkResender.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTableView>
#include <QTextStream>

using namespace hookdesk;

namespace {

QTextStream& out()
{
    static QTextStream s(stdout);
    return s;
}

void report(const char* what, double value, const char* unit, double target)
{
    out() << QStringLiteral("%1 %2 %3   (target < %4 %3)  %5")
                 .arg(QString::fromLatin1(what), -44)
                 .arg(value, 9, 'f', 1)
                 .arg(QString::fromLatin1(unit))
                 .arg(target)
                 .arg(value < target ? QStringLiteral("ok") : QStringLiteral("MISSED"))
          << Qt::endl;
}

// Runs the event loop until cond() holds; returns the milliseconds it took, or -1.
template <typename Cond> double waitFor(Cond cond, int timeoutMs = 60000)
{
    QElapsedTimer t;
    t.start();
    while (!cond()) {
        if (t.elapsed() > timeoutMs)
            return -1;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return double(t.nsecsElapsed()) / 1e6;
}

const QStringList& words()
{
    static const QStringList w =
        QString::fromLatin1("order invoice customer shipment refund payment account address street city "
                            "country postcode amount currency status pending complete cancelled item "
                            "quantity price discount coupon note message reference channel web mobile "
                            "store warehouse carrier tracking label created updated")
            .split(QLatin1Char(' '));
    return w;
}

QueueDataSet::Job makeJob(int i, const QList<qint64>& integrations, qint64 t0)
{
    QRandomGenerator rng(quint32(i) * 2654435761u + 17);
    QueueDataSet::Job j;
    j.id = QStringLiteral("msg_bench_%1").arg(i, 8, 10, QLatin1Char('0'));
    j.createdAt = t0 + qint64(i) * 250;
    j.integrationId = integrations.at(int(rng.bounded(quint32(integrations.size()))));
    j.eventType = QStringLiteral("bench.event.%1").arg(rng.bounded(20));
    if (i % 10 == 3) {
        j.status = JobStatus::Failed;
        const int kind = int(rng.bounded(3));
        j.httpStatus = kind == 0 ? 500 : kind == 1 ? 404 : 0;
    } else {
        j.status = JobStatus::Succeeded;
        j.httpStatus = 200;
    }
    // 1-4 KiB of JSON: an order with lines and free text.
    const int target = 1024 + int(rng.bounded(3 * 1024));
    QByteArray p = QStringLiteral("{\"id\":%1,\"customer\":\"cust_%2\",\"type\":\"%3\",\"lines\":[")
                       .arg(i)
                       .arg(rng.bounded(100000), 5, 10, QLatin1Char('0'))
                       .arg(j.eventType)
                       .toUtf8();
    int line = 0;
    while (p.size() < target - 60) {
        if (line++)
            p += ',';
        p += QStringLiteral("{\"sku\":\"SKU-%1\",\"qty\":%2,\"note\":\"%3 %4 %5\"}")
                 .arg(rng.bounded(1000000))
                 .arg(rng.bounded(1, 10))
                 .arg(words().at(int(rng.bounded(quint32(words().size())))),
                      words().at(int(rng.bounded(quint32(words().size())))),
                      i % 1000 == 7 ? QStringLiteral("needle")
                                    : words().at(int(rng.bounded(quint32(words().size())))))
                 .toUtf8();
    }
    p += "]}";
    j.payload = p;
    return j;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    int jobs = 1000000;
    QString location = QDir::tempPath() + QStringLiteral("/hookdesk-bench-queue.sqlite");
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--jobs"))
            jobs = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--database"))
            location = args.at(i + 1);
    }
    if (jobs != 1000000 && !args.contains(QLatin1String("--database")))
        location = QDir::tempPath() + QStringLiteral("/hookdesk-bench-queue-%1.sqlite").arg(jobs);

    AppContext context;
    QString error;
    // The cached file is kept only when it is complete; a half-written one is started again.
    const QString doneMarker = location + QStringLiteral(".complete");
    if (!QFile::exists(doneMarker)) {
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(location + suffix);
    }
    if (!context.open(location, &error)) {
        out() << error << Qt::endl;
        return 1;
    }
    if (!QFile::exists(doneMarker)) {
        out() << "Generating " << jobs << " jobs in " << location << " …" << Qt::endl;
        QElapsedTimer t;
        t.start();
        QList<qint64> integrations;
        for (int n = 0; n < 50; ++n) {
            Integration i;
            i.name = QStringLiteral("Integration %1").arg(n + 1, 2, 10, QLatin1Char('0'));
            i.baseUrl = QStringLiteral("http://127.0.0.1:9/hooks/%1").arg(n);
            if (!context.integrations().insert(i, &error)) {
                out() << error << Qt::endl;
                return 1;
            }
            integrations.append(i.id);
        }
        const qint64 t0 = QDateTime::currentMSecsSinceEpoch() - qint64(jobs) * 250;
        if (!QueueDataSet::insert(
                context.database(), jobs, [&](int i) { return makeJob(i, integrations, t0); }, &error,
                10000)) {
            out() << error << Qt::endl;
            return 1;
        }
        QSqlQuery(context.database().connection()).exec(QStringLiteral("ANALYZE"));
        QFile marker(doneMarker);
        marker.open(QIODevice::WriteOnly);
        out() << "Generated in " << t.elapsed() / 1000 << " s (" << (QFileInfo(location).size() >> 20)
              << " MiB); kept for the next run." << Qt::endl;
    } else {
        out() << "Using the cached database " << location << Qt::endl;
    }
    // A previous run's resend is undone, so that every run measures the same queue.
    QSqlQuery(context.database().connection())
        .exec(QStringLiteral("UPDATE jobs SET status = 'failed', next_attempt_kind = 'scheduled' WHERE "
                             "next_attempt_kind = 'resend'"));

    out() << Qt::endl << "Queue page with " << jobs << " jobs (offscreen):" << Qt::endl;
    QElapsedTimer open;
    open.start();
    QueuePage page(context);
    page.resize(1280, 800);
    page.show();
    auto* view = page.findChild<QTableView*>(QStringLiteral("queueView"));
    LazyQueueModel* model = page.model();
    auto loaded = [&](int row) { return model->index(row, 0).data(LazyQueueModel::LoadedRole).toBool(); };
    waitFor([&] { return model->rowCount() > 0 && loaded(0); });
    view->viewport()->repaint();
    report("open page to first rows painted", double(open.nsecsElapsed()) / 1e6, "ms", 300);
    const double counted = waitFor([&] { return model->isCountKnown(); });
    out() << "  (matching count " << model->matchingCount() << " known " << counted << " ms later)"
          << Qt::endl;

    // Jump to the last row: placeholders paint at once, data follows.
    QElapsedTimer jump;
    jump.start();
    view->scrollToBottom();
    view->viewport()->repaint();
    const int last = model->rowCount() - 1;
    const double placeholders = double(jump.nsecsElapsed()) / 1e6;
    waitFor([&] { return loaded(last); });
    view->viewport()->repaint();
    report("jump to last row: placeholders painted", placeholders, "ms", 50);
    report("jump to last row: data painted", double(jump.nsecsElapsed()) / 1e6, "ms", 500);
    // And the middle, which needs the bookmarks.
    QElapsedTimer middle;
    middle.start();
    view->scrollTo(model->index(model->rowCount() / 2, 0), QAbstractItemView::PositionAtCenter);
    view->viewport()->repaint();
    waitFor([&] { return loaded(model->rowCount() / 2); });
    report("jump to the middle row: data painted", double(middle.nsecsElapsed()) / 1e6, "ms", 500);

    view->scrollToTop();
    JobFilter filter;
    filter.statuses = {JobStatus::Failed};
    filter.integrationId = context.integrations().byName(QStringLiteral("Integration 07"))->id;
    QElapsedTimer filtering;
    filtering.start();
    model->setFilter(filter);
    waitFor([&] { return model->rowCount() > 0 && loaded(0); });
    view->viewport()->repaint();
    report("status + integration filter to first rows", double(filtering.nsecsElapsed()) / 1e6, "ms", 500);
    waitFor([&] { return model->isCountKnown(); });
    out() << "  (" << model->matchingCount() << " jobs match, counted after "
          << double(filtering.nsecsElapsed()) / 1e6 << " ms)" << Qt::endl;

    JobFilter search;
    search.text = QStringLiteral("needle");
    QElapsedTimer searching;
    searching.start();
    model->setFilter(search);
    waitFor([&] { return model->rowCount() > 0 && loaded(0); });
    view->viewport()->repaint();
    report("payload text search to first rows", double(searching.nsecsElapsed()) / 1e6, "ms", 1000);
    waitFor([&] { return model->isCountKnown(); });
    out() << "  (" << model->matchingCount() << " jobs contain it, counted after "
          << double(searching.nsecsElapsed()) / 1e6 << " ms)" << Qt::endl;

    // Resend the 100,000 failed jobs, as "Resend all matching" does, with the page open.
    model->setFilter(JobFilter{});
    JobFilter failed;
    failed.statuses = {JobStatus::Failed};
    BulkResender resender(context.database().location());
    qint64 resent = -1;
    QObject::connect(&resender, &BulkResender::finished, &app,
                     [&](qint64 done, bool, const QString& message) {
                         resent = done;
                         if (!message.isEmpty())
                             out() << message << Qt::endl;
                     });
    QElapsedTimer resending;
    resending.start();
    resender.start(failed);
    waitFor([&] { return resent >= 0; }, 600000);
    out() << "  (" << resent << " jobs queued again)" << Qt::endl;
    report("resend every failed job: enqueued", double(resending.nsecsElapsed()) / 1e6, "ms", 5000);
    QSqlQuery(context.database().connection())
        .exec(QStringLiteral("UPDATE jobs SET status = 'failed', next_attempt_kind = 'scheduled' WHERE "
                             "next_attempt_kind = 'resend'"));

    // A job whose payload is as large as the ingest API takes by default (1 MiB): selecting it
    // shows its tree at once; the raw text is laid out when asked for.
    {
        QByteArray payload = "{\"items\":[";
        for (int i = 0; payload.size() < 1024 * 1024 - 100; ++i)
            payload += (i ? ",{\"id\":" : "{\"id\":") + QByteArray::number(i) + ",\"name\":\"item number " +
                       QByteArray::number(i) + "\",\"tags\":[\"a\",\"b\"]}";
        payload += "]}";
        BodyView body(QStringLiteral("bench"));
        body.resize(800, 500);
        body.show();
        QElapsedTimer showing;
        showing.start();
        body.setBody(payload);
        body.repaint();
        report("1 MiB JSON payload: tree shown", double(showing.nsecsElapsed()) / 1e6, "ms", 200);
        showing.restart();
        body.findChild<QAbstractButton*>(QStringLiteral("benchRawButton"))->click();
        body.repaint();
        report("1 MiB JSON payload: raw text shown", double(showing.nsecsElapsed()) / 1e6, "ms", 1000);
    }

    report("peak memory of the process (RSS)", hookdesk::test::peakRssKiB() / 1024.0, "MiB", 250);
    return 0;
}
