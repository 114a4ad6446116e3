// SPDX-License-Identifier: GPL-3.0-or-later
#include "JobInspector.h"

#include "BodyView.h"
#include "CompareDialog.h"
#include "delivery/CurlCommand.h"
#include "delivery/Signer.h"
#include "secrets/SecretStore.h"
#include "storage/IntegrationStore.h"
#include "storage/JobStore.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hookdesk {

namespace {

QTableWidget* makeHeaderTable(const QString& name)
{
    auto* t = new QTableWidget(0, 2);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels({QObject::tr("Header"), QObject::tr("Value")});
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setWordWrap(false);
    t->verticalHeader()->setDefaultSectionSize(22);
    return t;
}

} // namespace

JobInspector::JobInspector(JobStore& jobs, QWidget* parent) : QWidget(parent), m_jobs(jobs)
{
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("jobSummary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);
    m_triggers = new QLabel;
    m_triggers->setObjectName(QStringLiteral("jobTriggers"));
    m_triggers->setWordWrap(true);
    m_triggers->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_triggers->hide();
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("jobError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(
        QStringLiteral("QLabel { background: #fdecea; color: #8a1c1c; border-radius: 4px; padding: 6px; }"));
    m_error->hide();

    m_attemptList = new QTreeWidget;
    m_attemptList->setObjectName(QStringLiteral("attemptList"));
    m_attemptList->setHeaderLabels({tr("#"), tr("When"), tr("Kind"), tr("Duration"), tr("Result")});
    m_attemptList->setRootIsDecorated(false);
    m_attemptList->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_attemptList->setUniformRowHeights(true);
    m_attemptList->header()->setStretchLastSection(true);
    m_attemptList->setColumnWidth(0, 28);
    m_attemptList->setColumnWidth(1, 132);
    m_attemptList->setColumnWidth(2, 100);
    m_attemptList->setColumnWidth(3, 62);

    m_requestHeaders = makeHeaderTable(QStringLiteral("requestHeaders"));
    m_requestBody = new BodyView(QStringLiteral("requestBody"));
    m_copyCurl = new QPushButton(tr("Copy as cURL"));
    m_copyCurl->setObjectName(QStringLiteral("copyCurlButton"));
    m_copyCurl->setToolTip(tr("Copy a curl command that sends this request again. Secrets stay redacted "
                              "as stored: put the token and a fresh signature in before running it."));
    auto* requestTop = new QWidget;
    auto* requestTopLayout = new QVBoxLayout(requestTop);
    requestTopLayout->setContentsMargins(0, 4, 0, 0);
    auto* requestBar = new QHBoxLayout;
    m_reveal = new QPushButton(tr("Reveal"));
    m_reveal->setObjectName(QStringLiteral("revealButton"));
    m_reveal->setCheckable(true);
    m_reveal->setToolTip(tr("Show the token and the signature instead of ••••••••. They are read from the "
                            "keychain now: if the token or secret changed since, the values differ from "
                            "what was sent."));
    m_reveal->hide();
    m_revealNote = new QLabel;
    m_revealNote->setObjectName(QStringLiteral("revealNote"));
    m_revealNote->setWordWrap(true);
    requestBar->addWidget(m_revealNote, 1);
    requestBar->addWidget(m_reveal);
    requestBar->addWidget(m_copyCurl);
    connect(m_reveal, &QPushButton::toggled, this, &JobInspector::setRevealed);
    requestTopLayout->addLayout(requestBar);
    requestTopLayout->addWidget(m_requestHeaders, 1);
    auto* request = new QSplitter(Qt::Vertical);
    request->addWidget(requestTop);
    request->addWidget(m_requestBody);
    request->setSizes({170, 260});
    connect(m_copyCurl, &QPushButton::clicked, this, &JobInspector::copyAsCurl);

    m_responseStatus = new QLabel;
    m_responseStatus->setObjectName(QStringLiteral("responseStatus"));
    m_responseStatus->setWordWrap(true);
    m_responseHeaders = makeHeaderTable(QStringLiteral("responseHeaders"));
    m_responseBody = new BodyView(QStringLiteral("responseBody"));
    auto* response = new QWidget;
    auto* responseLayout = new QVBoxLayout(response);
    responseLayout->setContentsMargins(0, 4, 0, 0);
    auto* responseSplit = new QSplitter(Qt::Vertical);
    responseSplit->addWidget(m_responseHeaders);
    responseSplit->addWidget(m_responseBody);
    responseLayout->addWidget(m_responseStatus);
    responseLayout->addWidget(responseSplit, 1);

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("inspectorTabs"));
    m_tabs->addTab(request, tr("Request"));
    m_tabs->addTab(response, tr("Response"));

    m_compare = new QPushButton(tr("Compare"));
    m_compare->setObjectName(QStringLiteral("compareAttemptsButton"));
    m_compare->setToolTip(tr("Select two attempts to see what changed between them, side by side."));
    m_compare->setEnabled(false);
    auto* attempts = new QWidget;
    auto* attemptsLayout = new QVBoxLayout(attempts);
    attemptsLayout->setContentsMargins(0, 0, 0, 0);
    attemptsLayout->addWidget(m_attemptList, 1);
    attemptsLayout->addWidget(m_compare, 0, Qt::AlignLeft);
    connect(m_compare, &QPushButton::clicked, this, &JobInspector::compareSelectedAttempts);
    connect(m_attemptList, &QTreeWidget::itemSelectionChanged, this,
            [this]() { m_compare->setEnabled(m_attemptList->selectedItems().size() == 2); });

    auto* split = new QSplitter;
    split->addWidget(attempts);
    split->addWidget(m_tabs);
    split->setSizes({420, 660});

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_triggers);
    layout->addWidget(m_error);
    layout->addWidget(split, 1);

    connect(m_attemptList, &QTreeWidget::currentItemChanged, this,
            [this]() { showAttempt(m_attemptList->indexOfTopLevelItem(m_attemptList->currentItem())); });
    showJob({});
}

