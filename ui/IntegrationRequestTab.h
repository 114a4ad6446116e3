// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "IntegrationSettingsTab.h"

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace hookdesk {

// What each request to the integration looks like: how the payload is put in the body, and the
// headers the administrator adds to every request (a tenant id, an API version…).
class IntegrationRequestTab : public IntegrationSettingsTab
{
    Q_OBJECT
public:
    explicit IntegrationRequestTab(QWidget* parent = nullptr);

    void load(const Integration& integration) override;
    void apply(Integration& integration) const override;

private:
    void updateFormatHint();
    void updateHttpHint();
    void updateEmptyState();
    void addRow(const QString& name, const QString& value);

    QComboBox* m_format = nullptr;
    QLabel* m_formatHint = nullptr;
    QComboBox* m_http = nullptr;
    QLabel* m_httpHint = nullptr;
    QTableWidget* m_headers = nullptr;
    QLabel* m_empty = nullptr;
    QPushButton* m_remove = nullptr;
};

} // namespace hookdesk
