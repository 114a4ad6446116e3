// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Integration.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace hookdesk {

class IntegrationService;

// Replaces an integration's token in the keychain.
class TokenDialog : public QDialog
{
    Q_OBJECT
public:
    TokenDialog(IntegrationService& service, const Integration& integration, QWidget* parent = nullptr);

private:
    void save();

    IntegrationService& m_service;
    Integration m_integration;
    QLineEdit* m_token = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace hookdesk
