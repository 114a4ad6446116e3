// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/SecretStore.h"

namespace hookdesk {

SecretStore::SecretStore(QObject* parent) : QObject(parent) {}

SecretStore::~SecretStore() = default;

QString SecretStore::notFoundMessage(const QString& key)
{
    return tr("No secret is stored in the keychain under “%1”.").arg(key);
}

} // namespace hookdesk
