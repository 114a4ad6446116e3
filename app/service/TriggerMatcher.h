// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Integration.h"
#include "domain/Trigger.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace hookdesk {

class Catalogue;

// Decides which triggers an event fires, for the fan-out of every raised event (window, command
// line, ingest) and for the "which triggers would fire?" tester, so both always agree.
//
// An event matches a trigger when its type matches any of the trigger's entries (an exact type, or
// a group wildcard such as "Submissions > *" that takes every catalogue type whose group path
// starts with "Submissions") and, when the trigger has URN patterns, its URN matches one of them.
class TriggerMatcher
{
public:
    // Without a catalogue, group wildcards match nothing: only the catalogue knows the groups.
    explicit TriggerMatcher(const Catalogue* catalogue);

    // "Submissions > *", "Submissions > [kapp-slug] > *" or "*" (every type).
    static bool isGroupWildcard(const QString& entry);
    // Trims and spaces a group wildcard as "A > B > *"; other entries are only trimmed.
    static QString normalizeEntry(const QString& entry);
    // What is wrong with an entry's form alone (no catalogue), or an empty string.
    static QString checkEntrySyntax(const QString& entry);
    // What is wrong with an entry against the catalogue (unknown type, group with no types), or "".
    QString checkEntry(const QString& entry) const;

    bool typeMatches(const QString& entry, const QString& type) const;
    // Ignores whether the trigger is enabled.
    bool matches(const Trigger& trigger, const QString& type, const QString& urn) const;

    struct Match
    {
        Trigger trigger;
        QString integrationName;
        QString url;
        bool active = true; // the trigger and its integration are both enabled
    };
    // Every trigger that matches, enabled or not, in trigger id order.
    QList<Match> matchingTriggers(const QList<Trigger>& triggers, const QList<Integration>& integrations,
                                  const QString& type, const QString& urn) const;

    // One delivery: the active matches that resolve to the same integration and URL, merged so the
    // receiver gets the event once.
    struct Target
    {
        qint64 integrationId = 0;
        QString integrationName;
        QString url;
        QList<qint64> triggerIds; // ascending; the first is the job's trigger
    };
    static QList<Target> targets(const QList<Match>& matches);

private:
    const Catalogue* m_catalogue;
};

} // namespace hookdesk
