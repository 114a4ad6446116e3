// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConfirmHook.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace hookdesk {

class AppContext;
class PageHeader;
class TriggerModel;
class TriggerTester;
struct TriggerRow;

class TriggersPage : public QWidget
{
    Q_OBJECT
public:
    explicit TriggersPage(AppContext& context, QWidget* parent = nullptr);

    void setConfirmHook(ConfirmHook hook) { m_confirm = std::move(hook); }
    TriggerModel* model() const { return m_model; }
    TriggerTester* tester() const { return m_tester; }

    void addTrigger(const QString& eventType = {});
    // Raises an event the selected trigger subscribes to, with an editable example payload.
    void sendTestForSelected();
    QString message() const;
    void editSelected();
    void toggleSelected();
    void deleteSelected();

private:
    const TriggerRow* selected() const;
    void updateButtons();

    AppContext& m_context;
    TriggerModel* m_model = nullptr;
    PageHeader* m_header = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_empty = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_toggle = nullptr;
    QPushButton* m_delete = nullptr;
    QPushButton* m_sendTest = nullptr;
    TriggerTester* m_tester = nullptr;
    ConfirmHook m_confirm = defaultConfirmHook();
};

} // namespace hookdesk
