// SPDX-License-Identifier: GPL-3.0-or-later
// The German catalogue that ships is complete and cannot break a message at run time, and the
// translators that main() installs really turn the program German, for a German locale only.
#include "domain/DeliveryJob.h"
#include "domain/UrnPattern.h"
#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace hookdesk;

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    QString type; // "unfinished", "vanished", "obsolete" or empty when finished
    QStringList translations;
};

QList<Message> readCatalogue(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QString context;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            Message m;
            m.context = context;
            m.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("source")) {
                    m.source = xml.readElementText();
                } else if (xml.name() == QLatin1String("translation")) {
                    m.type = xml.attributes().value(QLatin1String("type")).toString();
                    if (m.numerus) {
                        while (xml.readNextStartElement())
                            m.translations.append(xml.readElementText());
                    } else {
                        m.translations.append(xml.readElementText());
                    }
                } else {
                    xml.skipCurrentElement();
                }
            }
            messages.append(m);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

// %1…%99, %L1…, %n and %Ln: what QString::arg() and tr()'s plural fill in.
QStringList placeholders(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("%L?(\\d{1,2}|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.append(it.next().captured(0));
    found.sort();
    return found;
}

bool hasAccelerator(QString text)
{
    text.remove(QStringLiteral("&&"));
    return text.contains(QLatin1Char('&'));
}

QStringList htmlTags(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("</?(a|b|br|code|i|p|tt)\\b[^>]*>"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.append(it.next().captured(0));
    return found;
}

QString problemsOf(const Message& m)
{
    QStringList problems;
    if (!m.type.isEmpty())
        problems.append(QStringLiteral("marked %1").arg(m.type));
    if (m.translations.size() != (m.numerus ? 2 : 1))
        problems.append(QStringLiteral("has %1 translation form(s)").arg(m.translations.size()));
    for (const QString& t : m.translations) {
        if (t.trimmed().isEmpty()) {
            problems.append(QStringLiteral("an empty translation"));
            continue;
        }
        QStringList expected = placeholders(m.source);
        QStringList actual = placeholders(t);
        // A German singular may say "1" (or "ein") instead of %n; every other placeholder must stay.
        if (m.numerus) {
            expected.removeDuplicates();
            actual.removeDuplicates();
            if (t == m.translations.first() && !actual.contains(QStringLiteral("%n")))
                expected.removeAll(QStringLiteral("%n"));
        }
        if (expected != actual)
            problems.append(QStringLiteral("placeholders %1 instead of %2 in “%3”")
                                .arg(actual.join(QLatin1Char(' ')), expected.join(QLatin1Char(' ')), t));
        if (hasAccelerator(m.source) != hasAccelerator(t))
            problems.append(QStringLiteral("accelerator lost or added in “%1”").arg(t));
        if (m.source.count(QStringLiteral("&&")) != t.count(QStringLiteral("&&")))
            problems.append(QStringLiteral("a literal && lost or added in “%1”").arg(t));
        if (htmlTags(m.source) != htmlTags(t))
            problems.append(QStringLiteral("HTML tags changed in “%1”").arg(t));
        if (m.source.startsWith(QLatin1Char(' ')) != t.startsWith(QLatin1Char(' ')) ||
            m.source.endsWith(QLatin1Char(' ')) != t.endsWith(QLatin1Char(' ')))
            problems.append(QStringLiteral("leading or trailing space changed in “%1”").arg(t));
        if (m.source.count(QLatin1Char('\n')) != t.count(QLatin1Char('\n')))
            problems.append(QStringLiteral("a different number of line breaks in “%1”").arg(t));
    }
    return problems.join(QStringLiteral("; "));
}

QProcessEnvironment environmentFor(const QString& locale, const QString& languages)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"LANGUAGE", "LANG", "LC_MESSAGES"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("LC_ALL"), locale);
    if (!languages.isEmpty())
        env.insert(QStringLiteral("LANGUAGE"), languages);
    return env;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void germanCatalogueIsCompleteAndSafe();
    void catalogueHoldsEveryTextOfTheCode();
    void germanLocaleTranslatesCoreAndQtTexts();
    void otherLocalesStayEnglish_data();
    void otherLocalesStayEnglish();
    void theTestEnvironmentIsEnglish();
    void commandLineSpeaksTheUsersLanguage();
    void helpIsInTheUsersLanguage();
};

