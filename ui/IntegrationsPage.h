// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConfirmHook.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace hookdesk {

class AppContext;
class IntegrationModel;
class PageHeader;
struct Integration;

class IntegrationsPage : public QWidget
{
    Q_OBJECT
public:
    explicit IntegrationsPage(AppContext& context, QWidget* parent = nullptr);

    void setConfirmHook(ConfirmHook hook) { m_confirm = std::move(hook); }
    IntegrationModel* model() const { return m_model; }
    QString message() const;

    void addIntegration();
    void editSelected();
    void resetTokenOfSelected();
    void rotateSecretOfSelected();
    void toggleSelected();
    void deleteSelected();

private:
    const Integration* selected() const;
    void updateButtons();

    AppContext& m_context;
    IntegrationModel* m_model = nullptr;
    PageHeader* m_header = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_empty = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_resetToken = nullptr;
    QPushButton* m_rotateSecret = nullptr;
    QPushButton* m_toggle = nullptr;
    QPushButton* m_delete = nullptr;
    ConfirmHook m_confirm = defaultConfirmHook();
};

} // namespace hookdesk
