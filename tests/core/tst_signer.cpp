// SPDX-License-Identifier: GPL-3.0-or-later
#include "delivery/Signer.h"

#include <QTest>
#include <QThread>
#include <memory>

using hookdesk::Signer;

namespace {
const QString specSecret = QStringLiteral("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
const QString specId = QStringLiteral("msg_p5jXN8AQM9LWM0D4loKWxJek");
const qint64 specTimestamp = 1614265330;
const QByteArray specBody = QByteArrayLiteral(R"({"test": 2432232314})");
const QString specSignature = QStringLiteral("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
} // namespace

class TestSigner : public QObject
{
    Q_OBJECT

private slots:
    void reproducesTheSpecVector()
    {
        QCOMPARE(Signer::sign(specSecret, specId, specTimestamp, specBody), specSignature);
        QVERIFY(Signer::verify(specSecret, specId, specTimestamp, specBody, specSignature));
    }

    // Each thread keeps the secret's keyed HMAC context and starts it again for every message: one
    // message must leave nothing behind for the next, whichever secret signed in between, and
    // every thread must sign alike. (Expected values from Python's hmac module.)
    void everyMessageIsSignedAfresh()
    {
        const QString other = Signer::generateSecret();
        const auto signAll = [&other]() {
            QStringList out;
            for (int round = 0; round < 3; ++round) {
                out << Signer::sign(specSecret, specId, specTimestamp, specBody);
                out << Signer::sign(other, specId, specTimestamp, specBody);
                out << Signer::sign(specSecret, QStringLiteral("msg_2"), 1700000000, QByteArrayLiteral("{}"));
                out << Signer::sign(specSecret, QStringLiteral("msg_3"), 1700000001, QByteArray(5000, 'x'));
            }
            return out;
        };
        const QStringList here = signAll();
        for (int round = 0; round < 3; ++round) {
            QCOMPARE(here.at(4 * round), specSignature);
            QCOMPARE(here.at(4 * round + 2),
                     QStringLiteral("v1,Ezi3XveWm9KESC6XL4X97Z88+tO5JFFAPoLaSa+Wnws="));
            QCOMPARE(here.at(4 * round + 3),
                     QStringLiteral("v1,pgFh2OKjWzBOtKaqKIu898ag2NREuXHbhJMC/IoDR2A="));
            QCOMPARE(here.at(4 * round + 1), here.at(1));
            QVERIFY(Signer::verify(other, specId, specTimestamp, specBody, here.at(4 * round + 1)));
        }
        // Forgotten keyed states are made again.
        Signer::forgetSecrets();
        QCOMPARE(signAll(), here);
        QStringList there;
        std::unique_ptr<QThread> thread(QThread::create([&]() { there = signAll(); }));
        thread->start();
        QVERIFY(thread->wait(10000));
        QCOMPARE(there, here);
    }

    void secretWithoutPrefixIsAccepted()
    {
        const QString bare = specSecret.mid(6);
        QCOMPARE(Signer::sign(bare, specId, specTimestamp, specBody), specSignature);
    }

    void malformedSecretIsRejected()
    {
        bool ok = true;
        QVERIFY(Signer::secretBytes(QStringLiteral("whsec_not base64!"), &ok).isEmpty());
        QVERIFY(!ok);
        QVERIFY(Signer::secretBytes(QStringLiteral("whsec_"), &ok).isEmpty());
        QVERIFY(!ok);
        QVERIFY(Signer::sign(QStringLiteral("whsec_%%%"), specId, specTimestamp, specBody).isEmpty());
        QVERIFY(!Signer::verify(QStringLiteral("whsec_%%%"), specId, specTimestamp, specBody, specSignature));
    }

    void generatedSecretsHaveTheStandardFormat()
    {
        const QString first = Signer::generateSecret();
        const QString second = Signer::generateSecret();
        QVERIFY(first.startsWith(QLatin1String("whsec_")));
        bool ok = false;
        QCOMPARE(Signer::secretBytes(first, &ok).size(), 32);
        QVERIFY(ok);
        QVERIFY(first != second);
        // A generated secret must be usable right away.
        const QString signature = Signer::sign(first, specId, specTimestamp, specBody);
        QVERIFY(Signer::verify(first, specId, specTimestamp, specBody, signature));
        QVERIFY(!Signer::verify(second, specId, specTimestamp, specBody, signature));
    }

    void rotationHeaderVerifiesWithEverySecret()
    {
        const QString other = Signer::generateSecret();
        const QString header = Signer::signatureHeader({specSecret, other}, specId, specTimestamp, specBody);
        const QStringList parts = header.split(QLatin1Char(' '));
        QCOMPARE(parts.size(), 2);
        QCOMPARE(parts.first(), specSignature);
        QVERIFY(parts.last().startsWith(QLatin1String("v1,")));
        QVERIFY(Signer::verify(specSecret, specId, specTimestamp, specBody, header));
        QVERIFY(Signer::verify(other, specId, specTimestamp, specBody, header));
        QVERIFY(!Signer::verify(Signer::generateSecret(), specId, specTimestamp, specBody, header));
    }

    void tamperingIsDetected()
    {
        QVERIFY(!Signer::verify(specSecret, specId, specTimestamp,
                                QByteArrayLiteral(R"({"test": 2432232315})"), specSignature));
        QVERIFY(
            !Signer::verify(specSecret, QStringLiteral("msg_other"), specTimestamp, specBody, specSignature));
        QVERIFY(!Signer::verify(specSecret, specId, specTimestamp + 1, specBody, specSignature));
        QVERIFY(!Signer::verify(specSecret, specId, specTimestamp, specBody, QString()));
        QVERIFY(!Signer::verify(specSecret, specId, specTimestamp, specBody,
                                QStringLiteral("v2,") + specSignature.mid(3)));
    }
};

QTEST_GUILESS_MAIN(TestSigner)
#include "tst_signer.moc"
