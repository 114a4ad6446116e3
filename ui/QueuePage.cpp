// SPDX-License-Identifier: GPL-3.0-or-later
#include "QueuePage.h"

#include "CompareDialog.h"
#include "JobInspector.h"
#include "LazyQueueModel.h"
#include "PageHeader.h"
#include "service/AppContext.h"
#include "service/JobExporter.h"
#include "storage/BulkResender.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace hookdesk {

namespace {

enum TimeWindow
{
    AnyTime,
    LastHour,
    LastDay,
    LastWeek,
    CustomTime
};

} // namespace

QueuePage::QueuePage(AppContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_confirm(defaultConfirmHook())
{
    m_header = new PageHeader(
        tr("Queue"), tr("Every webhook delivery, sent and failed. Filter to find what failed, select "
                        "one to see exactly what was sent and what came back; resend what failed."));
    m_model = new LazyQueueModel(context.database(), context.jobs(), this);
    m_bulk = new BulkResender(context.database().location(), this);

    m_status = new QComboBox;
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("Any status"), -1);
    for (JobStatus s : {JobStatus::Failed, JobStatus::Exhausted, JobStatus::Pending, JobStatus::Sending,
                        JobStatus::Succeeded})
        m_status->addItem(jobStatusLabel(s), int(s));
    m_event = new QComboBox;
    m_event->setObjectName(QStringLiteral("eventFilter"));
    // Event types are long; sized to all of them the box left the search field too narrow for its
    // (German) placeholder. The list still opens as wide as its entries.
    m_event->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_event->setMinimumContentsLength(16);
    m_integration = new QComboBox;
    m_integration->setObjectName(QStringLiteral("integrationFilter"));
    m_time = new QComboBox;
    m_time->setObjectName(QStringLiteral("timeFilter"));
    m_time->addItem(tr("Any time"), AnyTime);
    m_time->addItem(tr("Last hour"), LastHour);
    m_time->addItem(tr("Last day"), LastDay);
    m_time->addItem(tr("Last week"), LastWeek);
    m_time->addItem(tr("Between…"), CustomTime);
    m_since = new QDateTimeEdit(QDateTime::currentDateTime().addDays(-1));
    m_since->setObjectName(QStringLiteral("sinceEdit"));
    m_since->setCalendarPopup(true);
    m_until = new QDateTimeEdit(QDateTime::currentDateTime().addSecs(3600));
    m_until->setObjectName(QStringLiteral("untilEdit"));
    m_until->setCalendarPopup(true);
    m_since->hide();
    m_until->hide();
    m_http = new QComboBox;
    m_http->setObjectName(QStringLiteral("httpFilter"));
    m_http->addItem(tr("Any HTTP status"), int(JobFilter::HttpClass::Any));
    m_http->addItem(tr("2xx success"), int(JobFilter::HttpClass::Success));
    m_http->addItem(tr("3xx redirect"), int(JobFilter::HttpClass::Redirection));
    m_http->addItem(tr("4xx client error"), int(JobFilter::HttpClass::ClientError));
    m_http->addItem(tr("5xx server error"), int(JobFilter::HttpClass::ServerError));
    m_http->addItem(tr("No HTTP answer"), int(JobFilter::HttpClass::None));
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search payloads…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(m_search->fontMetrics().horizontalAdvance(m_search->placeholderText()) + 24);
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(300);
    m_clear = new QPushButton(tr("Clear filters"));
    m_clear->setObjectName(QStringLiteral("clearFiltersButton"));
    reloadChoices();

    auto* filters = new QHBoxLayout;
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_status, m_event, m_integration, m_time, m_since, m_until, m_http})
        filters->addWidget(w);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_clear);

    m_resend = new QPushButton(QIcon(QStringLiteral(":/icons/resend.svg")), tr("Resend"));
    m_resend->setObjectName(QStringLiteral("resendButton"));
    m_resend->setToolTip(tr("Send the selected jobs again, with the same webhook-id, as a new attempt."));
    m_compare = new QPushButton(tr("Compare"));
    m_compare->setObjectName(QStringLiteral("compareJobsButton"));
    m_compare->setToolTip(
        tr("Select two jobs to see their last attempts side by side, differences highlighted."));
    m_export = new QPushButton(tr("Export…"));
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setToolTip(
        tr("Save the selected jobs with their attempts as JSON or CSV. Tokens and secrets are "
           "never in it."));
    m_resendAll = new QPushButton(tr("Resend all matching…"));
    m_resendAll->setObjectName(QStringLiteral("resendAllButton"));
    m_resendAll->setToolTip(tr("Send every finished job that matches the filter again, in the background."));
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("resendProgress"));
    m_progress->hide();
    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->setObjectName(QStringLiteral("cancelResendButton"));
    m_cancel->hide();
    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("countLabel"));
    m_count->setWordWrap(true);
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_count, 1);
    bar->addWidget(m_progress);
    bar->addWidget(m_cancel);
    bar->addWidget(m_export);
    bar->addWidget(m_compare);
    bar->addWidget(m_resendAll);
    bar->addWidget(m_resend);

    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("queueView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->verticalHeader()->hide();
    // A fixed row height keeps the view from measuring a million rows.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(24);
    m_view->horizontalHeader()->setSectionResizeMode(LazyQueueModel::UrlColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSortIndicatorShown(true);
    m_view->horizontalHeader()->setSortIndicator(LazyQueueModel::CreatedColumn, Qt::DescendingOrder);
    m_view->horizontalHeader()->setSectionsClickable(true);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    const struct
    {
        int column;
        int width;
    } widths[] = {{LazyQueueModel::CreatedColumn, 140},     {LazyQueueModel::EventColumn, 200},
                  {LazyQueueModel::IntegrationColumn, 110}, {LazyQueueModel::StatusColumn, 105},
                  {LazyQueueModel::HttpColumn, 45},         {LazyQueueModel::RunColumn, 60},
                  {LazyQueueModel::AttemptsColumn, 65},     {LazyQueueModel::DurationColumn, 70},
                  {LazyQueueModel::NextRetryColumn, 140}};
    // The widths suit the values; a longer (translated) title widens its column rather than being cut.
    for (const auto& w : widths)
        m_view->setColumnWidth(w.column,
                               qMax(w.width, m_view->horizontalHeader()->sectionSizeHint(w.column)));

    m_inspector = new JobInspector(context.jobs());
    m_inspector->setSecretAccess(&context.integrations(), &context.secrets());
    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(m_view);
    split->addWidget(m_inspector);
    split->setSizes({250, 520});

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addLayout(filters);
    layout->addLayout(bar);
    layout->addWidget(split, 1);

    for (QComboBox* combo : {m_status, m_event, m_integration, m_http})
        connect(combo, &QComboBox::currentIndexChanged, this, &QueuePage::applyFilter);
    connect(m_time, &QComboBox::currentIndexChanged, this, [this]() {
        const bool custom = m_time->currentData().toInt() == CustomTime;
        m_since->setVisible(custom);
        m_until->setVisible(custom);
        applyFilter();
    });
    connect(m_since, &QDateTimeEdit::dateTimeChanged, this, &QueuePage::applyFilter);
    connect(m_until, &QDateTimeEdit::dateTimeChanged, this, &QueuePage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, [this]() { m_searchDelay.start(); });
    connect(&m_searchDelay, &QTimer::timeout, this, &QueuePage::applyFilter);
    connect(m_clear, &QPushButton::clicked, this, &QueuePage::clearFilter);
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this](int section, Qt::SortOrder order) {
                if (section != LazyQueueModel::CreatedColumn) {
                    // Only the creation time sorts: it is what the queue is indexed by.
                    m_view->horizontalHeader()->setSortIndicator(LazyQueueModel::CreatedColumn,
                                                                 m_model->sortOrder());
                    return;
                }
                m_model->setSortOrder(order);
                updateButtons();
            });
    connect(m_resend, &QPushButton::clicked, this, &QueuePage::resendSelected);
    connect(m_compare, &QPushButton::clicked, this, &QueuePage::compareSelected);
    connect(m_export, &QPushButton::clicked, this, [this]() { exportSelected(); });
    connect(m_resendAll, &QPushButton::clicked, this, &QueuePage::resendMatching);
    connect(m_cancel, &QPushButton::clicked, m_bulk, &BulkResender::cancel);
    connect(m_bulk, &BulkResender::counted, this, &QueuePage::bulkCounted);
    connect(m_bulk, &BulkResender::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setRange(0, int(qMin<qint64>(total, std::numeric_limits<int>::max())));
        m_progress->setValue(int(done));
        // Let this process's dispatcher and views know without waiting for their timers.
        Q_EMIT m_context.jobs().jobsChanged({});
    });
    connect(m_bulk, &BulkResender::finished, this, &QueuePage::bulkFinished);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &QueuePage::selectionChanged);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this]() {
        // The selected job may have a new attempt or status: show it.
        updateButtons();
        if (!m_inspector->jobId().isEmpty()) {
            const DeliveryJob* j = m_model->rowAt(m_model->rowOf(m_inspector->jobId()));
            if (j && (m_shownAttempts != j->attempts || m_shownStatus != int(j->status))) {
                m_shownAttempts = j->attempts;
                m_shownStatus = int(j->status);
                m_inspector->refresh();
            }
        }
    });
    // New jobs arrive above; when the user has scrolled down, keep the same jobs in sight.
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex&, int first, int last) {
                QScrollBar* scroll = m_view->verticalScrollBar();
                if (first == 0 && scroll->value() > 0)
                    scroll->setValue(scroll->value() +
                                     (last - first + 1) *
                                         (m_view->verticalScrollMode() == QAbstractItemView::ScrollPerItem
                                              ? 1
                                              : m_view->verticalHeader()->defaultSectionSize()));
                updateButtons();
            });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &QueuePage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &QueuePage::updateButtons);
    connect(m_model, &LazyQueueModel::countChanged, this, &QueuePage::updateButtons);
    connect(m_model, &LazyQueueModel::loadFailed, m_header, &PageHeader::showError);
    connect(&context.integrations(), &IntegrationStore::changed, this, &QueuePage::reloadChoices);
    updateButtons();
}

