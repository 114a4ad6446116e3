// SPDX-License-Identifier: GPL-3.0-or-later
// Rotating an integration's signing secret: the old secret moves aside in the real keychain and
// keeps signing until the overlap ends; a keychain that fails leaves the old secret current.
#include "delivery/Signer.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/MemorySecretStore.h"
#include "service/IntegrationService.h"
#include "storage/Database.h"
#include "storage/IntegrationStore.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

using namespace hookdesk;

namespace {

constexpr qint64 kHour = 60 * 60 * 1000;

struct Answer
{
    bool done = false;
    bool ok = false;
    QString value;
    QString error;
    qint64 until = 0;
};

// Refuses to write one key, as a keychain that fails half-way through a rotation would.
class RefusingStore : public MemorySecretStore
{
public:
    QString refusedKey;

    void write(const QString& key, const QString& value, Callback done) override
    {
        if (key != refusedKey) {
            MemorySecretStore::write(key, value, std::move(done));
            return;
        }
        QMetaObject::invokeMethod(
            this, [done]() { done(false, {}, QStringLiteral("The keychain is locked.")); },
            Qt::QueuedConnection);
    }
};

} // namespace

class TestRotation : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void rotationKeepsTheOldSecretForTheOverlap();
    void overlapZeroStopsTheOldSecretAtOnce();
    void keychainFailureLeavesTheOldSecretCurrent();
    void oldSecretLeavesTheKeychainWhenTheOverlapEnds();
    void lockedKeychainKeepsTheOldSecretUntilLater();

private:
    Integration create(SecretStore& secrets, IntegrationService& service);
    Answer read(SecretStore& secrets, const QString& key);
    Answer rotate(IntegrationService& service, qint64 id, qint64 overlapMs);
    Answer forget(IntegrationService& service);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<IntegrationStore> m_store;
    qint64 m_now = 0;
};

void TestRotation::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_db->open(m_dir->filePath(QStringLiteral("r.sqlite")), QStringLiteral("tst_rotation"), &error),
             qPrintable(error));
    m_store = std::make_unique<IntegrationStore>(*m_db);
    m_now = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
}

