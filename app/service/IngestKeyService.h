// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/IngestKeyStore.h"

#include <QString>
#include <functional>

namespace hookdesk {

class SecretStore;

// Creates and deletes ingest keys: the key goes into the keychain, its name and hash into the
// database. The key is returned once, at creation; Hookdesk never shows it again.
class IngestKeyService
{
public:
    using CreateCallback = std::function<void(bool ok, const QString& error, const QString& key)>;
    using DoneCallback = std::function<void(bool ok, const QString& error)>;

    IngestKeyService(IngestKeyStore& keys, SecretStore& secrets);

    // The key's name problem in words, or an empty string.
    QString validateName(const QString& name) const;
    void create(const QString& name, CreateCallback done);
    void remove(const QString& name, DoneCallback done);

    // "hdk_" + 32 random bytes in unpadded base64url.
    static QString generateKey();

private:
    IngestKeyStore& m_keys;
    SecretStore& m_secrets;
};

} // namespace hookdesk
