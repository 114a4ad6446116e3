// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "CataloguePage.h"
#include "ElidingLabel.h"
#include "IntegrationsPage.h"
#include "QueuePage.h"
#include "SettingsDialog.h"
#include "TriggersPage.h"
#include "delivery/DispatcherThread.h"
#include "ingest/IngestHost.h"
#include "service/AppContext.h"

#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolButton>

namespace hookdesk {

MainWindow::MainWindow(AppContext& context, DispatcherThread& dispatcher, QWidget* parent)
    : QMainWindow(parent), m_context(context), m_dispatcher(dispatcher)
{
    setWindowTitle(tr("Hookdesk"));
    resize(1200, 760);

    m_navigation = new QListWidget;
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setFixedWidth(196);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setSpacing(2);
    m_navigation->setFrameShape(QFrame::NoFrame);
    QFont navigationFont = m_navigation->font();
    navigationFont.setPointSizeF(navigationFont.pointSizeF() * 1.15);
    m_navigation->setFont(navigationFont);
    // The current page stays legible whether or not the window has focus.
    QPalette navigationPalette = m_navigation->palette();
    navigationPalette.setColor(QPalette::Base, navigationPalette.color(QPalette::Window));
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        navigationPalette.setColor(group, QPalette::Highlight, QColor(0xd6, 0xe4, 0xf5));
        navigationPalette.setColor(group, QPalette::HighlightedText, QColor(0x0b, 0x3d, 0x6e));
    }
    m_navigation->setPalette(navigationPalette);
    const struct
    {
        const char* icon;
        const char* label;
    } entries[] = {{":/icons/integrations.svg", QT_TR_NOOP("Integrations")},
                   {":/icons/triggers.svg", QT_TR_NOOP("Triggers")},
                   {":/icons/catalogue.svg", QT_TR_NOOP("Events catalogue")},
                   {":/icons/queue.svg", QT_TR_NOOP("Queue")}};
    for (const auto& e : entries) {
        auto* item = new QListWidgetItem(QIcon(QString::fromLatin1(e.icon)), tr(e.label), m_navigation);
        item->setSizeHint(QSize(0, 40));
    }

    m_pages = new QStackedWidget;
    m_integrations = new IntegrationsPage(context);
    m_triggers = new TriggersPage(context);
    m_catalogue = new CataloguePage(context);
    m_queue = new QueuePage(context);
    m_pages->addWidget(m_integrations);
    m_pages->addWidget(m_triggers);
    m_pages->addWidget(m_catalogue);
    m_pages->addWidget(m_queue);

    auto* central = new QWidget;
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_catalogue, &CataloguePage::showQueueRequested, this, [this]() { showPage(QueueScreen); });
    connect(m_catalogue, &CataloguePage::addTriggerRequested, this, [this](const QString& type) {
        showPage(TriggersScreen);
        m_triggers->addTrigger(type);
    });
    // Reopen where the administrator left off.
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    m_navigation->setCurrentRow(
        qBound(0, settings.value(QStringLiteral("window/page"), 0).toInt(), int(QueueScreen)));

    auto* location = new QLabel(tr("Database: %1").arg(context.database().location()));
    location->setObjectName(QStringLiteral("databaseLabel"));
    location->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A long problem (a full disk, say) ends in "…" with the whole of it in the tooltip, rather
    // than cut off mid-word at the window's edge.
    m_deliveryStatus = new ElidingLabel;
    m_deliveryStatus->setObjectName(QStringLiteral("deliveryStatus"));
    statusBar()->addWidget(location, 1);
    statusBar()->addPermanentWidget(m_deliveryStatus);
    m_ingestStatus = new QLabel;
    m_ingestStatus->setObjectName(QStringLiteral("ingestStatus"));
    statusBar()->addPermanentWidget(m_ingestStatus);
    auto* settingsButton = new QToolButton;
    settingsButton->setObjectName(QStringLiteral("settingsButton"));
    settingsButton->setText(tr("Settings…"));
    settingsButton->setAutoRaise(true);
    statusBar()->addPermanentWidget(settingsButton);
    connect(settingsButton, &QToolButton::clicked, this, [this]() { openSettings(); });
    m_ingestHost = new IngestHost(context, this);
    connect(m_ingestHost, &IngestHost::stateChanged, this, [this]() {
        m_ingestProblem.clear();
        updateIngestStatus();
    });
    QString ingestError;
    if (!m_ingestHost->restore(&ingestError))
        m_ingestProblem = ingestError;
    updateIngestStatus();
    connect(&m_dispatcher, &DispatcherThread::idle, this, &MainWindow::updateDeliveryStatus);
    const auto showProblem = [this](const QString& message) {
        m_lastProblem = message;
        m_problemAge.start();
        updateDeliveryStatus();
    };
    connect(&m_dispatcher, &DispatcherThread::problem, this, showProblem);
    // Rotated-out signing secrets leave the keychain once their overlap is over.
    connect(&context.integrationService(), &IntegrationService::problem, this, showProblem);
    context.integrationService().keepForgettingExpiredSecrets();
    // Not on every result: thousands a second would each set the label's text on this thread.
    m_deliveryStatusTimer.setInterval(500);
    connect(&m_deliveryStatusTimer, &QTimer::timeout, this, &MainWindow::updateDeliveryStatus);
    m_deliveryStatusTimer.start();
    updateDeliveryStatus();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/page"), m_navigation->currentRow());
    QMainWindow::closeEvent(event);
}

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentRow(page);
}

int MainWindow::openSettings()
{
    SettingsDialog dialog(m_context, *m_ingestHost, this);
    dialog.setObjectName(QStringLiteral("settingsDialog"));
    return dialog.exec();
}

void MainWindow::updateIngestStatus()
{
    if (!m_ingestProblem.isEmpty()) {
        m_ingestStatus->setText(tr("Ingest API off: %1").arg(m_ingestProblem));
        m_ingestStatus->setVisible(true);
        return;
    }
    m_ingestStatus->setText(m_ingestHost->isRunning() ? tr("Ingest API at %1").arg(m_ingestHost->endpoint())
                                                      : QString());
    m_ingestStatus->setVisible(m_ingestHost->isRunning());
}

void MainWindow::updateDeliveryStatus()
{
    // A problem stays in view for a while, whatever is delivered meanwhile, so it can be read.
    constexpr qint64 kProblemShownMs = 8000;
    if (!m_lastProblem.isEmpty() && m_problemAge.isValid() && m_problemAge.elapsed() < kProblemShownMs) {
        m_deliveryStatus->setText(tr("Delivery problem: %1").arg(m_lastProblem));
        m_deliveryStatus->setToolTip(m_lastProblem);
        return;
    }
    m_deliveryStatus->setToolTip(QString());
    // Spelled out: without an English translation file, %n would show "request(s)".
    const int inFlight = m_dispatcher.inFlight();
    if (inFlight == 1)
        m_deliveryStatus->setText(tr("Delivering: 1 request in flight"));
    else if (inFlight > 1)
        m_deliveryStatus->setText(tr("Delivering: %1 requests in flight").arg(inFlight));
    else
        m_deliveryStatus->setText(m_dispatcher.isRunning() ? tr("Delivery running, queue idle")
                                                           : tr("Delivery paused"));
}

} // namespace hookdesk
