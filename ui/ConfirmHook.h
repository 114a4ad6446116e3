// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <functional>

class QWidget;

namespace hookdesk {

// Asks the administrator to confirm a destructive step. Tests replace it so that no modal
// message box blocks them.
using ConfirmHook = std::function<bool(QWidget* parent, const QString& title, const QString& text)>;

ConfirmHook defaultConfirmHook();

} // namespace hookdesk
