// SPDX-License-Identifier: GPL-3.0-or-later
// The window in German, as a German-speaking administrator sees it: navigation, page buttons, the
// integration dialog with Qt's own standard buttons; and the same window in English otherwise.
// With HOOKDESK_SCREENSHOT_DIR set it saves what it shows, to check for cut-off German texts.
#include "CataloguePage.h"
#include "CutTexts.h"
#include "EventTypeDialog.h"
#include "FindChild.h"
#include "IntegrationDialog.h"
#include "IntegrationsPage.h"
#include "MainWindow.h"
#include "QueuePage.h"
#include "Screenshot.h"
#include "SendTestDialog.h"
#include "TriggerDialog.h"
#include "TriggersPage.h"
#include "delivery/DispatcherThread.h"
#include "i18n/Translations.h"
#include "service/AppContext.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace hookdesk;
using hookdesk::test::child;
using hookdesk::test::cutTexts;

class TestGuiTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void germanWindow();
    void englishWindow();

private:
    void openWindow(const QLocale& locale);
    void screenshot(const QString& name, QWidget* widget);
    QStringList navigationTexts() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<DispatcherThread> m_dispatcher;
    std::unique_ptr<MainWindow> m_window;
};

void TestGuiTranslations::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_context = std::make_unique<AppContext>();
    QString error;
    QVERIFY2(m_context->open(m_dir->filePath(QStringLiteral("gui.sqlite")), &error), qPrintable(error));
    // Rows on every page, so that column headers and the inspector show too. Nothing is delivered:
    // the dispatcher is never started.
    Integration i;
    i.name = QStringLiteral("Abrechnung");
    i.baseUrl = QStringLiteral("http://127.0.0.1:9/hooks");
    QVERIFY2(m_context->integrations().insert(i, &error), qPrintable(error));
    Trigger t;
    t.integrationId = i.id;
    t.eventType = QStringLiteral("thyngs.interaction.occurred");
    t.path = QStringLiteral("/bestellungen");
    QVERIFY2(m_context->triggers().insert(t, &error), qPrintable(error));
    QVERIFY2(m_context->eventService().raise(t.eventType, {}, {}, QStringLiteral("test"), &error),
             qPrintable(error));
    m_dispatcher = std::make_unique<DispatcherThread>(m_context->database(), m_context->jobs(),
                                                      m_context->integrations(), m_context->secrets());
}