void JobInspector::showJob(const QString& jobId)
{
    // Revealed secrets belong to the job they were revealed for.
    if (jobId != m_jobId && m_revealed) {
        m_revealed = false;
        m_revealedToken.clear();
        m_revealedSecret.clear();
        m_revealNote->clear();
        const QSignalBlocker block(m_reveal);
        m_reveal->setChecked(false);
    }
    m_jobId = jobId;
    refresh();
}

void JobInspector::refresh()
{
    m_attemptList->clear();
    m_attempts.clear();
    m_payload.clear();
    m_triggers->hide();
    if (m_jobId.isEmpty()) {
        m_summary->setText(tr("Select a job to see its request and response."));
        m_error->hide();
        showAttempt(-1);
        return;
    }
    QString error;
    const std::optional<DeliveryJob> job = m_jobs.job(m_jobId, &error);
    if (!job) {
        m_summary->setText(error.isEmpty() ? tr("Job %1 no longer exists.").arg(m_jobId) : error);
        m_error->hide();
        showAttempt(-1);
        return;
    }
    m_payload = job->payload;
    m_integrationId = job->integrationId;
    m_summary->setText(
        tr("<b>%1</b> to <b>%2</b> — %3<br>URL: %4<br>webhook-id: <code>%5</code> · created %6")
            .arg(job->eventType.toHtmlEscaped(),
                 (job->integrationName.isEmpty() ? tr("(deleted integration)") : job->integrationName)
                     .toHtmlEscaped(),
                 jobStatusLabel(job->status), job->url.toHtmlEscaped(), job->id,
                 QDateTime::fromMSecsSinceEpoch(job->createdAt)
                     .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))) +
        (job->status == JobStatus::Failed && job->nextAttemptAt > 0
             ? tr("<br>Next retry: %1 (attempt %2)")
                   .arg(QDateTime::fromMSecsSinceEpoch(job->nextAttemptAt)
                            .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
                   .arg(job->attempts + 1)
         : job->status == JobStatus::Exhausted
             ? tr("<br>No more retries: every attempt of the schedule failed. Resend to try again.")
             : QString()));
    m_error->setVisible((job->status == JobStatus::Failed || job->status == JobStatus::Exhausted) &&
                        !job->lastError.isEmpty());
    m_error->setText(job->lastError);
    // Several triggers that resolve to the same URL share one job; say which ones did.
    const QList<qint64> matched = m_jobs.matchedTriggers(m_jobId, &error);
    QStringList names;
    for (const qint64 id : matched)
        names.append(QStringLiteral("#%1").arg(id));
    m_triggers->setText(matched.size() > 1
                            ? tr("Matched triggers %1: one job, because they send to the same URL.")
                                  .arg(names.join(QStringLiteral(", ")))
                            : tr("Matched trigger %1.").arg(names.join(QString())));
    m_triggers->setVisible(!matched.isEmpty());
    m_attempts = m_jobs.attempts(m_jobId, &error);
    for (const Attempt& a : m_attempts) {
        auto* item = new QTreeWidgetItem(m_attemptList);
        item->setText(0, QString::number(a.number));
        item->setText(
            1, QDateTime::fromMSecsSinceEpoch(a.startedAt).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        item->setText(2, a.kind == QLatin1String("resend") ? tr("Manual resend") : tr("Scheduled"));
        item->setText(3, tr("%1 ms").arg(a.durationMs));
        item->setText(4, (a.succeeded() ? tr("HTTP %1").arg(a.responseStatus) : a.error) +
                             (a.runNumber.isEmpty() ? QString() : tr(" · run %1").arg(a.runNumber)));
        item->setToolTip(4, a.error);
        item->setIcon(4, QIcon(a.succeeded() ? QStringLiteral(":/icons/status-succeeded.svg")
                                             : QStringLiteral(":/icons/status-failed.svg")));
    }
    if (m_attempts.isEmpty())
        showAttempt(-1);
    else
        m_attemptList->setCurrentItem(m_attemptList->topLevelItem(int(m_attempts.size()) - 1));
}

