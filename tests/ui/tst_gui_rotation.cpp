// SPDX-License-Identifier: GPL-3.0-or-later
// From the Integrations page: rotate a signing secret (the dialog shows the new secret once and
// when the old one stops; the table shows the overlap), and set strict ordering and the
// auto-disable period on the integration dialog's Delivery tab.
#include "CutTexts.h"
#include "FindChild.h"
#include "IntegrationDialog.h"
#include "IntegrationModel.h"
#include "IntegrationsPage.h"
#include "SigningSecretDialog.h"
#include "service/AppContext.h"
#include "storage/IntegrationStore.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace hookdesk;
using hookdesk::test::child;
using hookdesk::test::cutTexts;

class TestGuiRotation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void rotateFromTheIntegrationsPage();
    void orderingAndAutoDisableRoundTrip();

private:
    void screenshot(const QString& name, QWidget* widget);
    Integration integration() const { return m_context->integrations().all().first(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<IntegrationsPage> m_page;
};

void TestGuiRotation::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_context = std::make_unique<AppContext>();
    QString error;
    QVERIFY2(m_context->open(m_dir->filePath(QStringLiteral("gui.sqlite")), &error), qPrintable(error));
    Integration billing;
    billing.name = QStringLiteral("Billing");
    billing.baseUrl = QStringLiteral("https://billing.example.com/hooks");
    bool created = false;
    m_context->integrationService().create(billing, QStringLiteral("tok-gui"),
                                           [&](bool ok, const QString& e, const Integration&) {
                                               created = true;
                                               error = ok ? QString() : e;
                                           });
    QTRY_VERIFY_WITH_TIMEOUT(created, 20000);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_page = std::make_unique<IntegrationsPage>(*m_context);
    m_page->resize(1100, 500);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    child<QTableView>(m_page.get(), "integrationsView")->selectRow(0);
}

void TestGuiRotation::cleanup()
{
    m_page.reset();
    m_context.reset();
    m_dir.reset();
}

void TestGuiRotation::screenshot(const QString& name, QWidget* widget)
{
    const QString dir = qEnvironmentVariable("HOOKDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QCoreApplication::processEvents();
    widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

void TestGuiRotation::rotateFromTheIntegrationsPage()
{
    QString oldSecret;
    m_context->integrationService().readSigningSecret(
        integration().id, [&](bool, const QString& value, const QString&) { oldSecret = value; });
    QTRY_VERIFY_WITH_TIMEOUT(!oldSecret.isEmpty(), 20000);

    QTest::mouseClick(child<QPushButton>(m_page.get(), "signingSecretButton"), Qt::LeftButton);
    SigningSecretDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_page->findChild<SigningSecretDialog*>()) != nullptr);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY2(cutTexts(dialog).isEmpty(), qPrintable(cutTexts(dialog).join(QStringLiteral(", "))));
    // The current secret is read from the keychain and shown masked until Reveal.
    auto* secretEdit = child<QLineEdit>(dialog, "secretEdit");
    QTRY_COMPARE_WITH_TIMEOUT(secretEdit->text(), oldSecret, 20000);
    QCOMPARE(secretEdit->echoMode(), QLineEdit::Password);
    QTest::mouseClick(child<QPushButton>(dialog, "revealButton"), Qt::LeftButton);
    QCOMPARE(secretEdit->echoMode(), QLineEdit::Normal);
    QTest::mouseClick(child<QPushButton>(dialog, "copyButton"), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), oldSecret);
    QVERIFY(dialog->newSecret().isEmpty());
    QTest::mouseClick(child<QPushButton>(dialog, "revealButton"), Qt::LeftButton);
    QCOMPARE(secretEdit->echoMode(), QLineEdit::Password);
    auto* overlap = child<QSpinBox>(dialog, "overlapSpin");
    QCOMPARE(overlap->value(), 24);
    overlap->setValue(12);
    screenshot(QStringLiteral("rotate-secret-dialog"), dialog);

    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    QTest::mouseClick(child<QPushButton>(dialog, "rotateButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->newSecret().startsWith(QLatin1String("whsec_")), 20000);
    const QString newSecret = dialog->newSecret();
    QVERIFY(newSecret != oldSecret);
    QVERIFY(qAbs(dialog->previousSecretUntil() - before - 12 * 3600 * 1000) < 60000);
    auto* until = child<QLabel>(dialog, "untilLabel");
    QVERIFY2(until->text().contains(QLatin1String("The old secret keeps signing beside the new one until")),
             qPrintable(until->text()));
    QVERIFY(secretEdit->isReadOnly());
    QCOMPARE(secretEdit->echoMode(), QLineEdit::Normal); // the new one is shown at once, to be passed on
    QTest::mouseClick(child<QPushButton>(dialog, "copyButton"), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), newSecret);
    screenshot(QStringLiteral("rotate-secret-done"), dialog);

    // The keychain has the secret the dialog showed.
    QString stored;
    m_context->integrationService().readSigningSecret(
        integration().id, [&](bool, const QString& value, const QString&) { stored = value; });
    QTRY_COMPARE_WITH_TIMEOUT(stored, newSecret, 20000);

    QTest::mouseClick(child<QPushButton>(dialog, "closeButton"), Qt::LeftButton);
    QTRY_VERIFY(!dialog->isVisible());
    const QModelIndex status = m_page->model()->index(0, IntegrationModel::StatusColumn);
    QVERIFY2(status.data().toString().startsWith(QStringLiteral("Enabled · Old secret signs until ")),
             qPrintable(status.data().toString()));
    QVERIFY(status.data(Qt::ToolTipRole).toString().contains(QLatin1String("two signatures")));
    QVERIFY2(m_page->message().contains(QLatin1String("signs with a new secret")),
             qPrintable(m_page->message()));
    screenshot(QStringLiteral("integrations-overlap"), m_page.get());
}

