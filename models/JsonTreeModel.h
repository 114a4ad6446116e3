// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>
#include <QJsonValue>
#include <memory>
#include <vector>

namespace hookdesk {

// A JSON document as a collapsible tree: one row per member or element, with its key (or
// [index]), its value (objects and arrays summarised as "{3 keys}" / "[2 items]") and its type.
class JsonTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        KeyColumn,
        ValueColumn,
        TypeColumn,
        ColumnCount
    };
    enum Role
    {
        PathRole = Qt::UserRole + 1
    }; // JSON pointer of the row, e.g. /user/emails/0

    explicit JsonTreeModel(QObject* parent = nullptr);
    ~JsonTreeModel() override;

    // Returns false (and shows nothing) when the bytes are not a JSON object or array.
    bool setJson(const QByteArray& json);
    void clear();

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        QString key;
        QString pointer;
        QJsonValue value;
        Node* parent = nullptr;
        int row = 0;
        std::vector<std::unique_ptr<Node>> children;
    };
    static void build(Node* node);
    Node* nodeAt(const QModelIndex& index) const;

    std::unique_ptr<Node> m_root;
};

} // namespace hookdesk
