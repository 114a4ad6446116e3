// SPDX-License-Identifier: GPL-3.0-or-later
#include "TriggerModel.h"

#include "storage/IntegrationStore.h"
#include "storage/TriggerStore.h"

#include <QHash>

namespace hookdesk {

TriggerModel::TriggerModel(TriggerStore& triggers, IntegrationStore& integrations, QObject* parent)
    : RowListModel<TriggerRow>(parent), m_triggers(triggers), m_integrations(integrations)
{
    connect(&m_triggers, &TriggerStore::changed, this, &TriggerModel::reload);
    connect(&m_integrations, &IntegrationStore::changed, this, &TriggerModel::reload);
    reload();
}

void TriggerModel::reload()
{
    QString error;
    const QList<Integration> integrations = m_integrations.all(&error);
    const QList<Trigger> triggers = error.isEmpty() ? m_triggers.all(&error) : QList<Trigger>();
    if (!error.isEmpty()) {
        Q_EMIT loadFailed(error);
        return;
    }
    QHash<qint64, const Integration*> byId;
    for (const Integration& i : integrations)
        byId.insert(i.id, &i);
    QList<TriggerRow> rows;
    for (const Trigger& t : triggers) {
        TriggerRow row;
        row.trigger = t;
        if (const Integration* i = byId.value(t.integrationId)) {
            row.integrationName = i->name;
            row.url = joinUrl(i->baseUrl, t.path);
            row.integrationEnabled = i->enabled;
        }
        rows.append(row);
    }
    replaceRows(std::move(rows), [](const TriggerRow& r) { return r.trigger.id; });
}

int TriggerModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TriggerModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TriggerRow& r = m_rows.at(index.row());
    const bool active = r.trigger.enabled && r.integrationEnabled;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case EventColumn:
            return r.trigger.types().join(QStringLiteral(", "));
        case ScopeColumn:
            return r.trigger.urnPatterns.isEmpty() ? tr("Every URN")
                                                   : r.trigger.urnPatterns.join(QStringLiteral(", "));
        case IntegrationColumn:
            return r.integrationName;
        case UrlColumn:
            return r.url;
        case StatusColumn:
            if (!r.trigger.enabled)
                return tr("Disabled");
            if (!r.integrationEnabled)
                return tr("Integration disabled");
            return tr("Enabled");
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == UrlColumn)
            return r.url;
        if (index.column() == EventColumn)
            return r.trigger.types().join(QLatin1Char('\n'));
        if (index.column() == ScopeColumn)
            return r.trigger.urnPatterns.isEmpty()
                       ? tr("No URN patterns: every event of these types is sent.")
                       : r.trigger.urnPatterns.join(QLatin1Char('\n'));
        return {};
    case Qt::ForegroundRole:
        return active ? QVariant() : QVariant::fromValue(Qt::gray);
    case IdRole:
        return r.trigger.id;
    }
    return {};
}

QVariant TriggerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case EventColumn:
        return tr("Event types");
    case ScopeColumn:
        return tr("URN scope");
    case IntegrationColumn:
        return tr("Integration");
    case UrlColumn:
        return tr("URL");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

} // namespace hookdesk