QueuePage::~QueuePage()
{
    m_bulk->cancel();
    m_bulk->wait();
}

void QueuePage::reloadChoices()
{
    const QString event = m_event->currentData().toString();
    const qint64 integration = m_integration->currentData().toLongLong();
    const QSignalBlocker blockEvent(m_event);
    const QSignalBlocker blockIntegration(m_integration);
    m_event->clear();
    m_event->addItem(tr("Any event"), QString());
    for (const EventType& t : m_context.catalogue().eventTypes())
        m_event->addItem(t.type, t.type);
    m_event->setCurrentIndex(qMax(0, m_event->findData(event)));
    m_integration->clear();
    m_integration->addItem(tr("Any integration"), qint64(0));
    for (const Integration& i : m_context.integrations().all())
        m_integration->addItem(i.name, i.id);
    m_integration->setCurrentIndex(qMax(0, m_integration->findData(integration)));
}

JobFilter QueuePage::currentFilter() const
{
    JobFilter f;
    const int status = m_status->currentData().toInt();
    if (status >= 0)
        f.statuses = JobFilter::statusesMeant(JobStatus(status));
    f.eventType = m_event->currentData().toString();
    f.integrationId = m_integration->currentData().toLongLong();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    switch (m_time->currentData().toInt()) {
    case LastHour:
        f.since = now - qint64(3600) * 1000;
        break;
    case LastDay:
        f.since = now - qint64(24) * 3600 * 1000;
        break;
    case LastWeek:
        f.since = now - qint64(7) * 24 * 3600 * 1000;
        break;
    case CustomTime:
        f.since = m_since->dateTime().toMSecsSinceEpoch();
        f.until = m_until->dateTime().toMSecsSinceEpoch();
        break;
    default:
        break;
    }
    f.httpClass = JobFilter::HttpClass(m_http->currentData().toInt());
    f.text = m_search->text().trimmed();
    return f;
}

