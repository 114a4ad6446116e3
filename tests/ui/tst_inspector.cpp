// SPDX-License-Identifier: GPL-3.0-or-later
// The queue inspector's bodies and request copy: JSON as a tree with types, form-encoded bodies
// decoded, binary as hex, truncation marked, and "Copy as cURL" that replays the stored request.
#include "BodyView.h"
#include "CompareDialog.h"
#include "JobInspector.h"
#include "JsonTreeModel.h"
#include "delivery/CurlCommand.h"
#include "service/JobExporter.h"
#include "service/TextDiff.h"
#include "storage/Database.h"
#include "storage/EventStore.h"
#include "storage/IntegrationStore.h"
#include "storage/JobStore.h"
#include "storage/TriggerStore.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QtTest>

using namespace hookdesk;

class TestInspector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonTreeHasKeysValuesTypesAndPointers();
    void bodyKinds_data();
    void bodyKinds();
    void formBodyIsDecodedIntoFields();
    void binaryBodyIsHex();
    void largeBodyOpensQuickly();
    void curlQuotesAndSkipsContentLength();
    void inspectorShowsAttemptAndCopiesCurl();
    void textDiffFindsChangedLines();
    void compareTwoAttemptsSideBySide();
    void exportJobsAsJsonAndCsv();
};

void TestInspector::jsonTreeHasKeysValuesTypesAndPointers()
{
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.setJson(
        R"({"user":{"name":"Ann","emails":["a@x.io","b@x.io"],"admin":false},"n":3.5,"gone":null})"));
    QCOMPARE(model.rowCount(), 3);
    QModelIndex user;
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.index(row, 0).data().toString() == QLatin1String("user"))
            user = model.index(row, 0);
    QVERIFY(user.isValid());
    QCOMPARE(user.siblingAtColumn(JsonTreeModel::TypeColumn).data().toString(), QStringLiteral("object"));
    QCOMPARE(user.siblingAtColumn(JsonTreeModel::ValueColumn).data().toString(),
             QStringLiteral("{3 key(s)}"));
    QModelIndex emails;
    for (int row = 0; row < model.rowCount(user); ++row)
        if (model.index(row, 0, user).data().toString() == QLatin1String("emails"))
            emails = model.index(row, 0, user);
    QCOMPARE(model.rowCount(emails), 2);
    const QModelIndex second = model.index(1, JsonTreeModel::ValueColumn, emails);
    QCOMPARE(second.data().toString(), QStringLiteral("\"b@x.io\""));
    QCOMPARE(second.data(JsonTreeModel::PathRole).toString(), QStringLiteral("/user/emails/1"));
    QVERIFY(!model.setJson("not json"));
    QCOMPARE(model.rowCount(), 0);
}

void TestInspector::bodyKinds_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");
    QTest::newRow("empty") << QByteArray() << int(BodyView::Kind::Empty);
    QTest::newRow("json object") << QByteArray(R"({"a":1})") << int(BodyView::Kind::Json);
    QTest::newRow("json array") << QByteArray("[1,2]") << int(BodyView::Kind::Json);
    QTest::newRow("form") << QByteArray("payload=%7B%22a%22%3A1%7D&x=2") << int(BodyView::Kind::Form);
    QTest::newRow("text") << QByteArray("Accepted, thanks!") << int(BodyView::Kind::Text);
    QTest::newRow("latin-1 text is not utf-8") << QByteArray("caf\xe9") << int(BodyView::Kind::Binary);
    QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n\0\0", 10) << int(BodyView::Kind::Binary);
}

void TestInspector::bodyKinds()
{
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    QCOMPARE(int(BodyView::classify(body)), kind);
}

