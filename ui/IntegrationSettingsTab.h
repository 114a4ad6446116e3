// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Integration.h"

#include <QWidget>

namespace hookdesk {

// One tab of the integration dialog beyond its general settings. Each tab owns a group of
// Integration fields: it shows them (load), writes them back (apply) and says what is wrong
// with them in the administrator's words (validate), so the dialog grows by adding a tab
// rather than by editing one long form.
class IntegrationSettingsTab : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual void load(const Integration& integration) = 0;
    virtual void apply(Integration& integration) const = 0;
    // Empty when the tab's fields can be saved; otherwise a sentence saying what to fix.
    virtual QString validate() const { return {}; }
};

} // namespace hookdesk
