// SPDX-License-Identifier: GPL-3.0-or-later
#include "delivery/TlsSettings.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

namespace hookdesk {

namespace {

// A struct rather than a free tr(): lupdate files the strings of free functions under the
// namespace, so only Q_DECLARE_TR_FUNCTIONS puts them in the context looked up at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(hookdesk::TlsSettings)
};

QString day(const QDateTime& when)
{
    return when.toUTC().toString(QStringLiteral("yyyy-MM-dd"));
}

QString names(const QSslCertificate& certificate)
{
    QStringList out;
    const auto alternates = certificate.subjectAlternativeNames();
    for (auto it = alternates.cbegin(); it != alternates.cend(); ++it) {
        if (!out.contains(it.value()))
            out.append(it.value());
    }
    if (out.isEmpty())
        out = certificate.subjectInfo(QSslCertificate::CommonName);
    return out.join(QStringLiteral(", "));
}

QString issuer(const QSslCertificate& certificate)
{
    const QString name = certificate.issuerDisplayName();
    return name.isEmpty() ? Text::tr("an unknown issuer") : QStringLiteral("“%1”").arg(name);
}

} // namespace

QList<QSslCertificate> TlsSettings::readCaFile(const QString& path, QString* error)
{
    const QString shown = QFileInfo(path).absoluteFilePath();
    QFile file(path);
    if (!file.exists()) {
        *error = Text::tr("The CA file %1 does not exist. Choose the PEM file of the receiver's certificate "
                          "authority in the integration's Response & TLS settings, or clear the field.")
                     .arg(shown);
        return {};
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Text::tr("The CA file %1 cannot be read: %2. Check its permissions.")
                     .arg(shown, file.errorString());
        return {};
    }
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certificates.isEmpty()) {
        *error = Text::tr("The CA file %1 holds no PEM certificate (a block starting with “-----BEGIN "
                          "CERTIFICATE-----”). Choose the receiver's CA certificate in PEM form.")
                     .arg(shown);
        return {};
    }
    error->clear();
    return certificates;
}

QSslConfiguration TlsSettings::configurationFor(const Integration& integration, QString* error)
{
    error->clear();
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    if (integration.caFile.isEmpty())
        return configuration;
    const QList<QSslCertificate> own = readCaFile(integration.caFile, error);
    if (own.isEmpty())
        return configuration;
    // Any CA set by hand turns off Qt's on-demand use of the system store, so the system's
    // certificates go in explicitly. They are read once per process: lanes ask again every few
    // seconds.
    static const QList<QSslCertificate> system = QSslConfiguration::systemCaCertificates();
    configuration.setCaCertificates(system + own);
    return configuration;
}

QString TlsSettings::describeSslErrors(const QList<QSslError>& errors, const QUrl& url)
{
    const QString host = QStringLiteral("%1:%2")
                             .arg(url.host())
                             .arg(url.port(url.scheme() == QLatin1String("http") ? 80 : 443));
    QStringList reasons;
    bool untrusted = false;
    bool wrongHost = false;
    bool outdated = false;
    for (const QSslError& e : errors) {
        const QSslCertificate certificate = e.certificate();
        QString reason;
        switch (e.error()) {
        case QSslError::SelfSignedCertificate:
            reason = Text::tr("it is self-signed");
            untrusted = true;
            break;
        case QSslError::SelfSignedCertificateInChain:
            reason =
                Text::tr("its chain ends in a self-signed certificate authority that this computer does not "
                         "trust");
            untrusted = true;
            break;
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
            reason =
                certificate.isNull()
                    ? Text::tr("it was issued by a certificate authority this computer does not trust")
                    : Text::tr("it was issued by %1, a certificate authority this computer does not trust")
                          .arg(issuer(certificate));
            untrusted = true;
            break;
        case QSslError::CertificateUntrusted:
            reason = Text::tr("no trusted certificate authority vouches for it");
            untrusted = true;
            break;
        case QSslError::CertificateExpired:
            reason = certificate.isNull() ? Text::tr("it has expired")
                                          : Text::tr("it expired on %1").arg(day(certificate.expiryDate()));
            outdated = true;
            break;
        case QSslError::CertificateNotYetValid:
            reason = certificate.isNull()
                         ? Text::tr("it is not valid yet")
                         : Text::tr("it is not valid before %1").arg(day(certificate.effectiveDate()));
            outdated = true;
            break;
        case QSslError::HostNameMismatch:
            reason = certificate.isNull()
                         ? Text::tr("it was issued for another host name than %1").arg(url.host())
                         : Text::tr("it was issued for %1, not for %2").arg(names(certificate), url.host());
            wrongHost = true;
            break;
        case QSslError::CertificateRevoked:
            reason = Text::tr("it has been revoked");
            break;
        default:
            reason = e.errorString();
            if (!reason.isEmpty())
                reason[0] = reason.at(0).toLower();
            break;
        }
        // OpenSSL reports some errors once per certificate of the chain.
        if (!reason.isEmpty() && !reasons.contains(reason))
            reasons.append(reason);
    }
    if (reasons.isEmpty())
        reasons.append(Text::tr("the secure connection could not be set up"));
    QString text =
        Text::tr("The certificate of %1 is not trusted: %2.").arg(host, reasons.join(QStringLiteral("; ")));
    if (untrusted)
        text +=
            QLatin1Char(' ') + Text::tr("If you trust this receiver, add its CA file in the integration's "
                                        "Response & TLS settings.");
    if (wrongHost)
        text +=
            QLatin1Char(' ') + Text::tr("Check that the integration's URL uses a host name the certificate "
                                        "was issued for.");
    if (outdated)
        text +=
            QLatin1Char(' ') + Text::tr("The receiver has to renew its certificate (or this computer's clock "
                                        "is wrong).");
    return text;
}

} // namespace hookdesk
