// SPDX-License-Identifier: GPL-3.0-or-later
// No Secret Service on the session bus: adding an integration must say so in words, keep the
// form open with what was typed, and leave nothing half-saved (no row, no plaintext token).
#include "IntegrationDialog.h"
#include "IntegrationModel.h"
#include "IntegrationsPage.h"
#include "service/AppContext.h"

#include <QApplication>
#include <QCheckBox>
#include <QDirIterator>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

using namespace hookdesk;

class TestGuiNoKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void saveExplainsTheMissingKeychain();
};

void TestGuiNoKeychain::saveExplainsTheMissingKeychain()
{
    QVERIFY2(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains(QStringLiteral("nonexistent")),
             "this test must run without a reachable session bus (see tst_gui_nokeychain.cmake)");
    QTemporaryDir dir;
    AppContext context;
    QString error;
    QVERIFY2(context.open(dir.filePath(QStringLiteral("nokeychain.sqlite")), &error), qPrintable(error));
    IntegrationsPage page(context);
    page.resize(1000, 600);
    page.show();

    page.addIntegration();
    IntegrationDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = page.findChild<IntegrationDialog*>()) != nullptr);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit")), QStringLiteral("Billing"));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("urlEdit")),
                     QStringLiteral("https://billing.example.com"));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("tokenEdit")),
                     QStringLiteral("plain-token-4711"));
    // No ping to a host outside this machine: the keychain is what this test is about.
    dialog->findChild<QCheckBox*>(QStringLiteral("verifyCheck"))->setChecked(false);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(!dialog->errorText().isEmpty(), 10000);
    QVERIFY2(dialog->errorText().contains(QStringLiteral("keychain is not available")),
             qPrintable(dialog->errorText()));
    QVERIFY2(dialog->errorText().contains(QStringLiteral("was not saved")), qPrintable(dialog->errorText()));
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit"))->text(), QStringLiteral("Billing"));
    QVERIFY(dialog->findChild<QPushButton*>(QStringLiteral("saveButton"))->isEnabled());
    QCOMPARE(context.integrations().all().size(), 0);
    QCOMPARE(page.model()->rowCount(), 0);

    // Never a plaintext fallback: the token is in no file anywhere under HOME or the data dir.
    for (const QString& root : {QDir::homePath(), qEnvironmentVariable("XDG_CONFIG_HOME"), dir.path()}) {
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.size() < 50 * 1024 * 1024 && f.open(QIODevice::ReadOnly))
                QVERIFY2(!f.readAll().contains("plain-token-4711"), qPrintable(f.fileName()));
        }
    }
}

int main(int argc, char** argv)
{
    // A home of its own, so that "no plaintext anywhere" means this run's files, not a developer's.
    QTemporaryDir home;
    for (const char* name : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
        qputenv(name, home.path().toLocal8Bit() + '/' + name);
    QApplication app(argc, argv);
    TestGuiNoKeychain test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_gui_nokeychain.moc"
