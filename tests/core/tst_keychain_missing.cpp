// SPDX-License-Identifier: GPL-3.0-or-later
// What an administrator sees when no Secret Service answers: a prompt, bounded failure with a
// sentence that says so, one answer per call, and never a plain-text copy of the secret.
#include "secrets/KeychainSecretStore.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

using namespace hookdesk;

namespace {

const char* const bogusBus = "unix:path=/nonexistent/hookdesk-no-bus";

const QString notAvailable = QStringLiteral(
    "The system keychain is not available: no Secret Service (such as GNOME Keyring or KWallet) answers on "
    "the session bus. Start or unlock your keyring and try again.");

struct Answer
{
    int calls = 0;
    bool ok = true;
    QString value;
    QString error;
    bool inCall = true;
    bool calledSynchronously = false;
    qint64 elapsedMs = -1;
};

} // namespace

class TestKeychainMissing : public QObject
{
    Q_OBJECT

public:
    explicit TestKeychainMissing(const QString& home) : m_home(home) {}

private slots:
    void initTestCase();
    void writeFailsPromptly();
    void readFailsWithoutClaimingTheEntryIsMissing();
    void removeDoesNotClaimSuccess();
    void eachCallbackRanExactlyOnce();
    void nothingWrittenAsPlainText();

private:
    std::shared_ptr<Answer> start(const std::function<void(SecretStore::Callback)>& operation);
    void verifyUnavailable(const std::shared_ptr<Answer>& answer, const char* what);

    QString m_home;
    QString m_secret;
    std::unique_ptr<KeychainSecretStore> m_store;
    QList<std::shared_ptr<Answer>> m_answers;
};

std::shared_ptr<Answer>
TestKeychainMissing::start(const std::function<void(SecretStore::Callback)>& operation)
{
    auto answer = std::make_shared<Answer>();
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    operation([answer, timer](bool ok, const QString& value, const QString& error) {
        ++answer->calls;
        answer->ok = ok;
        answer->value = value;
        answer->error = error;
        answer->calledSynchronously = answer->calledSynchronously || answer->inCall;
        answer->elapsedMs = timer->elapsed();
    });
    answer->inCall = false;
    m_answers << answer;
    return answer;
}

void TestKeychainMissing::verifyUnavailable(const std::shared_ptr<Answer>& answer, const char* what)
{
    // Bounded: one attempt, one retry after a second, each failing at once on a missing socket.
    QTRY_VERIFY_WITH_TIMEOUT(answer->calls > 0, 15000);
    qInfo("%s failed after %lld ms with: %s", what, answer->elapsedMs, qPrintable(answer->error));
    QVERIFY(!answer->calledSynchronously);
    QVERIFY(!answer->ok);
    QVERIFY(answer->value.isEmpty());
    QVERIFY2(answer->error.startsWith(notAvailable), qPrintable(answer->error));
    // The backend's own words follow in parentheses, for whoever debugs the machine.
    QVERIFY2(answer->error.endsWith(QLatin1Char(')')), qPrintable(answer->error));
    // The one retry for a keyring that starts late happened, and no more than that.
    QVERIFY(answer->elapsedMs >= m_store->retryDelay().count());
    QVERIFY(answer->elapsedMs < 10000);
}

void TestKeychainMissing::initTestCase()
{
    QCOMPARE(qgetenv("DBUS_SESSION_BUS_ADDRESS"), QByteArray(bogusBus));
    QVERIFY(qEnvironmentVariableIsEmpty("DISPLAY"));
    m_secret = QStringLiteral("whsec_plaintext-canary-%1")
                   .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
    m_store = std::make_unique<KeychainSecretStore>(QStringLiteral("HookdeskTestMissing"));
}

void TestKeychainMissing::writeFailsPromptly()
{
    const auto answer = start([&](SecretStore::Callback done) {
        m_store->write(QStringLiteral("integration/x/token"), m_secret, std::move(done));
    });
    verifyUnavailable(answer, "write");
}

void TestKeychainMissing::readFailsWithoutClaimingTheEntryIsMissing()
{
    const auto answer = start([&](SecretStore::Callback done) {
        m_store->read(QStringLiteral("integration/x/token"), std::move(done));
    });
    verifyUnavailable(answer, "read");
    QVERIFY(!answer->error.contains(QStringLiteral("No secret is stored")));
}

void TestKeychainMissing::removeDoesNotClaimSuccess()
{
    const auto answer = start([&](SecretStore::Callback done) {
        m_store->remove(QStringLiteral("integration/x/token"), std::move(done));
    });
    verifyUnavailable(answer, "remove");
}

void TestKeychainMissing::eachCallbackRanExactlyOnce()
{
    // Every earlier operation has had well over its retry delay since it answered (each later
    // one took at least that long), so a late second answer would have arrived by now.
    QCOMPARE(m_answers.size(), 3);
    for (const auto& answer : std::as_const(m_answers))
        QCOMPARE(answer->calls, 1);
}

void TestKeychainMissing::nothingWrittenAsPlainText()
{
    const QByteArray needle = m_secret.toUtf8();
    int scanned = 0;
    QDirIterator it(m_home, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        ++scanned;
        QVERIFY2(!file.readAll().contains(needle), qPrintable(file.fileName()));
    }
    // QtKeychain's plain-text fallback would have used QSettings under the service's name.
    QVERIFY(!QFile::exists(m_home + QStringLiteral("/.config/HookdeskTestMissing.conf")));
    qInfo("scanned %d files under %s", scanned, qPrintable(m_home));
}

int main(int argc, char** argv)
{
    // Before anything reads the environment: a home of our own to search for plain-text copies,
    // and a session bus that cannot exist. Without DISPLAY, D-Bus cannot autolaunch a bus.
    QTemporaryDir home;
    if (!home.isValid())
        return 2;
    qputenv("HOME", home.path().toUtf8());
    qputenv("XDG_DATA_HOME", (home.path() + QStringLiteral("/.local/share")).toUtf8());
    qputenv("XDG_CONFIG_HOME", (home.path() + QStringLiteral("/.config")).toUtf8());
    qputenv("XDG_CACHE_HOME", (home.path() + QStringLiteral("/.cache")).toUtf8());
    qputenv("XDG_STATE_HOME", (home.path() + QStringLiteral("/.local/state")).toUtf8());
    qputenv("DBUS_SESSION_BUS_ADDRESS", bogusBus);
    qunsetenv("DISPLAY");
    qunsetenv("WAYLAND_DISPLAY");

    QCoreApplication app(argc, argv);
    TestKeychainMissing test(home.path());
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychain_missing.moc"