void TestInspector::formBodyIsDecodedIntoFields()
{
    BodyView view(QStringLiteral("body"));
    view.setBody("payload=%7B%22action%22%3A%22created%22%2C%22id%22%3A7%7D&event=issue+comment");
    QCOMPARE(view.kind(), BodyView::Kind::Form);
    JsonTreeModel* model = view.treeModel();
    QCOMPARE(model->rowCount(), 2);
    QStringList keys;
    for (int row = 0; row < model->rowCount(); ++row)
        keys.append(model->index(row, 0).data().toString());
    QVERIFY(keys.contains(QStringLiteral("payload")));
    const QModelIndex payload = model->index(int(keys.indexOf(QStringLiteral("payload"))), 0);
    QCOMPARE(model->rowCount(payload), 2); // the JSON inside the field is a tree too
    const QModelIndex event =
        model->index(int(keys.indexOf(QStringLiteral("event"))), JsonTreeModel::ValueColumn);
    QCOMPARE(event.data().toString(), QStringLiteral("\"issue comment\""));
    // The raw view keeps the body as it went over the wire.
    QVERIFY(view.rawText().startsWith(QStringLiteral("payload=%7B")));
}

void TestInspector::binaryBodyIsHex()
{
    BodyView view(QStringLiteral("body"));
    view.setBody(QByteArray("\x89PNG\r\n", 6), QStringLiteral("Truncated: only the first 64 KiB were kept."));
    QCOMPARE(view.kind(), BodyView::Kind::Binary);
    QVERIFY2(view.rawText().startsWith(QStringLiteral("00000000  89 50 4e 47 0d 0a")),
             qPrintable(view.rawText()));
    QVERIFY(view.rawText().contains(QStringLiteral(".PNG..")));
    bool truncatedShown = false;
    for (QLabel* label : view.findChildren<QLabel*>())
        truncatedShown |= label->text().contains(QStringLiteral("Truncated"));
    QVERIFY(truncatedShown);
}

void TestInspector::largeBodyOpensQuickly()
{
    // A small body opens two levels deep, and its raw text is coloured.
    BodyView view(QStringLiteral("body"));
    view.resize(800, 600);
    view.show();
    view.setBody(R"({"user":{"name":"Ann","roles":["a","b"]},"n":1})");
    auto* tree = view.findChild<QTreeView*>(QStringLiteral("bodyTree"));
    JsonTreeModel* model = view.treeModel();
    const QModelIndex user = model->index(1, 0); // keys in order: n, user
    QCOMPARE(user.data().toString(), QStringLiteral("user"));
    QCOMPARE(model->index(1, 0, user).data().toString(), QStringLiteral("roles"));
    QVERIFY(tree->isExpanded(user));
    QVERIFY(tree->isExpanded(model->index(1, 0, user))); // "roles"
    auto* raw = view.findChild<QPlainTextEdit*>(QStringLiteral("body"));
    QTest::mouseClick(view.findChild<QToolButton*>(QStringLiteral("bodyRawButton")), Qt::LeftButton);
    QVERIFY(raw->isVisible());
    QVERIFY(raw->toPlainText().contains(QStringLiteral("\"roles\"")));
    QVERIFY(!raw->document()->firstBlock().next().layout()->formats().isEmpty());

    // 20,000 elements: the array opens, its elements do not (that would be 100,000 rows), and the
    // raw text is laid out only when asked for, uncoloured past 256 KiB.
    QByteArray big = "{\"items\":[";
    for (int i = 0; i < 20000; ++i)
        big += (i ? ",{\"id\":" : "{\"id\":") + QByteArray::number(i) +
               ",\"name\":\"item\",\"tags\":[\"a\",\"b\"]}";
    big += "]}";
    view.setBody(big);
    QVERIFY(tree->isVisible());
    const QModelIndex items = model->index(0, 0);
    QCOMPARE(model->rowCount(items), 20000);
    QVERIFY(tree->isExpanded(items));
    QVERIFY(!tree->isExpanded(model->index(0, 0, items)));
    QVERIFY(raw->toPlainText().isEmpty());
    QTest::mouseClick(view.findChild<QToolButton*>(QStringLiteral("bodyRawButton")), Qt::LeftButton);
    QVERIFY(raw->toPlainText().size() > BodyView::kMaxHighlighted);
    QVERIFY(raw->toPlainText().contains(QStringLiteral("\"id\": 19999")));
    QVERIFY(raw->document()->firstBlock().next().layout()->formats().isEmpty());

    // A top-level array of 20,000 objects: the first elements open, not all of them.
    QByteArray array = "[";
    for (int i = 0; i < 20000; ++i)
        array += (i ? ",{\"id\":" : "{\"id\":") + QByteArray::number(i) + ",\"tags\":[\"a\"]}";
    array += "]";
    view.setBody(array);
    QCOMPARE(model->rowCount(), 20000);
    QVERIFY(tree->isExpanded(model->index(0, 0)));
    QVERIFY(!tree->isExpanded(model->index(BodyView::kFirstRows, 0)));
    QVERIFY(!tree->isExpanded(model->index(19999, 0)));
}

