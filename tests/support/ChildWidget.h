// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace hookdesk::test {

// The child widget a test clicks or reads, by object name; warns when the form has no such
// widget so a renamed field fails with its name rather than a null dereference.
template <typename T> T* childWidget(QWidget* parent, const char* name)
{
    T* widget = parent->findChild<T*>(QString::fromLatin1(name));
    if (!widget)
        qWarning("The widget has no child named %s.", name);
    return widget;
}

} // namespace hookdesk::test
