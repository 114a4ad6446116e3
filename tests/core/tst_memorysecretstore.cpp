// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/MemorySecretStore.h"

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
    bool inCall = true;
    bool calledSynchronously = false;
};

SecretStore::Callback recordInto(const std::shared_ptr<Answer>& answer)
{
    return [answer](bool ok, const QString& value, const QString& error) {
        ++answer->calls;
        answer->ok = ok;
        answer->value = value;
        answer->error = error;
        answer->calledSynchronously = answer->calledSynchronously || answer->inCall;
    };
}

} // namespace

class TestMemorySecretStore : public QObject
{
    Q_OBJECT

private slots:
    void roundTripIsAsynchronous();
    void readMissingSaysNothingStored();
    void removeMissingSucceeds();
    void failureIsReportedAndChangesNothing();

private:
    std::shared_ptr<Answer> write(const QString& key, const QString& value);
    std::shared_ptr<Answer> read(const QString& key);
    std::shared_ptr<Answer> remove(const QString& key);
    std::shared_ptr<Answer> settle(const std::shared_ptr<Answer>& answer);

    MemorySecretStore m_store;
};

std::shared_ptr<Answer> TestMemorySecretStore::settle(const std::shared_ptr<Answer>& answer)
{
    answer->inCall = false;
    [&] { QTRY_COMPARE(answer->calls, 1); }();
    return answer;
}

std::shared_ptr<Answer> TestMemorySecretStore::write(const QString& key, const QString& value)
{
    auto answer = std::make_shared<Answer>();
    m_store.write(key, value, recordInto(answer));
    return settle(answer);
}

std::shared_ptr<Answer> TestMemorySecretStore::read(const QString& key)
{
    auto answer = std::make_shared<Answer>();
    m_store.read(key, recordInto(answer));
    return settle(answer);
}

std::shared_ptr<Answer> TestMemorySecretStore::remove(const QString& key)
{
    auto answer = std::make_shared<Answer>();
    m_store.remove(key, recordInto(answer));
    return settle(answer);
}

void TestMemorySecretStore::roundTripIsAsynchronous()
{
    const auto written = write(QStringLiteral("a/token"), QStringLiteral("Grüße 🔑"));
    QVERIFY(written->ok);
    QVERIFY(!written->calledSynchronously);
    QVERIFY(m_store.contains(QStringLiteral("a/token")));

    const auto got = read(QStringLiteral("a/token"));
    QVERIFY(got->ok);
    QVERIFY(!got->calledSynchronously);
    QCOMPARE(got->value, QStringLiteral("Grüße 🔑"));

    QVERIFY(write(QStringLiteral("a/token"), QStringLiteral("second"))->ok);
    QCOMPARE(read(QStringLiteral("a/token"))->value, QStringLiteral("second"));
    QCOMPARE(m_store.count(), 1);

    const auto removed = remove(QStringLiteral("a/token"));
    QVERIFY(removed->ok);
    QVERIFY(!removed->calledSynchronously);
    QVERIFY(!m_store.contains(QStringLiteral("a/token")));
}

void TestMemorySecretStore::readMissingSaysNothingStored()
{
    const auto got = read(QStringLiteral("b/token"));
    QVERIFY(!got->ok);
    QVERIFY(got->value.isEmpty());
    QCOMPARE(got->error, QStringLiteral("No secret is stored in the keychain under “b/token”."));
}

void TestMemorySecretStore::removeMissingSucceeds()
{
    const auto removed = remove(QStringLiteral("c/token"));
    QVERIFY(removed->ok);
    QVERIFY(removed->error.isEmpty());
}

void TestMemorySecretStore::failureIsReportedAndChangesNothing()
{
    QVERIFY(write(QStringLiteral("d/token"), QStringLiteral("kept"))->ok);
    const QString failure = QStringLiteral("The system keychain is not available.");
    m_store.setFailure(failure);

    const auto written = write(QStringLiteral("d/token"), QStringLiteral("lost"));
    QVERIFY(!written->ok);
    QVERIFY(!written->calledSynchronously);
    QCOMPARE(written->error, failure);
    const auto got = read(QStringLiteral("d/token"));
    QVERIFY(!got->ok);
    QVERIFY(got->value.isEmpty());
    QCOMPARE(got->error, failure);
    QCOMPARE(remove(QStringLiteral("d/token"))->error, failure);

    m_store.setFailure(QString());
    QCOMPARE(read(QStringLiteral("d/token"))->value, QStringLiteral("kept"));
}

QTEST_GUILESS_MAIN(TestMemorySecretStore)
#include "tst_memorysecretstore.moc"
