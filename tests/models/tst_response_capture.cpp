// SPDX-License-Identifier: GPL-3.0-or-later
// The run number: a real dispatcher delivers to a receiver that names its run in the body or in
// a header; the job and the attempt keep it, and the queue shows it in its Run column.
#include "DeliveryFixture.h"
#include "LazyQueueModel.h"
#include "TestReceiver.h"
#include "delivery/Dispatcher.h"

#include <QSignalSpy>
#include <QtTest>
#include <memory>

using namespace hookdesk;
using hookdesk::test::DeliveryFixture;
using hookdesk::test::TestReceiver;

class TestResponseCapture : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void runNumberFromJsonBody();
    void runNumberFromHeader();
    void failedResendKeepsTheJobsRunNumber();

private:
    // One integration on the receiver with `rule`, one trigger, one event; returns the job id.
    QString deliverOnce(const QString& rule);

    std::unique_ptr<DeliveryFixture> m_fixture;
    std::unique_ptr<TestReceiver> m_receiver;
    std::unique_ptr<Dispatcher> m_dispatcher;
    Integration m_integration;
};

void TestResponseCapture::init()
{
    m_fixture = std::make_unique<DeliveryFixture>();
    const QString error = m_fixture->open();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_receiver = std::make_unique<TestReceiver>();
    QVERIFY(m_receiver->listen());
    m_dispatcher =
        std::make_unique<Dispatcher>(*m_fixture->jobs, *m_fixture->integrations, m_fixture->secrets);
    m_dispatcher->setPollInterval(25);
    m_dispatcher->setRequestTimeout(5000);
    m_integration = Integration();
}

void TestResponseCapture::cleanup()
{
    m_dispatcher.reset();
    m_receiver.reset();
    m_fixture.reset();
}

QString TestResponseCapture::deliverOnce(const QString& rule)
{
    QString error;
    if (m_integration.id == 0) {
        m_integration.baseUrl = m_receiver->url(QStringLiteral("/hooks"));
        m_integration.setRunNumberRule(rule);
        error = m_fixture->addIntegration(m_integration);
    }
    const QString jobId = error.isEmpty() ? m_fixture->raise(&error) : QString();
    if (jobId.isEmpty()) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    QSignalSpy recorded(m_dispatcher.get(), &Dispatcher::attemptRecorded);
    if (!m_dispatcher->isRunning())
        m_dispatcher->start();
    if (!recorded.wait(10000) && recorded.isEmpty())
        return {};
    return jobId;
}

void TestResponseCapture::runNumberFromJsonBody()
{
    m_receiver->setStatus(200);
    m_receiver->setResponseHeader("Content-Type", "application/json");
    m_receiver->setResponseBody(R"({"run":{"number":"001","started":"2026-11-22"}})");
    const QString jobId = deliverOnce(QStringLiteral("json:/run/number"));
    QVERIFY(!jobId.isEmpty());

    const auto job = m_fixture->jobs->job(jobId);
    QVERIFY(job);
    QCOMPARE(job->status, JobStatus::Succeeded);
    QCOMPARE(job->runNumber, QStringLiteral("001"));
    const QList<Attempt> attempts = m_fixture->jobs->attempts(jobId);
    QCOMPARE(attempts.size(), 1);
    QCOMPARE(attempts.first().runNumber, QStringLiteral("001"));

    LazyQueueModel model(m_fixture->db, *m_fixture->jobs);
    QCOMPARE(model.headerData(LazyQueueModel::RunColumn, Qt::Horizontal).toString(), QStringLiteral("Run"));
    QTRY_COMPARE(model.rowCount(), 1);
    QTRY_COMPARE(model.index(0, LazyQueueModel::RunColumn).data().toString(), QStringLiteral("001"));
    QCOMPARE(model.index(0, 0).data(LazyQueueModel::JobIdRole).toString(), jobId);
}

void TestResponseCapture::runNumberFromHeader()
{
    m_receiver->setStatus(202);
    m_receiver->setResponseHeader("x-run-number", "  R-77  ");
    m_receiver->setResponseBody("accepted");
    const QString jobId = deliverOnce(QStringLiteral("header:X-Run-Number"));
    QVERIFY(!jobId.isEmpty());
    const auto job = m_fixture->jobs->job(jobId);
    QVERIFY(job);
    QCOMPARE(job->runNumber, QStringLiteral("R-77"));
    QCOMPARE(m_fixture->jobs->attempts(jobId).first().runNumber, QStringLiteral("R-77"));
    // The list the CLI and the legacy queue read carries it as well.
    const QList<DeliveryJob> listed = m_fixture->jobs->list({});
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.first().runNumber, QStringLiteral("R-77"));
}

void TestResponseCapture::failedResendKeepsTheJobsRunNumber()
{
    // A failed attempt that names no run leaves the job's run number as the last answer gave it.
    m_receiver->setStatus(200);
    m_receiver->setResponseBody(R"({"run":{"number":7}})");
    const QString jobId = deliverOnce(QStringLiteral("json:/run/number"));
    QVERIFY(!jobId.isEmpty());
    QCOMPARE(m_fixture->jobs->job(jobId)->runNumber, QStringLiteral("7"));

    m_receiver->setStatus(500);
    m_receiver->setResponseBody("oops");
    QString error;
    QCOMPARE(m_fixture->jobs->resend({jobId}, &error), 1);
    QSignalSpy recorded(m_dispatcher.get(), &Dispatcher::attemptRecorded);
    QVERIFY(recorded.wait(10000));
    const QList<Attempt> attempts = m_fixture->jobs->attempts(jobId);
    QCOMPARE(attempts.size(), 2);
    QCOMPARE(attempts.at(1).runNumber, QString());
    QCOMPARE(attempts.at(1).responseStatus, 500);
    QCOMPARE(m_fixture->jobs->job(jobId)->runNumber, QStringLiteral("7"));
}

QTEST_MAIN(TestResponseCapture)
#include "tst_response_capture.moc"
