// SPDX-License-Identifier: GPL-3.0-or-later
#include "CataloguePage.h"

#include "CatalogueModel.h"
#include "PageHeader.h"
#include "service/AppContext.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeView>
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

    m_view = new QTreeView;
    m_view->setObjectName(QStringLiteral("catalogueView"));
    m_view->setModel(m_model);
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

    m_send = new QPushButton(QIcon(QStringLiteral(":/icons/send.svg")), tr("Send test event"));
    m_send->setObjectName(QStringLiteral("sendTestButton"));
    m_send->setToolTip(
        tr("Raise this event with its example payload; every enabled trigger for it delivers it."));
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
    detailLayout->addWidget(new QLabel(tr("Example payload:")));
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

    auto* splitter = new QSplitter;
    splitter->addWidget(m_view);
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
        if (const EventType* t = m_model->eventTypeAt(m_view->currentIndex()))
            Q_EMIT addTriggerRequested(t->type);
    });
}

bool CataloguePage::selectType(const QString& type)
{
    const QModelIndex index = m_model->indexOfType(type);
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
    const EventType* t = m_model->eventTypeAt(m_view->currentIndex());
    m_details->setVisible(t != nullptr);
    m_placeholder->setVisible(t == nullptr);
    m_result->clear();
    if (!t)
        return;
    m_title->setText(t->title);
    m_type->setText(t->type);
    m_group->setText(t->groupPath());
    m_headers->setText(QStringLiteral("Item-Name: %1    Event-Name: %2").arg(t->itemName, t->eventName));
    m_description->setText(t->description);
    m_example->setPlainText(
        QString::fromUtf8(QJsonDocument(t->example.toObject()).toJson(QJsonDocument::Indented)));
}

void CataloguePage::sendTestEvent()
{
    const EventType* t = m_model->eventTypeAt(m_view->currentIndex());
    if (!t)
        return;
    QString error;
    const auto raised = m_context.eventService().raise(t->type, {}, {}, QStringLiteral("gui-test"), &error);
    if (!raised) {
        m_result->setText(QStringLiteral("<span style='color:#a11'>%1</span>").arg(error.toHtmlEscaped()));
        return;
    }
    if (raised->jobIds.isEmpty()) {
        m_result->setText(
            tr("The event was stored, but no enabled trigger sends %1 anywhere, so nothing was sent. "
               "<a href='trigger'>Add a trigger</a>.")
                .arg(t->type.toHtmlEscaped()));
        return;
    }
    m_result->setText(
        tr("Test event raised: %n delivery job(s) queued. <a href='queue'>Show in the queue</a>.", nullptr,
           int(raised->jobIds.size())));
}

} // namespace hookdesk
