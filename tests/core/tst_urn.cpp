// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/UrnPattern.h"

#include <QtTest>

using hookdesk::UrnPattern;

namespace {

const QString kApp = QStringLiteral("urn:allthings:app:42");

} // namespace

class TestUrn : public QObject
{
    Q_OBJECT

private slots:
    void matching_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("urn");
        QTest::addColumn<bool>("matches");

        // The Allthings examples: a whole App, and one ticket category of it.
        QTest::newRow("whole app, a ticket") << "urn:allthings:app:42:*"
                                             << "urn:allthings:app:42:ticket:7:900" << true;
        QTest::newRow("whole app, a user") << "urn:allthings:app:42:*"
                                           << "urn:allthings:app:42:user:5" << true;
        QTest::newRow("whole app, another app") << "urn:allthings:app:42:*"
                                                << "urn:allthings:app:43:user:5" << false;
        QTest::newRow("whole app, the app itself") << "urn:allthings:app:42:*"
                                                   << "urn:allthings:app:42" << false;
        QTest::newRow("app id is not a prefix") << "urn:allthings:app:42:*"
                                                << "urn:allthings:app:421:user:5" << false;
        QTest::newRow("category, its ticket") << "urn:allthings:app:42:ticket:7:*"
                                              << "urn:allthings:app:42:ticket:7:900" << true;
        QTest::newRow("category, a comment of its ticket")
            << "urn:allthings:app:42:ticket:7:*"
            << "urn:allthings:app:42:ticket:7:900:comment:3" << true;
        QTest::newRow("category, another category") << "urn:allthings:app:42:ticket:8:*"
                                                    << "urn:allthings:app:42:ticket:7:900" << false;
        QTest::newRow("category, a booking") << "urn:allthings:app:42:ticket:7:*"
                                             << "urn:allthings:app:42:booking:7:1" << false;
        // A * inside the pattern is exactly one segment.
        QTest::newRow("any category, one ticket") << "urn:allthings:app:42:ticket:*:900"
                                                  << "urn:allthings:app:42:ticket:7:900" << true;
        QTest::newRow("any category, another ticket") << "urn:allthings:app:42:ticket:*:900"
                                                      << "urn:allthings:app:42:ticket:7:901" << false;
        QTest::newRow("inner * is not two segments") << "urn:allthings:app:42:ticket:*:900"
                                                     << "urn:allthings:app:42:ticket:7:8:900" << false;
        QTest::newRow("any app, tickets") << "urn:allthings:app:*:ticket:*"
                                          << "urn:allthings:app:1:ticket:2:3" << true;
        QTest::newRow("any app, users") << "urn:allthings:app:*:ticket:*"
                                        << "urn:allthings:app:1:user:2" << false;
        // Without a wildcard the URN must be the same, segment for segment.
        QTest::newRow("exact") << "urn:allthings:app:42:ticket:7:900"
                               << "urn:allthings:app:42:ticket:7:900" << true;
        QTest::newRow("exact, longer urn") << "urn:allthings:app:42:ticket:7:900"
                                           << "urn:allthings:app:42:ticket:7:900:comment:1" << false;
        QTest::newRow("exact, shorter urn") << "urn:allthings:app:42:ticket:7:900"
                                            << "urn:allthings:app:42:ticket:7" << false;
        QTest::newRow("ids are case-sensitive") << "urn:allthings:app:abc:*"
                                                << "urn:allthings:app:ABC:user:1" << false;
        QTest::newRow("scheme and namespace are not") << "urn:allthings:app:abc:*"
                                                      << "URN:Allthings:app:abc:user:1" << true;
        QTest::newRow("every urn") << "urn:*"
                                   << "urn:isbn:0451450523" << true;
        QTest::newRow("event without urn") << "urn:allthings:app:42:*"
                                           << "" << false;
        QTest::newRow("urn with empty segment") << "urn:allthings:app:42:*"
                                                << "urn:allthings:app:42::5" << false;
        QTest::newRow("spaces around the pattern") << "  urn:allthings:app:42:*  "
                                                   << "urn:allthings:app:42:user:5" << true;
    }

    void matching()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, urn);
        QString error;
        const std::optional<UrnPattern> p = UrnPattern::parse(pattern, &error);
        QVERIFY2(p, qPrintable(error));
        QVERIFY(error.isEmpty());
        QTEST(p->matches(urn), "matches");
    }

    void malformed_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("message");

        QTest::newRow("empty") << ""
                               << "is empty";
        QTest::newRow("blank") << "   "
                               << "is empty";
        QTest::newRow("no urn prefix") << "allthings:app:42:*"
                                       << "must start with “urn:”";
        QTest::newRow("url instead") << "https://example.com/*"
                                     << "must start with “urn:”";
        QTest::newRow("only urn:") << "urn:"
                                   << "empty segment (segment 2)";
        QTest::newRow("doubled colon") << "urn:allthings:app::ticket:*"
                                       << "empty segment (segment 4)";
        QTest::newRow("trailing colon") << "urn:allthings:app:42:"
                                        << "empty segment (segment 5)";
        QTest::newRow("star inside a segment") << "urn:allthings:app:4*"
                                               << "“4*” mixes * with other characters";
        QTest::newRow("double star") << "urn:allthings:app:42:**"
                                     << "“**” mixes * with other characters";
        QTest::newRow("space inside") << "urn:allthings:app:42 :*"
                                      << "contains a space";
    }

    void malformed()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!UrnPattern::parse(pattern, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
        QCOMPARE(UrnPattern::check(pattern), error);
        // A rejected pattern matches nothing where lists of stored patterns are applied.
        QVERIFY(!UrnPattern::anyMatches({pattern}, QStringLiteral("urn:allthings:app:42:ticket:7:1")));
    }

    void anyOfSeveralApps()
    {
        // One trigger across two Apps, as the reference allows programmatically.
        const QStringList patterns = {QStringLiteral("urn:allthings:app:1:*"),
                                      QStringLiteral("urn:allthings:app:2:ticket:9:*")};
        QVERIFY(UrnPattern::anyMatches(patterns, QStringLiteral("urn:allthings:app:1:user:5")));
        QVERIFY(UrnPattern::anyMatches(patterns, QStringLiteral("urn:allthings:app:2:ticket:9:77")));
        QVERIFY(!UrnPattern::anyMatches(patterns, QStringLiteral("urn:allthings:app:2:ticket:8:77")));
        QVERIFY(!UrnPattern::anyMatches({}, QStringLiteral("urn:allthings:app:1:user:5")));
    }

    void eventUrns_data()
    {
        QTest::addColumn<QString>("urn");
        QTest::addColumn<QString>("message");
        QTest::newRow("valid") << "urn:allthings:app:42:ticket:7:900"
                               << "";
        QTest::newRow("wildcard") << "urn:allthings:app:42:*"
                                  << "wildcards belong in a trigger";
        QTest::newRow("no prefix") << "app:42"
                                   << "must start with “urn:”";
        QTest::newRow("empty segment") << "urn:allthings::42"
                                       << "empty segment (segment 3)";
    }

    void eventUrns()
    {
        QFETCH(QString, urn);
        QFETCH(QString, message);
        const QString problem = UrnPattern::checkUrn(urn);
        if (message.isEmpty())
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        else
            QVERIFY2(problem.contains(message), qPrintable(problem));
    }
};

QTEST_GUILESS_MAIN(TestUrn)
#include "tst_urn.moc"
