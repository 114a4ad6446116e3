// SPDX-License-Identifier: GPL-3.0-or-later
#include "delivery/Signer.h"

#include <QHash>
#include <QRandomGenerator>
#include <array>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>

namespace hookdesk {

namespace {

const QLatin1String secretPrefix("whsec_");
const QLatin1String versionPrefix("v1,");

// libcrypto's HMAC-SHA256 rather than QMessageAuthenticationCode: Qt 6.4 hashes with its own
// portable SHA-256, 6.1 us per 1 KiB delivery on the dispatcher's thread here; libcrypto uses the
// processor's SHA instructions where it has them.
//
// Each thread keeps one keyed context per secret and starts it again for the next message. The
// one-shot HMAC() of OpenSSL 3 looks the algorithm up, allocates two contexts and derives the
// key's pads on every call: that cost more than the hashing (perf of bench_delivery's slow run:
// 7 % of the dispatcher's thread, SHA-256 itself 0.5 %).
class KeyedMacs
{
public:
    KeyedMacs() = default;
    KeyedMacs(const KeyedMacs&) = delete;
    KeyedMacs& operator=(const KeyedMacs&) = delete;
    ~KeyedMacs()
    {
        clear();
        EVP_MAC_free(m_mac);
    }

    // The context for `secret`, ready for a new message; nullptr when the secret is not valid or
    // libcrypto fails.
    EVP_MAC_CTX* forSecret(const QString& secret)
    {
        if (const auto known = m_contexts.constFind(secret); known != m_contexts.cend())
            return EVP_MAC_init(*known, nullptr, 0, nullptr) ? *known : nullptr; // the same key again
        bool ok = false;
        QByteArray key = Signer::secretBytes(secret, &ok);
        if (!ok)
            return nullptr;
        if (!m_mac)
            m_mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
        EVP_MAC_CTX* context = m_mac ? EVP_MAC_CTX_new(m_mac) : nullptr;
        char digest[] = "SHA256";
        const OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0),
                                     OSSL_PARAM_construct_end()};
        const bool keyed =
            context && EVP_MAC_init(context, reinterpret_cast<const unsigned char*>(key.constData()),
                                    size_t(key.size()), params);
        OPENSSL_cleanse(key.data(), size_t(key.size()));
        if (!keyed) {
            EVP_MAC_CTX_free(context);
            return nullptr;
        }
        // A thread that signs for ever more secrets (rotations over months) starts afresh.
        if (m_contexts.size() >= kMaxSecrets)
            clear();
        m_contexts.insert(secret, context);
        return context;
    }

    void clear()
    {
        for (EVP_MAC_CTX* context : std::as_const(m_contexts))
            EVP_MAC_CTX_free(context); // which wipes the key's pads
        m_contexts.clear();
    }

private:
    static constexpr qsizetype kMaxSecrets = 1024;

    EVP_MAC* m_mac = nullptr;
    QHash<QString, EVP_MAC_CTX*> m_contexts;
};

KeyedMacs& threadMacs()
{
    thread_local KeyedMacs macs;
    return macs;
}

// HMAC-SHA256 of "msgId.timestamp.body" with `secret`'s key; empty when the secret is not valid.
QByteArray computeMac(const QString& secret, const QString& msgId, qint64 timestampSecs,
                      const QByteArray& body)
{
    EVP_MAC_CTX* context = threadMacs().forSecret(secret);
    if (!context)
        return QByteArray();
    const QByteArray head = msgId.toUtf8() + '.' + QByteArray::number(timestampSecs) + '.';
    QByteArray mac(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    size_t length = 0;
    if (!EVP_MAC_update(context, reinterpret_cast<const unsigned char*>(head.constData()),
                        size_t(head.size())) ||
        !EVP_MAC_update(context, reinterpret_cast<const unsigned char*>(body.constData()),
                        size_t(body.size())) ||
        !EVP_MAC_final(context, reinterpret_cast<unsigned char*>(mac.data()), &length, size_t(mac.size())))
        return QByteArray();
    mac.truncate(qsizetype(length));
    return mac;
}

} // namespace

void Signer::forgetSecrets()
{
    threadMacs().clear();
}

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
    const QByteArray mac = computeMac(secret, msgId, timestampSecs, body);
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
    const QByteArray expected = computeMac(secret, msgId, timestampSecs, body);
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
