// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/TriggerMatcher.h"

#include "catalogue/Catalogue.h"
#include "domain/UrnPattern.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>

namespace hookdesk {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("hookdesk::TriggerMatcher", text);
}

// The group prefix of a wildcard entry: "Submissions > [kapp-slug] > *" → {Submissions, [kapp-slug]}.
QStringList wildcardPrefix(const QString& entry)
{
    QStringList parts = entry.split(QLatin1Char('>'));
    for (QString& p : parts)
        p = p.trimmed();
    parts.removeLast();
    return parts;
}

bool startsWith(const QStringList& group, const QStringList& prefix)
{
    if (group.size() < prefix.size())
        return false;
    for (qsizetype i = 0; i < prefix.size(); ++i) {
        if (group.at(i) != prefix.at(i))
            return false;
    }
    return true;
}

} // namespace

TriggerMatcher::TriggerMatcher(const Catalogue* catalogue) : m_catalogue(catalogue) {}

bool TriggerMatcher::isGroupWildcard(const QString& entry)
{
    const QString t = entry.trimmed();
    if (t == QLatin1String("*"))
        return true;
    if (!t.endsWith(QLatin1Char('*')))
        return false;
    return t.chopped(1).trimmed().endsWith(QLatin1Char('>'));
}

QString TriggerMatcher::normalizeEntry(const QString& entry)
{
    if (!isGroupWildcard(entry))
        return entry.trimmed();
    QStringList parts = wildcardPrefix(entry.trimmed());
    parts.append(QStringLiteral("*"));
    return parts.join(QStringLiteral(" > "));
}

QString TriggerMatcher::checkEntrySyntax(const QString& entry)
{
    const QString t = entry.trimmed();
    if (t.isEmpty())
        return tr("An event type entry is empty; choose a type or a group such as “Submissions > *”.");
    if (isGroupWildcard(t)) {
        const QStringList prefix = wildcardPrefix(t);
        for (const QString& p : prefix) {
            if (p.isEmpty())
                return tr("The group “%1” has an empty level; write it like “Submissions > *”.").arg(t);
            if (p.contains(QLatin1Char('*')))
                return tr("In the group “%1”, * may only stand at the end, as “… > *”.").arg(t);
        }
        return {};
    }
    if (t.contains(QLatin1Char('*')) || t.contains(QLatin1Char('>')))
        return tr("“%1” is neither an event type nor a group wildcard; a group is written like "
                  "“Submissions > *”.")
            .arg(t);
    for (const QChar c : t) {
        if (c.isSpace())
            return tr("The event type “%1” contains a space; event types have none.").arg(t);
    }
    return {};
}

QString TriggerMatcher::checkEntry(const QString& entry) const
{
    const QString syntax = checkEntrySyntax(entry);
    if (!syntax.isEmpty())
        return syntax;
    if (!m_catalogue)
        return {};
    const QString t = normalizeEntry(entry);
    if (isGroupWildcard(t)) {
        for (const EventType& type : m_catalogue->eventTypes()) {
            if (typeMatches(t, type.type))
                return {};
        }
        return tr("No event type of the catalogue is in the group “%1”. Check the spelling of the group "
                  "path, as the catalogue shows it.")
            .arg(t);
    }
    if (!m_catalogue->find(t))
        return tr("“%1” is not an event type of the catalogue. `hookdesk catalogue list` shows the known "
                  "types.")
            .arg(t);
    return {};
}

bool TriggerMatcher::typeMatches(const QString& entry, const QString& type) const
{
    if (!isGroupWildcard(entry))
        return entry.trimmed() == type;
    if (!m_catalogue)
        return false;
    const EventType* eventType = m_catalogue->find(type);
    return eventType && startsWith(eventType->group, wildcardPrefix(entry.trimmed()));
}

bool TriggerMatcher::matches(const Trigger& trigger, const QString& type, const QString& urn) const
{
    const QStringList entries = trigger.types();
    const bool typeOk =
        std::any_of(entries.begin(), entries.end(), [&](const QString& e) { return typeMatches(e, type); });
    if (!typeOk)
        return false;
    return trigger.urnPatterns.isEmpty() || UrnPattern::anyMatches(trigger.urnPatterns, urn);
}

QList<TriggerMatcher::Match> TriggerMatcher::matchingTriggers(const QList<Trigger>& triggers,
                                                              const QList<Integration>& integrations,
                                                              const QString& type, const QString& urn) const
{
    QHash<qint64, const Integration*> byId;
    for (const Integration& i : integrations)
        byId.insert(i.id, &i);
    QList<Match> out;
    for (const Trigger& t : triggers) {
        const Integration* i = byId.value(t.integrationId);
        if (!i || !matches(t, type, urn))
            continue;
        out.append({t, i->name, joinUrl(i->baseUrl, t.path), t.enabled && i->enabled});
    }
    std::sort(out.begin(), out.end(),
              [](const Match& a, const Match& b) { return a.trigger.id < b.trigger.id; });
    return out;
}

QList<TriggerMatcher::Target> TriggerMatcher::targets(const QList<Match>& matches)
{
    QList<Target> out;
    for (const Match& m : matches) {
        if (!m.active)
            continue;
        auto same = std::find_if(out.begin(), out.end(), [&](const Target& t) {
            return t.integrationId == m.trigger.integrationId && t.url == m.url;
        });
        if (same != out.end()) {
            same->triggerIds.append(m.trigger.id);
            continue;
        }
        out.append({m.trigger.integrationId, m.integrationName, m.url, {m.trigger.id}});
    }
    return out;
}

} // namespace hookdesk
