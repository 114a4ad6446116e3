// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGroupBox>

class QComboBox;
class QLabel;
class QLineEdit;
class QTreeWidget;

namespace hookdesk {

class AppContext;

// "Which triggers would fire?": pick an event type and type a URN, see every trigger that matches,
// the URL each resolves to, and how many jobs an event would create. It asks the same
// TriggerMatcher that fans out raised events, so what it shows is what will happen.
class TriggerTester : public QGroupBox
{
    Q_OBJECT
public:
    explicit TriggerTester(AppContext& context, QWidget* parent = nullptr);

    void setEventType(const QString& type);
    void setUrn(const QString& urn);
    // Recomputes the answer from the stored triggers.
    void refresh();

private:
    AppContext& m_context;
    QComboBox* m_type = nullptr;
    QLineEdit* m_urn = nullptr;
    QLabel* m_summary = nullptr;
    QTreeWidget* m_results = nullptr;
};

} // namespace hookdesk