void JobInspector::showAttempt(int index)
{
    if (index < 0 || index >= m_attempts.size()) {
        fillHeaders(m_requestHeaders, {});
        m_requestBody->setBody(m_payload);
        m_responseStatus->setText(m_jobId.isEmpty() ? QString() : tr("Not sent yet."));
        fillHeaders(m_responseHeaders, {});
        m_responseBody->setBody({});
        m_copyCurl->setEnabled(!m_payload.isEmpty());
        m_reveal->setEnabled(false); // no request sent: no token or signature to show
        return;
    }
    m_reveal->setEnabled(true);
    const Attempt& a = m_attempts.at(index);
    fillHeaders(m_requestHeaders, m_revealed ? revealedHeaders(a) : a.requestHeaders);
    m_requestBody->setBody(a.requestBody);
    m_copyCurl->setEnabled(true);
    if (a.responseStatus > 0)
        m_responseStatus->setText(
            tr("HTTP %1 after %2 ms%3%4%5")
                .arg(a.responseStatus)
                .arg(a.durationMs)
                .arg(a.protocol.isEmpty() ? QString() : tr(", over %1").arg(a.protocol),
                     a.responseTruncated ? tr(" (body truncated to 64 KiB)") : QString(),
                     a.runNumber.isEmpty() ? QString() : tr(" — run number %1").arg(a.runNumber)));
    else
        m_responseStatus->setText(tr("No HTTP answer: %1").arg(a.error));
    fillHeaders(m_responseHeaders, a.responseHeaders);
    m_responseBody->setBody(
        a.responseBody, a.responseTruncated ? tr("Truncated: only the first 64 KiB were kept.") : QString());
}

void JobInspector::fillHeaders(QTableWidget* table, const HeaderList& headers)
{
    table->setRowCount(int(headers.size()));
    for (int row = 0; row < headers.size(); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(QString::fromLatin1(headers.at(row).first)));
        table->setItem(row, 1, new QTableWidgetItem(QString::fromUtf8(headers.at(row).second)));
    }
    table->resizeColumnToContents(0);
}

QString JobInspector::curlCommand() const
{
    const int index = m_attemptList->indexOfTopLevelItem(m_attemptList->currentItem());
    if (index >= 0 && index < m_attempts.size()) {
        const Attempt& a = m_attempts.at(index);
        return CurlCommand::build(a.requestUrl, m_revealed ? revealedHeaders(a) : a.requestHeaders,
                                  a.requestBody);
    }
    const std::optional<DeliveryJob> job = m_jobs.job(m_jobId);
    if (!job)
        return {};
    return CurlCommand::build(job->url, {{"Content-Type", "application/json"}}, job->payload);
}