QString QueuePage::filterSummary() const
{
    QStringList parts;
    parts.append(m_status->currentData().toInt() >= 0 ? tr("%1 jobs").arg(m_status->currentText())
                                                      : tr("All jobs"));
    if (m_event->currentIndex() > 0)
        parts.append(tr("of %1").arg(m_event->currentText()));
    if (m_integration->currentIndex() > 0)
        parts.append(tr("for %1").arg(m_integration->currentText()));
    switch (m_time->currentData().toInt()) {
    case LastHour:
        parts.append(tr("in the last hour"));
        break;
    case LastDay:
        parts.append(tr("in the last day"));
        break;
    case LastWeek:
        parts.append(tr("in the last week"));
        break;
    case CustomTime:
        parts.append(tr("from %1 to %2")
                         .arg(QLocale().toString(m_since->dateTime(), QLocale::ShortFormat),
                              QLocale().toString(m_until->dateTime(), QLocale::ShortFormat)));
        break;
    default:
        break;
    }
    if (m_http->currentIndex() > 0)
        parts.append(tr("with %1").arg(m_http->currentText()));
    if (!m_search->text().trimmed().isEmpty())
        parts.append(tr("containing “%1”").arg(m_search->text().trimmed()));
    QString summary = parts.join(QLatin1Char(' '));
    summary += m_model->sortOrder() == Qt::DescendingOrder ? tr(", newest first") : tr(", oldest first");
    if (m_model->isCountKnown())
        summary += QStringLiteral(" — ") + tr("%1 job(s)").arg(QLocale().toString(m_model->matchingCount()));
    else
        summary += QStringLiteral(" — ") + tr("counting…");
    return summary;
}

