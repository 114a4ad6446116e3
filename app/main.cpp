// SPDX-License-Identifier: GPL-3.0-or-later
// The one executable: with a command it runs the command line, without one it opens the window.
#include "MainWindow.h"
#include "cli/CommandLine.h"
#include "delivery/DispatcherThread.h"
#include "i18n/Translations.h"
#include "service/AppContext.h"
#include "service/EventLoops.h"

#include <QApplication>
#include <QCoreApplication>
#include <QIcon>
#include <QMessageBox>
#include <QTextStream>
#include <memory>

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("hookdesk"));
    QCoreApplication::setApplicationName(QStringLiteral("hookdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HOOKDESK_VERSION));
}

} // namespace

int main(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    QString database;
    QString argumentError;
    const QStringList rest = hookdesk::CommandLine::extractDatabase(arguments, &database, &argumentError);
    if (!argumentError.isEmpty()) {
        QCoreApplication app(argc, argv);
        hookdesk::installTranslations(app);
        // The arguments were read before any translator existed: read them again for the message
        // in the user's language.
        hookdesk::CommandLine::extractDatabase(arguments, &database, &argumentError);
        QTextStream(stderr) << "hookdesk: " << argumentError << Qt::endl;
        return 2;
    }

    if (hookdesk::CommandLine::isCommand(rest)) {
        QCoreApplication app(argc, argv);
        // After the application, whose thread keeps GLib's loop for the keychain.
        hookdesk::EventLoops::prepare();
        setIdentity();
        hookdesk::installTranslations(app);
        return hookdesk::CommandLine::run(rest, database);
    }

    QApplication app(argc, argv);
    // After the application, whose thread keeps GLib's loop for the keychain and desktop dialogs,
    // and before other threads start.
    hookdesk::EventLoops::prepare();
    setIdentity();
    hookdesk::installTranslations(app);
    QApplication::setApplicationDisplayName(QStringLiteral("Hookdesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/hookdesk.svg")));

    hookdesk::AppContext context;
    QString error;
    if (!context.open(database.isEmpty() ? hookdesk::Database::defaultLocation() : database, &error)) {
        QMessageBox::critical(nullptr, QObject::tr("Hookdesk cannot start"), error);
        return 1;
    }
    // The window's dispatcher delivers while the window is open, on a thread of its own so the
    // window never waits on it; `hookdesk serve` does the same headless.
    hookdesk::DispatcherThread dispatcher(context.database(), context.jobs(), context.integrations(),
                                          context.secrets());
    if (!dispatcher.start(&error)) {
        QMessageBox::critical(nullptr, QObject::tr("Hookdesk cannot start"), error);
        return 1;
    }
    hookdesk::MainWindow window(context, dispatcher);
    window.show();
    return QApplication::exec();
}
