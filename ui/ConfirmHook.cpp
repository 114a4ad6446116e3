// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConfirmHook.h"

#include <QMessageBox>

namespace hookdesk {

ConfirmHook defaultConfirmHook()
{
    return [](QWidget* parent, const QString& title, const QString& text) {
        return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::Cancel,
                                     QMessageBox::Cancel) == QMessageBox::Yes;
    };
}

} // namespace hookdesk
