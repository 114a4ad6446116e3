// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace hookdesk {

// Standard Webhooks v1 signatures (https://www.standardwebhooks.com/).
class Signer
{
public:
    // A fresh secret "whsec_<base64 of 32 random bytes>".
    static QString generateSecret();
    // Equality of two byte strings in a time that depends only on their lengths, so that the
    // time a comparison takes says nothing about how close a guess was.
    static bool constantTimeEqual(const QByteArray& a, const QByteArray& b);
    // The HMAC key inside a secret; *ok is false when the text is not valid base64 or empty.
    static QByteArray secretBytes(const QString& secret, bool* ok = nullptr);
    // "v1,<base64 signature>"; empty when the secret cannot be decoded.
    static QString sign(const QString& secret, const QString& msgId, qint64 timestampSecs,
                        const QByteArray& body);
    // One signature per secret, space-separated, so receivers keep working during rotation.
    static QString signatureHeader(const QStringList& secrets, const QString& msgId, qint64 timestampSecs,
                                   const QByteArray& body);
    // Each thread keeps a keyed HMAC state for every secret it signed or verified with, so that the
    // next message needs no key set-up. This wipes the calling thread's: the dispatcher does so
    // whenever it forgets the secrets themselves (an integration changed, a secret rotated), so
    // that a keyed state is kept no longer than its secret.
    static void forgetSecrets();
    // True when any v1 signature in the header matches the one computed with the secret.
    static bool verify(const QString& secret, const QString& msgId, qint64 timestampSecs,
                       const QByteArray& body, const QString& signatureHeader);
};

} // namespace hookdesk
