// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Integration.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace hookdesk {

class IntegrationService;

// Adds or edits an integration. Saving is asynchronous (the keychain answers later): the form
// stays open, disabled, until the service reports; on failure it shows why and keeps the input.
class IntegrationDialog : public QDialog
{
    Q_OBJECT
public:
    // Without `existing`, the dialog adds a new integration.
    IntegrationDialog(IntegrationService& service, const std::optional<Integration>& existing,
                      QWidget* parent = nullptr);

    QString errorText() const;

private:
    void save();
    void setBusy(bool busy);
    void updateHeaderField();
    Integration formValue() const;

    IntegrationService& m_service;
    std::optional<Integration> m_existing;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_url = nullptr;
    QComboBox* m_scheme = nullptr;
    QLineEdit* m_header = nullptr;
    QLineEdit* m_token = nullptr;
    QCheckBox* m_enabled = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace hookdesk
