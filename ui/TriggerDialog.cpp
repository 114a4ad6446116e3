// SPDX-License-Identifier: GPL-3.0-or-later
#include "TriggerDialog.h"

#include "delivery/UrlVerifier.h"
#include "domain/UrnPattern.h"
#include "secrets/SecretStore.h"
#include "service/AppContext.h"
#include "service/TriggerMatcher.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QSet>
#include <QVBoxLayout>

namespace hookdesk {

TriggerDialog::TriggerDialog(AppContext& context, const std::optional<Trigger>& existing, QWidget* parent)
    : QDialog(parent), m_context(context), m_existing(existing)
{
    setWindowTitle(existing ? tr("Edit trigger") : tr("Add trigger"));
    setMinimumWidth(620);

    m_integration = new QComboBox;
    m_integration->setObjectName(QStringLiteral("integrationCombo"));
    for (const Integration& i : context.integrations().all())
        m_integration->addItem(i.enabled ? i.name : tr("%1 (disabled)").arg(i.name), i.id);

    // Exact types first, then one wildcard per group level of the catalogue, so a whole branch of
    // the catalogue tree can be picked as well as typed.
    m_event = new QComboBox;
    m_event->setObjectName(QStringLiteral("eventCombo"));
    m_event->setEditable(true);
    m_event->setInsertPolicy(QComboBox::NoInsert);
    // As wide as the dialog allows, not as its longest entry: on a small screen a combo that asked
    // for the width of its longest group path squeezed the labels beside it and cut them.
    m_event->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_event->setMinimumContentsLength(24);
    QStringList groups;
    for (const EventType& t : context.catalogue().eventTypes()) {
        m_event->addItem(
            QStringLiteral("%1 — %2").arg(
                t.type, t.groupPath().isEmpty() ? t.title : t.groupPath() + QStringLiteral(" > ") + t.title),
            t.type);
        for (qsizetype depth = 1; depth <= t.group.size(); ++depth) {
            const QString wildcard =
                t.group.mid(0, depth).join(QStringLiteral(" > ")) + QStringLiteral(" > *");
            if (!groups.contains(wildcard))
                groups.append(wildcard);
        }
    }
    groups.sort(Qt::CaseInsensitive);
    for (const QString& g : groups)
        m_event->addItem(tr("%1 — every type in this group").arg(g), g);
    m_event->completer()->setFilterMode(Qt::MatchContains);
    m_event->completer()->setCompletionMode(QCompleter::PopupCompletion);
    // The list opens as wide as its longest entry, so no group path in it is cut.
    m_event->view()->setMinimumWidth(m_event->view()->sizeHintForColumn(0) +
                                     m_event->view()->verticalScrollBar()->sizeHint().width());
    // A chosen type shows from its start (the type's name), not scrolled to the end of its path.
    connect(m_event, &QComboBox::currentIndexChanged, this, [this]() { m_event->lineEdit()->home(false); });
    m_event->setCurrentIndex(-1);
    m_event->lineEdit()->setPlaceholderText(tr("Search a type, or type a group such as Submissions > *"));
    m_addEvent = new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("Add"));
    m_addEvent->setObjectName(QStringLiteral("addEventButton"));
    m_removeEvent = new QPushButton(QIcon(QStringLiteral(":/icons/delete.svg")), tr("Remove"));
    m_removeEvent->setObjectName(QStringLiteral("removeEventButton"));
    m_eventList = new QListWidget;
    m_eventList->setObjectName(QStringLiteral("eventList"));
    m_eventList->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_eventList->setMaximumHeight(110);
    auto* eventPicker = new QHBoxLayout;
    eventPicker->addWidget(m_event, 1);
    eventPicker->addWidget(m_addEvent);
    auto* eventBox = new QVBoxLayout;
    eventBox->addLayout(eventPicker);
    auto* listRow = new QHBoxLayout;
    listRow->addWidget(m_eventList, 1);
    listRow->addWidget(m_removeEvent, 0, Qt::AlignTop);
    eventBox->addLayout(listRow);

