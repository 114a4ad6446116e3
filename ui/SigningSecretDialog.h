// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Integration.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QWidget;

namespace hookdesk {

class IntegrationService;

// Replaces an integration's signing secret. The administrator chooses how long the old secret
// keeps signing beside the new one; the new secret is then shown once, with Copy, together
// with the time the old one stops.
class SigningSecretDialog : public QDialog
{
    Q_OBJECT
public:
    SigningSecretDialog(IntegrationService& service, const Integration& integration,
                        QWidget* parent = nullptr);

    // After a rotation: the new whsec_ secret and when the old one stops signing (0: at once).
    QString newSecret() const;
    qint64 previousSecretUntil() const { return m_until; }
    QString errorText() const;

Q_SIGNALS:
    void rotated(const QString& integrationName, qint64 previousSecretUntil);

private:
    void rotate();
    void showResult(const QString& secret);
    void showCurrent(bool ok, const QString& secret, const QString& error);

    IntegrationService& m_service;
    Integration m_integration;
    QWidget* m_ask = nullptr;
    QWidget* m_result = nullptr;
    QSpinBox* m_overlap = nullptr;
    QLineEdit* m_secret = nullptr;
    QLabel* m_untilLabel = nullptr;
    QLabel* m_secretLabel = nullptr;
    QPushButton* m_reveal = nullptr;
    QPushButton* m_copy = nullptr;
    bool m_rotated = false;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    qint64 m_until = 0;
};

} // namespace hookdesk
