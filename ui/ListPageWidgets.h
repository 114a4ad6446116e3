// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QAbstractItemModel;
class QLabel;
class QPushButton;
class QTableView;

namespace hookdesk {

// The pieces every list page (integrations, triggers) is made of, so they look and behave alike.
class ListPageWidgets
{
public:
    static QPushButton* button(const QString& icon, const QString& text, const QString& objectName);
    // A single-selection table of whole rows; `stretchColumn` takes the width that is left.
    static QTableView* table(const QString& objectName, QAbstractItemModel* model, int stretchColumn);
    // What the page says while it has no rows, in place of an empty table.
    static QLabel* emptyState(const QString& text);
};

} // namespace hookdesk
