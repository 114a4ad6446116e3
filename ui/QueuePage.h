// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace hookdesk {

class AppContext;
class JobInspector;
class PageHeader;
class QueueModel;

// Every delivery job, newest first, with the inspector for the selected one and Resend.
class QueuePage : public QWidget
{
    Q_OBJECT
public:
    explicit QueuePage(AppContext& context, QWidget* parent = nullptr);

    QueueModel* model() const { return m_model; }
    JobInspector* inspector() const { return m_inspector; }
    bool selectJob(const QString& jobId);
    void resendSelected();

private:
    QStringList selectedJobIds() const;
    void selectionChanged();
    void updateButtons();

    AppContext& m_context;
    QueueModel* m_model = nullptr;
    PageHeader* m_header = nullptr;
    QComboBox* m_status = nullptr;
    QPushButton* m_resend = nullptr;
    QLabel* m_count = nullptr;
    QTableView* m_view = nullptr;
    JobInspector* m_inspector = nullptr;
};

} // namespace hookdesk
