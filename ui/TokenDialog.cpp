// SPDX-License-Identifier: GPL-3.0-or-later
#include "TokenDialog.h"

#include "service/IntegrationService.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace hookdesk {

TokenDialog::TokenDialog(IntegrationService& service, const Integration& integration, QWidget* parent)
    : QDialog(parent), m_service(service), m_integration(integration)
{
    setWindowTitle(tr("Reset token of “%1”").arg(integration.name));
    setMinimumWidth(440);
    auto* text =
        new QLabel(tr("Type the new token. From the next delivery on, %1 sends it instead of the old one; "
                      "update the receiver at the same time.")
                       .arg(integration.authHeaderName()));
    text->setWordWrap(true);
    m_token = new QLineEdit;
    m_token->setObjectName(QStringLiteral("tokenEdit"));
    m_token->setEchoMode(QLineEdit::Password);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #a11;"));
    m_error->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("Replace token"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TokenDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_token);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
}

void TokenDialog::save()
{
    const QString problem = IntegrationService::validateToken(m_token->text());
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        return;
    }
    m_buttons->setEnabled(false);
    QPointer<TokenDialog> self(this);
    m_service.resetToken(m_integration.id, m_token->text(), [self](bool ok, const QString& error) {
        if (!self)
            return;
        self->m_buttons->setEnabled(true);
        if (!ok) {
            self->m_error->setText(error);
            self->m_error->show();
            return;
        }
        self->accept();
    });
}

} // namespace hookdesk
