// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Trigger.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace hookdesk {

class AppContext;
class UrlVerifier;

// Adds or edits a trigger: which event types (exact, or whole groups such as "Submissions > *")
// go to which integration, at which path, and optionally only for events whose URN matches one of
// its patterns.
class TriggerDialog : public QDialog
{
    Q_OBJECT
public:
    TriggerDialog(AppContext& context, const std::optional<Trigger>& existing, QWidget* parent = nullptr);

    // Adds an event type or group wildcard to the list (e.g. when opened from the catalogue).
    void setEventType(const QString& type);
    QStringList eventTypes() const;

private:
    void save();
    void store(const Trigger& trigger);
    void verifyThenStore(const Trigger& trigger);
    void updatePreview();
    void addChosenEvent();
    void removeSelectedEvents();
    // Checks the URN patterns as they are typed; returns the problem or an empty string.
    QString checkUrns();
    QStringList urnPatterns() const;
    // The entry in the combo's text, as an exact type or a group wildcard, or "" with *problem set.
    QString chosenEntry(QString* problem) const;

    AppContext& m_context;
    std::optional<Trigger> m_existing;
    QComboBox* m_integration = nullptr;
    QComboBox* m_event = nullptr;
    QPushButton* m_addEvent = nullptr;
    QPushButton* m_removeEvent = nullptr;
    QListWidget* m_eventList = nullptr;
    QPlainTextEdit* m_urns = nullptr;
    QLabel* m_urnProblem = nullptr;
    QLineEdit* m_path = nullptr;
    QLabel* m_preview = nullptr;
    QCheckBox* m_enabled = nullptr;
    QLabel* m_error = nullptr;
    QCheckBox* m_verify = nullptr;
    QPushButton* m_saveAnyway = nullptr;
    QPushButton* m_save = nullptr;
    UrlVerifier* m_verifier = nullptr;
    Trigger m_pending;
};

} // namespace hookdesk
