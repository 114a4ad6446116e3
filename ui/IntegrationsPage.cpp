// SPDX-License-Identifier: GPL-3.0-or-later
#include "IntegrationsPage.h"

#include "IntegrationDialog.h"
#include "IntegrationModel.h"
#include "ListPageWidgets.h"
#include "PageHeader.h"
#include "SigningSecretDialog.h"
#include "TokenDialog.h"
#include "service/AppContext.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace hookdesk {

IntegrationsPage::IntegrationsPage(AppContext& context, QWidget* parent) : QWidget(parent), m_context(context)
{
    m_header = new PageHeader(
        tr("Integrations"),
        tr("Destinations for webhooks: a base URL, the token sent in the Authorization header, "
           "and a signing secret. Tokens and secrets stay in the system keychain."));
    m_model = new IntegrationModel(context.integrations(), this);

    auto* add = ListPageWidgets::button(QStringLiteral(":/icons/add.svg"), tr("Add integration…"),
                                        QStringLiteral("addButton"));
    m_edit = ListPageWidgets::button(QStringLiteral(":/icons/edit.svg"), tr("Edit…"),
                                     QStringLiteral("editButton"));
    m_resetToken = ListPageWidgets::button(QStringLiteral(":/icons/key.svg"), tr("Reset token…"),
                                           QStringLiteral("resetTokenButton"));
    m_rotateSecret = ListPageWidgets::button(QStringLiteral(":/icons/refresh.svg"), tr("Signing secret…"),
                                             QStringLiteral("signingSecretButton"));
    m_toggle = ListPageWidgets::button(QString(), tr("Disable"), QStringLiteral("toggleButton"));
    m_delete = ListPageWidgets::button(QStringLiteral(":/icons/delete.svg"), tr("Delete"),
                                       QStringLiteral("deleteButton"));
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {add, m_edit, m_resetToken, m_rotateSecret, m_toggle, m_delete})
        buttons->addWidget(b);
    buttons->addStretch();

    m_view = ListPageWidgets::table(QStringLiteral("integrationsView"), m_model, IntegrationModel::UrlColumn);
    m_view->setColumnWidth(IntegrationModel::NameColumn, 200);
    m_view->setColumnWidth(IntegrationModel::AuthColumn, 220);
    m_view->setColumnWidth(IntegrationModel::StatusColumn, 320);
    m_empty = ListPageWidgets::emptyState(
        tr("No integrations yet. Click “Add integration…” and enter the receiver's URL and token."));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addLayout(buttons);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_view, 1);

    connect(add, &QPushButton::clicked, this, &IntegrationsPage::addIntegration);
    connect(m_edit, &QPushButton::clicked, this, &IntegrationsPage::editSelected);
    connect(m_resetToken, &QPushButton::clicked, this, &IntegrationsPage::resetTokenOfSelected);
    connect(m_rotateSecret, &QPushButton::clicked, this, &IntegrationsPage::rotateSecretOfSelected);
    connect(m_toggle, &QPushButton::clicked, this, &IntegrationsPage::toggleSelected);
    connect(m_delete, &QPushButton::clicked, this, &IntegrationsPage::deleteSelected);
    connect(m_view, &QTableView::doubleClicked, this, &IntegrationsPage::editSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &IntegrationsPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &IntegrationsPage::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &IntegrationsPage::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &IntegrationsPage::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &IntegrationsPage::updateButtons);
    connect(m_model, &IntegrationModel::loadFailed, m_header, &PageHeader::showError);
    updateButtons();
}

QString IntegrationsPage::message() const
{
    return m_header->message();
}

const Integration* IntegrationsPage::selected() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->integrationAt(rows.first().row());
}

void IntegrationsPage::updateButtons()
{
    const Integration* i = selected();
    for (QPushButton* b : {m_edit, m_resetToken, m_rotateSecret, m_toggle, m_delete})
        b->setEnabled(i != nullptr);
    m_toggle->setText(i && !i->enabled ? tr("Enable") : tr("Disable"));
    const bool empty = m_model->rowCount() == 0;
    m_empty->setVisible(empty);
    m_view->setVisible(!empty);
}

void IntegrationsPage::addIntegration()
{
    auto* dialog = new IntegrationDialog(m_context.integrationService(), std::nullopt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setVerification(&m_context.catalogue());
    connect(dialog, &QDialog::accepted, this, [this]() {
        m_header->showInfo(tr("Integration saved. Its token and signing secret are in the system keychain."));
    });
    dialog->open();
}

void IntegrationsPage::editSelected()
{
    const Integration* i = selected();
    if (!i)
        return;
    auto* dialog = new IntegrationDialog(m_context.integrationService(), *i, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void IntegrationsPage::resetTokenOfSelected()
{
    const Integration* i = selected();
    if (!i)
        return;
    auto* dialog = new TokenDialog(m_context.integrationService(), *i, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, name = i->name]() {
        m_header->showInfo(tr("The token of “%1” was replaced.").arg(name));
    });
    dialog->open();
}

void IntegrationsPage::rotateSecretOfSelected()
{
    const Integration* i = selected();
    if (!i)
        return;
    auto* dialog = new SigningSecretDialog(m_context.integrationService(), *i, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SigningSecretDialog::rotated, this, [this](const QString& name, qint64 until) {
        m_header->showInfo(until > 0
                               ? tr("“%1” signs with a new secret; the old one signs beside it until %2.")
                                     .arg(name, QLocale().toString(QDateTime::fromMSecsSinceEpoch(until),
                                                                   QStringLiteral("d MMM yyyy HH:mm")))
                               : tr("“%1” signs with a new secret only.").arg(name));
    });
    dialog->open();
}

void IntegrationsPage::toggleSelected()
{
    const Integration* i = selected();
    if (!i)
        return;
    Integration changed = *i;
    changed.enabled = !changed.enabled;
    QString error;
    if (!m_context.integrations().update(changed, &error))
        m_header->showError(error);
    else
        m_header->showInfo(
            changed.enabled
                ? tr("“%1” is enabled: pending webhooks will be delivered.").arg(changed.name)
                : tr("“%1” is disabled: its webhooks wait in the queue until it is enabled again.")
                      .arg(changed.name));
}

void IntegrationsPage::deleteSelected()
{
    const Integration* i = selected();
    if (!i)
        return;
    const Integration victim = *i;
    if (!m_confirm(
            this, tr("Delete integration"),
            tr("Delete “%1”, its triggers, and its token and signing secret in the keychain? Past deliveries "
               "stay in the queue.")
                .arg(victim.name)))
        return;
    QPointer<IntegrationsPage> self(this);
    m_context.integrationService().remove(victim.id,
                                          [self, name = victim.name](bool ok, const QString& error) {
                                              if (!self)
                                                  return;
                                              if (ok)
                                                  self->m_header->showInfo(tr("“%1” was deleted.").arg(name));
                                              else
                                                  self->m_header->showError(error);
                                          });
}

} // namespace hookdesk