void QueuePage::applyFilter()
{
    m_model->setFilter(currentFilter());
    m_clear->setEnabled(!currentFilter().isEmpty());
    updateButtons();
}

void QueuePage::clearFilter()
{
    for (QComboBox* combo : {m_status, m_event, m_integration, m_time, m_http}) {
        const QSignalBlocker block(combo);
        combo->setCurrentIndex(0);
    }
    m_since->hide();
    m_until->hide();
    {
        const QSignalBlocker block(m_search);
        m_search->clear();
    }
    applyFilter();
}

QStringList QueuePage::selectedJobIds() const
{
    QStringList ids;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows()) {
        const QString id = index.data(LazyQueueModel::JobIdRole).toString();
        if (!id.isEmpty())
            ids.append(id);
    }
    return ids;
}

bool QueuePage::selectJob(const QString& jobId)
{
    const int row = m_model->rowOf(jobId);
    if (row < 0)
        return false;
    m_view->selectRow(row);
    m_view->scrollTo(m_model->index(row, 0));
    return true;
}

void QueuePage::selectionChanged()
{
    const QStringList ids = selectedJobIds();
    const QString id = ids.size() == 1 ? ids.first() : QString();
    if (id != m_inspector->jobId()) {
        const DeliveryJob* j = m_model->rowAt(m_model->rowOf(id));
        m_shownAttempts = j ? j->attempts : -1;
        m_shownStatus = j ? int(j->status) : -1;
        m_inspector->showJob(id);
    }
    updateButtons();
}

void QueuePage::updateButtons()
{
    int resendable = 0;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows()) {
        if (!index.data(LazyQueueModel::LoadedRole).toBool())
            continue;
        const auto s = JobStatus(index.data(LazyQueueModel::StatusRole).toInt());
        if (s == JobStatus::Failed || s == JobStatus::Succeeded || s == JobStatus::Exhausted)
            ++resendable;
    }
    m_resend->setEnabled(resendable > 0);
    m_compare->setEnabled(m_view->selectionModel()->selectedRows().size() == 2);
    m_export->setEnabled(m_view->selectionModel()->hasSelection());
    m_resend->setText(resendable > 1 ? tr("Resend %1 jobs").arg(resendable) : tr("Resend"));
    const bool busy = m_bulk->isRunning();
    m_resendAll->setEnabled(!busy && m_model->isCountKnown() && m_model->matchingCount() > 0);
    if (m_model->isCountKnown() && m_model->matchingCount() == 0 && currentFilter().isEmpty())
        m_count->setText(tr("No deliveries yet."));
    else
        m_count->setText(filterSummary());
}

void QueuePage::resendSelected()
{
    const QStringList ids = selectedJobIds();
    if (ids.isEmpty())
        return;
    // A disabled integration's jobs wait until it is enabled: say so before queuing them.
    QStringList disabled;
    for (const QString& id : ids) {
        const std::optional<DeliveryJob> job = m_context.jobs().job(id);
        const std::optional<Integration> integration =
            job ? m_context.integrations().byId(job->integrationId) : std::nullopt;
        if (integration && !integration->enabled && !disabled.contains(integration->name))
            disabled.append(integration->name);
    }
    if (!disabled.isEmpty() &&
        !m_confirm(
            this, tr("Resend to a disabled integration"),
            tr("%1 is disabled, so its jobs will wait in the queue until it is enabled again. Queue them "
               "anyway?")
                .arg(disabled.join(QStringLiteral(", ")))))
        return;
    QString error;
    const int queued = m_context.jobs().resend(ids, &error);
    if (!error.isEmpty()) {
        m_header->showError(error);
        return;
    }
    m_header->showInfo(tr("%n job(s) queued to be sent again with the same webhook-id.", nullptr, queued));
}

