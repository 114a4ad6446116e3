// SPDX-License-Identifier: GPL-3.0-or-later
#include "TriggersPage.h"

#include "ListPageWidgets.h"
#include "PageHeader.h"
#include "SendTestDialog.h"
#include "TriggerDialog.h"
#include "TriggerModel.h"
#include "TriggerTester.h"
#include "service/AppContext.h"
#include "service/TriggerMatcher.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace hookdesk {

TriggersPage::TriggersPage(AppContext& context, QWidget* parent) : QWidget(parent), m_context(context)
{
    m_header = new PageHeader(
        tr("Webhook triggers"),
        tr("Which event types are sent to which integration, at which path below its base URL, and for which "
           "resource URNs."));
    m_model = new TriggerModel(context.triggers(), context.integrations(), this);

    auto* add = ListPageWidgets::button(QStringLiteral(":/icons/add.svg"), tr("Add trigger…"),
                                        QStringLiteral("addButton"));
    m_edit = ListPageWidgets::button(QStringLiteral(":/icons/edit.svg"), tr("Edit…"),
                                     QStringLiteral("editButton"));
    m_toggle = ListPageWidgets::button(QString(), tr("Disable"), QStringLiteral("toggleButton"));
    m_delete = ListPageWidgets::button(QStringLiteral(":/icons/delete.svg"), tr("Delete"),
                                       QStringLiteral("deleteButton"));
    m_sendTest = ListPageWidgets::button(QStringLiteral(":/icons/send.svg"), tr("Send test event…"),
                                         QStringLiteral("sendTestButton"));
    m_sendTest->setToolTip(
        tr("Raise an event this trigger subscribes to, with an example payload you can edit."));
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {add, m_edit, m_toggle, m_delete, m_sendTest})
        buttons->addWidget(b);
    buttons->addStretch();

    m_view = ListPageWidgets::table(QStringLiteral("triggersView"), m_model, TriggerModel::UrlColumn);
    m_view->setColumnWidth(TriggerModel::EventColumn, 280);
    m_view->setColumnWidth(TriggerModel::ScopeColumn, 240);
    m_view->setColumnWidth(TriggerModel::IntegrationColumn, 180);
    m_view->setColumnWidth(TriggerModel::StatusColumn, 160);
    m_empty = ListPageWidgets::emptyState(
        tr("No triggers yet. Click “Add trigger…” to send an event type to an integration."));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addLayout(buttons);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_view, 1);
    m_tester = new TriggerTester(context);
    layout->addWidget(m_tester);

    connect(add, &QPushButton::clicked, this, [this]() { addTrigger(); });
    connect(m_edit, &QPushButton::clicked, this, &TriggersPage::editSelected);
    connect(m_toggle, &QPushButton::clicked, this, &TriggersPage::toggleSelected);
    connect(m_delete, &QPushButton::clicked, this, &TriggersPage::deleteSelected);
    connect(m_sendTest, &QPushButton::clicked, this, &TriggersPage::sendTestForSelected);
    connect(m_view, &QTableView::doubleClicked, this, &TriggersPage::editSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TriggersPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TriggersPage::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &TriggersPage::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &TriggersPage::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &TriggersPage::updateButtons);
    connect(m_model, &TriggerModel::loadFailed, m_header, &PageHeader::showError);
    updateButtons();
}

const TriggerRow* TriggersPage::selected() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->rowAt(rows.first().row());
}

void TriggersPage::updateButtons()
{
    const TriggerRow* r = selected();
    for (QPushButton* b : {m_edit, m_toggle, m_delete, m_sendTest})
        b->setEnabled(r != nullptr);
    m_toggle->setText(r && !r->trigger.enabled ? tr("Enable") : tr("Disable"));
    const bool empty = m_model->rowCount() == 0;
    m_empty->setVisible(empty);
    m_view->setVisible(!empty);
}

void TriggersPage::addTrigger(const QString& eventType)
{
    auto* dialog = new TriggerDialog(m_context, std::nullopt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!eventType.isEmpty())
        dialog->setEventType(eventType);
    connect(dialog, &QDialog::accepted, m_header, &PageHeader::clearMessage);
    dialog->open();
}

void TriggersPage::editSelected()
{
    const TriggerRow* r = selected();
    if (!r)
        return;
    auto* dialog = new TriggerDialog(m_context, r->trigger, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void TriggersPage::toggleSelected()
{
    const TriggerRow* r = selected();
    if (!r)
        return;
    Trigger t = r->trigger;
    t.enabled = !t.enabled;
    QString error;
    if (!m_context.triggers().update(t, &error))
        m_header->showError(error);
}

void TriggersPage::deleteSelected()
{
    const TriggerRow* r = selected();
    if (!r)
        return;
    const qint64 id = r->trigger.id;
    if (!m_confirm(this, tr("Delete trigger"),
                   tr("Stop sending %1 to %2 and delete this trigger?")
                       .arg(r->trigger.types().join(QStringLiteral(", ")), r->url)))
        return;
    QString error;
    if (!m_context.triggers().remove(id, &error))
        m_header->showError(error);
}

QString TriggersPage::message() const
{
    return m_header->message();
}

void TriggersPage::sendTestForSelected()
{
    const TriggerRow* r = selected();
    if (!r)
        return;
    // The first catalogue type the trigger subscribes to (an entry may be a group wildcard).
    const TriggerMatcher matcher(&m_context.catalogue());
    const EventType* type = nullptr;
    for (const QString& entry : r->trigger.types()) {
        for (const EventType& t : m_context.catalogue().eventTypes()) {
            if (matcher.typeMatches(entry, t.type)) {
                type = &t;
                break;
            }
        }
        if (type)
            break;
    }
    if (!type) {
        m_header->showError(
            tr("No event type of the catalogue matches this trigger, so there is nothing to send."));
        return;
    }
    // With a URN scope, the test event needs a URN inside it: the first pattern, wildcards filled.
    QString urn;
    if (!r->trigger.urnPatterns.isEmpty()) {
        QStringList segments = r->trigger.urnPatterns.first().split(QLatin1Char(':'));
        for (QString& segment : segments)
            if (segment == QLatin1String("*"))
                segment = QStringLiteral("test");
        urn = segments.join(QLatin1Char(':'));
    }
    auto* dialog = new SendTestDialog(*type, m_context.eventService(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString typeName = type->type;
    connect(dialog, &QDialog::accepted, this, [this, dialog, typeName, urn]() {
        QString error;
        const auto raised = m_context.eventService().raise(typeName, dialog->payload(), urn, {},
                                                           QStringLiteral("gui-test"), &error);
        if (!raised) {
            m_header->showError(error);
            return;
        }
        m_header->showInfo(
            tr("Test event %1%2 raised: %n delivery job(s) queued.", nullptr, int(raised->jobIds.size()))
                .arg(typeName, urn.isEmpty() ? QString() : tr(" for %1").arg(urn)));
    });
    dialog->open();
}

} // namespace hookdesk
