// SPDX-License-Identifier: GPL-3.0-or-later
#include "CataloguePage.h"

#include "CatalogueModel.h"
#include "EventTypeDialog.h"
#include "PageHeader.h"
#include "SendTestDialog.h"
#include "catalogue/SchemaFields.h"
#include "catalogue/SchemaValidator.h"
#include "service/AppContext.h"
#include "service/CatalogueTransfer.h"

#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hookdesk {

CataloguePage::CataloguePage(AppContext& context, QWidget* parent) : QWidget(parent), m_context(context)
{
    m_header = new PageHeader(
        tr("Events catalogue"),
        tr("Every event type Hookdesk can send, by group. Item-Name and Event-Name are sent as "
           "headers with each webhook."));
    m_model = new CatalogueModel(this);
    m_model->setCatalogue(context.catalogue());
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(CatalogueModel::SearchTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    // A group stays when any event below it matches, so matches keep their place in the tree.
    m_proxy->setRecursiveFilteringEnabled(true);

    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("catalogueSearch"));
    m_search->setPlaceholderText(tr("Search by type, title, description or group"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, &CataloguePage::setFilterText);

    m_view = new QTreeView;
    m_view->setObjectName(QStringLiteral("catalogueView"));
    m_view->setModel(m_proxy);
    m_view->setUniformRowHeights(true);
    m_view->expandToDepth(0);
    m_view->header()->setSectionResizeMode(CatalogueModel::NameColumn, QHeaderView::ResizeToContents);
    m_view->setColumnHidden(CatalogueModel::ItemNameColumn, true);
    m_view->setColumnHidden(CatalogueModel::EventNameColumn, true);

    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("eventTitle"));
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.25);
    f.setBold(true);
    m_title->setFont(f);
    m_title->setWordWrap(true);
    m_type = new QLabel;
    m_type->setObjectName(QStringLiteral("eventType"));
    m_type->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_group = new QLabel;
    m_group->setObjectName(QStringLiteral("eventGroup"));
    m_group->setWordWrap(true);
    m_headers = new QLabel;
    m_headers->setObjectName(QStringLiteral("eventHeaders"));
    m_headers->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_description = new QLabel;
    m_description->setObjectName(QStringLiteral("eventDescription"));
    m_description->setWordWrap(true);
    m_example = new QPlainTextEdit;
    m_example->setObjectName(QStringLiteral("examplePayload"));
    m_example->setReadOnly(true);
    m_example->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_fields = new QTreeWidget;
    m_fields->setObjectName(QStringLiteral("schemaFields"));
    m_fields->setHeaderLabels({tr("Field"), tr("Type"), tr("Required"), tr("Description")});
    m_fields->setRootIsDecorated(false);
    m_fields->setWordWrap(true);
    m_fields->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    // A long enum type would otherwise push the description out of sight; it shows as a tooltip.
    m_fields->header()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_fields->setColumnWidth(1, 150);
    m_fields->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_mismatch = new QLabel;
    m_mismatch->setObjectName(QStringLiteral("exampleMismatch"));
    m_mismatch->setWordWrap(true);
    m_mismatch->setStyleSheet(QStringLiteral("color: #9a6700; background: #fff8c5; padding: 4px;"));
    m_mismatch->hide();

    m_addType = new QPushButton(tr("Add…"));
    m_addType->setObjectName(QStringLiteral("addTypeButton"));
    m_addType->setToolTip(tr("Add an event type of your own."));
    m_editType = new QPushButton(tr("Edit…"));
    m_editType->setObjectName(QStringLiteral("editTypeButton"));
    m_copyType = new QPushButton(tr("Copy…"));
    m_copyType->setObjectName(QStringLiteral("copyTypeButton"));
    m_copyType->setToolTip(tr("Start a custom event type from the selected one."));
    m_deprecateType = new QPushButton(tr("Deprecate"));
    m_deprecateType->setObjectName(QStringLiteral("deprecateTypeButton"));
    m_import = new QPushButton(tr("Import…"));
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setToolTip(
        tr("Add event types from a Hookdesk catalogue file or the webhooks of an OpenAPI 3.1 "
           "document."));
    m_importResult = new QLabel;
    m_importResult->setObjectName(QStringLiteral("importResult"));
    m_importResult->setWordWrap(true);
    m_importResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_importResult->hide();
    m_importFileHook = [](QWidget* owner) {
        return QFileDialog::getOpenFileName(owner, tr("Import event types"), QString(),
                                            tr("JSON files (*.json);;All files (*)"));
    };
    connect(m_import, &QPushButton::clicked, this, [this]() {
        const QString path = m_importFileHook(this);
        if (!path.isEmpty())
            importFile(path);
    });
    connect(m_addType, &QPushButton::clicked, this, &CataloguePage::addType);
    connect(m_editType, &QPushButton::clicked, this, &CataloguePage::editType);
    connect(m_copyType, &QPushButton::clicked, this, &CataloguePage::copyType);
    connect(m_deprecateType, &QPushButton::clicked, this, &CataloguePage::toggleDeprecated);

    m_send = new QPushButton(QIcon(QStringLiteral(":/icons/send.svg")), tr("Send test event"));
    m_send->setObjectName(QStringLiteral("sendTestButton"));
    m_send->setToolTip(tr("Edit the example payload and raise this event with it; every enabled trigger for "
                          "it delivers it."));
    m_addTrigger =
        new QPushButton(QIcon(QStringLiteral(":/icons/triggers.svg")), tr("Add trigger for this event…"));
    m_addTrigger->setObjectName(QStringLiteral("addTriggerButton"));
    m_result = new QLabel;
    m_result->setObjectName(QStringLiteral("sendResult"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::RichText);
    connect(m_result, &QLabel::linkActivated, this, [this](const QString& link) {
        if (link == QLatin1String("queue"))
            Q_EMIT showQueueRequested();
        else if (link == QLatin1String("trigger"))
            m_addTrigger->click();
    });

    m_details = new QWidget;
    auto* form = new QFormLayout;
    form->addRow(tr("Type:"), m_type);
    form->addRow(tr("Group:"), m_group);
    form->addRow(tr("Headers:"), m_headers);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_send);
    actions->addWidget(m_addTrigger);
    actions->addStretch();
    auto* detailLayout = new QVBoxLayout(m_details);
    detailLayout->setContentsMargins(12, 0, 0, 0);
    detailLayout->addWidget(m_title);
    detailLayout->addLayout(form);
    detailLayout->addWidget(m_description);
    detailLayout->addWidget(new QLabel(tr("Model information:")));
    detailLayout->addWidget(m_fields, 1);
    detailLayout->addWidget(new QLabel(tr("Example payload:")));
    detailLayout->addWidget(m_mismatch);
    detailLayout->addWidget(m_example, 1);
    detailLayout->addLayout(actions);
    detailLayout->addWidget(m_result);

    m_placeholder = new QLabel(tr("Select an event type to see what it carries."));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setStyleSheet(QStringLiteral("color: #5f6b7a;"));
    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_placeholder);
    rightLayout->addWidget(m_details);
    m_details->hide();

    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_view, 1);
    auto* typeActions = new QHBoxLayout;
    typeActions->addWidget(m_addType);
    typeActions->addWidget(m_editType);
    typeActions->addWidget(m_copyType);
    typeActions->addWidget(m_deprecateType);
    typeActions->addStretch();
    typeActions->addWidget(m_import);
    leftLayout->addLayout(typeActions);
    leftLayout->addWidget(m_importResult);

    auto* splitter = new QSplitter;
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({460, 560});

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(splitter, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CataloguePage::showDetails);
    connect(m_send, &QPushButton::clicked, this, &CataloguePage::sendTestEvent);
    connect(m_addTrigger, &QPushButton::clicked, this, [this]() {
        if (const EventType* t = currentEventType())
            Q_EMIT addTriggerRequested(t->type);
    });
    connect(&context.eventTypes(), &EventTypeStore::changed, this, &CataloguePage::reload);
    showDetails();
}