void QueuePage::resendMatching()
{
    if (m_bulk->isRunning())
        return;
    // Counting can take a moment on a large queue: it runs on the resender's thread too.
    m_bulkCounting = true;
    m_resendAll->setEnabled(false);
    m_header->showInfo(tr("Counting the jobs to resend…"));
    m_bulk->start(currentFilter(), true);
}

void QueuePage::bulkCounted(qint64 total)
{
    if (!m_bulkCounting)
        return;
    m_bulkCounting = false;
    if (total == 0) {
        m_header->showInfo(tr("No finished job matches the filter; nothing to resend."));
        return;
    }
    QString question =
        tr("Send %1 job(s) (%2) again, each as a new attempt with its own webhook-id unchanged? Jobs still "
           "pending or being sent are left alone.")
            .arg(QLocale().toString(total), filterSummary());
    // Say so when some of them belong to a disabled integration: those will wait in the queue.
    const JobFilter filter = currentFilter();
    QStringList disabled;
    for (const Integration& i : m_context.integrations().all())
        if (!i.enabled && (filter.integrationId == 0 || filter.integrationId == i.id))
            disabled.append(i.name);
    if (!disabled.isEmpty())
        question += QLatin1Char(' ') +
                    tr("%1 is disabled: its jobs will wait in the queue until it is enabled again.")
                        .arg(disabled.join(QStringLiteral(", ")));
    // The count-only run's thread ends right after reporting; let it before starting the real run.
    m_bulk->wait();
    if (!m_confirm(this, tr("Resend matching jobs"), question)) {
        m_header->clearMessage();
        updateButtons();
        return;
    }
    m_progress->setRange(0, int(qMin<qint64>(total, std::numeric_limits<int>::max())));
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    m_header->showInfo(tr("Resending %1 job(s)…").arg(QLocale().toString(total)));
    m_bulk->start(currentFilter());
    updateButtons();
}

void QueuePage::bulkFinished(qint64 done, bool cancelled, const QString& error)
{
    if (!m_progress->isVisible()) {
        if (!error.isEmpty())
            m_header->showError(error);
        return; // the end of a count-only run
    }
    m_progress->hide();
    m_cancel->hide();
    Q_EMIT m_context.jobs().jobsChanged({});
    if (!error.isEmpty())
        m_header->showError(tr("%1 %2 job(s) had been queued before the failure; they stay queued.")
                                .arg(error, QLocale().toString(done)));
    else if (cancelled)
        m_header->showInfo(
            tr("Cancelled. %1 job(s) were queued to be sent again; the others were left as they "
               "were.")
                .arg(QLocale().toString(done)));
    else
        m_header->showInfo(
            tr("%1 job(s) queued to be sent again with the same webhook-id.").arg(QLocale().toString(done)));
    updateButtons();
}

void QueuePage::compareSelected()
{
    const QStringList ids = selectedJobIds();
    if (ids.size() != 2)
        return;
    QStringList texts[2];
    QString titles[2];
    for (int n = 0; n < 2; ++n) {
        const QList<Attempt> attempts = m_context.jobs().attempts(ids.at(n));
        if (!attempts.isEmpty()) {
            texts[n] = TextDiff::attemptText(attempts.last());
            titles[n] = tr("%1, attempt %2").arg(ids.at(n)).arg(attempts.last().number);
        } else if (const std::optional<DeliveryJob> job = m_context.jobs().job(ids.at(n))) {
            Attempt unsent;
            unsent.requestUrl = job->url;
            unsent.requestBody = job->payload;
            unsent.error = tr("not sent yet");
            texts[n] = TextDiff::attemptText(unsent);
            titles[n] = tr("%1, not sent yet").arg(ids.at(n));
        }
    }
    auto* dialog = new CompareDialog(titles[0], texts[0], titles[1], texts[1], this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

bool QueuePage::exportSelected(const QString& path)
{
    const QStringList ids = selectedJobIds();
    if (ids.isEmpty())
        return false;
    QString target = path;
    if (target.isEmpty())
        target = QFileDialog::getSaveFileName(this, tr("Export jobs"), QStringLiteral("hookdesk-jobs.json"),
                                              tr("JSON (*.json);;CSV (*.csv)"));
    if (target.isEmpty())
        return false;
    QString error;
    if (!JobExporter::write(m_context.jobs(), ids, target, JobExporter::formatForPath(target), &error)) {
        m_header->showError(error);
        return false;
    }
    m_header->showInfo(tr("%n job(s) exported to %1.", nullptr, int(ids.size())).arg(target));
    return true;
}

} // namespace hookdesk
