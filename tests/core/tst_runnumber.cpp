// SPDX-License-Identifier: GPL-3.0-or-later
// Reading the run number from responses (JSON pointer or header) and saying what is wrong with a
// rule; reading CA files and putting certificate errors in words.
#include "TlsTestReceiver.h"
#include "delivery/RunNumber.h"
#include "delivery/TlsSettings.h"

#include <QSslCertificate>
#include <QSslError>
#include <QTemporaryDir>
#include <QtTest>

using namespace hookdesk;
using hookdesk::test::TlsTestReceiver;

namespace {

Integration withRule(const QString& rule)
{
    Integration i;
    i.setRunNumberRule(rule);
    return i;
}

} // namespace

class TestRunNumber : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonPointer_data();
    void jsonPointer();
    void headerIsCaseInsensitiveAndTrimmed();
    void nothingWithoutRuleOrAnswer();
    void longValuesAreCut();
    void badRulesAreExplained_data();
    void badRulesAreExplained();
    void caFileIsReadOrExplained();
    void certificateErrorsInWords();
};

void TestRunNumber::jsonPointer_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("expected");
    QTest::newRow("nested string") << QByteArray(R"({"run":{"number":"001"}})") << "/run/number"
                                   << "001";
    QTest::newRow("integer") << QByteArray(R"({"run":42})") << "/run"
                             << "42";
    QTest::newRow("integral double") << QByteArray(R"({"run":3.0})") << "/run"
                                     << "3";
    QTest::newRow("fraction") << QByteArray(R"({"run":1.5})") << "/run"
                              << "1.5";
    QTest::newRow("big number, no exponent") << QByteArray(R"({"run":1e21})") << "/run"
                                             << "1000000000000000000000";
    QTest::newRow("array index") << QByteArray(R"({"results":[{"id":"a"},{"id":"b"}]})") << "/results/1/id"
                                 << "b";
    QTest::newRow("index past the end") << QByteArray(R"({"results":[1]})") << "/results/1"
                                        << "";
    QTest::newRow("leading zero index") << QByteArray(R"({"results":[1,2]})") << "/results/01"
                                        << "";
    QTest::newRow("dash index") << QByteArray(R"({"results":[1,2]})") << "/results/-"
                                << "";
    QTest::newRow("~1 is a slash") << QByteArray(R"({"a/b":"slash"})") << "/a~1b"
                                   << "slash";
    QTest::newRow("~0 is a tilde") << QByteArray(R"({"m~n":"tilde"})") << "/m~0n"
                                   << "tilde";
    QTest::newRow("~01 is ~1, not /") << QByteArray(R"({"~1":"literal","/":"wrong"})") << "/~01"
                                      << "literal";
    QTest::newRow("empty key") << QByteArray(R"({"":"blank key"})") << "/"
                               << "blank key";
    QTest::newRow("whole body string") << QByteArray(R"("  007 ")") << ""
                                       << "007";
    QTest::newRow("object is no run number") << QByteArray(R"({"run":{"number":"1"}})") << "/run"
                                             << "";
    QTest::newRow("array is no run number") << QByteArray(R"({"run":[1]})") << "/run"
                                            << "";
    QTest::newRow("boolean") << QByteArray(R"({"run":true})") << "/run"
                             << "";
    QTest::newRow("null") << QByteArray(R"({"run":null})") << "/run"
                          << "";
    QTest::newRow("missing") << QByteArray(R"({"other":1})") << "/run"
                             << "";
    QTest::newRow("through a string") << QByteArray(R"({"run":"x"})") << "/run/0"
                                      << "";
    QTest::newRow("not JSON") << QByteArray("run=001") << "/run"
                              << "";
    QTest::newRow("empty body") << QByteArray() << "/run"
                                << "";
    QTest::newRow("two documents") << QByteArray(R"(1],[2)") << ""
                                   << "";
}

void TestRunNumber::jsonPointer()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, pointer);
    QFETCH(QString, expected);
    QCOMPARE(RunNumber::extract(withRule(QStringLiteral("json:") + pointer), 200, {}, body), expected);
}

void TestRunNumber::headerIsCaseInsensitiveAndTrimmed()
{
    const HeaderList headers{{"Content-Type", "text/plain"}, {"x-RUN-number", "  0042 "}};
    QCOMPARE(RunNumber::extract(withRule(QStringLiteral("header:X-Run-Number")), 201, headers, "{}"),
             QStringLiteral("0042"));
    QCOMPARE(RunNumber::extract(withRule(QStringLiteral("header:X-Other")), 201, headers, "{}"), QString());
    // A header rule does not look into the body, nor a body rule at headers.
    QCOMPARE(RunNumber::extract(withRule(QStringLiteral("header:run")), 200, {}, R"({"run":"1"})"),
             QString());
    QCOMPARE(RunNumber::extract(withRule(QStringLiteral("json:/x-run-number")), 200, headers, "{}"),
             QString());
}

void TestRunNumber::nothingWithoutRuleOrAnswer()
{
    const QByteArray body = R"({"run":"1"})";
    QCOMPARE(RunNumber::extract(withRule(QString()), 200, {}, body), QString());
    QCOMPARE(RunNumber::extract(withRule(QStringLiteral("json:/run")), 0, {}, body), QString());
    // An error answer that names its run still names it.
    QCOMPARE(RunNumber::extract(withRule(QStringLiteral("json:/run")), 500, {}, body), QStringLiteral("1"));
}

