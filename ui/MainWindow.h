// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QMainWindow>
#include <QTimer>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace hookdesk {

class AppContext;
class CataloguePage;
class DispatcherThread;
class ElidingLabel;
class IngestHost;
class IntegrationsPage;
class QueuePage;
class TriggersPage;

// The console: a navigation list on the left, one page per screen on the right.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Page
    {
        IntegrationsScreen,
        TriggersScreen,
        CatalogueScreen,
        QueueScreen
    };

    MainWindow(AppContext& context, DispatcherThread& dispatcher, QWidget* parent = nullptr);

    void showPage(Page page);
    IntegrationsPage* integrationsPage() const { return m_integrations; }
    TriggersPage* triggersPage() const { return m_triggers; }
    CataloguePage* cataloguePage() const { return m_catalogue; }
    QueuePage* queuePage() const { return m_queue; }
    IngestHost* ingestHost() const { return m_ingestHost; }
    // Opens the settings dialog (modal); returns the dialog's result.
    int openSettings();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void updateDeliveryStatus();
    void updateIngestStatus();

    AppContext& m_context;
    DispatcherThread& m_dispatcher;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    IntegrationsPage* m_integrations = nullptr;
    TriggersPage* m_triggers = nullptr;
    CataloguePage* m_catalogue = nullptr;
    QueuePage* m_queue = nullptr;
    ElidingLabel* m_deliveryStatus = nullptr;
    QLabel* m_ingestStatus = nullptr;
    IngestHost* m_ingestHost = nullptr;
    QString m_ingestProblem;
    QString m_lastProblem;
    QElapsedTimer m_problemAge;
    // Refreshes the delivery status: requests in flight change without any result recorded.
    QTimer m_deliveryStatusTimer;
};

} // namespace hookdesk
