// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/IngestKeyService.h"

#include "domain/Ids.h"
#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <array>

namespace hookdesk {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("hookdesk::IngestKeyService", text);
}

} // namespace

IngestKeyService::IngestKeyService(IngestKeyStore& keys, SecretStore& secrets)
    : m_keys(keys), m_secrets(secrets)
{}

QString IngestKeyService::generateKey()
{
    std::array<quint32, 8> words{};
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    const QByteArray bytes(reinterpret_cast<const char*>(words.data()), int(sizeof(words)));
    return QStringLiteral("hdk_") + QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding |
                                                                       QByteArray::OmitTrailingEquals));
}

QString IngestKeyService::validateName(const QString& name) const
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    if (name.trimmed().isEmpty())
        return tr("Give the ingest key a name, such as the program that will use it.");
    if (!pattern.match(name).hasMatch())
        return tr("The key name “%1” may only contain letters, digits, dots, dashes and underscores "
                  "(at most 64, starting with a letter or digit).")
            .arg(name);
    QString error;
    if (m_keys.byName(name, &error))
        return tr("There is already an ingest key named “%1”. Choose another name, or delete the old "
                  "key first.")
            .arg(name);
    return error;
}

void IngestKeyService::create(const QString& name, CreateCallback done)
{
    const QString problem = validateName(name);
    if (!problem.isEmpty()) {
        done(false, problem, {});
        return;
    }
    const QString key = generateKey();
    IngestKey row;
    row.name = name;
    row.keychainKey = newId(QStringLiteral("ingest"));
    row.keyHash = IngestKeyStore::hashKey(key);
    const QString keychainKey = row.keychainKey;
    m_secrets.write(
        keychainKey, key, [this, row, key, done](bool ok, const QString&, const QString& error) mutable {
            if (!ok) {
                done(false,
                     tr("The ingest key was not created because the keychain refused it: %1").arg(error), {});
                return;
            }
            QString storeError;
            if (!m_keys.insert(row, &storeError)) {
                // Leave no orphan in the keychain for a key nobody can use.
                m_secrets.remove(row.keychainKey, [](bool, const QString&, const QString&) {});
                done(false, storeError, {});
                return;
            }
            done(true, {}, key);
        });
}

void IngestKeyService::remove(const QString& name, DoneCallback done)
{
    QString error;
    const std::optional<IngestKey> key = m_keys.byName(name, &error);
    if (!key) {
        done(false, error.isEmpty() ? tr("There is no ingest key named “%1”.").arg(name) : error);
        return;
    }
    // The row first: once it is gone the server refuses the key, whatever the keychain says.
    if (!m_keys.remove(key->id, &error)) {
        done(false, error);
        return;
    }
    m_secrets.remove(key->keychainKey, [done, name](bool ok, const QString&, const QString& keychainError) {
        if (!ok)
            done(false, tr("The ingest key “%1” no longer works, but the keychain could not forget it: %2")
                            .arg(name, keychainError));
        else
            done(true, {});
    });
}

} // namespace hookdesk
