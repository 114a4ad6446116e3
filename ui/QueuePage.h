// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConfirmHook.h"
#include "LazyQueueModel.h"
#include "storage/JobFilter.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace hookdesk {

class AppContext;
class BulkResender;
class JobInspector;
class PageHeader;

// Every delivery job, newest first, filtered, with the inspector for the selected one, Resend for
// the selection and for every job that matches the filter.
class QueuePage : public QWidget
{
    Q_OBJECT
public:
    explicit QueuePage(AppContext& context, QWidget* parent = nullptr);
    ~QueuePage() override;

    LazyQueueModel* model() const { return m_model; }
    JobInspector* inspector() const { return m_inspector; }
    bool selectJob(const QString& jobId);
    void resendSelected();
    // Opens the last attempts (or payloads) of the two selected jobs side by side.
    void compareSelected();
    // Writes the selected jobs to `path` (.csv or .json); asks for a path when it is empty.
    bool exportSelected(const QString& path = {});
    // Counts the jobs that match the filter, asks, then resends them in the background.
    void resendMatching();
    // The filter the controls describe.
    JobFilter currentFilter() const;
    // "Failed jobs for Billing in the last day containing “x” — 1,204 jobs"
    QString filterSummary() const;
    void setConfirmHook(ConfirmHook hook) { m_confirm = std::move(hook); }

private:
    QStringList selectedJobIds() const;
    void selectionChanged();
    void updateButtons();
    void applyFilter();
    void clearFilter();
    void reloadChoices();
    void bulkCounted(qint64 total);
    void bulkFinished(qint64 done, bool cancelled, const QString& error);

    AppContext& m_context;
    LazyQueueModel* m_model = nullptr;
    BulkResender* m_bulk = nullptr;
    bool m_bulkCounting = false;
    ConfirmHook m_confirm;
    PageHeader* m_header = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_event = nullptr;
    QComboBox* m_integration = nullptr;
    QComboBox* m_time = nullptr;
    QDateTimeEdit* m_since = nullptr;
    QDateTimeEdit* m_until = nullptr;
    QComboBox* m_http = nullptr;
    QLineEdit* m_search = nullptr;
    QTimer m_searchDelay;
    QPushButton* m_clear = nullptr;
    QPushButton* m_resend = nullptr;
    QPushButton* m_compare = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_resendAll = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    QLabel* m_count = nullptr;
    QTableView* m_view = nullptr;
    JobInspector* m_inspector = nullptr;
    // What the inspector shows of its job, to refresh it only when the job really changed.
    int m_shownAttempts = -1;
    int m_shownStatus = -1;
};

} // namespace hookdesk
