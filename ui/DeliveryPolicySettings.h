// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "IntegrationSettingsTab.h"

class QCheckBox;
class QSpinBox;

namespace hookdesk {

// On the Delivery tab: whether jobs go out strictly one at a time in event order, and after
// how long without a success the integration is disabled.
class DeliveryPolicySettings : public IntegrationSettingsTab
{
    Q_OBJECT
public:
    explicit DeliveryPolicySettings(QWidget* parent = nullptr);

    void load(const Integration& integration) override;
    void apply(Integration& integration) const override;

private:
    QCheckBox* m_ordered = nullptr;
    QSpinBox* m_autoDisableDays = nullptr;
    // The period as loaded: kept as it is unless the days are changed, so a period that is not a
    // whole number of days (set from elsewhere) survives an unrelated edit.
    qint64 m_loadedAutoDisableMs = 0;
    int m_loadedDays = 0;
};

} // namespace hookdesk
