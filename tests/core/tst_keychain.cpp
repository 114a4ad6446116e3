// SPDX-License-Identifier: GPL-3.0-or-later
// Against a real Secret Service: run inside a D-Bus session with an unlocked gnome-keyring
// (tst_keychain.cmake arranges that for CTest).
#include "secrets/KeychainSecretStore.h"

#include <QDateTime>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QtTest>
#include <memory>

using namespace hookdesk;

namespace {

struct Answer
{
    int calls = 0;
    bool ok = false;
    QString value;
    QString error;
    bool calledSynchronously = false;
    bool inCall = true;
};

QString randomToken(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (char& c : raw)
        c = static_cast<char>(QRandomGenerator::global()->bounded(256));
    return QString::fromLatin1(raw.toBase64());
}

} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void writeThenReadBack();
    void overwriteReplacesValue();
    void removeThenReadSaysNothingStored();
    void readMissingSaysNothingStored();
    void removeMissingSucceeds();
    void servicesDoNotShareSecrets();
    void unusualValues_data();
    void unusualValues();
    void valueNeverWrittenToPlainFiles();

private:
    // Runs one store operation to completion and checks the callback contract on the way.
    std::shared_ptr<Answer> run(const std::function<void(SecretStore::Callback)>& operation);
    std::shared_ptr<Answer> write(const QString& key, const QString& value, SecretStore* store = nullptr);
    std::shared_ptr<Answer> read(const QString& key, SecretStore* store = nullptr);
    std::shared_ptr<Answer> remove(const QString& key, SecretStore* store = nullptr);
    QString key(const QString& name);

    std::unique_ptr<KeychainSecretStore> m_store;
    QString m_prefix;
    QStringList m_keys;
    QDateTime m_started;
};

std::shared_ptr<Answer> TestKeychain::run(const std::function<void(SecretStore::Callback)>& operation)
{
    auto answer = std::make_shared<Answer>();
    operation([answer](bool ok, const QString& value, const QString& error) {
        ++answer->calls;
        answer->ok = ok;
        answer->value = value;
        answer->error = error;
        answer->calledSynchronously = answer->calledSynchronously || answer->inCall;
    });
    answer->inCall = false;
    [&] { QTRY_VERIFY_WITH_TIMEOUT(answer->calls > 0, 20000); }();
    // A hang or a second call would be a broken contract.
    if (answer->calls != 1 || answer->calledSynchronously)
        qWarning("callback contract broken: %d calls, synchronous: %d", answer->calls,
                 int(answer->calledSynchronously));
    return answer;
}

std::shared_ptr<Answer> TestKeychain::write(const QString& key, const QString& value, SecretStore* store)
{
    SecretStore* target = store ? store : m_store.get();
    return run([&](SecretStore::Callback done) { target->write(key, value, std::move(done)); });
}

std::shared_ptr<Answer> TestKeychain::read(const QString& key, SecretStore* store)
{
    SecretStore* target = store ? store : m_store.get();
    return run([&](SecretStore::Callback done) { target->read(key, std::move(done)); });
}

std::shared_ptr<Answer> TestKeychain::remove(const QString& key, SecretStore* store)
{
    SecretStore* target = store ? store : m_store.get();
    return run([&](SecretStore::Callback done) { target->remove(key, std::move(done)); });
}

QString TestKeychain::key(const QString& name)
{
    const QString full = m_prefix + name;
    m_keys << full;
    return full;
}

void TestKeychain::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "run inside a D-Bus session with an unlocked gnome-keyring (see tst_keychain.cmake)");
    m_started = QDateTime::currentDateTimeUtc().addSecs(-2);
    // A service of our own per run keeps parallel runs and a developer's real entries apart.
    m_prefix = QStringLiteral("integration/%1/")
                   .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    m_store = std::make_unique<KeychainSecretStore>(QStringLiteral("HookdeskTest"));
    const auto probe = write(key(QStringLiteral("probe")), QStringLiteral("probe"));
    QVERIFY2(probe->ok, qPrintable(probe->error));
}

void TestKeychain::cleanupTestCase()
{
    for (const QString& k : std::as_const(m_keys))
        remove(k);
}

void TestKeychain::writeThenReadBack()
{
    const QString k = key(QStringLiteral("token"));
    const auto written = write(k, QStringLiteral("tok_abc123"));
    QCOMPARE(written->calls, 1);
    QVERIFY(!written->calledSynchronously);
    QVERIFY2(written->ok, qPrintable(written->error));
    QVERIFY(written->error.isEmpty());

    const auto got = read(k);
    QCOMPARE(got->calls, 1);
    QVERIFY(!got->calledSynchronously);
    QVERIFY2(got->ok, qPrintable(got->error));
    QCOMPARE(got->value, QStringLiteral("tok_abc123"));
}

