// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/UrnPattern.h"

#include <QCoreApplication>

namespace hookdesk {

namespace {

// A struct rather than a free tr(): lupdate files the strings of free functions under the
// namespace, so only Q_DECLARE_TR_FUNCTIONS puts them in the context looked up at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(hookdesk::UrnPattern)
};

const QLatin1String kWildcard("*");

QString problemWith(const QString& input, bool pattern);

} // namespace

std::optional<UrnPattern> UrnPattern::parse(const QString& pattern, QString* error)
{
    const QString problem = check(pattern);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    UrnPattern p;
    p.m_text = pattern.trimmed();
    p.m_segments = p.m_text.split(QLatin1Char(':'));
    // The first `urn` is compared like any other segment; "urn:*" is therefore every URN.
    if (p.m_segments.size() > 1 && p.m_segments.last() == kWildcard) {
        p.m_openEnded = true;
        p.m_segments.removeLast();
    }
    return p;
}

namespace {

// One validation for patterns and for the URNs of events; only an event's URN forbids `*`.
QString problemWith(const QString& input, bool pattern)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return pattern ? Text::tr("The URN pattern is empty; write one such as urn:allthings:app:APP_ID:*.")
                       : Text::tr("The URN is empty.");
    if (!text.startsWith(QLatin1String("urn:"), Qt::CaseInsensitive))
        return pattern
                   ? Text::tr("The URN pattern “%1” must start with “urn:”, e.g. urn:allthings:app:APP_ID:*.")
                         .arg(text)
                   : Text::tr(
                         "The URN “%1” must start with “urn:”, e.g. urn:allthings:app:APP_ID:user:USER_ID.")
                         .arg(text);
    for (const QChar c : text) {
        if (c.isSpace())
            return pattern ? Text::tr("The URN pattern “%1” contains a space; URNs have none.").arg(text)
                           : Text::tr("The URN “%1” contains a space; URNs have none.").arg(text);
    }
    const QStringList segments = text.split(QLatin1Char(':'));
    for (int i = 0; i < segments.size(); ++i) {
        const QString& s = segments.at(i);
        if (s.isEmpty())
            return pattern ? Text::tr(
                                 "The URN pattern “%1” has an empty segment (segment %2); remove the doubled "
                                 "or trailing colon.")
                                 .arg(text)
                                 .arg(i + 1)
                           : Text::tr("The URN “%1” has an empty segment (segment %2); remove the doubled or "
                                      "trailing colon.")
                                 .arg(text)
                                 .arg(i + 1);
        if (!pattern && s.contains(QLatin1Char('*')))
            return Text::tr(
                       "The URN “%1” contains *; wildcards belong in a trigger's URN patterns, not in the "
                       "URN of an event.")
                .arg(text);
        if (s.contains(QLatin1Char('*')) && s != kWildcard)
            return Text::tr("In the URN pattern “%1”, “%2” mixes * with other characters; * must stand alone "
                            "between colons and matches one whole segment.")
                .arg(text, s);
    }
    return {};
}

} // namespace

QString UrnPattern::check(const QString& pattern)
{
    return problemWith(pattern, true);
}

QString UrnPattern::checkUrn(const QString& urn)
{
    return problemWith(urn, false);
}

bool UrnPattern::matches(const QString& urn) const
{
    if (m_segments.isEmpty())
        return false;
    const QStringList parts = urn.trimmed().split(QLatin1Char(':'));
    if (m_openEnded ? parts.size() <= m_segments.size() : parts.size() != m_segments.size())
        return false;
    for (int i = 0; i < m_segments.size(); ++i) {
        const QString& s = m_segments.at(i);
        if (parts.at(i).isEmpty())
            return false;
        // RFC 8141: the "urn" scheme and the namespace identifier are case-insensitive.
        const Qt::CaseSensitivity cs = i < 2 ? Qt::CaseInsensitive : Qt::CaseSensitive;
        if (s != kWildcard && parts.at(i).compare(s, cs) != 0)
            return false;
    }
    for (qsizetype i = m_segments.size(); i < parts.size(); ++i) {
        if (parts.at(i).isEmpty())
            return false;
    }
    return true;
}

bool UrnPattern::anyMatches(const QStringList& patterns, const QString& urn)
{
    for (const QString& text : patterns) {
        const std::optional<UrnPattern> p = parse(text);
        if (p && p->matches(urn))
            return true;
    }
    return false;
}

} // namespace hookdesk
