// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "service/TextDiff.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;

namespace hookdesk {

// Two attempts (or two jobs' last attempts) side by side, lines that differ highlighted:
// removed on the left in red, added on the right in green, the rest aligned between them.
class CompareDialog : public QDialog
{
    Q_OBJECT
public:
    CompareDialog(const QString& leftTitle, const QStringList& left, const QString& rightTitle,
                  const QStringList& right, QWidget* parent = nullptr);

    int changedLines() const { return m_changed; }

private:
    int m_changed = 0;
};

} // namespace hookdesk
