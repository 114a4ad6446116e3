// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RowListModel.h"
#include "domain/Integration.h"

namespace hookdesk {

class IntegrationStore;

// The integrations table. Re-reads its store whenever the store reports a change.
class IntegrationModel : public RowListModel<Integration>
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        UrlColumn,
        AuthColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        EnabledRole
    };

    explicit IntegrationModel(IntegrationStore& store, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Integration* integrationAt(int row) const { return rowAt(row); }
    int rowOf(qint64 id) const;
    void reload();

Q_SIGNALS:
    void loadFailed(const QString& message);

private:
    // "Old secret signs until …" while a rotated-out secret still signs; empty otherwise.
    static QString secretOverlap(const Integration& integration);
    IntegrationStore& m_store;
};

} // namespace hookdesk
