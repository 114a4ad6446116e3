// SPDX-License-Identifier: GPL-3.0-or-later
#include "IntegrationDialog.h"

#include "DeliveryPolicySettings.h"
#include "IntegrationRequestTab.h"
#include "IntegrationResponseTab.h"
#include "IntegrationSettingsTab.h"
#include "delivery/RetryPolicy.h"
#include "delivery/Signer.h"
#include "delivery/UrlVerifier.h"
#include "service/IntegrationService.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace hookdesk {

IntegrationDialog::IntegrationDialog(IntegrationService& service, const std::optional<Integration>& existing,
                                     QWidget* parent)
    : QDialog(parent), m_service(service), m_existing(existing)
{
    setWindowTitle(existing ? tr("Edit integration “%1”").arg(existing->name) : tr("Add integration"));

    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("e.g. Billing service"));
    m_url = new QLineEdit;
    m_url->setObjectName(QStringLiteral("urlEdit"));
    m_url->setPlaceholderText(tr("https://example.com/webhooks"));
    m_scheme = new QComboBox;
    m_scheme->setObjectName(QStringLiteral("authCombo"));
    m_scheme->addItem(tr("Authorization: Bearer <token>"), int(AuthScheme::Bearer));
    m_scheme->addItem(tr("Authorization: Token <token>"), int(AuthScheme::Token));
    m_scheme->addItem(tr("Authorization: Basic (user name + token as password)"), int(AuthScheme::Basic));
    m_scheme->addItem(tr("Custom header"), int(AuthScheme::Header));
    m_header = new QLineEdit;
    m_header->setObjectName(QStringLiteral("headerEdit"));
    m_header->setPlaceholderText(tr("e.g. X-Api-Key"));
    m_username = new QLineEdit;
    m_username->setObjectName(QStringLiteral("usernameEdit"));
    m_username->setPlaceholderText(tr("The user name the receiver expects"));
    m_token = new QLineEdit;
    m_token->setObjectName(QStringLiteral("tokenEdit"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(existing ? tr("Leave empty to keep the current token")
                                         : tr("The token the receiver expects"));
    QAction* reveal =
        m_token->addAction(QIcon(QStringLiteral(":/icons/key.svg")), QLineEdit::TrailingPosition);
    reveal->setCheckable(true);
    reveal->setToolTip(tr("Show the token while typing"));
    connect(reveal, &QAction::toggled, this,
            [this](bool on) { m_token->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password); });
    m_enabled = new QCheckBox(tr("Enabled: deliver webhooks to this integration"));
    m_enabled->setObjectName(QStringLiteral("enabledCheck"));
    m_enabled->setChecked(true);

    auto* note =
        new QLabel(tr("The token and a new signing secret are kept in the system keychain, never in the "
                      "database. Webhooks are signed with the Standard Webhooks scheme."));
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: #5f6b7a;"));

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #a11;"));
    m_error->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Base &URL:"), m_url);
    form->addRow(tr("&Authorisation:"), m_scheme);
    form->addRow(tr("&Header name:"), m_header);
    form->addRow(tr("U&ser name:"), m_username);
    form->addRow(tr("&Token:"), m_token);
    form->addRow(QString(), m_enabled);

    // How this integration is delivered to: its own lane, so one slow receiver never holds up others.
    m_maxInFlight = new QSpinBox;
    m_maxInFlight->setObjectName(QStringLiteral("maxInFlightSpin"));
    m_maxInFlight->setRange(1, 256);
    m_maxInFlight->setValue(8);
    m_maxInFlight->setSuffix(tr(" requests at once"));
    m_timeout = new QSpinBox;
    m_timeout->setObjectName(QStringLiteral("timeoutSpin"));
    m_timeout->setRange(1, 300);
    m_timeout->setValue(15);
    m_timeout->setSuffix(tr(" s"));
    m_rate = new QDoubleSpinBox;
    m_rate->setObjectName(QStringLiteral("rateSpin"));
    m_rate->setRange(0, 100000);
    m_rate->setDecimals(1);
    m_rate->setSpecialValueText(tr("Unlimited"));
    m_rate->setSuffix(tr(" per second"));
    m_retrySchedule = new QLineEdit;
    m_retrySchedule->setObjectName(QStringLiteral("retryScheduleEdit"));
    m_retrySchedule->setPlaceholderText(tr("Standard Webhooks: 5s, 5m, 30m, 2h, 5h, 10h, 14h, 20h, 24h"));
    auto* delivery = new QWidget;
    auto* deliveryForm = new QFormLayout(delivery);
    deliveryForm->addRow(tr("&Concurrency:"), m_maxInFlight);
    deliveryForm->addRow(tr("T&imeout:"), m_timeout);
    deliveryForm->addRow(tr("&Rate limit:"), m_rate);
    deliveryForm->addRow(tr("Retr&y waits:"), m_retrySchedule);
    auto* policy = new DeliveryPolicySettings; // its fields are applied and loaded like a tab's
    policy->load(existing.value_or(Integration()));
    m_settingsTabs.append(policy);
    deliveryForm->addRow(policy);
    m_verify = new QCheckBox(tr("Check that the URL answers before saving (sends a signed ping)"));
    m_verify->setObjectName(QStringLiteral("verifyCheck"));
    m_verify->setChecked(true);
    m_verify->hide();
    form->addRow(QString(), m_verify);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &IntegrationDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* general = new QWidget;
    auto* generalLayout = new QVBoxLayout(general);
    generalLayout->addLayout(form);
    generalLayout->addWidget(note);
    generalLayout->addStretch(1);
    m_tabWidget = new QTabWidget;
    m_tabWidget->setObjectName(QStringLiteral("integrationTabs"));
    m_tabWidget->addTab(general, tr("&General"));
    m_tabWidget->addTab(delivery, tr("&Delivery"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabWidget);
    layout->addWidget(m_error);
    m_saveAnyway = new QPushButton(tr("Save anyway"));
    m_saveAnyway->setObjectName(QStringLiteral("saveAnywayButton"));
    m_saveAnyway->hide();
    layout->addWidget(m_saveAnyway, 0, Qt::AlignLeft);
    connect(m_saveAnyway, &QPushButton::clicked, this, [this]() { create(); });
    layout->addWidget(m_buttons);

    if (existing) {
        m_name->setText(existing->name);
        m_url->setText(existing->baseUrl);
        m_scheme->setCurrentIndex(m_scheme->findData(int(existing->authScheme)));
        m_header->setText(existing->authHeader);
        m_username->setText(existing->authUsername);
        m_enabled->setChecked(existing->enabled);
        m_maxInFlight->setValue(existing->maxInFlight);
        m_timeout->setValue(qMax(1, existing->timeoutMs / 1000));
        m_rate->setValue(existing->ratePerSecond);
        m_retrySchedule->setText(existing->retrySchedule);
    }
    m_requestTab = new IntegrationRequestTab;
    addSettingsTab(m_requestTab, tr("&Request"));
    addSettingsTab(new IntegrationResponseTab, tr("Response && TLS"));
    connect(m_scheme, &QComboBox::currentIndexChanged, this, &IntegrationDialog::updateHeaderField);
    updateHeaderField();
    fitWidth();
}

void IntegrationDialog::fitWidth()
{
    // Qt opens a dialog at no more than two thirds of the screen's width (533 pixels on an 800x600
    // screen), which cut the check box's text off. A layout sets its dialog's minimum size only when
    // none was set explicitly; so the minimum set here is whatever is larger, the layout's or ours.
    constexpr int kPreferredMinimumWidth = 520;
    layout()->activate();
    setMinimumWidth(qMax(kPreferredMinimumWidth, layout()->minimumSize().width()));
}

void IntegrationDialog::updateHeaderField()
{
    m_header->setEnabled(AuthScheme(m_scheme->currentData().toInt()) == AuthScheme::Header);
    m_username->setEnabled(AuthScheme(m_scheme->currentData().toInt()) == AuthScheme::Basic);
}

QString IntegrationDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

Integration IntegrationDialog::formValue() const
{
    Integration i = m_existing.value_or(Integration());
    i.name = m_name->text().trimmed();
    i.baseUrl = m_url->text().trimmed();
    i.authScheme = AuthScheme(m_scheme->currentData().toInt());
    i.authHeader = i.authScheme == AuthScheme::Header ? m_header->text().trimmed() : QString();
    i.authUsername = i.authScheme == AuthScheme::Basic ? m_username->text() : QString();
    i.enabled = m_enabled->isChecked();
    i.maxInFlight = m_maxInFlight->value();
    i.timeoutMs = m_timeout->value() * 1000;
    i.ratePerSecond = m_rate->value();
    i.retrySchedule = m_retrySchedule->text().trimmed();
    for (const IntegrationSettingsTab* tab : m_settingsTabs)
        tab->apply(i);
    return i;
}

void IntegrationDialog::addSettingsTab(IntegrationSettingsTab* tab, const QString& title)
{
    tab->load(m_existing.value_or(Integration()));
    m_settingsTabs.append(tab);
    m_tabWidget->addTab(tab, title);
}

QString IntegrationDialog::validateTabs()
{
    for (IntegrationSettingsTab* tab : std::as_const(m_settingsTabs)) {
        const QString problem = tab->validate();
        if (!problem.isEmpty()) {
            m_tabWidget->setCurrentWidget(tab);
            return problem;
        }
    }
    return {};
}

void IntegrationDialog::setBusy(bool busy)
{
    for (QWidget* w :
         {static_cast<QWidget*>(m_name), static_cast<QWidget*>(m_url), static_cast<QWidget*>(m_scheme),
          static_cast<QWidget*>(m_token), static_cast<QWidget*>(m_enabled)})
        w->setEnabled(!busy);
    for (IntegrationSettingsTab* tab : std::as_const(m_settingsTabs))
        tab->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Save)->setText(busy ? tr("Saving…") : tr("Save"));
    if (!busy)
        updateHeaderField();
    else
        m_header->setEnabled(false);
    if (busy)
        m_username->setEnabled(false);
}

