// SPDX-License-Identifier: GPL-3.0-or-later
#include "TriggerDialog.h"

#include "service/AppContext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hookdesk {

TriggerDialog::TriggerDialog(AppContext& context, const std::optional<Trigger>& existing, QWidget* parent)
    : QDialog(parent), m_context(context), m_existing(existing)
{
    setWindowTitle(existing ? tr("Edit trigger") : tr("Add trigger"));
    setMinimumWidth(560);

    m_integration = new QComboBox;
    m_integration->setObjectName(QStringLiteral("integrationCombo"));
    for (const Integration& i : context.integrations().all())
        m_integration->addItem(i.enabled ? i.name : tr("%1 (disabled)").arg(i.name), i.id);

    m_event = new QComboBox;
    m_event->setObjectName(QStringLiteral("eventCombo"));
    m_event->setEditable(true);
    m_event->setInsertPolicy(QComboBox::NoInsert);
    for (const EventType& t : context.catalogue().eventTypes())
        m_event->addItem(
            QStringLiteral("%1 — %2").arg(
                t.type, t.groupPath().isEmpty() ? t.title : t.groupPath() + QStringLiteral(" > ") + t.title),
            t.type);
    m_event->completer()->setFilterMode(Qt::MatchContains);
    m_event->completer()->setCompletionMode(QCompleter::PopupCompletion);

    m_path = new QLineEdit;
    m_path->setObjectName(QStringLiteral("pathEdit"));
    m_path->setPlaceholderText(tr("/hooks/orders (optional)"));
    m_preview = new QLabel;
    m_preview->setObjectName(QStringLiteral("urlPreview"));
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setStyleSheet(QStringLiteral("color: #5f6b7a;"));
    m_enabled = new QCheckBox(tr("Enabled"));
    m_enabled->setObjectName(QStringLiteral("enabledCheck"));
    m_enabled->setChecked(true);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #a11;"));
    m_error->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&Integration:"), m_integration);
    form->addRow(tr("&Event type:"), m_event);
    form->addRow(tr("&Path:"), m_path);
    form->addRow(tr("Sends to:"), m_preview);
    form->addRow(QString(), m_enabled);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &TriggerDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    if (m_integration->count() == 0) {
        m_error->setText(tr("There is no integration yet. Add one on the Integrations page first."));
        m_error->show();
        buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    }
    if (existing) {
        m_integration->setCurrentIndex(m_integration->findData(existing->integrationId));
        setEventType(existing->eventType);
        m_path->setText(existing->path);
        m_enabled->setChecked(existing->enabled);
    }
    connect(m_integration, &QComboBox::currentIndexChanged, this, &TriggerDialog::updatePreview);
    connect(m_path, &QLineEdit::textChanged, this, &TriggerDialog::updatePreview);
    updatePreview();
}

void TriggerDialog::setEventType(const QString& type)
{
    const int index = m_event->findData(type);
    if (index >= 0)
        m_event->setCurrentIndex(index);
}

void TriggerDialog::updatePreview()
{
    const std::optional<Integration> i =
        m_context.integrations().byId(m_integration->currentData().toLongLong());
    m_preview->setText(i ? joinUrl(i->baseUrl, m_path->text()) : QString());
}

void TriggerDialog::save()
{
    Trigger t = m_existing.value_or(Trigger());
    t.integrationId = m_integration->currentData().toLongLong();
    // The combo is editable for searching: accept only a type that exists in the catalogue.
    const int index = m_event->findText(m_event->currentText());
    t.eventType = index >= 0 ? m_event->itemData(index).toString() : QString();
    if (t.eventType.isEmpty() && m_context.catalogue().find(m_event->currentText().trimmed()))
        t.eventType = m_event->currentText().trimmed();
    if (t.eventType.isEmpty()) {
        m_error->setText(tr("“%1” is not an event type of the catalogue. Pick one from the list.")
                             .arg(m_event->currentText()));
        m_error->show();
        return;
    }
    t.path = m_path->text().trimmed();
    t.enabled = m_enabled->isChecked();
    QString error;
    const bool ok =
        m_existing ? m_context.triggers().update(t, &error) : m_context.triggers().insert(t, &error);
    if (!ok) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    accept();
}

} // namespace hookdesk
