// SPDX-License-Identifier: GPL-3.0-or-later
// The settings dialog: hosting the ingest API while the window is open (persisted, errors in
// words) and creating an ingest key that is shown once with a Copy button, then used over HTTP.
#include "CutTexts.h"
#include "FindChild.h"
#include "MainWindow.h"
#include "SettingsDialog.h"
#include "delivery/DispatcherThread.h"
#include "ingest/IngestHost.h"
#include "service/AppContext.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace hookdesk;

namespace {

using hookdesk::test::child;
using hookdesk::test::cutTexts;

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

} // namespace

class TestGuiIngest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<DispatcherThread> m_dispatcher;
    std::unique_ptr<MainWindow> m_window;

    int post(quint16 port, const QString& key)
    {
        QNetworkAccessManager network;
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/v1/events").arg(port)));
        request.setRawHeader("Authorization", "Bearer " + key.toUtf8());
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply* reply =
            network.post(request, QByteArray(R"({"type": "allthings.ticket.created", "payload": {}})"));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(10000))
            return 0;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        delete reply;
        return status;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("hookdesk-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_gui_ingest"));
    }

    void init()
    {
        QSettings().clear();
        m_dir = std::make_unique<QTemporaryDir>();
        m_context = std::make_unique<AppContext>();
        QString error;
        QVERIFY2(m_context->open(m_dir->filePath(QStringLiteral("gui.sqlite")), &error), qPrintable(error));
        m_dispatcher = std::make_unique<DispatcherThread>(m_context->database(), m_context->jobs(),
                                                          m_context->integrations(), m_context->secrets());
        m_window = std::make_unique<MainWindow>(*m_context, *m_dispatcher);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_dispatcher.reset();
        m_context.reset();
        m_dir.reset();
    }

    void theStatusBarButtonOpensSettings()
    {
        bool seen = false;
        QTimer::singleShot(0, this, [&seen]() {
            auto* dialog = qobject_cast<SettingsDialog*>(QApplication::activeModalWidget());
            seen = dialog != nullptr;
            if (dialog)
                dialog->reject();
        });
        QTest::mouseClick(child<QToolButton>(m_window.get(), "settingsButton"), Qt::LeftButton);
        QVERIFY(seen);
    }

    void createKeyThenHostTheApi()
    {
        SettingsDialog dialog(*m_context, *m_window->ingestHost());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY2(cutTexts(&dialog).isEmpty(), qPrintable(cutTexts(&dialog).join(QStringLiteral(", "))));
        auto* newKey = child<QLineEdit>(&dialog, "newIngestKeyEdit");
        QVERIFY(!newKey->isVisible());
        QTest::keyClicks(child<QLineEdit>(&dialog, "ingestKeyNameEdit"), QStringLiteral("gui-client"));
        QTest::mouseClick(child<QPushButton>(&dialog, "createIngestKeyButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(newKey->isVisible(), 15000);
        QVERIFY2(cutTexts(&dialog).isEmpty(), qPrintable(cutTexts(&dialog).join(QStringLiteral(", "))));
        const QString key = newKey->text();
        QVERIFY2(key.startsWith(QLatin1String("hdk_")), qPrintable(key));
        QVERIFY(newKey->isReadOnly());
        QVERIFY(child<QLabel>(&dialog, "ingestKeyMessage")
                    ->text()
                    .contains(QLatin1String("does not show it again")));
        QVERIFY(child<QLabel>(&dialog, "ingestKeysLabel")->text().contains(QLatin1String("gui-client")));
        QTest::mouseClick(child<QPushButton>(&dialog, "copyIngestKeyButton"), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), key);

        const quint16 port = freePort();
        QVERIFY(port != 0);
        auto* check = child<QCheckBox>(&dialog, "hostIngestCheck");
        QVERIFY(!check->isChecked());
        check->setChecked(true);
        auto* address = child<QLineEdit>(&dialog, "ingestAddressEdit");
        address->clear();
        QTest::keyClicks(address, QStringLiteral("127.0.0.1:%1").arg(port));
        QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(m_window->ingestHost()->isRunning());
        QVERIFY(child<QLabel>(m_window.get(), "ingestStatus")->text().contains(QString::number(port)));
        QCOMPARE(post(port, key), 202);
        QCOMPARE(post(port, QStringLiteral("hdk_wrong")), 401);

        // The choice survives the window: a new one hosts the API again at start.
        QCOMPARE(QSettings().value(QStringLiteral("ingest/enabled")).toBool(), true);
        m_window.reset();
        QCOMPARE(post(port, key), 0); // closed with the window
        m_window = std::make_unique<MainWindow>(*m_context, *m_dispatcher);
        QVERIFY(m_window->ingestHost()->isRunning());
        QCOMPARE(post(port, key), 202);
    }

    void aPortInUseIsExplainedAndTheDialogStaysOpen()
    {
        QTcpServer occupier;
        QVERIFY(occupier.listen(QHostAddress::LocalHost, 0));
        SettingsDialog dialog(*m_context, *m_window->ingestHost());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        child<QCheckBox>(&dialog, "hostIngestCheck")->setChecked(true);
        auto* address = child<QLineEdit>(&dialog, "ingestAddressEdit");
        address->setText(QStringLiteral("127.0.0.1:%1").arg(occupier.serverPort()));
        QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        auto* error = child<QLabel>(&dialog, "ingestErrorLabel");
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QLatin1String("another program already uses that port")),
                 qPrintable(error->text()));
        QVERIFY(!m_window->ingestHost()->isRunning());

        address->setText(QStringLiteral("somewhere"));
        QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
        QVERIFY2(error->text().contains(QLatin1String("127.0.0.1:PORT")), qPrintable(error->text()));

        child<QCheckBox>(&dialog, "hostIngestCheck")->setChecked(false);
        QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(QSettings().value(QStringLiteral("ingest/enabled")).toBool(), false);
    }
};

QTEST_MAIN(TestGuiIngest)
#include "tst_gui_ingest.moc"