void TestInspector::curlQuotesAndSkipsContentLength()
{
    const QString command = CurlCommand::build(QStringLiteral("https://example.com/hooks?a=1&b=2"),
                                               {{"Content-Type", "application/json"},
                                                {"Content-Length", "17"},
                                                {"Authorization", "Bearer ••••••••"}},
                                               R"({"name":"O'Brien"})");
    QVERIFY(command.startsWith(QStringLiteral("curl -X POST 'https://example.com/hooks?a=1&b=2'")));
    QVERIFY(!command.contains(QStringLiteral("Content-Length")));
    QVERIFY(command.contains(QStringLiteral("-H 'Authorization: Bearer ••••••••'")));
    QVERIFY2(command.contains(QStringLiteral(R"(--data-binary '{"name":"O'\''Brien"}')")),
             qPrintable(command));
}

void TestInspector::inspectorShowsAttemptAndCopiesCurl()
{
    QTemporaryDir dir;
    Database db;
    QString error;
    QVERIFY2(db.open(dir.filePath(QStringLiteral("i.sqlite")), QStringLiteral("inspector"), &error),
             qPrintable(error));
    IntegrationStore integrations(db);
    TriggerStore triggers(db);
    EventStore events(db);
    JobStore jobs(db);
    Integration i;
    i.name = QStringLiteral("GitHub-style");
    i.baseUrl = QStringLiteral("https://receiver.example.com");
    QVERIFY(integrations.insert(i, &error));
    Trigger t;
    t.integrationId = i.id;
    t.eventType = QStringLiteral("thyngs.page.added");
    QVERIFY(triggers.insert(t, &error));
    Event e;
    e.type = t.eventType;
    e.payload = R"({"page":{"id":1}})";
    const auto raised = events.raise(e, &error);
    QVERIFY2(raised && raised->jobIds.size() == 1, qPrintable(error));
    Attempt a;
    a.jobId = raised->jobIds.first();
    a.kind = QStringLiteral("scheduled");
    a.requestUrl = QStringLiteral("https://receiver.example.com/");
    a.requestHeaders = {{"Content-Type", "application/x-www-form-urlencoded"},
                        {"Authorization", "Bearer ••••••••"}};
    a.requestBody = "payload=%7B%22page%22%3A%7B%22id%22%3A1%7D%7D";
    a.responseStatus = 502;
    a.responseBody = QByteArray(70, '\xff');
    a.responseTruncated = true;
    a.protocol = QStringLiteral("HTTP/2");
    a.error = QStringLiteral("The receiver answered 502 Bad Gateway.");
    QVERIFY(jobs.recordAttempt(a, JobStatus::Failed, &error));

    JobInspector inspector(jobs);
    inspector.resize(1000, 600);
    inspector.show();
    inspector.showJob(a.jobId);
    auto* responseStatus = inspector.findChild<QLabel*>(QStringLiteral("responseStatus"));
    QVERIFY(responseStatus->text().contains(QStringLiteral("502")));
    QVERIFY(responseStatus->text().contains(QStringLiteral("truncated")));
    QVERIFY2(responseStatus->text().contains(QStringLiteral("over HTTP/2")),
             qPrintable(responseStatus->text()));
    auto* responseRaw = inspector.findChild<QPlainTextEdit*>(QStringLiteral("responseBody"));
    QVERIFY(responseRaw->toPlainText().startsWith(QStringLiteral("00000000  ff ff")));
    auto* requestTree = inspector.findChild<QTreeView*>(QStringLiteral("requestBodyTree"));
    QVERIFY(requestTree->isVisible());
    QCOMPARE(requestTree->model()->rowCount(), 1); // the decoded "payload" field

    QTest::mouseClick(inspector.findChild<QPushButton*>(QStringLiteral("copyCurlButton")), Qt::LeftButton);
    const QString copied = QApplication::clipboard()->text();
    QVERIFY2(copied.startsWith(QStringLiteral("curl -X POST 'https://receiver.example.com/'")),
             qPrintable(copied));
    QVERIFY(copied.contains(QStringLiteral("Bearer ••••••••")));
    QVERIFY(copied.contains(QStringLiteral("--data-binary 'payload=%7B")));
}

void TestInspector::textDiffFindsChangedLines()
{
    const QList<TextDiff::Line> diff =
        TextDiff::lines({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")},
                        {QStringLiteral("a"), QStringLiteral("B"), QStringLiteral("c"), QStringLiteral("d")});
    QCOMPARE(TextDiff::changedLines(diff), 3); // b removed, B and d added
    QStringList same;
    for (const TextDiff::Line& l : diff)
        if (l.op == TextDiff::Line::Same)
            same.append(l.text);
    QCOMPARE(same, (QStringList{QStringLiteral("a"), QStringLiteral("c")}));
    QCOMPARE(TextDiff::changedLines(TextDiff::lines({QStringLiteral("x")}, {QStringLiteral("x")})), 0);
}

void TestInspector::compareTwoAttemptsSideBySide()
{
    QTemporaryDir dir;
    Database db;
    QString error;
    QVERIFY(db.open(dir.filePath(QStringLiteral("c.sqlite")), QStringLiteral("compare"), &error));
    IntegrationStore integrations(db);
    TriggerStore triggers(db);
    EventStore events(db);
    JobStore jobs(db);
    Integration i;
    i.name = QStringLiteral("CRM");
    i.baseUrl = QStringLiteral("https://crm.example.com");
    QVERIFY(integrations.insert(i, &error));
    Trigger t;
    t.integrationId = i.id;
    t.eventType = QStringLiteral("thyngs.page.added");
    QVERIFY(triggers.insert(t, &error));
    Event e;
    e.type = t.eventType;
    e.payload = R"({"page":{"id":1}})";
    const QString jobId = events.raise(e, &error)->jobIds.first();
    for (int status : {500, 204}) {
        Attempt a;
        a.jobId = jobId;
        a.kind = status == 500 ? QStringLiteral("scheduled") : QStringLiteral("resend");
        a.requestUrl = QStringLiteral("https://crm.example.com/");
        a.requestHeaders = {{"webhook-timestamp", status == 500 ? "1700000000" : "1700000300"}};
        a.requestBody = e.payload;
        a.responseStatus = status;
        if (status == 500)
            a.error = QStringLiteral("The receiver answered 500.");
        QVERIFY(jobs.recordAttempt(a, status == 500 ? JobStatus::Failed : JobStatus::Succeeded, &error));
    }
    JobInspector inspector(jobs);
    inspector.show();
    inspector.showJob(jobId);
    auto* list = inspector.findChild<QTreeWidget*>(QStringLiteral("attemptList"));
    auto* compare = inspector.findChild<QPushButton*>(QStringLiteral("compareAttemptsButton"));
    QCOMPARE(list->topLevelItemCount(), 2);
    QVERIFY(!compare->isEnabled());
    list->topLevelItem(0)->setSelected(true);
    list->topLevelItem(1)->setSelected(true);
    QVERIFY(compare->isEnabled());
    QTest::mouseClick(compare, Qt::LeftButton);
    CompareDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = inspector.findChild<CompareDialog*>()) != nullptr);
    // The timestamp header and the response status differ; the body is the same.
    QCOMPARE(dialog->changedLines(), 4);
    const QString left = dialog->findChild<QPlainTextEdit*>(QStringLiteral("leftText"))->toPlainText();
    const QString right = dialog->findChild<QPlainTextEdit*>(QStringLiteral("rightText"))->toPlainText();
    QVERIFY(left.contains(QStringLiteral("HTTP 500")));
    QVERIFY(right.contains(QStringLiteral("HTTP 204")));
    QCOMPARE(left.count(QLatin1Char('\n')), right.count(QLatin1Char('\n'))); // aligned line for line
}

