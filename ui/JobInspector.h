// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Attempt.h"
#include "domain/DeliveryJob.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTabWidget;
class QTreeWidget;

namespace hookdesk {

class BodyView;
class IntegrationStore;
class JobStore;
class SecretStore;

// The detail pane of the queue: the job, its attempts, and for the chosen attempt the request
// (headers with Authorization redacted, payload pretty-printed) and the response.
class JobInspector : public QWidget
{
    Q_OBJECT
public:
    explicit JobInspector(JobStore& jobs, QWidget* parent = nullptr);

    void showJob(const QString& jobId);
    QString jobId() const { return m_jobId; }
    void refresh();
    // The chosen attempt (or, before any, the job's payload) as a curl command.
    QString curlCommand() const;
    // Enables "Reveal": the token and signature, read from the keychain, instead of the
    // redacted values stored with each attempt.
    void setSecretAccess(IntegrationStore* integrations, SecretStore* secrets);
    void setRevealed(bool revealed);
    bool isRevealed() const { return m_revealed; }
    // The chosen attempt's request headers as shown: redacted, or revealed.
    HeaderList shownRequestHeaders() const;

private:
    void showAttempt(int index);
    static void fillHeaders(QTableWidget* table, const HeaderList& headers);
    void copyAsCurl();
    void compareSelectedAttempts();
    HeaderList revealedHeaders(const Attempt& attempt) const;
    int currentAttemptIndex() const;

    JobStore& m_jobs;
    QString m_jobId;
    QList<Attempt> m_attempts;
    QByteArray m_payload;
    QLabel* m_summary = nullptr;
    QLabel* m_triggers = nullptr; // the triggers that matched the job's event
    QLabel* m_error = nullptr;
    QTreeWidget* m_attemptList = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTableWidget* m_requestHeaders = nullptr;
    BodyView* m_requestBody = nullptr;
    QPushButton* m_copyCurl = nullptr;
    QPushButton* m_compare = nullptr;
    QPushButton* m_reveal = nullptr;
    QLabel* m_revealNote = nullptr;
    IntegrationStore* m_integrations = nullptr;
    SecretStore* m_secrets = nullptr;
    bool m_revealed = false;
    QString m_revealedToken;
    QString m_revealedSecret;
    qint64 m_integrationId = 0;
    QLabel* m_responseStatus = nullptr;
    QTableWidget* m_responseHeaders = nullptr;
    BodyView* m_responseBody = nullptr;
};

} // namespace hookdesk