const EventType* CataloguePage::currentEventType() const
{
    return m_model->eventTypeAt(m_proxy->mapToSource(m_view->currentIndex()));
}

QString CataloguePage::currentType() const
{
    const EventType* t = currentEventType();
    return t ? t->type : QString();
}

void CataloguePage::setFilterText(const QString& text)
{
    if (m_search->text() != text)
        m_search->setText(text); // comes back here through textChanged
    m_proxy->setFilterFixedString(text.trimmed());
    if (text.trimmed().isEmpty())
        m_view->expandToDepth(0);
    else
        m_view->expandAll();
}

void CataloguePage::reload()
{
    const QString selected = currentType();
    m_model->setCatalogue(m_context.catalogue());
    m_view->expandToDepth(0);
    if (!selected.isEmpty())
        selectType(selected);
    showDetails();
}

bool CataloguePage::selectType(const QString& type)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOfType(type));
    if (!index.isValid())
        return false;
    m_view->scrollTo(index);
    m_view->setCurrentIndex(index);
    return true;
}

QString CataloguePage::resultText() const
{
    return m_result->text();
}

void CataloguePage::showDetails()
{
    const EventType* t = currentEventType();
    m_details->setVisible(t != nullptr);
    m_placeholder->setVisible(t == nullptr);
    m_result->clear();
    m_editType->setEnabled(t && !t->builtIn);
    m_copyType->setEnabled(t != nullptr);
    m_deprecateType->setEnabled(t && !t->builtIn);
    m_deprecateType->setText(t && t->deprecated ? tr("Reinstate") : tr("Deprecate"));
    const QString readOnly = tr("Built-in event types are read-only; copy one to make your own.");
    m_editType->setToolTip(t && t->builtIn ? readOnly : tr("Edit the selected custom event type."));
    m_deprecateType->setToolTip(
        t && t->builtIn ? readOnly : tr("Deprecated types stay for existing triggers and are greyed."));
    if (!t)
        return;
    m_title->setText(t->title);
    m_type->setText(t->type);
    m_group->setText(t->groupPath());
    m_headers->setText(QStringLiteral("Item-Name: %1    Event-Name: %2").arg(t->itemName, t->eventName));
    m_description->setText(t->deprecated ? tr("Deprecated. %1").arg(t->description) : t->description);
    const QJsonDocument example =
        t->example.isArray() ? QJsonDocument(t->example.toArray()) : QJsonDocument(t->example.toObject());
    m_example->setPlainText(QString::fromUtf8(example.toJson(QJsonDocument::Indented)));

    m_fields->clear();
    const QList<SchemaFields::Field> fields = SchemaFields::flatten(t->schema);
    for (const SchemaFields::Field& field : fields) {
        auto* item = new QTreeWidgetItem(
            m_fields, {QString(field.depth * 2, QLatin1Char(' ')) + field.name, field.type,
                       field.required ? tr("required") : tr("optional"), field.description});
        item->setToolTip(1, field.type);
        item->setToolTip(3, field.description);
    }
    if (fields.isEmpty())
        new QTreeWidgetItem(m_fields, {tr("(no schema: any payload is accepted)")});

    const QList<SchemaValidator::Problem> problems = SchemaValidator::check(t->schema, t->example);
    m_mismatch->setVisible(!problems.isEmpty());
    m_mismatch->setText(problems.isEmpty() ? QString()
                                           : tr("The example payload does not match the schema: %1.")
                                                 .arg(SchemaValidator::describe(problems)));
}

