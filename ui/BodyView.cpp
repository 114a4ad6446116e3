// SPDX-License-Identifier: GPL-3.0-or-later
#include "BodyView.h"

#include "JsonHighlighter.h"
#include "JsonTreeModel.h"

#include <QApplication>
#include <QButtonGroup>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QStringDecoder>
#include <QToolButton>
#include <QTreeView>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace hookdesk {

BodyView::BodyView(const QString& rawObjectName, QWidget* parent) : QWidget(parent)
{
    m_model = new JsonTreeModel(this);
    m_tree = new QTreeView;
    m_tree->setObjectName(rawObjectName + QStringLiteral("Tree"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(JsonTreeModel::KeyColumn, QHeaderView::Interactive);
    m_tree->setColumnWidth(JsonTreeModel::KeyColumn, 200);
    m_tree->setColumnWidth(JsonTreeModel::ValueColumn, 320);
    m_raw = new QPlainTextEdit;
    m_raw->setObjectName(rawObjectName);
    m_raw->setReadOnly(true);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Owned by the raw view's document; it colours only while attached to it (see showTree()).
    m_highlighter = new JsonHighlighter(m_raw->document());
    m_stack = new QStackedWidget;
    m_stack->addWidget(m_tree);
    m_stack->addWidget(m_raw);

    m_treeButton = new QToolButton;
    m_treeButton->setText(tr("Tree"));
    m_treeButton->setCheckable(true);
    m_treeButton->setObjectName(rawObjectName + QStringLiteral("TreeButton"));
    m_rawButton = new QToolButton;
    m_rawButton->setText(tr("Raw"));
    m_rawButton->setCheckable(true);
    m_rawButton->setObjectName(rawObjectName + QStringLiteral("RawButton"));
    auto* group = new QButtonGroup(this);
    group->addButton(m_treeButton);
    group->addButton(m_rawButton);
    m_copy = new QToolButton;
    m_copy->setText(tr("Copy"));
    m_copy->setToolTip(tr("Copy the body, exactly as it was sent or received"));
    m_note = new QLabel;
    m_note->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_treeButton);
    bar->addWidget(m_rawButton);
    bar->addWidget(m_note, 1);
    bar->addWidget(m_copy);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);

    connect(m_treeButton, &QToolButton::clicked, this, [this]() { showTree(true); });
    connect(m_rawButton, &QToolButton::clicked, this, [this]() { showTree(false); });
    connect(m_copy, &QToolButton::clicked, this,
            [this]() { QApplication::clipboard()->setText(QString::fromUtf8(m_body)); });
    setBody({});
}

BodyView::Kind BodyView::classify(const QByteArray& body)
{
    if (body.isEmpty())
        return Kind::Empty;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError && (doc.isObject() || doc.isArray()))
        return Kind::Json;
    // Stateless: a sequence cut off at the end is an error, not something to wait for.
    QStringDecoder utf8(QStringDecoder::Utf8, QStringConverter::Flag::Stateless);
    const QString text = utf8(body);
    if (utf8.hasError() || body.contains('\0'))
        return Kind::Binary;
    // key=value&key=value with nothing a form encoder would have escaped.
    static const QRegularExpression form(
        QStringLiteral(R"(^[A-Za-z0-9._~%+\-]+=[^\s&]*(&[A-Za-z0-9._~%+\-]+=[^\s&]*)*$)"));
    if (form.match(text).hasMatch())
        return Kind::Form;
    return Kind::Text;
}

QByteArray BodyView::formAsJson(const QByteArray& body)
{
    QJsonObject fields;
    QString text = QString::fromUtf8(body);
    text.replace(QLatin1Char('+'), QLatin1Char(' '));
    const QUrlQuery query(text);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        // GitHub-style bodies carry the JSON in a `payload` field: show it as a tree too.
        const QJsonDocument nested = QJsonDocument::fromJson(value.toUtf8());
        if (nested.isObject())
            fields.insert(key, nested.object());
        else if (nested.isArray())
            fields.insert(key, nested.array());
        else
            fields.insert(key, value);
    }
    return QJsonDocument(fields).toJson(QJsonDocument::Indented);
}

