// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "IntegrationSettingsTab.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace hookdesk {

// What Hookdesk reads from the receiver's answers (the run number) and whom it trusts over HTTPS
// (the system's certificate authorities plus an optional CA file).
class IntegrationResponseTab : public IntegrationSettingsTab
{
    Q_OBJECT
public:
    explicit IntegrationResponseTab(QWidget* parent = nullptr);

    void load(const Integration& integration) override;
    void apply(Integration& integration) const override;
    QString validate() const override;

private:
    RunNumberSource source() const;
    void updateRunNumberField();
    void updateCaFileNote();
    void browse();

    QComboBox* m_runSource = nullptr;
    QLineEdit* m_runPath = nullptr;
    QLabel* m_runNote = nullptr;
    QLineEdit* m_caFile = nullptr;
    QPushButton* m_browse = nullptr;
    QLabel* m_caNote = nullptr;
};

} // namespace hookdesk
