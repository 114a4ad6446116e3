// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>

class QCoreApplication;

namespace hookdesk {

// Puts Hookdesk's own catalogue (:/i18n/hookdesk_<lang>.qm) and Qt's qtbase catalogue for the same
// language in front of the application, for the first of the locale's UI languages that Hookdesk
// has a catalogue for, unless English comes first. Otherwise nothing is installed and the texts
// stay English. Calling it again replaces what an earlier call installed. Returns the language
// installed ("de"), or an empty string for English.
QString installTranslations(QCoreApplication& app, const QLocale& locale = QLocale());

} // namespace hookdesk
