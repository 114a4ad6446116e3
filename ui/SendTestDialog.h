// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/EventType.h"

#include <QByteArray>
#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace hookdesk {

class EventService;

// The example payload of an event type in an editor, checked as it is typed: malformed JSON
// and schema mismatches are shown in words before anything is sent.
class SendTestDialog : public QDialog
{
    Q_OBJECT
public:
    SendTestDialog(const EventType& type, EventService& events, QWidget* parent = nullptr);

    QByteArray payload() const;
    QString problemText() const;

private:
    void check();

    EventType m_type;
    EventService& m_events;
    QPlainTextEdit* m_editor = nullptr;
    QLabel* m_problems = nullptr;
    QPushButton* m_send = nullptr;
};

} // namespace hookdesk
