#include "profiles/profilestore.h"

#include <algorithm>

namespace Qafka {

namespace {

const QString kGroup = QStringLiteral("connections");

// The fields of an HTTP endpoint, in the current group.
void readEndpoint(QSettings &settings, RestEndpointSettings *endpoint)
{
    endpoint->urls = settings.value(QStringLiteral("urls")).toString();
    parseAuthentication(settings.value(QStringLiteral("authentication")).toString(),
                        &endpoint->authentication);
    endpoint->username = settings.value(QStringLiteral("username")).toString();
    endpoint->caFile = settings.value(QStringLiteral("caFile")).toString();
    endpoint->certificateFile = settings.value(QStringLiteral("certificateFile")).toString();
    endpoint->keyFile = settings.value(QStringLiteral("keyFile")).toString();
    endpoint->skipTlsVerification =
        settings.value(QStringLiteral("skipTlsVerification"), false).toBool();
}

void writeEndpoint(QSettings &settings, const RestEndpointSettings &endpoint)
{
    settings.setValue(QStringLiteral("urls"), endpoint.urls);
    settings.setValue(QStringLiteral("authentication"),
                      authenticationName(endpoint.authentication));
    settings.setValue(QStringLiteral("username"), endpoint.username);
    settings.setValue(QStringLiteral("caFile"), endpoint.caFile);
    settings.setValue(QStringLiteral("certificateFile"), endpoint.certificateFile);
    settings.setValue(QStringLiteral("keyFile"), endpoint.keyFile);
    settings.setValue(QStringLiteral("skipTlsVerification"), endpoint.skipTlsVerification);
}

void readRegistry(QSettings &settings, RegistrySettings *registry)
{
    settings.beginGroup(QStringLiteral("schemaRegistry"));
    readEndpoint(settings, registry);
    settings.endGroup();
}

void writeRegistry(QSettings &settings, const RegistrySettings &registry)
{
    if (registry == RegistrySettings())
        return;
    settings.beginGroup(QStringLiteral("schemaRegistry"));
    writeEndpoint(settings, registry);
    settings.endGroup();
}

QList<ConnectClusterSettings> readConnectClusters(QSettings &settings)
{
    QList<ConnectClusterSettings> clusters;
    const int count = settings.beginReadArray(QStringLiteral("connectClusters"));
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        ConnectClusterSettings cluster;
        cluster.name = settings.value(QStringLiteral("name")).toString();
        readEndpoint(settings, &cluster.endpoint);
        clusters.append(cluster);
    }
    settings.endArray();
    return clusters;
}

void writeConnectClusters(QSettings &settings, const QList<ConnectClusterSettings> &clusters)
{
    if (clusters.isEmpty())
        return;
    settings.beginWriteArray(QStringLiteral("connectClusters"), int(clusters.size()));
    for (int i = 0; i < clusters.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("name"), clusters.at(i).name);
        writeEndpoint(settings, clusters.at(i).endpoint);
    }
    settings.endArray();
}

ConnectionProfile readProfile(QSettings &settings, const QString &id)
{
    ConnectionProfile profile;
    profile.id = id;
    profile.name = settings.value(QStringLiteral("name")).toString();
    profile.bootstrapServers = settings.value(QStringLiteral("bootstrapServers")).toString();
    parseSecurityProtocol(settings.value(QStringLiteral("securityProtocol")).toString(),
                          &profile.securityProtocol);
    parseSaslMechanism(settings.value(QStringLiteral("saslMechanism")).toString(),
                       &profile.saslMechanism);
    profile.saslUsername = settings.value(QStringLiteral("saslUsername")).toString();
    profile.kerberos.serviceName =
        settings.value(QStringLiteral("kerberosServiceName"), QStringLiteral("kafka")).toString();
    profile.kerberos.principal = settings.value(QStringLiteral("kerberosPrincipal")).toString();
    profile.kerberos.keytab = settings.value(QStringLiteral("kerberosKeytab")).toString();
    profile.oauth.tokenEndpointUrl =
        settings.value(QStringLiteral("oauthTokenEndpointUrl")).toString();
    profile.oauth.clientId = settings.value(QStringLiteral("oauthClientId")).toString();
    profile.oauth.scope = settings.value(QStringLiteral("oauthScope")).toString();
    profile.oauth.extensions = settings.value(QStringLiteral("oauthExtensions")).toString();
    profile.caFile = settings.value(QStringLiteral("caFile")).toString();
    profile.certificateFile = settings.value(QStringLiteral("certificateFile")).toString();
    profile.keyFile = settings.value(QStringLiteral("keyFile")).toString();
    profile.verifyHostname = settings.value(QStringLiteral("verifyHostname"), true).toBool();
    profile.readOnly = settings.value(QStringLiteral("readOnly"), false).toBool();
    const QString color = settings.value(QStringLiteral("color")).toString();
    if (!color.isEmpty())
        profile.color = QColor::fromString(color);
    readRegistry(settings, &profile.registry);
    profile.connectClusters = readConnectClusters(settings);
    const int extraCount = settings.beginReadArray(QStringLiteral("extraProperties"));
    for (int i = 0; i < extraCount; ++i) {
        settings.setArrayIndex(i);
        profile.extraProperties.append({settings.value(QStringLiteral("name")).toString(),
                                        settings.value(QStringLiteral("value")).toString()});
    }
    settings.endArray();
    return profile;
}

} // namespace