void TestKeychain::overwriteReplacesValue()
{
    const QString k = key(QStringLiteral("signing-secret"));
    QVERIFY(write(k, QStringLiteral("whsec_old"))->ok);
    QVERIFY(write(k, QStringLiteral("whsec_new"))->ok);
    const auto got = read(k);
    QVERIFY2(got->ok, qPrintable(got->error));
    QCOMPARE(got->value, QStringLiteral("whsec_new"));
}

void TestKeychain::removeThenReadSaysNothingStored()
{
    const QString k = key(QStringLiteral("removed"));
    QVERIFY(write(k, QStringLiteral("short-lived"))->ok);
    const auto removed = remove(k);
    QCOMPARE(removed->calls, 1);
    QVERIFY(!removed->calledSynchronously);
    QVERIFY2(removed->ok, qPrintable(removed->error));

    const auto got = read(k);
    QCOMPARE(got->calls, 1);
    QVERIFY(!got->ok);
    QVERIFY(got->value.isEmpty());
    QCOMPARE(got->error, SecretStore::notFoundMessage(k));
}

void TestKeychain::readMissingSaysNothingStored()
{
    const QString k = key(QStringLiteral("never-written"));
    const auto got = read(k);
    QCOMPARE(got->calls, 1);
    QVERIFY(!got->calledSynchronously);
    QVERIFY(!got->ok);
    QCOMPARE(got->error, QStringLiteral("No secret is stored in the keychain under “%1”.").arg(k));
}

void TestKeychain::removeMissingSucceeds()
{
    const auto removed = remove(key(QStringLiteral("never-written-either")));
    QCOMPARE(removed->calls, 1);
    QVERIFY2(removed->ok, qPrintable(removed->error));
}

void TestKeychain::servicesDoNotShareSecrets()
{
    const QString k = key(QStringLiteral("per-service"));
    QVERIFY(write(k, QStringLiteral("mine"))->ok);
    KeychainSecretStore other(QStringLiteral("HookdeskTestOther"));
    const auto got = read(k, &other);
    QVERIFY(!got->ok);
    QCOMPARE(got->error, SecretStore::notFoundMessage(k));
    // Removing from the other service must leave ours in place.
    QVERIFY(remove(k, &other)->ok);
    QCOMPARE(read(k)->value, QStringLiteral("mine"));
}

void TestKeychain::unusualValues_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("unicode") << QStringLiteral("Grüße 🔑 日本語 «ÆØÅ» \u00e9\u0301");
    QTest::newRow("whsec") << QStringLiteral("whsec_") + randomToken(64);
    QTest::newRow("long") << randomToken(48 * 1024);
    QTest::newRow("whitespace and quotes") << QStringLiteral("  line one\nline \"two\"\t'three'  ");
    QTest::newRow("empty") << QString();
}

void TestKeychain::unusualValues()
{
    QFETCH(QString, value);
    const QString k = key(QStringLiteral("unusual/") + QString::fromLatin1(QTest::currentDataTag()));
    const auto written = write(k, value);
    QVERIFY2(written->ok, qPrintable(written->error));
    const auto got = read(k);
    QVERIFY2(got->ok, qPrintable(got->error));
    QCOMPARE(got->value.size(), value.size());
    QCOMPARE(got->value, value);
}

void TestKeychain::valueNeverWrittenToPlainFiles()
{
    const QString marker = QStringLiteral("hookdesk-marker-") + randomToken(24);
    QVERIFY(write(key(QStringLiteral("marker")), marker)->ok);
    QCOMPARE(read(m_keys.last())->value, marker);

    // The keyring's own files in full, and anything else touched during this run in the data and
    // config folders (where QtKeychain's plain-text fallback would write).
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    const QString configDir = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    const QByteArray needle = marker.toUtf8();
    int scanned = 0;
    for (const QString& dir : {dataDir, configDir}) {
        QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QFileInfo info(it.next());
            const bool keyringFile = info.filePath().startsWith(dataDir + QStringLiteral("/keyrings/"));
            if (!keyringFile && info.lastModified().toUTC() < m_started)
                continue;
            if (info.size() > 64 * 1024 * 1024)
                continue;
            QFile file(info.filePath());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            ++scanned;
            QVERIFY2(!file.readAll().contains(needle), qPrintable(info.filePath()));
        }
    }
    qInfo("scanned %d files under %s and %s", scanned, qPrintable(dataDir), qPrintable(configDir));
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
