// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonHighlighter.h"

namespace hookdesk {

JsonHighlighter::JsonHighlighter(QTextDocument* document)
    : QSyntaxHighlighter(document)
      // A string (maybe followed by a colon, which makes it a key), a number, or a literal.
      ,
      m_token(QStringLiteral(
          R"("(?:[^"\\]|\\.)*"(\s*:)?|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|\btrue\b|\bfalse\b|\bnull\b)"))
{}

void JsonHighlighter::highlightBlock(const QString& text)
{
    QTextCharFormat key;
    key.setForeground(QColor(0x0b, 0x3d, 0x6e));
    key.setFontWeight(QFont::DemiBold);
    QTextCharFormat string;
    string.setForeground(QColor(0x1b, 0x6e, 0x20));
    QTextCharFormat number;
    number.setForeground(QColor(0x0b, 0x4a, 0x9f));
    QTextCharFormat literal;
    literal.setForeground(QColor(0x8a, 0x2b, 0x8f));
    for (auto it = m_token.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString token = m.captured(0);
        const QTextCharFormat* format = &literal;
        if (token.startsWith(QLatin1Char('"')))
            format = m.capturedLength(1) > 0 ? &key : &string;
        else if (token.front().isDigit() || token.front() == QLatin1Char('-'))
            format = &number;
        setFormat(int(m.capturedStart(0)), int(m.capturedLength(0)), *format);
    }
}

} // namespace hookdesk