QString BodyView::hexDump(const QByteArray& body, int maxBytes)
{
    QString out;
    const int n = int(qMin<qsizetype>(body.size(), maxBytes));
    for (int offset = 0; offset < n; offset += 16) {
        QString hex;
        QString ascii;
        for (int i = offset; i < offset + 16; ++i) {
            if (i < n) {
                const auto c = static_cast<unsigned char>(body.at(i));
                hex += QStringLiteral("%1 ").arg(c, 2, 16, QLatin1Char('0'));
                ascii += (c >= 0x20 && c < 0x7f) ? QChar(c) : QLatin1Char('.');
            } else {
                hex += QStringLiteral("   ");
            }
        }
        out += QStringLiteral("%1  %2 %3\n").arg(offset, 8, 16, QLatin1Char('0')).arg(hex, ascii);
    }
    return out;
}

void BodyView::setBody(const QByteArray& body, const QString& note)
{
    m_body = body;
    m_kind = classify(body);
    QStringList notes;
    if (!note.isEmpty())
        notes.append(note);
    switch (m_kind) {
    case Kind::Empty:
        m_model->clear();
        notes.prepend(tr("No body."));
        break;
    case Kind::Json:
        m_model->setJson(body);
        break;
    case Kind::Form:
        m_model->setJson(formAsJson(body));
        notes.prepend(tr("Form-encoded: the tree shows the decoded fields."));
        break;
    case Kind::Text:
        m_model->clear();
        break;
    case Kind::Binary:
        m_model->clear();
        notes.prepend(tr("Not text: %n byte(s) shown as hex.", nullptr, int(body.size())));
        break;
    }
    m_note->setText(notes.join(QLatin1Char(' ')));
    // The previous body's text goes at once; this one's is laid out when the raw view shows.
    m_highlighter->setDocument(nullptr);
    m_raw->clear();
    m_rawStale = true;
    const bool hasTree = m_kind == Kind::Json || m_kind == Kind::Form;
    m_treeButton->setEnabled(hasTree);
    m_copy->setEnabled(!body.isEmpty());
    showTree(hasTree);
    if (hasTree)
        expandFirstLevels();
}

void BodyView::expandFirstLevels()
{
    // Opening every element of a 10,000-element array took seconds (each opening is dear, not
    // the rows it shows) and showed nothing one could read. So: the top level's first kFirstRows
    // nodes open, however many rows they show; the level below only while at most kFirstRows rows
    // are shown.
    const QModelIndex root;
    const int top = m_model->rowCount(root);
    int shown = top;
    QModelIndexList below;
    for (int row = 0; row < qMin(top, kFirstRows); ++row) {
        const QModelIndex index = m_model->index(row, 0, root);
        const int children = m_model->rowCount(index);
        if (children == 0)
            continue;
        m_tree->expand(index);
        shown += children;
        for (int child = 0; child < children && below.size() < kFirstRows; ++child)
            below.append(m_model->index(child, 0, index));
    }
    for (const QModelIndex& index : std::as_const(below)) {
        const int children = m_model->rowCount(index);
        if (children == 0)
            continue;
        if (shown + children > kFirstRows)
            return;
        m_tree->expand(index);
        shown += children;
    }
}

void BodyView::showTree(bool tree)
{
    m_treeButton->setChecked(tree);
    m_rawButton->setChecked(!tree);
    if (!tree && m_rawStale) {
        const QString text = rawText();
        // Colouring is done for the whole text at once; past this size it would hold the window.
        m_highlighter->setDocument(text.size() <= kMaxHighlighted ? m_raw->document() : nullptr);
        m_raw->setPlainText(text);
        m_rawStale = false;
    }
    m_stack->setCurrentWidget(tree ? static_cast<QWidget*>(m_tree) : static_cast<QWidget*>(m_raw));
}

QString BodyView::rawText() const
{
    switch (m_kind) {
    case Kind::Empty:
        return {};
    case Kind::Json:
        return QString::fromUtf8(QJsonDocument::fromJson(m_body).toJson(QJsonDocument::Indented));
    case Kind::Form:
    case Kind::Text:
        return QString::fromUtf8(m_body);
    case Kind::Binary:
        return hexDump(m_body);
    }
    return {};
}

} // namespace hookdesk
