// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonTreeModel.h"

#include <QColor>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hookdesk {

namespace {

QString typeName(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

QString escapePointer(QString key)
{
    return key.replace(QLatin1Char('~'), QLatin1String("~0")).replace(QLatin1Char('/'), QLatin1String("~1"));
}

} // namespace

JsonTreeModel::JsonTreeModel(QObject* parent) : QAbstractItemModel(parent), m_root(std::make_unique<Node>())
{}

JsonTreeModel::~JsonTreeModel() = default;

void JsonTreeModel::build(Node* node)
{
    auto add = [node](const QString& key, const QString& pointerPart, const QJsonValue& value) {
        auto child = std::make_unique<Node>();
        child->key = key;
        child->pointer = node->pointer + QLatin1Char('/') + pointerPart;
        child->value = value;
        child->parent = node;
        child->row = int(node->children.size());
        build(child.get());
        node->children.push_back(std::move(child));
    };
    if (node->value.isObject()) {
        const QJsonObject o = node->value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            add(it.key(), escapePointer(it.key()), it.value());
    } else if (node->value.isArray()) {
        const QJsonArray a = node->value.toArray();
        for (int i = 0; i < a.size(); ++i)
            add(QStringLiteral("[%1]").arg(i), QString::number(i), a.at(i));
    }
}

bool JsonTreeModel::setJson(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    beginResetModel();
    m_root = std::make_unique<Node>();
    const bool ok = error.error == QJsonParseError::NoError && (doc.isObject() || doc.isArray());
    if (ok) {
        m_root->value = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
        build(m_root.get());
    }
    endResetModel();
    return ok;
}

void JsonTreeModel::clear()
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    endResetModel();
}

JsonTreeModel::Node* JsonTreeModel::nodeAt(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<Node*>(index.internalPointer()) : m_root.get();
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, nodeAt(parent)->children.at(size_t(row)).get());
}

QModelIndex JsonTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    Node* p = nodeAt(child)->parent;
    if (!p || p == m_root.get())
        return {};
    return createIndex(p->row, 0, p);
}

int JsonTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeAt(parent)->children.size());
}

int JsonTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant JsonTreeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node* n = nodeAt(index);
    const QJsonValue& v = n->value;
    if (role == PathRole)
        return n->pointer;
    if (role == Qt::ForegroundRole && index.column() == ValueColumn) {
        switch (v.type()) {
        case QJsonValue::String:
            return QColor(0x1b, 0x6e, 0x20);
        case QJsonValue::Double:
            return QColor(0x0b, 0x4a, 0x9f);
        case QJsonValue::Bool:
        case QJsonValue::Null:
            return QColor(0x8a, 0x2b, 0x8f);
        default:
            return QColor(0x5f, 0x6b, 0x7a);
        }
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case KeyColumn:
        return n->key;
    case TypeColumn:
        return typeName(v);
    case ValueColumn:
        switch (v.type()) {
        case QJsonValue::Object:
            return tr("{%n key(s)}", nullptr, int(v.toObject().size()));
        case QJsonValue::Array:
            return tr("[%n item(s)]", nullptr, int(v.toArray().size()));
        case QJsonValue::String:
            return QStringLiteral("\"%1\"").arg(v.toString());
        case QJsonValue::Double:
            return QString::number(v.toDouble(), 'g', 17);
        case QJsonValue::Bool:
            return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        case QJsonValue::Null:
            return QStringLiteral("null");
        case QJsonValue::Undefined:
            break;
        }
    }
    return {};
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case ValueColumn:
        return tr("Value");
    case TypeColumn:
        return tr("Type");
    }
    return {};
}

} // namespace hookdesk
