// SPDX-License-Identifier: GPL-3.0-or-later
// The integration dialog's request settings as an administrator sets them: Basic authorisation
// with a user name on the General tab, a payload format and custom headers on the Request tab;
// saved, reopened and shown again; a header value with a line break is refused with a reason.
#include "FindChild.h"
#include "IntegrationDialog.h"
#include "Screenshot.h"
#include "secrets/MemorySecretStore.h"
#include "service/IntegrationService.h"
#include "storage/Database.h"
#include "storage/IntegrationStore.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace hookdesk;
using hookdesk::test::child;

namespace {

void screenshot(QWidget* widget, const QString& name)
{
    hookdesk::test::saveScreenshot(widget, name);
}

void selectData(QComboBox* combo, int data)
{
    const int index = combo->findData(data);
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
}

} // namespace

class TestGuiRequest : public QObject
{
    Q_OBJECT

private slots:
    void basicFormAndHeadersAreSavedAndShownAgain();
};

void TestGuiRequest::basicFormAndHeadersAreSavedAndShownAgain()
{
    QTemporaryDir dir;
    Database db;
    QString error;
    QVERIFY2(db.open(dir.filePath(QStringLiteral("gui.sqlite")), QStringLiteral("tst_gui_request"), &error),
             qPrintable(error));
    IntegrationStore store(db);
    MemorySecretStore secrets;
    IntegrationService service(store, secrets);

    {
        IntegrationDialog dialog(service, std::nullopt);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(child<QLineEdit>(&dialog, "nameEdit"), QStringLiteral("Legacy ERP"));
        QTest::keyClicks(child<QLineEdit>(&dialog, "urlEdit"), QStringLiteral("http://127.0.0.1:9/erp"));
        QTest::keyClicks(child<QLineEdit>(&dialog, "tokenEdit"), QStringLiteral("erp-password"));
        auto* user = child<QLineEdit>(&dialog, "usernameEdit");
        QVERIFY(!user->isEnabled());
        selectData(child<QComboBox>(&dialog, "authCombo"), int(AuthScheme::Basic));
        QVERIFY(user->isEnabled());

        // Basic without a user name is explained, and nothing is saved.
        QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
        QVERIFY2(dialog.errorText().contains(QStringLiteral("user name")), qPrintable(dialog.errorText()));
        QTest::keyClicks(user, QStringLiteral("erp:svc"));
        QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
        QVERIFY2(dialog.errorText().contains(QStringLiteral("colon")), qPrintable(dialog.errorText()));
        user->clear();
        QTest::keyClicks(user, QStringLiteral("erp-svc"));

        auto* tabs = child<QTabWidget>(&dialog, "integrationTabs");
        QWidget* requestTab = nullptr;
        for (int i = 0; i < tabs->count(); ++i)
            if (tabs->tabText(i).remove(QLatin1Char('&')) == QLatin1String("Request"))
                requestTab = tabs->widget(i);
        QVERIFY(requestTab);
        tabs->setCurrentWidget(requestTab);
        auto* table = child<QTableWidget>(requestTab, "headersTable");
        auto* empty = child<QLabel>(requestTab, "headersEmpty");
        QVERIFY(empty->isVisible());
        QVERIFY(!table->isVisible());
        auto* format = child<QComboBox>(requestTab, "formatCombo");
        auto* hint = child<QLabel>(requestTab, "formatHint");
        QVERIFY(hint->text().contains(QStringLiteral("application/json")));
        selectData(format, int(PayloadFormat::Form));
        QVERIFY2(hint->text().contains(QStringLiteral("payload")), qPrintable(hint->text()));
        // HTTP/1.1 unless chosen, and the choice of HTTP/2 says what it asks of the receiver.
        auto* http = child<QComboBox>(requestTab, "httpVersionCombo");
        auto* httpHint = child<QLabel>(requestTab, "httpVersionHint");
        QCOMPARE(http->currentData().toInt(), int(HttpVersion::Http1));
        selectData(http, int(HttpVersion::Http2));
        QVERIFY2(httpHint->text().contains(QStringLiteral("HTTP/2 without TLS")),
                 qPrintable(httpHint->text()));
        QTest::mouseClick(child<QPushButton>(requestTab, "addHeaderButton"), Qt::LeftButton);
        QCOMPARE(table->rowCount(), 1);
        QVERIFY(table->isVisible());
        QVERIFY(!empty->isVisible());
        table->item(0, 0)->setText(QStringLiteral("X-Tenant"));
        table->item(0, 1)->setText(QStringLiteral("acme"));
        // A second row added by mistake and removed again.
        QTest::mouseClick(child<QPushButton>(requestTab, "addHeaderButton"), Qt::LeftButton);
        QCOMPARE(table->rowCount(), 2);
        table->setCurrentCell(1, 0);
        QTest::mouseClick(child<QPushButton>(requestTab, "removeHeaderButton"), Qt::LeftButton);
        QCOMPARE(table->rowCount(), 1);

        QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), 10000);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    std::optional<Integration> saved = store.byName(QStringLiteral("Legacy ERP"));
    QVERIFY(saved);
    QCOMPARE(saved->authScheme, AuthScheme::Basic);
    QCOMPARE(saved->authUsername, QStringLiteral("erp-svc"));
    QCOMPARE(saved->payloadFormat, PayloadFormat::Form);
    QCOMPARE(saved->httpVersion, HttpVersion::Http2);
    QCOMPARE(saved->customHeaders, (HeaderList{{"X-Tenant", "acme"}}));

    IntegrationDialog dialog(service, saved);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(child<QComboBox>(&dialog, "authCombo")->currentData().toInt(), int(AuthScheme::Basic));
    QCOMPARE(child<QLineEdit>(&dialog, "usernameEdit")->text(), QStringLiteral("erp-svc"));
    QVERIFY(child<QLineEdit>(&dialog, "usernameEdit")->isEnabled());
    QCOMPARE(child<QComboBox>(&dialog, "formatCombo")->currentData().toInt(), int(PayloadFormat::Form));
    QCOMPARE(child<QComboBox>(&dialog, "httpVersionCombo")->currentData().toInt(), int(HttpVersion::Http2));
    auto* table = child<QTableWidget>(&dialog, "headersTable");
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("X-Tenant"));
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("acme"));
    screenshot(&dialog, QStringLiteral("integration-general-basic"));
    child<QTabWidget>(&dialog, "integrationTabs")->setCurrentIndex(2);
    screenshot(&dialog, QStringLiteral("integration-request-tab"));

    // A value with a line break would smuggle a header into the request: refused, nothing saved.
    table->item(0, 1)->setText(QStringLiteral("acme\r\nX-Evil: 1"));
    auto* tabs = child<QTabWidget>(&dialog, "integrationTabs");
    tabs->setCurrentIndex(0); // saved from the General tab: the dialog shows where the mistake is
    QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
    QVERIFY2(dialog.errorText().contains(QStringLiteral("line break")), qPrintable(dialog.errorText()));
    QCOMPARE(tabs->tabText(tabs->currentIndex()), QStringLiteral("&Request"));
    QVERIFY(dialog.isVisible());
    QCOMPARE(store.byName(QStringLiteral("Legacy ERP"))->customHeaders, (HeaderList{{"X-Tenant", "acme"}}));
}

QTEST_MAIN(TestGuiRequest)
#include "tst_gui_request.moc"
