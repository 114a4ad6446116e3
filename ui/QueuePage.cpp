// SPDX-License-Identifier: GPL-3.0-or-later
#include "QueuePage.h"

#include "JobInspector.h"
#include "PageHeader.h"
#include "QueueModel.h"
#include "service/AppContext.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace hookdesk {

QueuePage::QueuePage(AppContext& context, QWidget* parent) : QWidget(parent), m_context(context)
{
    m_header = new PageHeader(tr("Queue"),
                              tr("Every webhook delivery, sent and failed, newest first. Select one to see "
                                 "exactly what was sent and what came back; resend what failed."));
    m_model = new QueueModel(context.jobs(), this);

    m_status = new QComboBox;
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("All jobs"), -1);
    for (JobStatus s : {JobStatus::Failed, JobStatus::Exhausted, JobStatus::Pending, JobStatus::Sending,
                        JobStatus::Succeeded})
        m_status->addItem(jobStatusLabel(s), int(s));
    m_resend = new QPushButton(QIcon(QStringLiteral(":/icons/resend.svg")), tr("Resend"));
    m_resend->setObjectName(QStringLiteral("resendButton"));
    m_resend->setToolTip(tr("Send the selected jobs again, with the same webhook-id, as a new attempt."));
    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("countLabel"));
    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Show:")));
    bar->addWidget(m_status);
    bar->addWidget(m_resend);
    bar->addStretch();
    bar->addWidget(m_count);

    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("queueView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(24);
    m_view->horizontalHeader()->setSectionResizeMode(QueueModel::UrlColumn, QHeaderView::Stretch);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setColumnWidth(QueueModel::CreatedColumn, 150);
    m_view->setColumnWidth(QueueModel::EventColumn, 220);
    m_view->setColumnWidth(QueueModel::IntegrationColumn, 130);
    m_view->setColumnWidth(QueueModel::StatusColumn, 110);
    m_view->setColumnWidth(QueueModel::HttpColumn, 50);
    m_view->setColumnWidth(QueueModel::AttemptsColumn, 70);
    m_view->setColumnWidth(QueueModel::DurationColumn, 80);
    m_view->setColumnWidth(QueueModel::NextRetryColumn, 150);

    m_inspector = new JobInspector(context.jobs());
    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(m_view);
    split->addWidget(m_inspector);
    split->setSizes({360, 400});

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addLayout(bar);
    layout->addWidget(split, 1);

    connect(m_status, &QComboBox::currentIndexChanged, this, [this]() {
        const int s = m_status->currentData().toInt();
        m_model->setStatusFilter(s < 0 ? std::nullopt : std::optional<JobStatus>(JobStatus(s)));
    });
    connect(m_resend, &QPushButton::clicked, this, &QueuePage::resendSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &QueuePage::selectionChanged);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this]() {
        // The selected job may have a new attempt or status: show it.
        updateButtons();
        if (!m_inspector->jobId().isEmpty()) {
            const int row = m_model->rowOf(m_inspector->jobId());
            const DeliveryJob* j = m_model->rowAt(row);
            if (j && (property("shownAttempts").toInt() != j->attempts ||
                      property("shownStatus").toInt() != int(j->status))) {
                setProperty("shownAttempts", j->attempts);
                setProperty("shownStatus", int(j->status));
                m_inspector->refresh();
            }
        }
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &QueuePage::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &QueuePage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &QueuePage::updateButtons);
    connect(m_model, &QueueModel::loadFailed, m_header, &PageHeader::showError);
    updateButtons();
}

QStringList QueuePage::selectedJobIds() const
{
    QStringList ids;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        ids.append(index.data(QueueModel::JobIdRole).toString());
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
        setProperty("shownAttempts", j ? j->attempts : -1);
        setProperty("shownStatus", j ? int(j->status) : -1);
        m_inspector->showJob(id);
    }
    updateButtons();
}

void QueuePage::updateButtons()
{
    int resendable = 0;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows()) {
        const auto s = JobStatus(index.data(QueueModel::StatusRole).toInt());
        if (s == JobStatus::Failed || s == JobStatus::Succeeded || s == JobStatus::Exhausted)
            ++resendable;
    }
    m_resend->setEnabled(resendable > 0);
    m_resend->setText(resendable > 1 ? tr("Resend %1 jobs").arg(resendable) : tr("Resend"));
    m_count->setText(m_model->rowCount() == 0 ? tr("No deliveries yet.")
                                              : tr("%n job(s) shown", nullptr, m_model->rowCount()));
}

void QueuePage::resendSelected()
{
    const QStringList ids = selectedJobIds();
    if (ids.isEmpty())
        return;
    QString error;
    const int queued = m_context.jobs().resend(ids, &error);
    if (!error.isEmpty()) {
        m_header->showError(error);
        return;
    }
    m_header->showInfo(tr("%n job(s) queued to be sent again with the same webhook-id.", nullptr, queued));
}

} // namespace hookdesk
