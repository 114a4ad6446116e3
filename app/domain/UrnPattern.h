// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace hookdesk {

// A URN scope filter of a trigger, Allthings style: `urn:allthings:app:42:ticket:7:*`.
// Segments are separated by `:`; a segment `*` matches exactly one segment of the URN, and a
// trailing `:*` matches one or more remaining segments (so `urn:allthings:app:42:*` is "anything
// in app 42" but not the app itself).
class UrnPattern
{
public:
    // On a malformed pattern returns nothing and sets *error to a sentence saying what is wrong.
    static std::optional<UrnPattern> parse(const QString& pattern, QString* error = nullptr);
    // The problem with a pattern, or an empty string when it is valid.
    static QString check(const QString& pattern);
    // The problem with the URN of an event (no wildcards allowed), or an empty string.
    static QString checkUrn(const QString& urn);

    bool matches(const QString& urn) const;
    // True when any of `patterns` matches; malformed patterns match nothing.
    static bool anyMatches(const QStringList& patterns, const QString& urn);

    QString text() const { return m_text; }

private:
    QString m_text;
    QStringList m_segments; // without the trailing "*" when m_openEnded
    bool m_openEnded = false;
};

} // namespace hookdesk
