// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/EventType.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace hookdesk {

class AppContext;

// Adds or edits one custom event type. Saving checks every field (a unique type key, a schema
// valijson can use, an example that is JSON) and stores it; problems stay in the dialog.
class EventTypeDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode
    {
        Add,  // a new type; `initial` (possibly a copied built-in) fills the fields
        Edit, // the type key is fixed
    };

    EventTypeDialog(AppContext& context, Mode mode, const EventType& initial, QWidget* parent = nullptr);

    // The type as entered, without checks.
    EventType eventType() const;
    QString problemText() const;
    void accept() override;

private:
    QString problem(const EventType& type) const;

    AppContext& m_context;
    Mode m_mode;
    QLineEdit* m_typeEdit = nullptr;
    QLineEdit* m_title = nullptr;
    QLineEdit* m_group = nullptr;
    QLineEdit* m_itemName = nullptr;
    QLineEdit* m_eventName = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QPlainTextEdit* m_schema = nullptr;
    QPlainTextEdit* m_example = nullptr;
    QComboBox* m_validation = nullptr;
    QCheckBox* m_deprecated = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace hookdesk
