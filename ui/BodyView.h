// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QSyntaxHighlighter;
class QStackedWidget;
class QToolButton;
class QTreeView;

namespace hookdesk {

class JsonTreeModel;

// A request or response body shown the way it is easiest to read: JSON as a collapsible tree
// with types and as highlighted raw text; form-encoded bodies decoded into fields (a JSON
// `payload` field expanded); text as text; anything that is not UTF-8 as a hex dump.
//
// Large bodies stay quick to select: the raw text is laid out only when the raw view is shown,
// it is coloured only up to kMaxHighlighted characters, and the tree opens its first two levels
// only as far as kFirstRows allows (see expandFirstLevels()).
class BodyView : public QWidget
{
    Q_OBJECT
public:
    enum class Kind
    {
        Empty,
        Json,
        Form,
        Text,
        Binary
    };

    // rawObjectName names the raw text view, so tests and accessibility tools can find it.
    explicit BodyView(const QString& rawObjectName, QWidget* parent = nullptr);

    void setBody(const QByteArray& body, const QString& note = {});
    Kind kind() const { return m_kind; }
    JsonTreeModel* treeModel() const { return m_model; }
    // The text the raw view shows (laid out there when it is first shown).
    QString rawText() const;

    static constexpr int kMaxHighlighted = 256 * 1024;
    static constexpr int kFirstRows = 200;

    // For tests and callers: how a body is classified and rendered as text.
    static Kind classify(const QByteArray& body);
    static QString hexDump(const QByteArray& body, int maxBytes = 64 * 1024);
    static QByteArray formAsJson(const QByteArray& body);

private:
    void showTree(bool tree);
    void expandFirstLevels();

    Kind m_kind = Kind::Empty;
    QByteArray m_body;
    JsonTreeModel* m_model = nullptr;
    QTreeView* m_tree = nullptr;
    QPlainTextEdit* m_raw = nullptr;
    QSyntaxHighlighter* m_highlighter = nullptr;
    bool m_rawStale = false; // m_raw does not show m_body yet
    QStackedWidget* m_stack = nullptr;
    QToolButton* m_treeButton = nullptr;
    QToolButton* m_rawButton = nullptr;
    QToolButton* m_copy = nullptr;
    QLabel* m_note = nullptr;
};

} // namespace hookdesk