void TestGuiTranslations::cleanup()
{
    m_window.reset();
    m_dispatcher.reset();
    m_context.reset();
    m_dir.reset();
    installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestGuiTranslations::openWindow(const QLocale& locale)
{
    installTranslations(*QCoreApplication::instance(), locale);
    m_window = std::make_unique<MainWindow>(*m_context, *m_dispatcher);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestGuiTranslations::screenshot(const QString& name, QWidget* widget)
{
    hookdesk::test::saveScreenshot(widget, name);
}

QStringList TestGuiTranslations::navigationTexts() const
{
    auto* navigation = child<QListWidget>(m_window.get(), "navigation");
    QStringList texts;
    for (int row = 0; row < navigation->count(); ++row)
        texts.append(navigation->item(row)->text());
    return texts;
}

void TestGuiTranslations::germanWindow()
{
    openWindow(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(navigationTexts(),
             (QStringList{QStringLiteral("Integrationen"), QStringLiteral("Auslöser"),
                          QStringLiteral("Ereigniskatalog"), QStringLiteral("Warteschlange")}));
    IntegrationsPage* integrations = m_window->integrationsPage();
    QCOMPARE(child<QPushButton>(integrations, "addButton")->text(),
             QStringLiteral("Integration hinzufügen…"));
    m_window->showPage(MainWindow::IntegrationsScreen);
    screenshot(QStringLiteral("de-main-integrations"), m_window.get());
    QVERIFY2(cutTexts(m_window.get()).isEmpty(),
             qPrintable(cutTexts(m_window.get()).join(QStringLiteral(", "))));

    m_window->showPage(MainWindow::TriggersScreen);
    screenshot(QStringLiteral("de-main-triggers"), m_window.get());
    QVERIFY2(cutTexts(m_window.get()).isEmpty(),
             qPrintable(cutTexts(m_window.get()).join(QStringLiteral(", "))));
    m_window->showPage(MainWindow::CatalogueScreen);
    CataloguePage* catalogue = m_window->cataloguePage();
    QVERIFY(catalogue->selectType(QStringLiteral("thyngs.interaction.occurred")));
    screenshot(QStringLiteral("de-main-catalogue"), m_window.get());
    QVERIFY2(cutTexts(m_window.get()).isEmpty(),
             qPrintable(cutTexts(m_window.get()).join(QStringLiteral(", "))));
    QTest::mouseClick(child<QPushButton>(catalogue, "sendTestButton"), Qt::LeftButton);
    SendTestDialog* sendTest = nullptr;
    QTRY_VERIFY((sendTest = catalogue->findChild<SendTestDialog*>()) != nullptr);
    QTRY_VERIFY(sendTest->isVisible());
    screenshot(QStringLiteral("de-send-test-dialog"), sendTest);
    QVERIFY2(cutTexts(sendTest).isEmpty(), qPrintable(cutTexts(sendTest).join(QStringLiteral(", "))));
    sendTest->reject();
    QTest::mouseClick(child<QPushButton>(catalogue, "addTypeButton"), Qt::LeftButton);
    EventTypeDialog* typeDialog = nullptr;
    QTRY_VERIFY((typeDialog = catalogue->findChild<EventTypeDialog*>()) != nullptr);
    QTRY_VERIFY(typeDialog->isVisible());
    QCOMPARE(typeDialog->windowTitle(), QStringLiteral("Ereignistyp hinzufügen"));
    screenshot(QStringLiteral("de-event-type-dialog"), typeDialog);
    QVERIFY2(cutTexts(typeDialog).isEmpty(), qPrintable(cutTexts(typeDialog).join(QStringLiteral(", "))));
    typeDialog->reject();
    m_window->showPage(MainWindow::QueueScreen);
    auto* queue = child<QTableView>(m_window->queuePage(), "queueView");
    QTRY_COMPARE(queue->model()->rowCount(), 1);
    QCOMPARE(child<QPushButton>(m_window->queuePage(), "resendButton")->text(),
             QStringLiteral("Erneut senden"));
    queue->selectRow(0);
    screenshot(QStringLiteral("de-main-queue"), m_window.get());
    QVERIFY2(cutTexts(m_window.get()).isEmpty(),
             qPrintable(cutTexts(m_window.get()).join(QStringLiteral(", "))));
    // German titles and placeholders are longer; the fixed-width ones must still show whole.
    QHeaderView* header = queue->horizontalHeader();
    for (int column = 0; column < header->count(); ++column)
        QVERIFY2(header->sectionSize(column) >= header->sectionSizeHint(column),
                 qPrintable(queue->model()->headerData(column, Qt::Horizontal).toString()));
    auto* search = child<QLineEdit>(m_window->queuePage(), "searchEdit");
    QVERIFY(search->width() > search->fontMetrics().horizontalAdvance(search->placeholderText()));
    // ... and the window still fits a screen 1280 pixels wide.
    QVERIFY2(m_window->width() <= 1280, qPrintable(QString::number(m_window->width())));

    m_window->showPage(MainWindow::IntegrationsScreen);
    QTest::mouseClick(child<QPushButton>(integrations, "addButton"), Qt::LeftButton);
    IntegrationDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = integrations->findChild<IntegrationDialog*>()) != nullptr);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Integration hinzufügen"));
    // Qt's own catalogue translates the standard buttons, so they match the rest of the dialog.
    QCOMPARE(child<QPushButton>(dialog, "saveButton")->text(), QStringLiteral("Speichern"));
    QCOMPARE(child<QPushButton>(dialog, "cancelButton")->text(), QStringLiteral("Abbrechen"));
    // The check box appears only once the dialog knows it may verify; its text must not be cut.
    auto* verify = child<QCheckBox>(dialog, "verifyCheck");
    QVERIFY(verify->isVisible());
    QVERIFY2(verify->width() >= verify->sizeHint().width(),
             qPrintable(QStringLiteral("%1 < %2").arg(verify->width()).arg(verify->sizeHint().width())));
    auto* tabs = child<QTabWidget>(dialog, "integrationTabs");
    QStringList tabTexts;
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabTexts.append(tabs->tabText(tab));
        tabs->setCurrentIndex(tab);
        screenshot(QStringLiteral("de-integration-dialog-%1").arg(tab), dialog);
        QVERIFY2(cutTexts(dialog).isEmpty(), qPrintable(cutTexts(dialog).join(QStringLiteral(", "))));
    }
    QCOMPARE(tabTexts.first(), QStringLiteral("&Allgemein"));
    dialog->reject();

    m_window->showPage(MainWindow::TriggersScreen);
    auto* triggers = child<QTableView>(m_window->triggersPage(), "triggersView");
    QTRY_COMPARE(triggers->model()->rowCount(), 1);
    triggers->selectRow(0);
    QTest::mouseClick(child<QPushButton>(m_window->triggersPage(), "editButton"), Qt::LeftButton);
    TriggerDialog* triggerDialog = nullptr;
    QTRY_VERIFY((triggerDialog = m_window->triggersPage()->findChild<TriggerDialog*>()) != nullptr);
    QTRY_VERIFY(triggerDialog->isVisible());
    QCOMPARE(triggerDialog->windowTitle(), QStringLiteral("Auslöser bearbeiten"));
    screenshot(QStringLiteral("de-trigger-dialog"), triggerDialog);
    QVERIFY2(cutTexts(triggerDialog).isEmpty(),
             qPrintable(cutTexts(triggerDialog).join(QStringLiteral(", "))));
    triggerDialog->reject();
}

void TestGuiTranslations::englishWindow()
{
    openWindow(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QCOMPARE(navigationTexts(), (QStringList{QStringLiteral("Integrations"), QStringLiteral("Triggers"),
                                             QStringLiteral("Events catalogue"), QStringLiteral("Queue")}));
    IntegrationsPage* integrations = m_window->integrationsPage();
    QCOMPARE(child<QPushButton>(integrations, "addButton")->text(), QStringLiteral("Add integration…"));
    QTest::mouseClick(child<QPushButton>(integrations, "addButton"), Qt::LeftButton);
    IntegrationDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = integrations->findChild<IntegrationDialog*>()) != nullptr);
    QCOMPARE(child<QPushButton>(dialog, "cancelButton")->text(), QStringLiteral("Cancel"));
    dialog->reject();
}

QTEST_MAIN(TestGuiTranslations)
#include "tst_gui_translations.moc"