void TestGuiRotation::orderingAndAutoDisableRoundTrip()
{
    QCOMPARE(integration().ordered, false);
    QCOMPARE(integration().autoDisableAfterMs, 5LL * 24 * 3600 * 1000);

    auto editThroughTheDialog = [this](const std::function<void(IntegrationDialog*)>& change) {
        QTest::mouseClick(child<QPushButton>(m_page.get(), "editButton"), Qt::LeftButton);
        IntegrationDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = m_page->findChild<IntegrationDialog*>()) != nullptr);
        QTRY_VERIFY(dialog->isVisible());
        child<QTabWidget>(dialog, "integrationTabs")->setCurrentIndex(1);
        change(dialog);
        QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_page->findChild<IntegrationDialog*>() == nullptr, 20000);
    };

    editThroughTheDialog([this](IntegrationDialog* dialog) {
        auto* ordered = child<QCheckBox>(dialog, "orderedCheck");
        auto* days = child<QSpinBox>(dialog, "autoDisableSpin");
        QVERIFY(!ordered->isChecked());
        QCOMPARE(days->value(), 5);
        QCOMPARE(days->text(), QStringLiteral("5 days"));
        ordered->setChecked(true);
        days->setValue(0);
        QCOMPARE(days->text(), QStringLiteral("Never"));
        screenshot(QStringLiteral("integration-delivery-tab"), dialog);
    });
    QCOMPARE(integration().ordered, true);
    QCOMPARE(integration().autoDisableAfterMs, 0LL);

    editThroughTheDialog([](IntegrationDialog* dialog) {
        QVERIFY(child<QCheckBox>(dialog, "orderedCheck")->isChecked());
        auto* days = child<QSpinBox>(dialog, "autoDisableSpin");
        QCOMPARE(days->text(), QStringLiteral("Never"));
        days->setValue(3);
    });
    QCOMPARE(integration().ordered, true);
    QCOMPARE(integration().autoDisableAfterMs, 3LL * 24 * 3600 * 1000);
}

QTEST_MAIN(TestGuiRotation)
#include "tst_gui_rotation.moc"
