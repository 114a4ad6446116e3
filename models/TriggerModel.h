// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RowListModel.h"
#include "domain/Trigger.h"

namespace hookdesk {

class IntegrationStore;
class TriggerStore;

struct TriggerRow
{
    Trigger trigger;
    QString integrationName;
    QString url; // the integration's base URL joined with the trigger's path
    bool integrationEnabled = true;
};

class TriggerModel : public RowListModel<TriggerRow>
{
    Q_OBJECT
public:
    enum Column
    {
        EventColumn,
        IntegrationColumn,
        UrlColumn,
        ScopeColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1
    };

    TriggerModel(TriggerStore& triggers, IntegrationStore& integrations, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void reload();

Q_SIGNALS:
    void loadFailed(const QString& message);

private:
    TriggerStore& m_triggers;
    IntegrationStore& m_integrations;
};

} // namespace hookdesk
