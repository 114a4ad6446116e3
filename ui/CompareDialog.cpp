// SPDX-License-Identifier: GPL-3.0-or-later
#include "CompareDialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>
#include <QVBoxLayout>

namespace hookdesk {

namespace {

QPlainTextEdit* makeSide(const QString& name)
{
    auto* e = new QPlainTextEdit;
    e->setObjectName(name);
    e->setReadOnly(true);
    e->setLineWrapMode(QPlainTextEdit::NoWrap);
    e->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return e;
}

void paint(QPlainTextEdit* edit, const QList<int>& rows, const QColor& colour)
{
    QList<QTextEdit::ExtraSelection> selections;
    for (int row : rows) {
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(edit->document()->findBlockByNumber(row));
        s.format.setBackground(colour);
        s.format.setProperty(QTextFormat::FullWidthSelection, true);
        selections.append(s);
    }
    edit->setExtraSelections(selections);
}

} // namespace

CompareDialog::CompareDialog(const QString& leftTitle, const QStringList& left, const QString& rightTitle,
                             const QStringList& right, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Compare"));
    resize(1100, 700);
    const QList<TextDiff::Line> diff = TextDiff::lines(left, right);
    m_changed = TextDiff::changedLines(diff);

    QStringList leftRows;
    QStringList rightRows;
    QList<int> removed;
    QList<int> added;
    for (const TextDiff::Line& line : diff) {
        switch (line.op) {
        case TextDiff::Line::Same:
            leftRows.append(line.text);
            rightRows.append(line.text);
            break;
        case TextDiff::Line::Removed:
            removed.append(int(leftRows.size()));
            leftRows.append(line.text);
            rightRows.append(QString());
            break;
        case TextDiff::Line::Added:
            added.append(int(rightRows.size()));
            leftRows.append(QString());
            rightRows.append(line.text);
            break;
        }
    }
    auto* leftView = makeSide(QStringLiteral("leftText"));
    auto* rightView = makeSide(QStringLiteral("rightText"));
    leftView->setPlainText(leftRows.join(QLatin1Char('\n')));
    rightView->setPlainText(rightRows.join(QLatin1Char('\n')));
    paint(leftView, removed, QColor(0xfd, 0xde, 0xdc));
    paint(rightView, added, QColor(0xdc, 0xf5, 0xdc));
    // Scroll both sides together.
    connect(leftView->verticalScrollBar(), &QScrollBar::valueChanged, rightView->verticalScrollBar(),
            &QScrollBar::setValue);
    connect(rightView->verticalScrollBar(), &QScrollBar::valueChanged, leftView->verticalScrollBar(),
            &QScrollBar::setValue);

    auto* summary =
        new QLabel(m_changed == 0 ? tr("No differences.")
                                  : tr("%n line(s) differ: removed on the left, added on the right.", nullptr,
                                       m_changed));
    summary->setObjectName(QStringLiteral("compareSummary"));
    auto* grid = new QGridLayout;
    grid->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(leftTitle.toHtmlEscaped())), 0, 0);
    grid->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(rightTitle.toHtmlEscaped())), 0, 1);
    grid->addWidget(leftView, 1, 0);
    grid->addWidget(rightView, 1, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addLayout(grid, 1);
    layout->addWidget(buttons);
}

} // namespace hookdesk
