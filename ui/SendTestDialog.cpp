// SPDX-License-Identifier: GPL-3.0-or-later
#include "SendTestDialog.h"

#include "service/EventService.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hookdesk {

SendTestDialog::SendTestDialog(const EventType& type, EventService& events, QWidget* parent)
    : QDialog(parent), m_type(type), m_events(events)
{
    setWindowTitle(tr("Send test event: %1").arg(type.title));
    m_editor = new QPlainTextEdit;
    m_editor->setObjectName(QStringLiteral("payloadEditor"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    const QJsonDocument example = type.example.isArray() ? QJsonDocument(type.example.toArray())
                                                         : QJsonDocument(type.example.toObject());
    m_editor->setPlainText(QString::fromUtf8(example.toJson(QJsonDocument::Indented)));
    m_problems = new QLabel;
    m_problems->setObjectName(QStringLiteral("payloadProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_send = buttons->addButton(tr("Send"), QDialogButtonBox::AcceptRole);
    m_send->setObjectName(QStringLiteral("sendButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Payload of %1 (edit it before sending):").arg(type.type)));
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);
    resize(640, 520);

    connect(m_editor, &QPlainTextEdit::textChanged, this, &SendTestDialog::check);
    check();
}

QByteArray SendTestDialog::payload() const
{
    return m_editor->toPlainText().toUtf8();
}

QString SendTestDialog::problemText() const
{
    return m_problems->text();
}

void SendTestDialog::check()
{
    const QByteArray body = payload();
    const QString jsonProblem = EventService::checkJson(body);
    if (!jsonProblem.isEmpty()) {
        m_problems->setStyleSheet(QStringLiteral("color: #a11;"));
        m_problems->setText(jsonProblem);
        m_send->setEnabled(false);
        return;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QString mismatch = m_type.validation == ValidationMode::Off
                                 ? QString()
                                 : m_events.schemaProblems(m_type, doc.isArray() ? QJsonValue(doc.array())
                                                                                 : QJsonValue(doc.object()));
    if (mismatch.isEmpty()) {
        m_problems->setStyleSheet(QStringLiteral("color: #1a7f37;"));
        m_problems->setText(tr("The payload matches the schema of the event type."));
        m_send->setEnabled(true);
        return;
    }
    const bool rejected = m_type.validation == ValidationMode::Reject;
    m_problems->setStyleSheet(
        QStringLiteral("color: %1;").arg(rejected ? QStringLiteral("#a11") : QStringLiteral("#9a6700")));
    m_problems->setText(rejected ? mismatch + QLatin1Char(' ') +
                                       tr("This type rejects such payloads; correct it to send.")
                                 : mismatch + QLatin1Char(' ') + tr("It can be sent anyway."));
    m_send->setEnabled(!rejected);
}

} // namespace hookdesk