void TestInspector::exportJobsAsJsonAndCsv()
{
    QTemporaryDir dir;
    Database db;
    QString error;
    QVERIFY(db.open(dir.filePath(QStringLiteral("e.sqlite")), QStringLiteral("export"), &error));
    IntegrationStore integrations(db);
    TriggerStore triggers(db);
    EventStore events(db);
    JobStore jobs(db);
    Integration i;
    i.name = QStringLiteral("Billing, EU"); // a comma, to be quoted in CSV
    i.baseUrl = QStringLiteral("https://billing.example.com");
    QVERIFY(integrations.insert(i, &error));
    Trigger t;
    t.integrationId = i.id;
    t.eventType = QStringLiteral("thyngs.page.added");
    QVERIFY(triggers.insert(t, &error));
    Event e;
    e.type = t.eventType;
    e.payload = R"({"title":"He said \"hi\""})";
    const QString jobId = events.raise(e, &error)->jobIds.first();
    Attempt a;
    a.jobId = jobId;
    a.kind = QStringLiteral("scheduled");
    a.requestHeaders = {{"Authorization", "Bearer ••••••••"}};
    a.responseStatus = 500;
    a.protocol = QStringLiteral("HTTP/1.1");
    a.error = QStringLiteral("The receiver answered 500.");
    QVERIFY(jobs.recordAttempt(a, JobStatus::Failed, &error));

    const QString jsonPath = dir.filePath(QStringLiteral("out.json"));
    QCOMPARE(JobExporter::formatForPath(jsonPath), JobExporter::Format::Json);
    QVERIFY2(JobExporter::write(jobs, {jobId}, jsonPath, JobExporter::Format::Json, &error),
             qPrintable(error));
    QFile json(jsonPath);
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonArray exported = QJsonDocument::fromJson(json.readAll()).array();
    QCOMPARE(exported.size(), 1);
    const QJsonObject job = exported.first().toObject();
    QCOMPARE(job.value(QStringLiteral("id")).toString(), jobId);
    QCOMPARE(job.value(QStringLiteral("payload")).toObject().value(QStringLiteral("title")).toString(),
             QStringLiteral("He said \"hi\""));
    const QJsonObject attempt = job.value(QStringLiteral("attempts")).toArray().first().toObject();
    QCOMPARE(attempt.value(QStringLiteral("responseStatus")).toInt(), 500);
    QCOMPARE(attempt.value(QStringLiteral("protocol")).toString(), QStringLiteral("HTTP/1.1"));
    QCOMPARE(attempt.value(QStringLiteral("requestHeaders"))
                 .toObject()
                 .value(QStringLiteral("Authorization"))
                 .toString(),
             QStringLiteral("Bearer ••••••••"));

    const QString csv = QString::fromUtf8(JobExporter::csv(jobs, {jobId}));
    const QStringList rows = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(rows.size(), 2);
    QVERIFY(rows.at(1).contains(QStringLiteral("\"Billing, EU\"")));
    QVERIFY2(rows.at(1).contains(QStringLiteral(R"("{""title"":""He said \""hi\""""}")")),
             qPrintable(rows.at(1)));

    // A folder that does not exist: a sentence, and no file.
    QVERIFY(!JobExporter::write(jobs, {jobId}, dir.filePath(QStringLiteral("missing/out.csv")),
                                JobExporter::Format::Csv, &error));
    QVERIFY2(error.startsWith(QStringLiteral("Could not write")), qPrintable(error));
}

QTEST_MAIN(TestInspector)
#include "tst_inspector.moc"
