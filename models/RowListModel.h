// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QSet>

namespace hookdesk {

// A flat table over a list of value rows that can be refreshed from storage without
// disturbing views: rows whose key is gone are removed, new keys are inserted where they
// belong, and the rest emit one dataChanged over their range. It resets only when the
// surviving rows changed order.
template <typename Row> class RowListModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    const Row* rowAt(int row) const { return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr; }

protected:
    template <typename KeyFn> void replaceRows(QList<Row> fresh, KeyFn key)
    {
        using Key = std::decay_t<decltype(key(fresh.value(0)))>;
        QSet<Key> freshKeys;
        for (const Row& r : fresh)
            freshKeys.insert(key(r));

        for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
            if (!freshKeys.contains(key(m_rows.at(row)))) {
                beginRemoveRows({}, row, row);
                m_rows.removeAt(row);
                endRemoveRows();
            }
        }
        QSet<Key> survivors;
        for (const Row& r : m_rows)
            survivors.insert(key(r));
        QList<Key> freshOrder;
        for (const Row& r : fresh)
            if (survivors.contains(key(r)))
                freshOrder.append(key(r));
        bool sameOrder = freshOrder.size() == m_rows.size();
        for (int i = 0; sameOrder && i < freshOrder.size(); ++i)
            sameOrder = freshOrder.at(i) == key(m_rows.at(i));
        if (!sameOrder) {
            beginResetModel();
            m_rows = std::move(fresh);
            endResetModel();
            return;
        }
        for (int row = 0; row < fresh.size(); ++row) {
            if (row < m_rows.size() && key(m_rows.at(row)) == key(fresh.at(row)))
                continue;
            beginInsertRows({}, row, row);
            m_rows.insert(row, fresh.at(row));
            endInsertRows();
        }
        m_rows = std::move(fresh);
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, columnCount() - 1));
    }

    QList<Row> m_rows;
};

} // namespace hookdesk