ProfileStore::ProfileStore(QSettings *settings)
    : m_settings(settings)
{}

QList<ConnectionProfile> ProfileStore::profiles() const
{
    QList<ConnectionProfile> result;
    m_settings->beginGroup(kGroup);
    const QStringList ids = m_settings->childGroups();
    for (const QString &id : ids) {
        m_settings->beginGroup(id);
        result.append(readProfile(*m_settings, id));
        m_settings->endGroup();
    }
    m_settings->endGroup();
    std::sort(result.begin(), result.end(),
              [](const auto &a, const auto &b) { return a.name.localeAwareCompare(b.name) < 0; });
    return result;
}

std::optional<ConnectionProfile> ProfileStore::profile(const QString &id) const
{
    const auto all = profiles();
    for (const auto &profile : all) {
        if (profile.id == id)
            return profile;
    }
    return std::nullopt;
}

std::optional<ConnectionProfile> ProfileStore::profileByName(const QString &name) const
{
    const auto all = profiles();
    for (const auto &profile : all) {
        if (profile.name == name)
            return profile;
    }
    return std::nullopt;
}

void ProfileStore::save(const ConnectionProfile &profile)
{
    Q_ASSERT(!profile.id.isEmpty());
    m_settings->beginGroup(kGroup);
    m_settings->remove(profile.id);
    m_settings->beginGroup(profile.id);
    m_settings->setValue(QStringLiteral("name"), profile.name);
    m_settings->setValue(QStringLiteral("bootstrapServers"), profile.bootstrapServers);
    m_settings->setValue(QStringLiteral("securityProtocol"),
                         securityProtocolName(profile.securityProtocol));
    m_settings->setValue(QStringLiteral("saslMechanism"), saslMechanismName(profile.saslMechanism));
    m_settings->setValue(QStringLiteral("saslUsername"), profile.saslUsername);
    m_settings->setValue(QStringLiteral("kerberosServiceName"), profile.kerberos.serviceName);
    m_settings->setValue(QStringLiteral("kerberosPrincipal"), profile.kerberos.principal);
    m_settings->setValue(QStringLiteral("kerberosKeytab"), profile.kerberos.keytab);
    m_settings->setValue(QStringLiteral("oauthTokenEndpointUrl"), profile.oauth.tokenEndpointUrl);
    m_settings->setValue(QStringLiteral("oauthClientId"), profile.oauth.clientId);
    m_settings->setValue(QStringLiteral("oauthScope"), profile.oauth.scope);
    m_settings->setValue(QStringLiteral("oauthExtensions"), profile.oauth.extensions);
    m_settings->setValue(QStringLiteral("caFile"), profile.caFile);
    m_settings->setValue(QStringLiteral("certificateFile"), profile.certificateFile);
    m_settings->setValue(QStringLiteral("keyFile"), profile.keyFile);
    m_settings->setValue(QStringLiteral("verifyHostname"), profile.verifyHostname);
    m_settings->setValue(QStringLiteral("readOnly"), profile.readOnly);
    m_settings->setValue(QStringLiteral("color"),
                         profile.color.isValid() ? profile.color.name(QColor::HexRgb) : QString());
    writeRegistry(*m_settings, profile.registry);
    writeConnectClusters(*m_settings, profile.connectClusters);
    m_settings->beginWriteArray(QStringLiteral("extraProperties"),
                                int(profile.extraProperties.size()));
    for (int i = 0; i < profile.extraProperties.size(); ++i) {
        m_settings->setArrayIndex(i);
        m_settings->setValue(QStringLiteral("name"), profile.extraProperties.at(i).first);
        m_settings->setValue(QStringLiteral("value"), profile.extraProperties.at(i).second);
    }
    m_settings->endArray();
    m_settings->endGroup();
    m_settings->endGroup();
    m_settings->sync();
}

void ProfileStore::remove(const QString &id)
{
    m_settings->beginGroup(kGroup);
    m_settings->remove(id);
    m_settings->endGroup();
    m_settings->sync();
}

} // namespace Qafka
