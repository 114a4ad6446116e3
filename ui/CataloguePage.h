// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>
#include <functional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTreeView;
class QTreeWidget;

namespace hookdesk {

class AppContext;
class CatalogueModel;
class PageHeader;
struct EventType;

// Every event type by group path; the selected one's description, headers and example
// payload, and a button that raises it as a test event.
class CataloguePage : public QWidget
{
    Q_OBJECT
public:
    explicit CataloguePage(AppContext& context, QWidget* parent = nullptr);

    CatalogueModel* model() const { return m_model; }
    bool selectType(const QString& type);
    // Opens the test-event editor for the selected type; sending happens when it is accepted.
    void sendTestEvent();
    // Raises the selected type with this payload (empty: its example) and shows the outcome.
    void sendPayload(const QByteArray& payload);
    QString resultText() const;
    // The type of the selected row, or empty.
    QString currentType() const;
    void setFilterText(const QString& text);

    // Custom event types: a new one, the selected custom one, a copy of the selected one, and
    // deprecating (or reinstating) the selected custom one.
    void addType();
    void editType();
    void copyType();
    void toggleDeprecated();

    // Imports a catalogue file or OpenAPI 3.1 document; the outcome (or why nothing was imported)
    // is shown under the tree. Import… asks for the file through the file hook, which tests replace.
    bool importFile(const QString& path);
    using FileHook = std::function<QString(QWidget* parent)>;
    void setImportFileHook(FileHook hook) { m_importFileHook = std::move(hook); }
    QString importResultText() const;

Q_SIGNALS:
    void showQueueRequested();
    void addTriggerRequested(const QString& eventType);

private:
    void showDetails();
    void reload();
    void openTypeDialog(int mode, const EventType& initial);
    const EventType* currentEventType() const;

    AppContext& m_context;
    CatalogueModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QLineEdit* m_search = nullptr;
    QTreeWidget* m_fields = nullptr;
    QLabel* m_mismatch = nullptr;
    QPushButton* m_addType = nullptr;
    QPushButton* m_editType = nullptr;
    QPushButton* m_copyType = nullptr;
    QPushButton* m_deprecateType = nullptr;
    QPushButton* m_import = nullptr;
    QLabel* m_importResult = nullptr;
    FileHook m_importFileHook;
    PageHeader* m_header = nullptr;
    QTreeView* m_view = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_type = nullptr;
    QLabel* m_group = nullptr;
    QLabel* m_headers = nullptr;
    QLabel* m_description = nullptr;
    QPlainTextEdit* m_example = nullptr;
    QPushButton* m_send = nullptr;
    QPushButton* m_addTrigger = nullptr;
    QLabel* m_result = nullptr;
    QWidget* m_details = nullptr;
    QLabel* m_placeholder = nullptr;
};

} // namespace hookdesk