void CataloguePage::sendTestEvent()
{
    const EventType* t = currentEventType();
    if (!t)
        return;
    auto* dialog = new SendTestDialog(*t, m_context.eventService(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog]() { sendPayload(dialog->payload()); });
    dialog->open();
}

void CataloguePage::openTypeDialog(int mode, const EventType& initial)
{
    auto* dialog = new EventTypeDialog(m_context, static_cast<EventTypeDialog::Mode>(mode), initial, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog]() { selectType(dialog->eventType().type); });
    dialog->open();
}

void CataloguePage::addType()
{
    EventType blank;
    blank.schema = QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                               {QStringLiteral("properties"), QJsonObject()}};
    blank.example = QJsonObject();
    blank.builtIn = false;
    openTypeDialog(int(EventTypeDialog::Mode::Add), blank);
}

void CataloguePage::editType()
{
    const EventType* t = currentEventType();
    if (t && !t->builtIn)
        openTypeDialog(int(EventTypeDialog::Mode::Edit), *t);
}

void CataloguePage::copyType()
{
    const EventType* t = currentEventType();
    if (!t)
        return;
    EventType copy = *t;
    copy.type = t->type + QStringLiteral(".copy");
    copy.title = tr("%1 (copy)").arg(t->title);
    copy.platform.clear();
    copy.builtIn = false;
    copy.deprecated = false;
    openTypeDialog(int(EventTypeDialog::Mode::Add), copy);
}

