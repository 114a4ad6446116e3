// SPDX-License-Identifier: GPL-3.0-or-later
// The catalogue page: a custom event type made in the dialog, found in the tree and the search,
// its schema as fields, a test event sent with an edited payload, deprecating, copying a built-in.
#include "CatalogueModel.h"
#include "CataloguePage.h"
#include "CutTexts.h"
#include "EventTypeDialog.h"
#include "FindChild.h"
#include "SendTestDialog.h"
#include "service/AppContext.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTreeView>
#include <QTreeWidget>
#include <QtTest>

using namespace hookdesk;

namespace {

const QString kType = QStringLiteral("acme.order.created");

using hookdesk::test::child;
using hookdesk::test::cutTexts;

} // namespace

class TestGuiCatalogue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void customTypeAndEditedTestSend();
    void builtInIsReadOnlyButCopies();
    void importButton();

private:
    template <typename D> D* openDialog(QPushButton* button)
    {
        if (!QTest::qWaitFor([&]() { return m_page->findChild<D*>() == nullptr; }))
            return nullptr;
        QTest::mouseClick(button, Qt::LeftButton);
        D* dialog = nullptr;
        if (!QTest::qWaitFor([&]() { return (dialog = m_page->findChild<D*>()) != nullptr; }) ||
            !QTest::qWaitFor([&]() { return dialog->isVisible(); }))
            return nullptr;
        // Every dialog opened here shows its texts whole, on the 800x600 offscreen screen.
        const QStringList cut = cutTexts(dialog);
        if (!cut.isEmpty()) {
            qWarning("texts cut off: %s", qPrintable(cut.join(QStringLiteral(", "))));
            return nullptr;
        }
        return dialog;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<CataloguePage> m_page;
    qint64 m_integrationId = 0;
};

void TestGuiCatalogue::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_context = std::make_unique<AppContext>();
    QString error;
    QVERIFY2(m_context->open(m_dir->filePath(QStringLiteral("gui.sqlite")), &error), qPrintable(error));
    // Jobs are created here but not sent, so the integration needs no keychain entries.
    Integration shop;
    shop.uid = QStringLiteral("shop");
    shop.name = QStringLiteral("Shop");
    shop.baseUrl = QStringLiteral("http://127.0.0.1:9/shop");
    QVERIFY2(m_context->integrations().insert(shop, &error), qPrintable(error));
    m_integrationId = shop.id;
    m_page = std::make_unique<CataloguePage>(*m_context);
    m_page->resize(1300, 900);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestGuiCatalogue::cleanup()
{
    m_page.reset();
    m_context.reset();
    m_dir.reset();
}

