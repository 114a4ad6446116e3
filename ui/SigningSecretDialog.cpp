// SPDX-License-Identifier: GPL-3.0-or-later
#include "SigningSecretDialog.h"

#include "service/IntegrationService.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace hookdesk {

SigningSecretDialog::SigningSecretDialog(IntegrationService& service, const Integration& integration,
                                         QWidget* parent)
    : QDialog(parent), m_service(service), m_integration(integration)
{
    setWindowTitle(tr("Signing secret of “%1”").arg(integration.name));
    setMinimumWidth(560);

    // The secret receivers verify signatures with: read from the keychain, masked until revealed.
    m_secretLabel = new QLabel(tr("The signing secret receivers verify the webhook-signature header with:"));
    m_secretLabel->setWordWrap(true);
    m_secret = new QLineEdit;
    m_secret->setObjectName(QStringLiteral("secretEdit"));
    m_secret->setReadOnly(true);
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setPlaceholderText(tr("Reading from the system keychain…"));
    m_secret->setFont(QFont(QStringLiteral("monospace")));
    m_reveal = new QPushButton(tr("&Reveal"));
    m_reveal->setObjectName(QStringLiteral("revealButton"));
    m_reveal->setCheckable(true);
    m_reveal->setEnabled(false);
    connect(m_reveal, &QPushButton::toggled, this, [this](bool on) {
        m_secret->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
        m_reveal->setText(on ? tr("&Hide") : tr("&Reveal"));
    });
    m_copy = new QPushButton(tr("&Copy"));
    m_copy->setObjectName(QStringLiteral("copyButton"));
    m_copy->setEnabled(false);
    connect(m_copy, &QPushButton::clicked, this,
            [this]() { QApplication::clipboard()->setText(m_secret->text()); });
    auto* secretRow = new QHBoxLayout;
    secretRow->addWidget(m_secret, 1);
    secretRow->addWidget(m_reveal);
    secretRow->addWidget(m_copy);

    m_ask = new QWidget;
    auto* text = new QLabel(
        tr("Hookdesk makes a new signing secret and signs every delivery with it from now on. So that the "
           "receiver keeps accepting deliveries while you give it the new secret, the old one can keep "
           "signing beside it for a while: each request then carries both signatures in its "
           "webhook-signature header, and a receiver holding either secret accepts it."));
    text->setWordWrap(true);
    m_overlap = new QSpinBox;
    m_overlap->setObjectName(QStringLiteral("overlapSpin"));
    m_overlap->setRange(0, 24 * 30);
    m_overlap->setValue(int(IntegrationService::kDefaultRotationOverlapMs / (60 * 60 * 1000)));
    m_overlap->setSuffix(tr(" hours"));
    m_overlap->setSpecialValueText(tr("0 hours: stop at once"));
    auto* overlapRow = new QHBoxLayout;
    auto* overlapLabel = new QLabel(tr("Keep signing with the &old secret for"));
    overlapLabel->setBuddy(m_overlap);
    overlapRow->addWidget(overlapLabel);
    overlapRow->addWidget(m_overlap);
    overlapRow->addStretch(1);
    auto* askLayout = new QVBoxLayout(m_ask);
    askLayout->setContentsMargins(0, 0, 0, 0);
    askLayout->addWidget(text);
    askLayout->addLayout(overlapRow);

    m_result = new QWidget;
    auto* shown = new QLabel(tr("This is the new signing secret: copy it to the receiver's configuration. It "
                                "stays available here under Signing secret…"));
    shown->setWordWrap(true);
    m_untilLabel = new QLabel;
    m_untilLabel->setObjectName(QStringLiteral("untilLabel"));
    m_untilLabel->setWordWrap(true);
    auto* resultLayout = new QVBoxLayout(m_result);
    resultLayout->setContentsMargins(0, 0, 0, 0);
    resultLayout->addWidget(shown);
    resultLayout->addWidget(m_untilLabel);
    m_result->hide();

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #a11;"));
    m_error->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QPushButton* rotateButton = m_buttons->button(QDialogButtonBox::Ok);
    rotateButton->setObjectName(QStringLiteral("rotateButton"));
    rotateButton->setText(tr("Rotate"));
    rotateButton->setAutoDefault(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
    connect(rotateButton, &QPushButton::clicked, this, &SigningSecretDialog::rotate);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* rotation = new QLabel(tr("<b>Rotate</b>"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_secretLabel);
    layout->addLayout(secretRow);
    layout->addSpacing(12);
    layout->addWidget(rotation);
    layout->addWidget(m_ask);
    layout->addWidget(m_result);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    QPointer<SigningSecretDialog> self(this);
    m_service.readSigningSecret(integration.id, [self](bool ok, const QString& value, const QString& error) {
        if (self)
            self->showCurrent(ok, value, error);
    });
}

void SigningSecretDialog::showCurrent(bool ok, const QString& secret, const QString& error)
{
    if (m_rotated)
        return; // the new secret is already shown
    if (!ok) {
        m_secret->setPlaceholderText(tr("Not available"));
        m_error->setText(tr("The signing secret could not be read from the system keychain: %1").arg(error));
        m_error->show();
        return;
    }
    m_secret->setText(secret);
    m_reveal->setEnabled(true);
    m_copy->setEnabled(true);
}

QString SigningSecretDialog::newSecret() const
{
    return m_rotated ? m_secret->text() : QString();
}

QString SigningSecretDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void SigningSecretDialog::rotate()
{
    m_error->hide();
    m_buttons->setEnabled(false);
    m_overlap->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Rotating…"));
    const qint64 overlapMs = qint64(m_overlap->value()) * 60 * 60 * 1000;
    QPointer<SigningSecretDialog> self(this);
    m_service.rotateSecret(m_integration.id, overlapMs,
                           [self](bool ok, const QString& error, const QString& secret, qint64 until) {
                               if (!self)
                                   return;
                               self->m_buttons->setEnabled(true);
                               if (!ok) {
                                   self->m_overlap->setEnabled(true);
                                   self->m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Rotate"));
                                   self->m_error->setText(error);
                                   self->m_error->show();
                                   return;
                               }
                               self->m_until = until;
                               self->showResult(secret);
                           });
}

void SigningSecretDialog::showResult(const QString& secret)
{
    m_rotated = true;
    m_ask->hide();
    m_error->hide();
    m_secretLabel->setText(tr("The new signing secret:"));
    m_secret->setText(secret);
    m_reveal->setEnabled(true);
    m_reveal->setChecked(true); // shown at once: the administrator has to pass it on now
    m_copy->setEnabled(true);
    m_untilLabel->setText(
        m_until > 0
            ? tr("The old secret keeps signing beside the new one until %1. After that only the new secret "
                 "signs: the receiver must have it by then.")
                  .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(m_until), QLocale::LongFormat))
            : tr("The old secret no longer signs: deliveries from now on carry only the new signature."));
    m_result->show();
    adjustSize(); // the result's wrapped text needs more height than the question had
    // Only Close is left: the rotation cannot be cancelled once it is done.
    m_buttons->clear();
    m_buttons->addButton(tr("Close"), QDialogButtonBox::AcceptRole)
        ->setObjectName(QStringLiteral("closeButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    Q_EMIT rotated(m_integration.name, m_until);
}

} // namespace hookdesk
