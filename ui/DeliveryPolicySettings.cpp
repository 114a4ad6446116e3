// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeliveryPolicySettings.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace hookdesk {

namespace {

constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;

QLabel* hint(const QString& text)
{
    auto* label = new QLabel(text);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #5f6b7a;"));
    return label;
}

} // namespace

DeliveryPolicySettings::DeliveryPolicySettings(QWidget* parent) : IntegrationSettingsTab(parent)
{
    m_ordered = new QCheckBox(tr("Deliver one at a time, in event order"));
    m_ordered->setObjectName(QStringLiteral("orderedCheck"));
    m_autoDisableDays = new QSpinBox;
    m_autoDisableDays->setObjectName(QStringLiteral("autoDisableSpin"));
    m_autoDisableDays->setRange(0, 365);
    m_autoDisableDays->setSuffix(tr(" days"));
    m_autoDisableDays->setSpecialValueText(tr("Never"));
    connect(m_autoDisableDays, &QSpinBox::valueChanged, this,
            [this](int days) { m_autoDisableDays->setSuffix(days == 1 ? tr(" day") : tr(" days")); });

    // Spans the Delivery form's two columns, so its rows need no label column of their own.
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(m_ordered);
    layout->addWidget(hint(tr("Each job waits until the one before it succeeded or ran out of attempts: one "
                              "request at a time, and a job waiting for its retry holds back all later ones. "
                              "Only for receivers that need the order.")));
    auto* label = new QLabel(tr("Disable after &failing for"));
    label->setBuddy(m_autoDisableDays);
    auto* row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(m_autoDisableDays);
    row->addStretch(1);
    layout->addLayout(row);
    layout->addWidget(hint(tr("Without a single success for that long, the integration is disabled; its jobs "
                              "wait until it is enabled again.")));
}

void DeliveryPolicySettings::load(const Integration& integration)
{
    m_ordered->setChecked(integration.ordered);
    m_loadedAutoDisableMs = integration.autoDisableAfterMs;
    // A period shorter than a day still shows as one day rather than as "Never".
    m_loadedDays =
        integration.autoDisableAfterMs <= 0
            ? 0
            : int(qBound(qint64(1), (integration.autoDisableAfterMs + kDayMs / 2) / kDayMs, qint64(365)));
    m_autoDisableDays->setValue(m_loadedDays);
}

void DeliveryPolicySettings::apply(Integration& integration) const
{
    integration.ordered = m_ordered->isChecked();
    integration.autoDisableAfterMs = m_autoDisableDays->value() == m_loadedDays
                                         ? m_loadedAutoDisableMs
                                         : qint64(m_autoDisableDays->value()) * kDayMs;
}

} // namespace hookdesk