void TestRotation::cleanup()
{
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

Integration TestRotation::create(SecretStore& secrets, IntegrationService& service)
{
    Integration integration;
    integration.name = QStringLiteral("Billing %1").arg(QDateTime::currentMSecsSinceEpoch());
    integration.baseUrl = QStringLiteral("http://127.0.0.1:9/hooks");
    Answer answer;
    Integration created;
    service.create(integration, QStringLiteral("tok-rotation"),
                   [&](bool ok, const QString& error, const Integration& made) {
                       answer.done = true;
                       answer.ok = ok;
                       answer.error = error;
                       created = made;
                   });
    if (!QTest::qWaitFor([&]() { return answer.done; }, 20000) || !answer.ok)
        qWarning("create failed: %s", qPrintable(answer.error));
    Q_UNUSED(secrets);
    return *m_store->byId(created.id);
}

Answer TestRotation::read(SecretStore& secrets, const QString& key)
{
    Answer answer;
    secrets.read(key, [&](bool ok, const QString& value, const QString& error) {
        answer = Answer{true, ok, value, error, 0};
    });
    if (!QTest::qWaitFor([&]() { return answer.done; }, 20000))
        answer.error = QStringLiteral("The keychain did not answer.");
    return answer;
}

Answer TestRotation::rotate(IntegrationService& service, qint64 id, qint64 overlapMs)
{
    Answer answer;
    service.rotateSecret(id, overlapMs,
                         [&](bool ok, const QString& error, const QString& secret, qint64 until) {
                             answer = Answer{true, ok, secret, error, until};
                         });
    if (!QTest::qWaitFor([&]() { return answer.done; }, 20000))
        answer.error = QStringLiteral("The rotation did not finish.");
    return answer;
}

Answer TestRotation::forget(IntegrationService& service)
{
    Answer answer;
    service.forgetExpiredSecrets([&](bool ok, const QString& error) {
        answer = Answer{true, ok, {}, error, 0};
    });
    if (!QTest::qWaitFor([&]() { return answer.done; }, 20000))
        answer.error = QStringLiteral("Forgetting did not finish.");
    return answer;
}

void TestRotation::rotationKeepsTheOldSecretForTheOverlap()
{
    KeychainSecretStore secrets;
    IntegrationService service(*m_store, secrets);
    service.setClock(Clock([this]() { return m_now; }));
    const Integration before = create(secrets, service);
    const Answer old = read(secrets, before.secretKey());
    QVERIFY2(old.ok, qPrintable(old.error));
    QVERIFY(old.value.startsWith(QLatin1String("whsec_")));

    const Answer rotated = rotate(service, before.id, 24 * kHour);
    QVERIFY2(rotated.ok, qPrintable(rotated.error));
    QVERIFY(rotated.value.startsWith(QLatin1String("whsec_")));
    QVERIFY(rotated.value != old.value);
    QCOMPARE(rotated.until, m_now + 24 * kHour);

    // The keychain holds the new secret as the current one, the old one beside it.
    QCOMPARE(read(secrets, before.secretKey()).value, rotated.value);
    QCOMPARE(read(secrets, before.previousSecretKey()).value, old.value);
    const Integration after = *m_store->byId(before.id);
    QCOMPARE(after.previousSecretUntil, m_now + 24 * kHour);
    QVERIFY(after.secretVersion > before.secretVersion);

    // Read back through another store object: it is really in the keyring, not in memory.
    KeychainSecretStore again;
    QCOMPARE(read(again, before.secretKey()).value, rotated.value);

    // Deleting the integration removes both secrets.
    Answer removed;
    service.remove(before.id, [&](bool ok, const QString& error) {
        removed = Answer{true, ok, {}, error, 0};
    });
    QVERIFY(QTest::qWaitFor([&]() { return removed.done; }, 20000));
    QVERIFY2(removed.ok, qPrintable(removed.error));
    QTRY_VERIFY_WITH_TIMEOUT(!read(secrets, before.previousSecretKey()).ok, 20000);
    QVERIFY(!read(secrets, before.secretKey()).ok);
}

void TestRotation::overlapZeroStopsTheOldSecretAtOnce()
{
    KeychainSecretStore secrets;
    IntegrationService service(*m_store, secrets);
    service.setClock(Clock([this]() { return m_now; }));
    const Integration before = create(secrets, service);
    const Answer first = rotate(service, before.id, 24 * kHour);
    QVERIFY2(first.ok, qPrintable(first.error));

    const Answer second = rotate(service, before.id, 0);
    QVERIFY2(second.ok, qPrintable(second.error));
    QCOMPARE(second.until, qint64(0));
    QCOMPARE(m_store->byId(before.id)->previousSecretUntil, qint64(0));
    QCOMPARE(read(secrets, before.secretKey()).value, second.value);
    // Nothing signs with a rotated-out secret any more, so it is not kept.
    QTRY_VERIFY_WITH_TIMEOUT(!read(secrets, before.previousSecretKey()).ok, 20000);
}

void TestRotation::keychainFailureLeavesTheOldSecretCurrent()
{
    RefusingStore secrets;
    IntegrationService service(*m_store, secrets);
    service.setClock(Clock([this]() { return m_now; }));
    const Integration before = create(secrets, service);
    const QString old = read(secrets, before.secretKey()).value;

    // The old secret was set aside, then the new one could not be written.
    secrets.refusedKey = before.secretKey();
    const Answer failed = rotate(service, before.id, 24 * kHour);
    QVERIFY(!failed.ok);
    QVERIFY2(failed.error.startsWith(QLatin1String("The signing secret was not changed")),
             qPrintable(failed.error));
    QVERIFY2(failed.error.contains(QLatin1String("The keychain is locked.")) &&
                 failed.error.contains(QLatin1String("The old secret is still in use.")),
             qPrintable(failed.error));
    QCOMPARE(read(secrets, before.secretKey()).value, old);
    QTRY_VERIFY(!secrets.contains(before.previousSecretKey()));
    Integration after = *m_store->byId(before.id);
    QCOMPARE(after.secretVersion, before.secretVersion);
    QCOMPARE(after.previousSecretUntil, qint64(0));

    // A keychain that refuses everything: nothing changes either.
    secrets.refusedKey.clear();
    secrets.setFailure(QStringLiteral("No keychain answers."));
    const Answer refused = rotate(service, before.id, 24 * kHour);
    QVERIFY(!refused.ok);
    QVERIFY2(refused.error.contains(QLatin1String("No keychain answers.")), qPrintable(refused.error));
    secrets.setFailure({});
    QCOMPARE(read(secrets, before.secretKey()).value, old);
    QCOMPARE(m_store->byId(before.id)->secretVersion, before.secretVersion);

    // An integration that no longer exists is reported in words.
    const Answer gone = rotate(service, before.id + 100, 24 * kHour);
    QVERIFY(!gone.ok);
    QCOMPARE(gone.error, QStringLiteral("This integration no longer exists."));
}

void TestRotation::oldSecretLeavesTheKeychainWhenTheOverlapEnds()
{
    KeychainSecretStore secrets;
    IntegrationService service(*m_store, secrets);
    service.setClock(Clock([this]() { return m_now; }));
    const Integration before = create(secrets, service);
    const QString old = read(secrets, before.secretKey()).value;
    const Answer rotated = rotate(service, before.id, 24 * kHour);
    QVERIFY2(rotated.ok, qPrintable(rotated.error));

    // Within the overlap the old secret still signs: it stays.
    m_now += 23 * kHour;
    Answer forgot = forget(service);
    QVERIFY2(forgot.ok, qPrintable(forgot.error));
    QCOMPARE(read(secrets, before.previousSecretKey()).value, old);
    QCOMPARE(m_store->byId(before.id)->previousSecretUntil, rotated.until);

    // Once it is over, nothing signs with it: it is gone from the keyring, and the row says so.
    m_now += 2 * kHour;
    forgot = forget(service);
    QVERIFY2(forgot.ok, qPrintable(forgot.error));
    QVERIFY(!read(secrets, before.previousSecretKey()).ok);
    KeychainSecretStore again;
    QVERIFY(!read(again, before.previousSecretKey()).ok);
    QCOMPARE(m_store->byId(before.id)->previousSecretUntil, qint64(0));
    QCOMPARE(read(secrets, before.secretKey()).value, rotated.value); // the current one stays

    Answer removed;
    service.remove(before.id, [&](bool ok, const QString& error) {
        removed = Answer{true, ok, {}, error, 0};
    });
    QVERIFY(QTest::qWaitFor([&]() { return removed.done; }, 20000));
}

void TestRotation::lockedKeychainKeepsTheOldSecretUntilLater()
{
    MemorySecretStore secrets;
    IntegrationService service(*m_store, secrets);
    service.setClock(Clock([this]() { return m_now; }));
    const Integration before = create(secrets, service);
    const Answer rotated = rotate(service, before.id, kHour);
    QVERIFY2(rotated.ok, qPrintable(rotated.error));
    m_now += 2 * kHour;

    secrets.setFailure(QStringLiteral("The keychain is locked."));
    Answer forgot = forget(service);
    QVERIFY(!forgot.ok);
    QVERIFY2(forgot.error.contains(QStringLiteral("could not be removed from the keychain")) &&
                 forgot.error.contains(QStringLiteral("The keychain is locked.")),
             qPrintable(forgot.error));
    // Nothing claims it is gone while it is still there.
    QCOMPARE(m_store->byId(before.id)->previousSecretUntil, rotated.until);

    secrets.setFailure({});
    forgot = forget(service);
    QVERIFY2(forgot.ok, qPrintable(forgot.error));
    QVERIFY(!secrets.contains(before.previousSecretKey()));
    QCOMPARE(m_store->byId(before.id)->previousSecretUntil, qint64(0));
}

QTEST_GUILESS_MAIN(TestRotation)
#include "tst_rotation.moc"