void TestRunNumber::longValuesAreCut()
{
    const QString longRun(200, QLatin1Char('7'));
    const QByteArray body = QByteArray(R"({"run":")") + longRun.toLatin1() + "\"}";
    QCOMPARE(RunNumber::extract(withRule(QStringLiteral("json:/run")), 200, {}, body),
             longRun.left(RunNumber::kMaxLength));
}

void TestRunNumber::badRulesAreExplained_data()
{
    QTest::addColumn<int>("source");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("problemMentions"); // empty: the rule is fine
    QTest::newRow("none") << int(RunNumberSource::None) << "anything"
                          << "";
    QTest::newRow("pointer") << int(RunNumberSource::JsonPointer) << "/run/number"
                             << "";
    QTest::newRow("whole body") << int(RunNumberSource::JsonPointer) << ""
                                << "";
    QTest::newRow("no slash") << int(RunNumberSource::JsonPointer) << "run.number"
                              << "must start with “/”";
    QTest::newRow("stray tilde") << int(RunNumberSource::JsonPointer) << "/a~2"
                                 << "~0";
    QTest::newRow("header") << int(RunNumberSource::Header) << "X-Run-Number"
                            << "";
    QTest::newRow("empty header") << int(RunNumberSource::Header) << ""
                                  << "name of the response header";
    QTest::newRow("header with space") << int(RunNumberSource::Header) << "Run Number"
                                       << "not a header name";
    QTest::newRow("header with colon") << int(RunNumberSource::Header) << "Run:"
                                       << "not a header name";
}

void TestRunNumber::badRulesAreExplained()
{
    QFETCH(int, source);
    QFETCH(QString, path);
    QFETCH(QString, problemMentions);
    const QString problem = RunNumber::validateRule(RunNumberSource(source), path);
    if (problemMentions.isEmpty())
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    else
        QVERIFY2(problem.contains(problemMentions), qPrintable(problem));
}

void TestRunNumber::caFileIsReadOrExplained()
{
    QString error;
    const QList<QSslCertificate> ca = TlsSettings::readCaFile(TlsTestReceiver::caFile(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(ca.size(), 1);
    QCOMPARE(ca.first().subjectDisplayName(), QStringLiteral("Hookdesk Test CA"));

    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("gone.pem"));
    QVERIFY(TlsSettings::readCaFile(missing, &error).isEmpty());
    QVERIFY2(error.contains(missing) && error.contains(QLatin1String("does not exist")), qPrintable(error));

    const QString notPem = dir.filePath(QStringLiteral("notes.txt"));
    QFile file(notPem);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("these are not certificates\n");
    file.close();
    QVERIFY(TlsSettings::readCaFile(notPem, &error).isEmpty());
    QVERIFY2(error.contains(QLatin1String("holds no PEM certificate")), qPrintable(error));

    // Several certificates in one file are all trusted.
    const QString both = dir.filePath(QStringLiteral("both.pem"));
    QFile out(both);
    QVERIFY(out.open(QIODevice::WriteOnly));
    for (const QString& name : {QStringLiteral("ca.pem"), QStringLiteral("server.pem")}) {
        QFile in(TlsTestReceiver::dataFile(name));
        QVERIFY(in.open(QIODevice::ReadOnly));
        out.write(in.readAll());
    }
    out.close();
    QCOMPARE(TlsSettings::readCaFile(both, &error).size(), 2);

    Integration integration;
    integration.caFile = missing;
    TlsSettings::configurationFor(integration, &error);
    QVERIFY2(error.contains(QLatin1String("does not exist")), qPrintable(error));
    integration.caFile = both;
    const QSslConfiguration configuration = TlsSettings::configurationFor(integration, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(configuration.caCertificates().contains(ca.first()));
    QVERIFY(configuration.caCertificates().size() > 2); // the system's too
}

void TestRunNumber::certificateErrorsInWords()
{
    QFile serverFile(TlsTestReceiver::dataFile(QStringLiteral("server.pem")));
    QVERIFY(serverFile.open(QIODevice::ReadOnly));
    const QSslCertificate server(serverFile.readAll());
    QVERIFY(!server.isNull());
    const QUrl url(QStringLiteral("https://hooks.example.com/in"));

    QString text = TlsSettings::describeSslErrors({QSslError(QSslError::SelfSignedCertificate, server)}, url);
    QVERIFY2(text.startsWith(QLatin1String("The certificate of hooks.example.com:443 is not trusted: it is "
                                           "self-signed.")),
             qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("add its CA file")), qPrintable(text));

    text = TlsSettings::describeSslErrors({QSslError(QSslError::HostNameMismatch, server)}, url);
    QVERIFY2(
        text.contains(QLatin1String("it was issued for localhost, 127.0.0.1, not for hooks.example.com")),
        qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("URL uses a host name")), qPrintable(text));

    text = TlsSettings::describeSslErrors({QSslError(QSslError::CertificateExpired, server)},
                                          QUrl(QStringLiteral("https://127.0.0.1:8443/")));
    QVERIFY2(text.contains(QLatin1String("127.0.0.1:8443")) &&
                 text.contains(QLatin1String("it expired on 2126")),
             qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("renew")), qPrintable(text));

    text = TlsSettings::describeSslErrors({QSslError(QSslError::UnableToGetLocalIssuerCertificate, server),
                                           QSslError(QSslError::UnableToVerifyFirstCertificate, server)},
                                          url);
    QCOMPARE(text.count(QLatin1String("Hookdesk Test CA")), 1); // the same reason once
}

QTEST_MAIN(TestRunNumber)
#include "tst_runnumber.moc"
