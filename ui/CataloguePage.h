// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeView;

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
    void sendTestEvent();
    QString resultText() const;

Q_SIGNALS:
    void showQueueRequested();
    void addTriggerRequested(const QString& eventType);

private:
    void showDetails();

    AppContext& m_context;
    CatalogueModel* m_model = nullptr;
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