void TestTranslations::cleanup()
{
    installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestTranslations::germanCatalogueIsCompleteAndSafe()
{
    const QString path =
        qEnvironmentVariable("HOOKDESK_SOURCE_DIR") + QStringLiteral("/translations/hookdesk_de.ts");
    QString error;
    const QList<Message> messages = readCatalogue(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(path + QStringLiteral(": ") + error));
    // The code has hundreds of texts; a catalogue with a handful was never refreshed.
    QVERIFY2(messages.size() > 800, qPrintable(QString::number(messages.size())));

    QStringList problems;
    for (const Message& m : messages) {
        // lupdate files a tr() it cannot place in a class under the bare namespace, where the
        // program never looks it up: such a message is dead.
        if (m.context == QLatin1String("hookdesk"))
            problems.append(QStringLiteral("%1 “%2”: in no class's context").arg(m.context, m.source));
        const QString problem = problemsOf(m);
        if (!problem.isEmpty())
            problems.append(QStringLiteral("%1 “%2”: %3").arg(m.context, m.source, problem));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::catalogueHoldsEveryTextOfTheCode()
{
    // A text added to the code and never to the catalogue would reach a German user in English,
    // with nothing to say so: lupdate, run over the code into a copy, must find nothing new.
    const QString lupdate = qEnvironmentVariable("HOOKDESK_LUPDATE");
    QVERIFY2(QFile::exists(lupdate), qPrintable(QStringLiteral("no lupdate at “%1”").arg(lupdate)));
    const QString sourceDir = qEnvironmentVariable("HOOKDESK_SOURCE_DIR");
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("hookdesk_de.ts"));
    QVERIFY(QFile::copy(sourceDir + QStringLiteral("/translations/hookdesk_de.ts"), copy));
    QProcess process;
    process.setWorkingDirectory(sourceDir);
    process.setProcessChannelMode(QProcess::MergedChannels);
    // The same folders and options as the update_translations target (translations/CMakeLists.txt).
    process.start(lupdate, {QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-I"),
                            QStringLiteral("app"), QStringLiteral("-I"), QStringLiteral("models"),
                            QStringLiteral("-I"), QStringLiteral("ui"), QStringLiteral("app"),
                            QStringLiteral("models"), QStringLiteral("ui"), QStringLiteral("-ts"), copy});
    QVERIFY(process.waitForFinished(120000));
    const QString output = QString::fromUtf8(process.readAll());
    QVERIFY2(process.exitCode() == 0, qPrintable(output));
    QString error;
    const QList<Message> messages = readCatalogue(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(messages.size() > 800, qPrintable(output)); // lupdate read the code
    QStringList missing;
    for (const Message& m : messages) {
        if (m.type == QLatin1String("unfinished"))
            missing.append(m.context + QStringLiteral(": ") + m.source);
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("Not in translations/hookdesk_de.ts (run cmake --build build --target "
                                       "update_translations, then translate them):\n") +
                        missing.join(QLatin1Char('\n'))));
}

void TestTranslations::germanLocaleTranslatesCoreAndQtTexts()
{
    QCOMPARE(installTranslations(*QCoreApplication::instance(), QLocale(QLocale::German, QLocale::Germany)),
             QStringLiteral("de"));
    QCOMPARE(jobStatusLabel(JobStatus::Failed), QStringLiteral("Fehlgeschlagen"));
    // Texts of helper functions outside any class, looked up in their file's context.
    QCOMPARE(
        UrnPattern::checkUrn(QStringLiteral("urn:a::b")),
        QStringLiteral("Die URN „urn:a::b“ hat ein leeres Segment (Segment 3); entfernen Sie den doppelten "
                       "oder abschließenden Doppelpunkt."));
    // Qt's own catalogue for the same language: the standard dialog buttons.
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));

    // Swiss German falls back to the German catalogue.
    QCOMPARE(
        installTranslations(*QCoreApplication::instance(), QLocale(QLocale::German, QLocale::Switzerland)),
        QStringLiteral("de"));
    QCOMPARE(jobStatusLabel(JobStatus::Pending), QStringLiteral("Ausstehend"));
}

void TestTranslations::otherLocalesStayEnglish_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates);
    QTest::newRow("fr_FR") << QLocale(QLocale::French, QLocale::France);
    QTest::newRow("C") << QLocale::c();
}