    m_urns = new QPlainTextEdit;
    m_urns->setObjectName(QStringLiteral("urnEdit"));
    m_urns->setPlaceholderText(tr("Every event when empty. One pattern per line, e.g.\n"
                                  "urn:allthings:app:APP_ID:*\n"
                                  "urn:allthings:app:APP_ID:ticket:CATEGORY_ID:*"));
    m_urns->setMaximumHeight(90);
    m_urnProblem = new QLabel;
    m_urnProblem->setObjectName(QStringLiteral("urnProblem"));
    m_urnProblem->setWordWrap(true);
    m_urnProblem->setStyleSheet(QStringLiteral("color: #a11;"));
    m_urnProblem->hide();
    auto* urnBox = new QVBoxLayout;
    urnBox->addWidget(m_urns);
    urnBox->addWidget(m_urnProblem);

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
    // Labels of layouts get no buddy from the form, and a label without one shows its "&". Given one
    // after the form measured it, a label kept the width of its text with the "&" and lost its colon.
    auto* eventLabel = new QLabel(tr("&Event types:"));
    eventLabel->setBuddy(m_event);
    form->addRow(eventLabel, eventBox);
    auto* urnLabel = new QLabel(tr("&URN scope:"));
    urnLabel->setBuddy(m_urns);
    form->addRow(urnLabel, urnBox);
    form->addRow(tr("&Path:"), m_path);
    form->addRow(tr("Sends to:"), m_preview);
    form->addRow(QString(), m_enabled);
    // Reference 003: a new trigger's URL is checked on save; anything but 2xx needs "Save anyway".
    m_verify = new QCheckBox(tr("Check that the URL answers before saving (sends a signed ping)"));
    m_verify->setObjectName(QStringLiteral("verifyCheck"));
    m_verify->setChecked(!existing);
    form->addRow(QString(), m_verify);
    m_verifier = new UrlVerifier(this);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &TriggerDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    m_saveAnyway = new QPushButton(tr("Save anyway"));
    m_saveAnyway->setObjectName(QStringLiteral("saveAnywayButton"));
    m_saveAnyway->hide();
    connect(m_saveAnyway, &QPushButton::clicked, this, [this]() { store(m_pending); });
    layout->addWidget(m_saveAnyway, 0, Qt::AlignLeft);
    layout->addWidget(buttons);
    m_save = buttons->button(QDialogButtonBox::Save);

    if (m_integration->count() == 0) {
        m_error->setText(tr("There is no integration yet. Add one on the Integrations page first."));
        m_error->show();
        buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    }
    if (existing) {
        m_integration->setCurrentIndex(m_integration->findData(existing->integrationId));
        for (const QString& type : existing->types())
            setEventType(type);
        m_urns->setPlainText(existing->urnPatterns.join(QLatin1Char('\n')));
        m_path->setText(existing->path);
        m_enabled->setChecked(existing->enabled);
    }
    connect(m_integration, &QComboBox::currentIndexChanged, this, &TriggerDialog::updatePreview);
    connect(m_path, &QLineEdit::textChanged, this, &TriggerDialog::updatePreview);
    connect(m_addEvent, &QPushButton::clicked, this, &TriggerDialog::addChosenEvent);
    connect(m_event->lineEdit(), &QLineEdit::returnPressed, this, &TriggerDialog::addChosenEvent);
    connect(m_removeEvent, &QPushButton::clicked, this, &TriggerDialog::removeSelectedEvents);
    connect(m_eventList, &QListWidget::itemSelectionChanged, this,
            [this]() { m_removeEvent->setEnabled(!m_eventList->selectedItems().isEmpty()); });
    connect(m_urns, &QPlainTextEdit::textChanged, this, [this]() { checkUrns(); });
    m_removeEvent->setEnabled(false);
    updatePreview();
}

void TriggerDialog::setEventType(const QString& type)
{
    const QString entry = TriggerMatcher::normalizeEntry(type);
    if (entry.isEmpty() || eventTypes().contains(entry))
        return;
    auto* item = new QListWidgetItem(entry, m_eventList);
    if (const EventType* t = m_context.catalogue().find(entry))
        item->setToolTip(t->groupPath().isEmpty() ? t->title
                                                  : t->groupPath() + QStringLiteral(" > ") + t->title);
    else if (TriggerMatcher::isGroupWildcard(entry))
        item->setToolTip(tr("Every event type in this group of the catalogue"));
}

QStringList TriggerDialog::eventTypes() const
{
    QStringList out;
    for (int i = 0; i < m_eventList->count(); ++i)
        out.append(m_eventList->item(i)->text());
    return out;
}

QString TriggerDialog::chosenEntry(QString* problem) const
{
    const QString text = m_event->currentText().trimmed();
    if (text.isEmpty()) {
        *problem = tr("Choose an event type or a group first.");
        return {};
    }
    // The combo is editable for searching: a picked item carries its type as data.
    const int index = m_event->findText(m_event->currentText());
    const QString entry =
        index >= 0 ? m_event->itemData(index).toString() : TriggerMatcher::normalizeEntry(text);
    *problem = TriggerMatcher(&m_context.catalogue()).checkEntry(entry);
    return problem->isEmpty() ? entry : QString();
}