void CataloguePage::toggleDeprecated()
{
    const EventType* t = currentEventType();
    if (!t || t->builtIn)
        return;
    EventType changed = *t;
    changed.deprecated = !t->deprecated;
    QString error;
    if (!m_context.eventTypes().save(changed, &error))
        m_result->setText(QStringLiteral("<span style='color:#a11'>%1</span>").arg(error.toHtmlEscaped()));
}

bool CataloguePage::importFile(const QString& path)
{
    QString error;
    const auto imported = CatalogueTransfer::importFile(m_context, path, &error);
    m_importResult->show();
    if (!imported) {
        m_importResult->setStyleSheet(QStringLiteral("color: #a11;"));
        m_importResult->setText(error);
        return false;
    }
    m_importResult->setStyleSheet(QString());
    m_importResult->setText(tr("Imported %1 event type(s): %2 new, %3 replaced.")
                                .arg(imported->added.size() + imported->replaced.size())
                                .arg(imported->added.size())
                                .arg(imported->replaced.size()));
    const QStringList all = imported->added + imported->replaced;
    if (!all.isEmpty())
        selectType(all.first());
    return true;
}

QString CataloguePage::importResultText() const
{
    return m_importResult->text();
}

void CataloguePage::sendPayload(const QByteArray& payload)
{
    const EventType* t = currentEventType();
    if (!t)
        return;
    QString error;
    const auto raised =
        m_context.eventService().raise(t->type, payload, {}, QStringLiteral("gui-test"), &error);
    if (!raised) {
        m_result->setText(QStringLiteral("<span style='color:#a11'>%1</span>").arg(error.toHtmlEscaped()));
        return;
    }
    const QString warning = m_context.eventService().lastWarning();
    const QString warningHtml =
        warning.isEmpty()
            ? QString()
            : QStringLiteral("<br><span style='color:#9a6700'>%1</span>").arg(warning.toHtmlEscaped());
    if (raised->jobIds.isEmpty()) {
        m_result->setText(
            tr("The event was stored, but no enabled trigger sends %1 anywhere, so nothing was sent. "
               "<a href='trigger'>Add a trigger</a>.")
                .arg(t->type.toHtmlEscaped()) +
            warningHtml);
        return;
    }
    m_result->setText(
        tr("Test event raised: %n delivery job(s) queued. <a href='queue'>Show in the queue</a>.", nullptr,
           int(raised->jobIds.size())) +
        warningHtml);
}

} // namespace hookdesk
