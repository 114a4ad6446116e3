// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractButton>
#include <QCoreApplication>
#include <QEvent>
#include <QLabel>
#include <QStringList>
#include <QWidget>

namespace hookdesk::test {

// The texts `window` shows cut off: each visible button, check box and label that does not wrap
// and is narrower than its text needs, with both widths. Empty when every text shows whole.
inline QStringList cutTexts(QWidget* window)
{
    // A text changed a moment ago (the status bar's count of requests in flight) gets its room
    // from the layout requested with it: let that happen first.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QStringList cut;
    const QList<QWidget*> widgets = window->findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        // Hidden, or a label that ends its text in "…" when short of room (ElidingLabel).
        if (!widget->isVisibleTo(window) || widget->property("elidesText").toBool())
            continue;
        QString text;
        if (auto* button = qobject_cast<QAbstractButton*>(widget))
            text = button->text();
        else if (auto* label = qobject_cast<QLabel*>(widget); label && !label->wordWrap())
            text = label->text();
        if (!text.isEmpty() && widget->width() < widget->sizeHint().width())
            cut.append(QStringLiteral("“%1” (%2 < %3)")
                           .arg(text)
                           .arg(widget->width())
                           .arg(widget->sizeHint().width()));
    }
    return cut;
}

} // namespace hookdesk::test
