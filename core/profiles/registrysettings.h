#pragma once

#include <QString>
#include <QStringList>

namespace Qafka {

// How a connection profile reaches its Schema Registry (Confluent's REST API, also served by
// Redpanda, Apicurio's ccompat API and Karapace). The secrets (basic-auth secret, bearer token,
// key passphrase) travel in ProfileSecrets, never here.
struct RegistrySettings
{
    enum class Authentication { None, Basic, BearerToken };

    QString urls; // one or more base URLs, comma-separated; tried in order
    Authentication authentication = Authentication::None;
    QString username; // basic auth: the user, or a Confluent Cloud API key
    QString caFile;
    QString certificateFile;
    QString keyFile;
    bool skipTlsVerification = false; // the dialog warns; for test registries only

    bool isConfigured() const { return !urls.trimmed().isEmpty(); }
    QStringList urlList() const;
    bool operator==(const RegistrySettings &) const = default;
};

QString authenticationName(RegistrySettings::Authentication authentication);
bool parseAuthentication(const QString &text, RegistrySettings::Authentication *authentication);

} // namespace Qafka
