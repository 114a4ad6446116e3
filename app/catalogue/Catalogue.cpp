// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogue/Catalogue.h"

#include "catalogue/JsonErrorLocator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hookdesk {

namespace {

// A struct rather than a free tr(): lupdate files the strings of free functions under the
// namespace, so only Q_DECLARE_TR_FUNCTIONS puts them in the context looked up at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(hookdesk::Catalogue)
};

const QLatin1String formatName("hookdesk-catalogue");
constexpr int supportedVersion = 1;
// Far above any real catalogue; stops a wrongly chosen file (a disk image, a log) from being
// read into memory whole.
constexpr qint64 maxFileSize = 64 * 1024 * 1024;

bool isNonEmptyString(const QJsonValue& value)
{
    return value.isString() && !value.toString().trimmed().isEmpty();
}

// "event 3 (“thyngs.page.added”)", or "event 3" before its type is known to be usable.
QString eventLabel(qsizetype index, const QJsonObject& object)
{
    const QJsonValue type = object.value(QLatin1String("type"));
    if (isNonEmptyString(type))
        return Text::tr("event %1 (“%2”)").arg(index + 1).arg(type.toString());
    return Text::tr("event %1").arg(index + 1);
}

} // namespace

Catalogue Catalogue::builtIn(QString* error)
{
    Catalogue catalogue;
    QStringList problems;
    const QDir dir(QStringLiteral(":/catalogues"));
    const QStringList names = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    if (names.isEmpty())
        problems << Text::tr("No built-in event catalogues are included in this build of Hookdesk.");
    for (const QString& name : names) {
        const QString path = dir.filePath(name);
        QFile file(path);
        QString problem;
        if (!file.open(QIODevice::ReadOnly))
            problems
                << Text::tr("Could not read the built-in catalogue “%1”: %2.").arg(path, file.errorString());
        else if (!catalogue.loadJson(file.readAll(), path, true, &problem))
            problems << problem;
    }
    if (error)
        *error = problems.join(QLatin1Char('\n'));
    return catalogue;
}

bool Catalogue::loadFile(const QString& path, QString* error)
{
    const QString shownPath = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error =
                Text::tr(
                    "Could not open the catalogue file “%1”: %2. Check that the file exists and that you "
                    "may read it.")
                    .arg(shownPath, file.errorString());
        return false;
    }
    if (file.size() > maxFileSize) {
        if (error)
            *error =
                Text::tr(
                    "The catalogue file “%1” is larger than %2 MB, which no event catalogue needs. Check "
                    "that you chose the right file.")
                    .arg(shownPath)
                    .arg(maxFileSize / (1024 * 1024));
        return false;
    }
    return loadJson(file.readAll(), shownPath, false, error);
}

