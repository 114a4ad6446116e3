// SPDX-License-Identifier: GPL-3.0-or-later
// The request and response headers of every attempt are stored as JSON and shown again in the
// inspector and exports: whatever a receiver sent must come back exactly.
#include "domain/Attempt.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace hookdesk;

class TestHeaderJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storedJsonIsStandardJson_data();
    void storedJsonIsStandardJson();
    void valuesComeBackAsSent();
};

void TestHeaderJson::storedJsonIsStandardJson_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("expectedValue");
    QTest::newRow("plain") << QByteArray("Content-Type") << QByteArray("application/json")
                           << QStringLiteral("application/json");
    QTest::newRow("quotes and backslashes")
        << QByteArray("X-Quote") << QByteArray(R"(a "b" \c\)") << QStringLiteral(R"(a "b" \c\)");
    QTest::newRow("control characters") << QByteArray("X-Ctl") << QByteArray("tab\there\nline\x01\x1f")
                                        << QStringLiteral("tab\there\nline\x01\x1f");
    QTest::newRow("UTF-8") << QByteArray("X-Name") << QByteArray("Zoë, 日本, 😀")
                           << QStringLiteral("Zoë, 日本, 😀");
    // Not UTF-8: each bad byte is kept as U+FFFD, as the inspector shows it.
    QTest::newRow("invalid UTF-8") << QByteArray("X-Bytes")
                                   << QByteArray("a\xff\xfe"
                                                 "b")
                                   << QString::fromUtf8(QByteArray("a\xff\xfe"
                                                                   "b"));
    QTest::newRow("empty") << QByteArray("X-Empty") << QByteArray() << QString();
    QTest::newRow("Latin-1 name") << QByteArray("X-Caf\xe9") << QByteArray("1") << QStringLiteral("1");
}

void TestHeaderJson::storedJsonIsStandardJson()
{
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, value);
    QFETCH(QString, expectedValue);
    const HeaderList headers{{QByteArrayLiteral("Accept"), QByteArrayLiteral("*/*")}, {name, value}};
    const QByteArray json = headersToJson(headers);
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    QVERIFY2(error.error == QJsonParseError::NoError,
             qPrintable(error.errorString() + QLatin1String(": ") + QString::fromUtf8(json)));
    // Strict JSON, which other tools reading an export also accept: no raw control characters.
    for (const char c : json)
        QVERIFY2(static_cast<unsigned char>(c) >= 0x20, json.constData());
    const QJsonArray expected{QJsonArray{QStringLiteral("Accept"), QStringLiteral("*/*")},
                              QJsonArray{QString::fromLatin1(name), expectedValue}};
    QCOMPARE(document.array(), expected);
}

void TestHeaderJson::valuesComeBackAsSent()
{
    const HeaderList headers{{QByteArrayLiteral("webhook-signature"), QByteArrayLiteral("v1,abc+/= v1,def")},
                             {QByteArrayLiteral("X-Json"), QByteArrayLiteral(R"({"a":"b\"c"})")},
                             {QByteArrayLiteral("X-Utf8"), QByteArrayLiteral("Zoë")},
                             {QByteArrayLiteral("X-Ctl"), QByteArrayLiteral("a\r\nb")}};
    QCOMPARE(headersFromJson(headersToJson(headers)), headers);
    QCOMPARE(headersToJson({}), QByteArrayLiteral("[]"));
    QCOMPARE(headersFromJson(headersToJson({})), HeaderList());
}

QTEST_GUILESS_MAIN(TestHeaderJson)
#include "tst_header_json.moc"
