// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatalogueModel.h"

#include "catalogue/Catalogue.h"

#include <QColor>
#include <QFont>
#include <QIcon>

namespace hookdesk {

namespace {

QString platformLabel(const QString& platform)
{
    if (platform == QLatin1String("thyngs"))
        return QObject::tr("Thyngs-style platform");
    if (platform == QLatin1String("kinetic"))
        return QObject::tr("Kinetic-style platform");
    if (platform == QLatin1String("allthings"))
        return QObject::tr("Allthings-style platform");
    return platform.isEmpty() || platform == QLatin1String("custom") ? QObject::tr("Custom events")
                                                                     : platform;
}

} // namespace

CatalogueModel::CatalogueModel(QObject* parent) : QAbstractItemModel(parent), m_root(std::make_unique<Node>())
{}

CatalogueModel::~CatalogueModel() = default;

CatalogueModel::Node* CatalogueModel::childNamed(Node* parent, const QString& label)
{
    for (const auto& child : parent->children)
        if (!child->eventType && child->label == label)
            return child.get();
    auto node = std::make_unique<Node>();
    node->label = label;
    node->parent = parent;
    node->row = int(parent->children.size());
    parent->children.push_back(std::move(node));
    return parent->children.back().get();
}

void CatalogueModel::setCatalogue(const Catalogue& catalogue)
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    for (const EventType& type : catalogue.eventTypes()) {
        Node* at = childNamed(m_root.get(), platformLabel(type.platform));
        for (const QString& segment : type.group)
            at = childNamed(at, segment);
        auto leaf = std::make_unique<Node>();
        leaf->label = type.title.isEmpty() ? type.type : type.title;
        leaf->parent = at;
        leaf->row = int(at->children.size());
        leaf->eventType = std::make_unique<EventType>(type);
        at->children.push_back(std::move(leaf));
    }
    endResetModel();
}

CatalogueModel::Node* CatalogueModel::nodeAt(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<Node*>(index.internalPointer()) : m_root.get();
}

QModelIndex CatalogueModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    Node* p = nodeAt(parent);
    return createIndex(row, column, p->children.at(size_t(row)).get());
}

QModelIndex CatalogueModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    Node* p = nodeAt(child)->parent;
    if (!p || p == m_root.get())
        return {};
    return createIndex(p->row, 0, p);
}

int CatalogueModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeAt(parent)->children.size());
}

int CatalogueModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

const EventType* CatalogueModel::eventTypeAt(const QModelIndex& index) const
{
    if (!index.isValid())
        return nullptr;
    return nodeAt(index)->eventType.get();
}

QModelIndex CatalogueModel::indexOfType(const QString& type) const
{
    std::vector<const Node*> stack{m_root.get()};
    while (!stack.empty()) {
        const Node* n = stack.back();
        stack.pop_back();
        if (n->eventType && n->eventType->type == type)
            return createIndex(n->row, 0, const_cast<Node*>(n));
        for (const auto& c : n->children)
            stack.push_back(c.get());
    }
    return {};
}

QVariant CatalogueModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node* n = nodeAt(index);
    const EventType* t = n->eventType.get();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return n->label;
        case TypeColumn:
            return t ? t->type : QString();
        case ItemNameColumn:
            return t ? t->itemName : QString();
        case EventNameColumn:
            return t ? t->eventName : QString();
        }
        return {};
    case Qt::ToolTipRole:
        if (t && t->deprecated)
            return tr("Deprecated. %1").arg(t->description);
        return t ? t->description : QVariant();
    case Qt::FontRole:
        if (!t && index.column() == NameColumn) {
            QFont f;
            f.setBold(!n->parent || n->parent->parent == nullptr);
            return f;
        }
        return {};
    case Qt::ForegroundRole:
        if (t && t->deprecated)
            return QVariant::fromValue(QColor(Qt::gray));
        return {};
    case EventTypeRole:
        return t ? t->type : QString();
    case IsEventRole:
        return t != nullptr;
    case SearchTextRole:
        if (!t)
            return n->label;
        return QStringList{t->type, t->title, t->description, t->groupPath(), t->itemName, t->eventName}.join(
            QLatin1Char('\n'));
    }
    return {};
}

QVariant CatalogueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Event");
    case TypeColumn:
        return tr("Type");
    case ItemNameColumn:
        return tr("Item-Name");
    case EventNameColumn:
        return tr("Event-Name");
    }
    return {};
}

} // namespace hookdesk