void TestGuiCatalogue::customTypeAndEditedTestSend()
{
    auto* dialog = openDialog<EventTypeDialog>(child<QPushButton>(m_page.get(), "addTypeButton"));
    QVERIFY(dialog);
    child<QLineEdit>(dialog, "typeEdit")->setText(kType);
    child<QLineEdit>(dialog, "titleEdit")->setText(QStringLiteral("Order created"));
    child<QLineEdit>(dialog, "groupEdit")->setText(QStringLiteral("Orders > [shop-slug]"));
    child<QLineEdit>(dialog, "itemNameEdit")->setText(QStringLiteral("Order"));
    child<QLineEdit>(dialog, "eventNameEdit")->setText(QStringLiteral("Created"));
    auto* schema = child<QPlainTextEdit>(dialog, "schemaEdit");
    schema->setPlainText(QStringLiteral(R"({"type": "object", "required": ["id"], )")); // cut short
    child<QPlainTextEdit>(dialog, "exampleEdit")->setPlainText(QStringLiteral(R"({"id": "o-1"})"));
    auto* validation = child<QComboBox>(dialog, "validationCombo");
    validation->setCurrentIndex(validation->findData(QStringLiteral("reject")));
    QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    QVERIFY2(dialog->problemText().contains(QStringLiteral("line")), qPrintable(dialog->problemText()));
    QVERIFY(dialog->isVisible());

    schema->setPlainText(QStringLiteral(R"({"type": "object", "required": ["id"], "properties": {
        "id": {"type": "string", "description": "Order number"},
        "customer": {"type": "object", "required": ["email"],
                     "properties": {"email": {"type": "string", "description": "Where the receipt goes"}}}}})"));
    QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    QTRY_VERIFY(m_page->model()->indexOfType(kType).isValid());

    // In the tree under its group, with the schema as fields.
    QVERIFY(m_page->selectType(kType));
    const QModelIndex index = m_page->model()->indexOfType(kType);
    QCOMPARE(index.parent().data().toString(), QStringLiteral("[shop-slug]"));
    QCOMPARE(index.parent().parent().data().toString(), QStringLiteral("Orders"));
    auto* fields = child<QTreeWidget>(m_page.get(), "schemaFields");
    QStringList names;
    for (int i = 0; i < fields->topLevelItemCount(); ++i)
        names << fields->topLevelItem(i)->text(0).trimmed();
    QCOMPARE(names, (QStringList{"customer", "customer.email", "id"}));
    QCOMPARE(fields->topLevelItem(2)->text(2), QStringLiteral("required"));
    QCOMPARE(fields->topLevelItem(2)->text(3), QStringLiteral("Order number"));
    QVERIFY(child<QLabel>(m_page.get(), "exampleMismatch")->isHidden());

    // The search keeps matching types and their groups only.
    QTest::keyClicks(child<QLineEdit>(m_page.get(), "catalogueSearch"), QStringLiteral("receipt order"));
    QVERIFY(!m_page->selectType(kType)); // "receipt order" is not one phrase anywhere
    child<QLineEdit>(m_page.get(), "catalogueSearch")->clear();
    QTest::keyClicks(child<QLineEdit>(m_page.get(), "catalogueSearch"), QStringLiteral("[SHOP-slug]"));
    QVERIFY(m_page->selectType(kType));
    QVERIFY(!m_page->selectType(QStringLiteral("thyngs.page.added")));
    child<QLineEdit>(m_page.get(), "catalogueSearch")->clear();
    QVERIFY(m_page->selectType(QStringLiteral("thyngs.page.added")));
    QVERIFY(m_page->selectType(kType));

    // A trigger for it, then a test send with an edited payload.
    Trigger trigger;
    trigger.integrationId = m_integrationId;
    trigger.eventType = kType;
    trigger.path = QStringLiteral("/orders");
    QString error;
    QVERIFY2(m_context->triggers().insert(trigger, &error), qPrintable(error));

    auto* send = openDialog<SendTestDialog>(child<QPushButton>(m_page.get(), "sendTestButton"));
    QVERIFY(send);
    auto* editor = child<QPlainTextEdit>(send, "payloadEditor");
    auto* sendButton = child<QPushButton>(send, "sendButton");
    QVERIFY(editor->toPlainText().contains(QStringLiteral("o-1")));
    QVERIFY(sendButton->isEnabled());
    editor->setPlainText(QStringLiteral(R"({"id": )"));
    QVERIFY2(send->problemText().contains(QStringLiteral("not valid JSON")), qPrintable(send->problemText()));
    QVERIFY(!sendButton->isEnabled());
    editor->setPlainText(QStringLiteral(R"({"id": 77})"));
    QVERIFY2(send->problemText().contains(QStringLiteral("“/id”")), qPrintable(send->problemText()));
    QVERIFY(!sendButton->isEnabled()); // this type rejects mismatches
    editor->setPlainText(QStringLiteral(R"({"id": "o-77", "customer": {"email": "a@example.com"}})"));
    QVERIFY(sendButton->isEnabled());
    QTest::mouseClick(sendButton, Qt::LeftButton);
    QTRY_VERIFY2(m_page->resultText().contains(QStringLiteral("1 delivery job")),
                 qPrintable(m_page->resultText()));
    const QList<DeliveryJob> jobs = m_context->jobs().list(JobStore::Filter{});
    QCOMPARE(jobs.size(), 1);
    const auto job = m_context->jobs().job(jobs.first().id);
    QVERIFY(job);
    QVERIFY2(job->payload.contains("o-77"), job->payload.constData()); // the edited payload, not the example

    // Deprecating greys it.
    QTest::mouseClick(child<QPushButton>(m_page.get(), "deprecateTypeButton"), Qt::LeftButton);
    QTRY_VERIFY(m_context->catalogue().find(kType)->deprecated);
    QCOMPARE(m_page->model()->indexOfType(kType).data(Qt::ForegroundRole).value<QColor>(), QColor(Qt::gray));
    QCOMPARE(child<QPushButton>(m_page.get(), "deprecateTypeButton")->text(), QStringLiteral("Reinstate"));
}

