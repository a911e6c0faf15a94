#include "profiles/profilestore.h"

#include <algorithm>

namespace Qafka {

namespace {

const QString kGroup = QStringLiteral("connections");

void readRegistry(QSettings &settings, RegistrySettings *registry)
{
    settings.beginGroup(QStringLiteral("schemaRegistry"));
    registry->urls = settings.value(QStringLiteral("urls")).toString();
    parseAuthentication(settings.value(QStringLiteral("authentication")).toString(),
                        &registry->authentication);
    registry->username = settings.value(QStringLiteral("username")).toString();
    registry->caFile = settings.value(QStringLiteral("caFile")).toString();
    registry->certificateFile = settings.value(QStringLiteral("certificateFile")).toString();
    registry->keyFile = settings.value(QStringLiteral("keyFile")).toString();
    registry->skipTlsVerification =
        settings.value(QStringLiteral("skipTlsVerification"), false).toBool();
    settings.endGroup();
}

void writeRegistry(QSettings &settings, const RegistrySettings &registry)
{
    if (registry == RegistrySettings())
        return;
    settings.beginGroup(QStringLiteral("schemaRegistry"));
    settings.setValue(QStringLiteral("urls"), registry.urls);
    settings.setValue(QStringLiteral("authentication"),
                      authenticationName(registry.authentication));
    settings.setValue(QStringLiteral("username"), registry.username);
    settings.setValue(QStringLiteral("caFile"), registry.caFile);
    settings.setValue(QStringLiteral("certificateFile"), registry.certificateFile);
    settings.setValue(QStringLiteral("keyFile"), registry.keyFile);
    settings.setValue(QStringLiteral("skipTlsVerification"), registry.skipTlsVerification);
    settings.endGroup();
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
    profile.caFile = settings.value(QStringLiteral("caFile")).toString();
    profile.certificateFile = settings.value(QStringLiteral("certificateFile")).toString();
    profile.keyFile = settings.value(QStringLiteral("keyFile")).toString();
    profile.verifyHostname = settings.value(QStringLiteral("verifyHostname"), true).toBool();
    profile.readOnly = settings.value(QStringLiteral("readOnly"), false).toBool();
    const QString color = settings.value(QStringLiteral("color")).toString();
    if (!color.isEmpty())
        profile.color = QColor::fromString(color);
    readRegistry(settings, &profile.registry);
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
    m_settings->setValue(QStringLiteral("caFile"), profile.caFile);
    m_settings->setValue(QStringLiteral("certificateFile"), profile.certificateFile);
    m_settings->setValue(QStringLiteral("keyFile"), profile.keyFile);
    m_settings->setValue(QStringLiteral("verifyHostname"), profile.verifyHostname);
    m_settings->setValue(QStringLiteral("readOnly"), profile.readOnly);
    m_settings->setValue(QStringLiteral("color"),
                         profile.color.isValid() ? profile.color.name(QColor::HexRgb) : QString());
    writeRegistry(*m_settings, profile.registry);
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
