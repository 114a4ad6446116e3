// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace hookdesk {

namespace {

// Marks the translators this file installed, so that a later call can take them out again.
const char* const kTranslatorName = "hookdesk-translator";

} // namespace

QString installTranslations(QCoreApplication& app, const QLocale& locale)
{
    const QList<QTranslator*> earlier =
        app.findChildren<QTranslator*>(QString::fromLatin1(kTranslatorName), Qt::FindDirectChildrenOnly);
    for (QTranslator* translator : earlier) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }

    auto* own = new QTranslator(&app);
    own->setObjectName(QString::fromLatin1(kTranslatorName));
    bool found = false;
    for (const QString& name : locale.uiLanguages()) {
        const QLocale candidate(name);
        // English is the language of the texts themselves: someone who lists it before German
        // gets English, not the next catalogue down the list.
        if (candidate.language() == QLocale::English)
            break;
        found =
            own->load(candidate, QStringLiteral("hookdesk"), QStringLiteral("_"), QStringLiteral(":/i18n"));
        if (found)
            break;
    }
    if (!found) {
        delete own;
        return {};
    }
    // Qt's catalogue follows the language Hookdesk speaks rather than the locale's first choice, so
    // that a window never mixes languages: standard buttons match the rest of the dialog.
    const QString language = own->language();
    auto* qt = new QTranslator(&app);
    qt->setObjectName(QString::fromLatin1(kTranslatorName));
    if (qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    QCoreApplication::installTranslator(own);
    return language;
}

} // namespace hookdesk
