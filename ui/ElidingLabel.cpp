// SPDX-License-Identifier: GPL-3.0-or-later
#include "ElidingLabel.h"

#include <QPainter>
#include <QStyle>

namespace hookdesk {

ElidingLabel::ElidingLabel(QWidget* parent) : QLabel(parent)
{
    // Read by the GUI tests' check for cut-off texts: this one ends in "…" when short of room.
    setProperty("elidesText", true);
}

QString ElidingLabel::shownText() const
{
    return fontMetrics().elidedText(text(), Qt::ElideRight, contentsRect().width());
}

QSize ElidingLabel::minimumSizeHint() const
{
    return {fontMetrics().averageCharWidth() * 12, QLabel::minimumSizeHint().height()};
}

void ElidingLabel::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    style()->drawItemText(&painter, contentsRect(), int(alignment()), palette(), isEnabled(), shownText(),
                          foregroundRole());
}

} // namespace hookdesk