void TestTranslations::otherLocalesStayEnglish()
{
    QFETCH(QLocale, locale);
    // First German, so that the call below has to take those translators out again.
    QCOMPARE(installTranslations(*QCoreApplication::instance(), QLocale(QLocale::German)),
             QStringLiteral("de"));
    QCOMPARE(installTranslations(*QCoreApplication::instance(), locale), QString());
    QCOMPARE(jobStatusLabel(JobStatus::Failed), QStringLiteral("Failed"));
    QCOMPARE(
        UrnPattern::checkUrn(QStringLiteral("urn:a::b")),
        QStringLiteral("The URN “urn:a::b” has an empty segment (segment 3); remove the doubled or trailing "
                       "colon."));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
}

void TestTranslations::theTestEnvironmentIsEnglish()
{
    // setup.sh runs every test under LC_ALL=C.UTF-8, and their expected texts are English.
    if (qEnvironmentVariable("LC_ALL") != QLatin1String("C.UTF-8"))
        QSKIP("Not run under setup.sh's LC_ALL=C.UTF-8");
    QCOMPARE(installTranslations(*QCoreApplication::instance()), QString());
    QCOMPARE(jobStatusLabel(JobStatus::Succeeded), QStringLiteral("Succeeded"));
}

void TestTranslations::commandLineSpeaksTheUsersLanguage()
{
    const QString binary = qEnvironmentVariable("HOOKDESK_BINARY");
    QVERIFY2(QFile::exists(binary), qPrintable(binary));
    QTemporaryDir dir;
    const QStringList unknownCommand = {QStringLiteral("--database"),
                                        dir.filePath(QStringLiteral("cli.sqlite")),
                                        QStringLiteral("frobnicate")};

    const QString german =
        QStringLiteral("Unbekannter Befehl „frobnicate“. Mit hookdesk --help erhalten Sie die Liste.");
    const QString english = QStringLiteral("Unknown command “frobnicate”. Run hookdesk --help for the list.");
    struct Case
    {
        QString locale;
        QString languages; // LANGUAGE: the user's languages in order of preference
        QStringList arguments;
        QString expected;
    } cases[] = {
        {QStringLiteral("de_DE.UTF-8"), QString(), unknownCommand, german},
        {QStringLiteral("C.UTF-8"), QString(), unknownCommand, english},
        // No French catalogue: the second choice. But English before German stays English.
        {QStringLiteral("fr_FR.UTF-8"), QStringLiteral("fr_FR:de_DE"), unknownCommand, german},
        {QStringLiteral("de_DE.UTF-8"), QStringLiteral("en_GB:de_DE"), unknownCommand, english},
        // Read before the application exists, and still German.
        {QStringLiteral("de_AT.UTF-8"),
         QString(),
         {QStringLiteral("--database")},
         QStringLiteral("Die Option --database braucht einen Dateipfad oder eine postgresql://-Adresse.")},
    };
    for (const Case& c : cases) {
        QProcess process;
        process.setProcessEnvironment(environmentFor(c.locale, c.languages));
        process.start(binary, c.arguments);
        QVERIFY(process.waitForFinished(60000));
        const QString errorOutput = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(process.exitCode() != 0, qPrintable(errorOutput));
        QVERIFY2(errorOutput.contains(c.expected),
                 qPrintable(c.locale + QLatin1Char(' ') + c.languages + QStringLiteral(": ") + errorOutput));
    }
}

void TestTranslations::helpIsInTheUsersLanguage()
{
    const QString binary = qEnvironmentVariable("HOOKDESK_BINARY");
    QVERIFY2(QFile::exists(binary), qPrintable(binary));
    auto help = [&binary](const QString& locale) {
        QProcess process;
        process.setProcessEnvironment(environmentFor(locale, QString()));
        process.start(binary, {QStringLiteral("--help")});
        process.waitForFinished(60000);
        return process.exitCode() == 0 ? QString::fromUtf8(process.readAllStandardOutput())
                                       : QString::fromUtf8(process.readAllStandardError());
    };
    const QString german = help(QStringLiteral("de_DE.UTF-8"));
    QVERIFY2(german.startsWith(QStringLiteral("Aufruf: hookdesk [--database PFAD")), qPrintable(german));
    QVERIFY2(german.contains(QStringLiteral("Tokens stehen nie in Argumenten")), qPrintable(german));
    // What is typed stays as it is typed.
    QVERIFY2(german.contains(QStringLiteral("  queue resend --status failed|exhausted|succeeded")),
             qPrintable(german));
    const QString english = help(QStringLiteral("C.UTF-8"));
    QVERIFY2(english.startsWith(QStringLiteral("Usage: hookdesk [--database PATH")), qPrintable(english));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
