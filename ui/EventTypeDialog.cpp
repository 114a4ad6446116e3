// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventTypeDialog.h"

#include "catalogue/SchemaValidator.h"
#include "service/AppContext.h"
#include "service/EventService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hookdesk {

namespace {

QString jsonText(const QJsonValue& value)
{
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented));
    return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented));
}

QPlainTextEdit* jsonEditor(const char* name, const QJsonValue& value)
{
    auto* edit = new QPlainTextEdit;
    edit->setObjectName(QString::fromLatin1(name));
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit->setPlainText(jsonText(value));
    return edit;
}

QLineEdit* lineEdit(const char* name, const QString& text)
{
    auto* edit = new QLineEdit(text);
    edit->setObjectName(QString::fromLatin1(name));
    return edit;
}

} // namespace

EventTypeDialog::EventTypeDialog(AppContext& context, Mode mode, const EventType& initial, QWidget* parent)
    : QDialog(parent), m_context(context), m_mode(mode)
{
    setWindowTitle(mode == Mode::Add ? tr("Add event type") : tr("Edit event type %1").arg(initial.type));
    m_typeEdit = lineEdit("typeEdit", initial.type);
    m_typeEdit->setPlaceholderText(tr("e.g. acme.order.created"));
    m_typeEdit->setReadOnly(mode == Mode::Edit);
    m_title = lineEdit("titleEdit", initial.title);
    m_group = lineEdit("groupEdit", initial.groupPath());
    m_group->setPlaceholderText(tr("e.g. Orders > [shop-slug]"));
    m_itemName = lineEdit("itemNameEdit", initial.itemName);
    m_eventName = lineEdit("eventNameEdit", initial.eventName);
    m_description = new QPlainTextEdit(initial.description);
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_description->setMaximumHeight(70);
    m_schema = jsonEditor("schemaEdit", initial.schema);
    m_example = jsonEditor("exampleEdit", initial.example);
    m_validation = new QComboBox;
    m_validation->setObjectName(QStringLiteral("validationCombo"));
    m_validation->addItem(tr("Off: payloads are not checked"), validationModeName(ValidationMode::Off));
    m_validation->addItem(tr("Warn: send, and report a mismatch"), validationModeName(ValidationMode::Warn));
    m_validation->addItem(tr("Reject: refuse payloads that do not match"),
                          validationModeName(ValidationMode::Reject));
    m_validation->setCurrentIndex(m_validation->findData(validationModeName(initial.validation)));
    m_deprecated = new QCheckBox(tr("Deprecated (kept for existing triggers, greyed in the catalogue)"));
    m_deprecated->setObjectName(QStringLiteral("deprecatedCheck"));
    m_deprecated->setChecked(initial.deprecated);
    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a11;"));

    auto* form = new QFormLayout;
    form->addRow(tr("Type:"), m_typeEdit);
    form->addRow(tr("Title:"), m_title);
    form->addRow(tr("Group:"), m_group);
    form->addRow(tr("Item-Name:"), m_itemName);
    form->addRow(tr("Event-Name:"), m_eventName);
    form->addRow(tr("Description:"), m_description);
    form->addRow(tr("Payload schema (JSON Schema draft-07):"), m_schema);
    form->addRow(tr("Example payload:"), m_example);
    form->addRow(tr("Schema check:"), m_validation);
    form->addRow(QString(), m_deprecated);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &EventTypeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(720, 760);
}

EventType EventTypeDialog::eventType() const
{
    EventType t;
    t.type = m_typeEdit->text().trimmed();
    t.title = m_title->text().trimmed();
    for (const QString& part : m_group->text().split(QLatin1Char('>'), Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            t.group << part.trimmed();
    t.itemName = m_itemName->text().trimmed();
    t.eventName = m_eventName->text().trimmed();
    t.description = m_description->toPlainText().trimmed();
    const QJsonDocument schema = QJsonDocument::fromJson(m_schema->toPlainText().toUtf8());
    t.schema = schema.object();
    const QJsonDocument example = QJsonDocument::fromJson(m_example->toPlainText().toUtf8());
    t.example = example.isArray() ? QJsonValue(example.array()) : QJsonValue(example.object());
    t.validation = validationModeFromName(m_validation->currentData().toString());
    t.deprecated = m_deprecated->isChecked();
    t.builtIn = false;
    return t;
}

QString EventTypeDialog::problemText() const
{
    return m_problem->text();
}

QString EventTypeDialog::problem(const EventType& t) const
{
    if (t.type.isEmpty() || t.type.contains(QLatin1Char(' ')))
        return tr("Enter a type key without spaces, such as “acme.order.created”.");
    if (m_mode == Mode::Add && m_context.catalogue().find(t.type))
        return tr("The catalogue already has an event type “%1”; choose another key.").arg(t.type);
    if (t.title.isEmpty() || t.itemName.isEmpty() || t.eventName.isEmpty())
        return tr("Enter a title, an Item-Name and an Event-Name; they are sent with every webhook.");
    const QString schemaText = m_schema->toPlainText().trimmed();
    if (!schemaText.isEmpty()) {
        const QString json = EventService::checkJson(schemaText.toUtf8());
        if (!json.isEmpty() || !QJsonDocument::fromJson(schemaText.toUtf8()).isObject())
            return tr("The schema is not a JSON object: %1").arg(json.isEmpty() ? tr("it is a list.") : json);
        SchemaValidator validator;
        QString error;
        if (!validator.setSchema(t.schema, &error))
            return error;
    }
    const QString exampleProblem = EventService::checkJson(m_example->toPlainText().toUtf8());
    if (!exampleProblem.isEmpty())
        return tr("Example payload: %1").arg(exampleProblem);
    return {};
}

void EventTypeDialog::accept()
{
    const EventType t = eventType();
    QString why = problem(t);
    if (why.isEmpty()) {
        EventType stored = t;
        if (const EventType* existing = m_context.catalogue().find(t.type); existing && m_mode == Mode::Edit)
            stored.platform = existing->platform;
        m_context.eventTypes().save(stored, &why);
    }
    if (!why.isEmpty()) {
        m_problem->setText(why);
        return;
    }
    QDialog::accept();
}

} // namespace hookdesk
