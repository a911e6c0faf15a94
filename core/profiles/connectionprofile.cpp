#include "profiles/connectionprofile.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUuid>

namespace Qafka {

ConnectionProfile ConnectionProfile::forBootstrap(const QString &bootstrapServers)
{
    ConnectionProfile profile;
    profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    // The first server names the tab; "+N" says how many more were given.
    const QStringList servers = bootstrapServers.split(u',', Qt::SkipEmptyParts);
    profile.name = servers.isEmpty() ? bootstrapServers : servers.first().trimmed();
    if (servers.size() > 1)
        profile.name += QStringLiteral(" +") + QString::number(servers.size() - 1);
    profile.bootstrapServers = bootstrapServers;
    return profile;
}

bool isPkcs12File(const QString &path)
{
    return path.endsWith(QLatin1String(".p12"), Qt::CaseInsensitive) ||
           path.endsWith(QLatin1String(".pfx"), Qt::CaseInsensitive);
}

QString securityProtocolName(SecurityProtocol protocol)
{
    switch (protocol) {
    case SecurityProtocol::Plaintext:
        return QStringLiteral("PLAINTEXT");
    case SecurityProtocol::Ssl:
        return QStringLiteral("SSL");
    case SecurityProtocol::SaslPlaintext:
        return QStringLiteral("SASL_PLAINTEXT");
    case SecurityProtocol::SaslSsl:
        return QStringLiteral("SASL_SSL");
    }
    return {};
}

bool parseSecurityProtocol(const QString &text, SecurityProtocol *protocol)
{
    for (auto candidate : {SecurityProtocol::Plaintext, SecurityProtocol::Ssl,
                           SecurityProtocol::SaslPlaintext, SecurityProtocol::SaslSsl}) {
        if (text.trimmed().compare(securityProtocolName(candidate), Qt::CaseInsensitive) == 0) {
            *protocol = candidate;
            return true;
        }
    }
    return false;
}

QString KerberosSettings::problem() const
{
    static const QRegularExpression principalForm(QStringLiteral("^[A-Za-z0-9._@/+=-]+$"));
    static const QRegularExpression shellSpecial(QStringLiteral(R"([\\"`$\n])"));
    if (keytab.isEmpty())
        return {};
    if (principal.isEmpty())
        return QCoreApplication::translate(
            "KerberosSettings",
            "A keytab login needs the principal the keytab holds, such as alice@EXAMPLE.COM.");
    if (!principalForm.match(principal).hasMatch())
        return QCoreApplication::translate(
                   "KerberosSettings",
                   "The Kerberos principal “%1” holds characters that librdkafka would hand to "
                   "the shell running kinit; Qafka does not pass it on.")
            .arg(principal);
    if (shellSpecial.match(keytab).hasMatch())
        return QCoreApplication::translate(
                   "KerberosSettings",
                   "The keytab path “%1” holds characters that librdkafka would hand to the "
                   "shell running kinit; Qafka does not pass it on.")
            .arg(keytab);
    return {};
}

QString saslMechanismName(SaslMechanism mechanism)
{
    switch (mechanism) {
    case SaslMechanism::Plain:
        return QStringLiteral("PLAIN");
    case SaslMechanism::ScramSha256:
        return QStringLiteral("SCRAM-SHA-256");
    case SaslMechanism::ScramSha512:
        return QStringLiteral("SCRAM-SHA-512");
    case SaslMechanism::Gssapi:
        return QStringLiteral("GSSAPI");
    case SaslMechanism::OAuthBearer:
        return QStringLiteral("OAUTHBEARER");
    }
    return {};
}

bool parseSaslMechanism(const QString &text, SaslMechanism *mechanism)
{
    for (auto candidate :
         {SaslMechanism::Plain, SaslMechanism::ScramSha256, SaslMechanism::ScramSha512,
          SaslMechanism::Gssapi, SaslMechanism::OAuthBearer}) {
        if (text.trimmed().compare(saslMechanismName(candidate), Qt::CaseInsensitive) == 0) {
            *mechanism = candidate;
            return true;
        }
    }
    return false;
}

} // namespace Qafka