void IntegrationDialog::save()
{
    m_error->hide();
    const Integration value = formValue();
    QString problem = IntegrationService::validate(value);
    if (!problem.isEmpty()) {
        // A mistake in the custom headers is fixed on the Request tab: show it there.
        Integration withoutHeaders = value;
        withoutHeaders.customHeaders.clear();
        if (IntegrationService::validate(withoutHeaders).isEmpty())
            m_tabWidget->setCurrentWidget(m_requestTab);
    }
    if (problem.isEmpty() && !value.retrySchedule.isEmpty()) {
        QString scheduleError;
        if (!RetryPolicy::fromText(value.retrySchedule, &scheduleError))
            problem = scheduleError;
    }
    if (problem.isEmpty() && (!m_existing || !m_token->text().isEmpty()))
        problem = IntegrationService::validateToken(m_token->text());
    if (problem.isEmpty())
        problem = validateTabs();
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        return;
    }
    m_saveAnyway->hide();
    if (m_existing) {
        setBusy(true);
        QPointer<IntegrationDialog> self(this);
        const std::optional<QString> token =
            m_token->text().isEmpty() ? std::nullopt : std::optional<QString>(m_token->text());
        m_service.update(value, token, [self](bool ok, const QString& error) {
            if (self)
                self->saved(ok, error);
        });
        return;
    }
    if (m_verify->isHidden() || !m_verify->isChecked()) {
        create();
        return;
    }
    // The ping is signed with the secret the integration will keep, so the receiver can check it.
    m_pendingSecret = Signer::generateSecret();
    setBusy(true);
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("Checking the URL…"));
    QPointer<IntegrationDialog> self(this);
    m_verifier->ping(value, value.baseUrl, m_token->text(), {m_pendingSecret}, m_catalogue,
                     [self](const UrlVerifier::Result& result) {
                         if (!self)
                             return;
                         if (result.ok) {
                             self->create();
                             return;
                         }
                         self->setBusy(false);
                         self->m_error->setText(
                             tr("%1 Nothing was saved. Check the URL and the receiver, or save anyway.")
                                 .arg(result.message));
                         self->m_error->show();
                         self->m_saveAnyway->show();
                     });
}

void IntegrationDialog::saved(bool ok, const QString& error)
{
    setBusy(false);
    if (!ok) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    accept();
}

void IntegrationDialog::create()
{
    m_error->hide();
    m_saveAnyway->hide();
    setBusy(true);
    QPointer<IntegrationDialog> self(this);
    m_service.create(
        formValue(), m_token->text(),
        [self](bool ok, const QString& error, const Integration&) {
            if (self)
                self->saved(ok, error);
        },
        m_pendingSecret);
}

void IntegrationDialog::setVerification(const Catalogue* catalogue)
{
    m_catalogue = catalogue;
    if (!m_verifier)
        m_verifier = new UrlVerifier(this);
    m_verify->setVisible(!m_existing);
    // The form, its page and the tab widget keep the sizes measured while the box was hidden, and
    // the dialog would open at that size and cut a longer (German) text of the box off.
    QWidget* page = m_verify->parentWidget();
    page->layout()->activate();
    page->updateGeometry();
    m_tabWidget->updateGeometry();
    fitWidth();
}

} // namespace hookdesk