void TriggerDialog::addChosenEvent()
{
    QString problem;
    const QString entry = chosenEntry(&problem);
    if (entry.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        return;
    }
    m_error->hide();
    setEventType(entry);
    m_event->setCurrentIndex(-1);
    m_event->clearEditText();
}

void TriggerDialog::removeSelectedEvents()
{
    qDeleteAll(m_eventList->selectedItems());
}

QStringList TriggerDialog::urnPatterns() const
{
    QStringList out;
    for (const QString& line : m_urns->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            out.append(line.trimmed());
    }
    return out;
}

QString TriggerDialog::checkUrns()
{
    const QStringList lines = m_urns->toPlainText().split(QLatin1Char('\n'));
    QString problem;
    for (int i = 0; i < lines.size() && problem.isEmpty(); ++i) {
        if (lines.at(i).trimmed().isEmpty())
            continue;
        const QString p = UrnPattern::check(lines.at(i));
        if (!p.isEmpty())
            problem = tr("Line %1: %2").arg(i + 1).arg(p);
    }
    m_urnProblem->setText(problem);
    m_urnProblem->setVisible(!problem.isEmpty());
    return problem;
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
    QStringList types = eventTypes();
    // A type chosen in the combo but not added yet is what the administrator means, too.
    if (!m_event->currentText().trimmed().isEmpty()) {
        QString problem;
        const QString entry = chosenEntry(&problem);
        if (entry.isEmpty()) {
            m_error->setText(problem);
            m_error->show();
            return;
        }
        if (!types.contains(entry))
            types.append(entry);
    }
    if (types.isEmpty()) {
        m_error->setText(tr("Add at least one event type or group this trigger sends."));
        m_error->show();
        return;
    }
    const QString urnProblem = checkUrns();
    if (!urnProblem.isEmpty()) {
        m_error->setText(tr("Correct the URN scope before saving. %1").arg(urnProblem));
        m_error->show();
        return;
    }
    t.eventTypes = types;
    t.eventType = types.first();
    t.urnPatterns = urnPatterns();
    t.path = m_path->text().trimmed();
    t.enabled = m_enabled->isChecked();
    m_saveAnyway->hide();
    if (m_verify->isChecked())
        verifyThenStore(t);
    else
        store(t);
}

void TriggerDialog::store(const Trigger& trigger)
{
    Trigger t = trigger;
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

void TriggerDialog::verifyThenStore(const Trigger& t)
{
    const std::optional<Integration> integration = m_context.integrations().byId(t.integrationId);
    if (!integration) {
        m_error->setText(tr("Choose the integration this trigger sends to."));
        m_error->show();
        return;
    }
    m_pending = t;
    m_error->setText(tr("Checking that %1 answers…").arg(joinUrl(integration->baseUrl, t.path)));
    m_error->show();
    m_save->setEnabled(false);
    QPointer<TriggerDialog> self(this);
    const Integration target = *integration;
    auto failed = [self](const QString& message) {
        if (!self)
            return;
        self->m_save->setEnabled(true);
        self->m_error->setText(
            tr("%1 Nothing was saved. Check the URL and the receiver, or save anyway.").arg(message));
        self->m_error->show();
        self->m_saveAnyway->show();
    };
    // The ping carries the integration's real token and signature, read from the keychain.
    m_context.secrets().read(
        target.tokenKey(), [self, target, failed](bool ok, const QString& token, const QString& error) {
            if (!self)
                return;
            if (!ok) {
                failed(error);
                return;
            }
            self->m_context.secrets().read(
                target.secretKey(),
                [self, target, token, failed](bool ok2, const QString& secret, const QString& error2) {
                    if (!self)
                        return;
                    if (!ok2) {
                        failed(error2);
                        return;
                    }
                    self->m_verifier->ping(target, joinUrl(target.baseUrl, self->m_pending.path), token,
                                           {secret}, &self->m_context.catalogue(),
                                           [self, failed](const UrlVerifier::Result& r) {
                                               if (!self)
                                                   return;
                                               if (!r.ok) {
                                                   failed(r.message);
                                                   return;
                                               }
                                               self->m_save->setEnabled(true);
                                               self->store(self->m_pending);
                                           });
                });
        });
}

} // namespace hookdesk
