// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/EventType.h"

#include <QAbstractItemModel>
#include <memory>
#include <vector>

namespace hookdesk {

class Catalogue;

// The events catalogue as a tree: one branch per group path segment (slug placeholders such
// as [kapp-slug] kept as they are), event types as leaves, grouped under their platform.
class CatalogueModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        TypeColumn,
        ItemNameColumn,
        EventNameColumn,
        ColumnCount
    };
    enum Role
    {
        EventTypeRole = Qt::UserRole + 1,
        IsEventRole,
        // Type, title, description and group path in one text, for the search box.
        SearchTextRole,
    };

    explicit CatalogueModel(QObject* parent = nullptr);
    ~CatalogueModel() override;

    void setCatalogue(const Catalogue& catalogue);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The event type at an index, or nullptr for a group.
    const EventType* eventTypeAt(const QModelIndex& index) const;
    QModelIndex indexOfType(const QString& type) const;

private:
    struct Node
    {
        QString label;
        Node* parent = nullptr;
        int row = 0;
        std::vector<std::unique_ptr<Node>> children;
        std::unique_ptr<EventType> eventType;
    };
    Node* nodeAt(const QModelIndex& index) const;
    Node* childNamed(Node* parent, const QString& label);

    std::unique_ptr<Node> m_root;
};

} // namespace hookdesk
