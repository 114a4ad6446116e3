// SPDX-License-Identifier: GPL-3.0-or-later
#include "TriggerTester.h"

#include "domain/UrnPattern.h"
#include "service/AppContext.h"
#include "service/TriggerMatcher.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hookdesk {

TriggerTester::TriggerTester(AppContext& context, QWidget* parent)
    : QGroupBox(tr("Which triggers would fire?"), parent), m_context(context)
{
    setObjectName(QStringLiteral("triggerTester"));
    m_type = new QComboBox;
    m_type->setObjectName(QStringLiteral("testerTypeCombo"));
    m_type->setEditable(true);
    m_type->setInsertPolicy(QComboBox::NoInsert);
    for (const EventType& t : context.catalogue().eventTypes())
        m_type->addItem(QStringLiteral("%1 — %2").arg(t.type, t.title), t.type);
    m_type->completer()->setFilterMode(Qt::MatchContains);
    m_type->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_urn = new QLineEdit;
    m_urn->setObjectName(QStringLiteral("testerUrnEdit"));
    m_urn->setPlaceholderText(
        tr("The event's URN, e.g. urn:allthings:app:APP_ID:ticket:CATEGORY_ID:TICKET_ID "
           "(optional)"));
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("testerSummary"));
    m_summary->setWordWrap(true);
    m_results = new QTreeWidget;
    m_results->setObjectName(QStringLiteral("testerResults"));
    m_results->setRootIsDecorated(false);
    m_results->setHeaderLabels({tr("Trigger"), tr("Integration"), tr("URL"), tr("Would it send?")});
    m_results->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_results->setColumnWidth(0, 70);
    m_results->setColumnWidth(1, 160);
    m_results->setMaximumHeight(150);

    auto* form = new QFormLayout;
    form->addRow(tr("Event &type:"), m_type);
    form->addRow(tr("&URN:"), m_urn);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_results);

    connect(m_type, &QComboBox::currentIndexChanged, this, &TriggerTester::refresh);
    connect(m_urn, &QLineEdit::textChanged, this, &TriggerTester::refresh);
    connect(&context.triggers(), &TriggerStore::changed, this, &TriggerTester::refresh);
    connect(&context.integrations(), &IntegrationStore::changed, this, &TriggerTester::refresh);
    refresh();
}

void TriggerTester::setEventType(const QString& type)
{
    m_type->setCurrentIndex(m_type->findData(type));
}

void TriggerTester::setUrn(const QString& urn)
{
    m_urn->setText(urn);
}

void TriggerTester::refresh()
{
    m_results->clear();
    const QString type = m_type->currentData().toString();
    const QString urn = m_urn->text().trimmed();
    if (type.isEmpty()) {
        m_summary->setText(tr("Pick an event type to see which triggers it would fire."));
        return;
    }
    if (!urn.isEmpty()) {
        const QString problem = UrnPattern::checkUrn(urn);
        if (!problem.isEmpty()) {
            m_summary->setText(problem);
            return;
        }
    }
    QString error;
    const QList<Trigger> triggers = m_context.triggers().all(&error);
    const QList<Integration> integrations =
        error.isEmpty() ? m_context.integrations().all(&error) : QList<Integration>();
    if (!error.isEmpty()) {
        m_summary->setText(error);
        return;
    }
    const TriggerMatcher matcher(&m_context.catalogue());
    const QList<TriggerMatcher::Match> matches = matcher.matchingTriggers(triggers, integrations, type, urn);
    const QList<TriggerMatcher::Target> targets = TriggerMatcher::targets(matches);
    for (const TriggerMatcher::Match& m : matches) {
        QString verdict;
        if (!m.trigger.enabled) {
            verdict = tr("No: the trigger is disabled");
        } else if (!m.active) {
            verdict = tr("No: the integration is disabled");
        } else {
            for (const TriggerMatcher::Target& t : targets) {
                if (!t.triggerIds.contains(m.trigger.id))
                    continue;
                verdict = t.triggerIds.first() == m.trigger.id
                              ? tr("Yes")
                              : tr("Yes, in the job of trigger #%1 (same URL)").arg(t.triggerIds.first());
            }
        }
        auto* item = new QTreeWidgetItem(
            m_results, {QStringLiteral("#%1").arg(m.trigger.id), m.integrationName, m.url, verdict});
        item->setData(0, Qt::UserRole, m.trigger.id);
        if (!m.active) {
            for (int c = 0; c < item->columnCount(); ++c)
                item->setForeground(c, Qt::gray);
        }
    }
    if (matches.isEmpty())
        m_summary->setText(tr("No trigger matches: nothing would be sent."));
    else
        m_summary->setText(
            (matches.size() == 1 ? tr("1 trigger matches") : tr("%1 triggers match").arg(matches.size())) +
            QStringLiteral("; ") +
            (targets.isEmpty()     ? tr("no job would be created.")
             : targets.size() == 1 ? tr("1 job would be created.")
                                   : tr("%1 jobs would be created.").arg(targets.size())));
}

} // namespace hookdesk
