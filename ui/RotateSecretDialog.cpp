// SPDX-License-Identifier: GPL-3.0-or-later
#include "RotateSecretDialog.h"

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

RotateSecretDialog::RotateSecretDialog(IntegrationService& service, const Integration& integration,
                                       QWidget* parent)
    : QDialog(parent), m_service(service), m_integration(integration)
{
    setWindowTitle(tr("Rotate signing secret of “%1”").arg(integration.name));
    setMinimumWidth(520);

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
    auto* shown = new QLabel(tr("The new signing secret. Copy it to the receiver's configuration now; this "
                                "window does not show it again (the command hookdesk integration secret "
                                "“%1” does).")
                                 .arg(integration.name));
    shown->setWordWrap(true);
    m_secret = new QLineEdit;
    m_secret->setObjectName(QStringLiteral("secretEdit"));
    m_secret->setReadOnly(true);
    m_secret->setFont(QFont(QStringLiteral("monospace")));
    auto* copy = new QPushButton(tr("&Copy"));
    copy->setObjectName(QStringLiteral("copyButton"));
    connect(copy, &QPushButton::clicked, this,
            [this]() { QApplication::clipboard()->setText(m_secret->text()); });
    auto* secretRow = new QHBoxLayout;
    secretRow->addWidget(m_secret, 1);
    secretRow->addWidget(copy);
    m_untilLabel = new QLabel;
    m_untilLabel->setObjectName(QStringLiteral("untilLabel"));
    m_untilLabel->setWordWrap(true);
    auto* resultLayout = new QVBoxLayout(m_result);
    resultLayout->setContentsMargins(0, 0, 0, 0);
    resultLayout->addWidget(shown);
    resultLayout->addLayout(secretRow);
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
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(rotateButton, &QPushButton::clicked, this, &RotateSecretDialog::rotate);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_ask);
    layout->addWidget(m_result);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
}

QString RotateSecretDialog::newSecret() const
{
    return m_result->isVisible() ? m_secret->text() : QString();
}

QString RotateSecretDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void RotateSecretDialog::rotate()
{
    m_error->hide();
    m_buttons->setEnabled(false);
    m_overlap->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Rotating…"));
    const qint64 overlapMs = qint64(m_overlap->value()) * 60 * 60 * 1000;
    QPointer<RotateSecretDialog> self(this);
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

void RotateSecretDialog::showResult(const QString& secret)
{
    m_ask->hide();
    m_secret->setText(secret);
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
