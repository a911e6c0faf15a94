#pragma once

#include "profiles/connectclustersettings.h"
#include "profiles/oauthsettings.h"
#include "profiles/registrysettings.h"

#include <QColor>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QPair>
#include <QString>

#include <algorithm>

namespace Qafka {

enum class SecurityProtocol { Plaintext, Ssl, SaslPlaintext, SaslSsl };
enum class SaslMechanism { Plain, ScramSha256, ScramSha512, Gssapi, OAuthBearer };

// A Kerberos (GSSAPI) login: a keytab, or the user's ticket cache (kinit) when keytab is empty.
struct KerberosSettings
{
    QString serviceName = QStringLiteral("kafka"); // the brokers' principal is NAME/host@REALM
    QString principal;                             // with a keytab: whom librdkafka's kinit is
    QString keytab;
    bool operator==(const KerberosSettings &) const = default;
    // What keeps these settings from a safe login, in words; empty when none. librdkafka runs
    // kinit through the shell with the principal and keytab spliced in, so a value from an
    // imported file must not hold characters a shell would act on.
    QString problem() const;
};

// Where the secrets of a profile live. The profile itself never holds a secret that is written to
// settings: the password and key passphrase travel beside it (see SecretStore).
struct ProfileSecrets
{
    QString saslPassword;
    QString keyPassphrase;
    // Initialised here so that {password, passphrase} still says all a Kafka-only caller means.
    QString registryPassword{}; // basic auth secret (a Confluent Cloud API secret)
    QString registryToken{};    // bearer token
    QString registryKeyPassphrase{};
    // Each Connect cluster's secrets, under its name (ConnectClusterSettings::name).
    QMap<QString, RestEndpointSecrets> connectSecrets{};
    QString oauthClientSecret{}; // the OAuth client's secret at the identity provider

    RestEndpointSecrets registrySecrets() const
    {
        return {registryPassword, registryToken, registryKeyPassphrase};
    }
    bool isEmpty() const
    {
        return saslPassword.isEmpty() && keyPassphrase.isEmpty() && registrySecrets().isEmpty() &&
               oauthClientSecret.isEmpty() &&
               std::all_of(connectSecrets.cbegin(), connectSecrets.cend(),
                           [](const RestEndpointSecrets &each) { return each.isEmpty(); });
    }
    bool operator==(const ProfileSecrets &) const = default;
};

struct ConnectionProfile
{
    QString id; // stable key (a UUID); the name may change
    QString name;
    QString bootstrapServers;
    SecurityProtocol securityProtocol = SecurityProtocol::Plaintext;
    SaslMechanism saslMechanism = SaslMechanism::Plain;
    QString saslUsername;
    KerberosSettings kerberos; // for SaslMechanism::Gssapi
    OAuthSettings oauth;       // for SaslMechanism::OAuthBearer
    QString caFile;
    QString certificateFile; // PEM or DER; or a PKCS#12 bundle (isPkcs12File), keyFile empty
    QString keyFile;
    bool verifyHostname = true;
    QList<QPair<QString, QString>> extraProperties; // passed to librdkafka as they are
    bool readOnly = false;
    QColor color; // the user's tag, e.g. red for production; invalid when none
    RegistrySettings registry;
    QList<ConnectClusterSettings> connectClusters;

    bool usesSasl() const
    {
        return securityProtocol == SecurityProtocol::SaslPlaintext ||
               securityProtocol == SecurityProtocol::SaslSsl;
    }
    bool usesKerberos() const { return usesSasl() && saslMechanism == SaslMechanism::Gssapi; }
    bool usesOAuth() const { return usesSasl() && saslMechanism == SaslMechanism::OAuthBearer; }
    // A login with a user name and password (PLAIN or SCRAM).
    bool usesPassword() const { return usesSasl() && !usesKerberos() && !usesOAuth(); }
    bool usesTls() const
    {
        return securityProtocol == SecurityProtocol::Ssl ||
               securityProtocol == SecurityProtocol::SaslSsl;
    }
    bool operator==(const ConnectionProfile &) const = default;

    static ConnectionProfile forBootstrap(const QString &bootstrapServers);
};

// A client certificate file that is a PKCS#12 bundle (.p12 or .pfx: certificate, key and chain
// in one file, opened with the key passphrase) rather than PEM or DER.
bool isPkcs12File(const QString &path);

QString securityProtocolName(SecurityProtocol protocol); // as librdkafka spells it
bool parseSecurityProtocol(const QString &text, SecurityProtocol *protocol);
QString saslMechanismName(SaslMechanism mechanism);
bool parseSaslMechanism(const QString &text, SaslMechanism *mechanism);

} // namespace Qafka

Q_DECLARE_METATYPE(Qafka::ConnectionProfile)
Q_DECLARE_METATYPE(Qafka::ProfileSecrets)
