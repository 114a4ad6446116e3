// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace hookdesk {

// A one-line label that, given less room than its text needs, ends it with "…" instead of
// cutting it off mid-word. It asks for its whole text's width but makes do with little, so a long
// text never widens its window. (Callers put the whole text in the tooltip when it may be long.)
class ElidingLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ElidingLabel(QWidget* parent = nullptr);

    // What is drawn at the label's present width.
    QString shownText() const;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
};

} // namespace hookdesk
