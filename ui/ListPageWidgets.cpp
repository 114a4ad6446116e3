// SPDX-License-Identifier: GPL-3.0-or-later
#include "ListPageWidgets.h"

#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QTableView>

namespace hookdesk {

QPushButton* ListPageWidgets::button(const QString& icon, const QString& text, const QString& objectName)
{
    auto* b = new QPushButton(icon.isEmpty() ? QIcon() : QIcon(icon), text);
    b->setObjectName(objectName);
    return b;
}

QTableView* ListPageWidgets::table(const QString& objectName, QAbstractItemModel* model, int stretchColumn)
{
    auto* view = new QTableView;
    view->setObjectName(objectName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    return view;
}

QLabel* ListPageWidgets::emptyState(const QString& text)
{
    auto* label = new QLabel(text);
    label->setObjectName(QStringLiteral("emptyLabel"));
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #5f6b7a; padding: 24px;"));
    return label;
}

} // namespace hookdesk