void TestGuiCatalogue::builtInIsReadOnlyButCopies()
{
    QVERIFY(m_page->selectType(QStringLiteral("thyngs.page.added")));
    QVERIFY(!child<QPushButton>(m_page.get(), "editTypeButton")->isEnabled());
    QVERIFY(!child<QPushButton>(m_page.get(), "deprecateTypeButton")->isEnabled());
    auto* dialog = openDialog<EventTypeDialog>(child<QPushButton>(m_page.get(), "copyTypeButton"));
    QVERIFY(dialog);
    QCOMPARE(child<QLineEdit>(dialog, "typeEdit")->text(), QStringLiteral("thyngs.page.added.copy"));
    QVERIFY(
        child<QPlainTextEdit>(dialog, "schemaEdit")->toPlainText().contains(QStringLiteral("properties")));
    child<QPlainTextEdit>(dialog, "exampleEdit")->setPlainText(QStringLiteral("{}"));
    QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    QTRY_VERIFY(m_context->catalogue().find(QStringLiteral("thyngs.page.added.copy")));
    QVERIFY(!m_context->catalogue().find(QStringLiteral("thyngs.page.added.copy"))->builtIn);
    QVERIFY(m_page->selectType(QStringLiteral("thyngs.page.added.copy")));
    QVERIFY(child<QPushButton>(m_page.get(), "editTypeButton")->isEnabled());
    // The emptied example no longer satisfies the copied schema, and the page says so.
    auto* mismatch = child<QLabel>(m_page.get(), "exampleMismatch");
    QVERIFY(!mismatch->isHidden());
    QVERIFY2(mismatch->text().contains(QStringLiteral("does not match")), qPrintable(mismatch->text()));
    QVERIFY(m_page->selectType(QStringLiteral("thyngs.page.added")));
    QVERIFY(mismatch->isHidden());
}

void TestGuiCatalogue::importButton()
{
    const QString bad = m_dir->filePath(QStringLiteral("bad.json"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"openapi\": \"3.1.0\", \"info\": {\"title\": \"X\"}}");
    file.close();
    QString chosen = bad;
    m_page->setImportFileHook([&](QWidget*) { return chosen; });
    QTest::mouseClick(child<QPushButton>(m_page.get(), "importButton"), Qt::LeftButton);
    QVERIFY2(m_page->importResultText().contains(QStringLiteral("webhooks")),
             qPrintable(m_page->importResultText()));
    QVERIFY2(m_page->importResultText().contains(QStringLiteral("bad.json")),
             qPrintable(m_page->importResultText()));

    chosen = QFINDTESTDATA("data/openapi-shop.json");
    QTest::mouseClick(child<QPushButton>(m_page.get(), "importButton"), Qt::LeftButton);
    QVERIFY2(m_page->importResultText().contains(QStringLiteral("3 new")),
             qPrintable(m_page->importResultText()));
    QTRY_VERIFY(m_page->model()->indexOfType(QStringLiteral("orderShipped")).isValid());
    QVERIFY(m_page->selectType(QStringLiteral("order.created")));
    auto* fields = child<QTreeWidget>(m_page.get(), "schemaFields");
    QStringList names;
    for (int i = 0; i < fields->topLevelItemCount(); ++i)
        names << fields->topLevelItem(i)->text(0).trimmed();
    // Nested through component references, with dotted names.
    QVERIFY2(names.contains(QStringLiteral("order.total.currency")),
             qPrintable(names.join(QLatin1Char(','))));
    QVERIFY2(names.contains(QStringLiteral("order.lines[].sku")), qPrintable(names.join(QLatin1Char(','))));
}

QTEST_MAIN(TestGuiCatalogue)
#include "tst_gui_catalogue.moc"
