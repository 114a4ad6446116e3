// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Trigger.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace hookdesk {

class AppContext;

// Adds or edits a trigger: which event type goes to which integration, at which path.
class TriggerDialog : public QDialog
{
    Q_OBJECT
public:
    TriggerDialog(AppContext& context, const std::optional<Trigger>& existing, QWidget* parent = nullptr);

    // Preselects an event type (e.g. when opened from the catalogue).
    void setEventType(const QString& type);

private:
    void save();
    void updatePreview();

    AppContext& m_context;
    std::optional<Trigger> m_existing;
    QComboBox* m_integration = nullptr;
    QComboBox* m_event = nullptr;
    QLineEdit* m_path = nullptr;
    QLabel* m_preview = nullptr;
    QCheckBox* m_enabled = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace hookdesk