bool Catalogue::loadJson(const QByteArray& json, const QString& sourceName, bool builtIn, QString* error)
{
    const auto fail = [&](const QString& problem) {
        if (error)
            *error =
                Text::tr(
                    "Could not load the event catalogue “%1”: %2 Nothing from this file was added; correct "
                    "it and load it again.")
                    .arg(sourceName, problem);
        return false;
    };

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const JsonErrorLocator::Location at = JsonErrorLocator::locate(json, parseError);
        return fail(Text::tr("the file is not valid JSON at line %1, column %2: %3.")
                        .arg(at.line)
                        .arg(at.column)
                        .arg(at.reason));
    }
    if (!document.isObject())
        return fail(Text::tr("the file must contain one JSON object with “format”, “version”, “platform” and "
                             "“events”."));

    const QJsonObject root = document.object();
    if (root.value(QLatin1String("format")).toString() != formatName)
        return fail(
            Text::tr("this is not a Hookdesk event catalogue: “format” must be “%1”.").arg(formatName));
    const QJsonValue versionValue = root.value(QLatin1String("version"));
    const double version = versionValue.toDouble(-1);
    if (!versionValue.isDouble() || version != static_cast<int>(version) || version < 1)
        return fail(Text::tr("“version” must be a whole number; this version of Hookdesk reads version %1.")
                        .arg(supportedVersion));
    if (version > supportedVersion)
        return fail(
            Text::tr("the file is catalogue version %1, made for a newer Hookdesk; this version reads "
                     "version %2. Update Hookdesk to load it.")
                .arg(static_cast<int>(version))
                .arg(supportedVersion));
    const QJsonValue platformValue = root.value(QLatin1String("platform"));
    if (!isNonEmptyString(platformValue))
        return fail(Text::tr("“platform” must name the platform the events come from, e.g. “thyngs”."));
    const QString platform = platformValue.toString().trimmed();
    const QJsonValue eventsValue = root.value(QLatin1String("events"));
    if (!eventsValue.isArray())
        return fail(Text::tr("“events” must be a list of events."));

    // Everything is checked into a side list first so that a fault in the last event leaves the
    // catalogue exactly as it was.
    QList<EventType> loaded;
    QHash<QString, qsizetype> indexInFile;
    const QJsonArray events = eventsValue.toArray();
    for (qsizetype i = 0; i < events.size(); ++i) {
        if (!events.at(i).isObject())
            return fail(Text::tr("event %1 is not a JSON object.").arg(i + 1));
        const QJsonObject object = events.at(i).toObject();
        const QString label = eventLabel(i, object);

        const char* const requiredTexts[] = {"type", "title", "itemName", "eventName"};
        for (const char* field : requiredTexts) {
            const QJsonValue value = object.value(QLatin1String(field));
            if (value.isUndefined())
                return fail(Text::tr("%1 has no “%2”; every event needs a non-empty “%2” text.")
                                .arg(label, QLatin1String(field)));
            if (!isNonEmptyString(value))
                return fail(
                    Text::tr("in %1, “%2” must be a non-empty text.").arg(label, QLatin1String(field)));
        }

        EventType type;
        type.type = object.value(QLatin1String("type")).toString().trimmed();
        for (const QChar c : type.type) {
            if (c.isSpace())
                return fail(
                    Text::tr("in %1, “type” contains a space; use a key such as “platform.item.action”.")
                        .arg(label));
        }
        if (const auto previous = indexInFile.constFind(type.type); previous != indexInFile.constEnd())
            return fail(Text::tr("%1 repeats the type of event %2; every type must be unique.")
                            .arg(label)
                            .arg(previous.value() + 1));
        if (const auto owner = m_sourceByType.constFind(type.type); owner != m_sourceByType.constEnd())
            return fail(
                Text::tr("%1 uses a type that the catalogue “%2” already defines; give it a different type.")
                    .arg(label, owner.value()));

        const QJsonValue description = object.value(QLatin1String("description"));
        if (!description.isUndefined() && !description.isString())
            return fail(Text::tr("in %1, “description” must be a text.").arg(label));

        const QJsonValue group = object.value(QLatin1String("group"));
        if (!group.isUndefined()) {
            if (!group.isArray())
                return fail(
                    Text::tr(
                        "in %1, “group” must be a list of texts, e.g. [\"Submissions\", \"[kapp-slug]\"].")
                        .arg(label));
            for (const QJsonValue& part : group.toArray()) {
                if (!isNonEmptyString(part))
                    return fail(
                        Text::tr("in %1, every entry of “group” must be a non-empty text.").arg(label));
                type.group << part.toString();
            }
        }

        const QJsonValue schema = object.value(QLatin1String("schema"));
        if (!schema.isUndefined() && !schema.isObject())
            return fail(Text::tr("in %1, “schema” must be a JSON Schema object.").arg(label));
        if (!object.contains(QLatin1String("example")))
            return fail(Text::tr("%1 has no “example”; every event needs an example payload.").arg(label));
        const QJsonValue deprecated = object.value(QLatin1String("deprecated"));
        if (!deprecated.isUndefined() && !deprecated.isBool())
            return fail(Text::tr("in %1, “deprecated” must be true or false.").arg(label));

        const QJsonValue validation = object.value(QLatin1String("validation"));
        bool validationKnown = validation.isUndefined() || validation.isString();
        if (validation.isString())
            type.validation = validationModeFromName(validation.toString(), &validationKnown);
        if (!validationKnown)
            return fail(Text::tr("in %1, “validation” must be “off”, “warn” or “reject”.").arg(label));
        const QJsonValue eventPlatform = object.value(QLatin1String("platform"));
        if (!eventPlatform.isUndefined() && !eventPlatform.isString())
            return fail(Text::tr("in %1, “platform” must be a text.").arg(label));

        type.title = object.value(QLatin1String("title")).toString();
        type.description = description.toString();
        type.itemName = object.value(QLatin1String("itemName")).toString();
        type.eventName = object.value(QLatin1String("eventName")).toString();
        type.platform = eventPlatform.isString() ? eventPlatform.toString().trimmed() : platform;
        type.schema = schema.toObject();
        type.example = object.value(QLatin1String("example"));
        type.deprecated = deprecated.toBool(false);
        type.builtIn = builtIn;
        indexInFile.insert(type.type, i);
        loaded << type;
    }

    for (EventType& type : loaded) {
        m_indexByType.insert(type.type, m_eventTypes.size());
        m_sourceByType.insert(type.type, sourceName);
        m_eventTypes << std::move(type);
    }
    if (error)
        error->clear();
    return true;
}

void Catalogue::addCustom(const QList<EventType>& types, QString* error)
{
    QStringList problems;
    for (EventType type : types) {
        if (const auto owner = m_sourceByType.constFind(type.type); owner != m_sourceByType.constEnd()) {
            problems << Text::tr("The custom event type “%1” is left out because the catalogue “%2” already "
                                 "defines it; rename or delete the custom type.")
                            .arg(type.type, owner.value());
            continue;
        }
        type.builtIn = false;
        m_indexByType.insert(type.type, m_eventTypes.size());
        m_sourceByType.insert(type.type, Text::tr("custom event types"));
        m_eventTypes << std::move(type);
    }
    if (error)
        *error = problems.join(QLatin1Char('\n'));
}

const EventType* Catalogue::find(const QString& type) const
{
    const auto it = m_indexByType.constFind(type);
    return it == m_indexByType.constEnd() ? nullptr : &m_eventTypes.at(it.value());
}

} // namespace hookdesk
