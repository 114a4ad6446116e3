// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Integration.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QSpinBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;

namespace hookdesk {

class Catalogue;
class IntegrationService;
class IntegrationSettingsTab;
class UrlVerifier;

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
    // Offers "Check that the URL answers": before a new integration is saved, a signed ping is
    // sent to its URL; anything but 2xx stops the save unless the administrator saves anyway.
    void setVerification(const Catalogue* catalogue);

private:
    void save();
    void create();
    // The service's answer to a save: close on success, otherwise say why and keep the input.
    void saved(bool ok, const QString& error);
    void setBusy(bool busy);
    void updateHeaderField();
    // At least as wide as every text in it needs, whatever the screen.
    void fitWidth();
    // Adds a tab of further settings, filled from the integration being edited.
    void addSettingsTab(IntegrationSettingsTab* tab, const QString& title);
    // The first problem any tab reports, showing that tab; empty when all can be saved.
    QString validateTabs();
    Integration formValue() const;

    IntegrationService& m_service;
    std::optional<Integration> m_existing;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_url = nullptr;
    QComboBox* m_scheme = nullptr;
    QLineEdit* m_header = nullptr;
    QLineEdit* m_username = nullptr;
    QLineEdit* m_token = nullptr;
    QCheckBox* m_enabled = nullptr;
    QLabel* m_error = nullptr;
    QCheckBox* m_verify = nullptr;
    QSpinBox* m_maxInFlight = nullptr;
    QSpinBox* m_timeout = nullptr;
    QDoubleSpinBox* m_rate = nullptr;
    QLineEdit* m_retrySchedule = nullptr;
    QPushButton* m_saveAnyway = nullptr;
    UrlVerifier* m_verifier = nullptr;
    const Catalogue* m_catalogue = nullptr;
    QString m_pendingSecret;
    QDialogButtonBox* m_buttons = nullptr;
    QTabWidget* m_tabWidget = nullptr;
    QList<IntegrationSettingsTab*> m_settingsTabs;
    IntegrationSettingsTab* m_requestTab = nullptr;
};

} // namespace hookdesk