void JobInspector::setSecretAccess(IntegrationStore* integrations, SecretStore* secrets)
{
    m_integrations = integrations;
    m_secrets = secrets;
    m_reveal->setVisible(integrations && secrets);
}

int JobInspector::currentAttemptIndex() const
{
    return m_attemptList->indexOfTopLevelItem(m_attemptList->currentItem());
}

HeaderList JobInspector::shownRequestHeaders() const
{
    const int index = currentAttemptIndex();
    if (index < 0 || index >= m_attempts.size())
        return {};
    return m_revealed ? revealedHeaders(m_attempts.at(index)) : m_attempts.at(index).requestHeaders;
}

HeaderList JobInspector::revealedHeaders(const Attempt& attempt) const
{
    const std::optional<Integration> integration =
        m_integrations ? m_integrations->byId(m_integrationId) : std::nullopt;
    if (!integration)
        return attempt.requestHeaders;
    const QByteArray authName = integration->authHeaderName().toLatin1();
    QByteArray id;
    qint64 timestamp = 0;
    for (const auto& [name, value] : attempt.requestHeaders) {
        if (name.compare("webhook-id", Qt::CaseInsensitive) == 0)
            id = value;
        else if (name.compare("webhook-timestamp", Qt::CaseInsensitive) == 0)
            timestamp = value.toLongLong();
    }
    HeaderList out;
    for (const auto& [name, value] : attempt.requestHeaders) {
        if (name.compare(authName, Qt::CaseInsensitive) == 0)
            out.append({name, integration->authHeaderValue(m_revealedToken).toUtf8()});
        else if (name.compare("webhook-signature", Qt::CaseInsensitive) == 0 && !m_revealedSecret.isEmpty())
            out.append(
                {name, Signer::sign(m_revealedSecret, QString::fromLatin1(id), timestamp, attempt.requestBody)
                           .toLatin1()});
        else
            out.append({name, value});
    }
    return out;
}

void JobInspector::setRevealed(bool revealed)
{
    if (!revealed || !m_integrations || !m_secrets) {
        m_revealed = false;
        m_revealedToken.clear();
        m_revealedSecret.clear();
        m_revealNote->clear();
        if (m_reveal->isChecked())
            m_reveal->setChecked(false);
        showAttempt(currentAttemptIndex());
        return;
    }
    const std::optional<Integration> integration = m_integrations->byId(m_integrationId);
    if (!integration) {
        m_revealNote->setText(tr("The integration of this job was deleted: there is nothing to reveal."));
        m_reveal->setChecked(false);
        return;
    }
    m_revealNote->setText(tr("Reading the keychain…"));
    QPointer<JobInspector> self(this);
    const Integration copy = *integration;
    m_secrets->read(copy.tokenKey(), [self, copy](bool ok, const QString& token, const QString& error) {
        if (!self)
            return;
        if (!ok) {
            self->m_revealNote->setText(error);
            self->m_reveal->setChecked(false);
            return;
        }
        self->m_secrets->read(
            copy.secretKey(), [self, token](bool ok2, const QString& secret, const QString& error2) {
                if (!self || !self->m_reveal->isChecked())
                    return;
                if (!ok2) {
                    self->m_revealNote->setText(error2);
                    self->m_reveal->setChecked(false);
                    return;
                }
                self->m_revealedToken = token;
                self->m_revealedSecret = secret;
                self->m_revealed = true;
                self->m_revealNote->setText(
                    tr("Showing the current token and a signature made with the current secret."));
                self->showAttempt(self->currentAttemptIndex());
            });
    });
}

void JobInspector::compareSelectedAttempts()
{
    QList<int> rows;
    for (QTreeWidgetItem* item : m_attemptList->selectedItems())
        rows.append(m_attemptList->indexOfTopLevelItem(item));
    if (rows.size() != 2)
        return;
    std::sort(rows.begin(), rows.end());
    const Attempt& a = m_attempts.at(rows.at(0));
    const Attempt& b = m_attempts.at(rows.at(1));
    auto* dialog = new CompareDialog(tr("Attempt %1").arg(a.number), TextDiff::attemptText(a),
                                     tr("Attempt %1").arg(b.number), TextDiff::attemptText(b), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void JobInspector::copyAsCurl()
{
    QApplication::clipboard()->setText(curlCommand());
}

} // namespace hookdesk
