#pragma once

#include <QString>
#include <QStringList>

namespace Qafka {

// How a connection profile reaches an HTTP service beside its cluster: its Schema Registry
// (Confluent's REST API, also served by Redpanda, Apicurio's ccompat API and Karapace) or a Kafka
// Connect cluster. The secrets (basic-auth secret, bearer token, key passphrase) travel in
// ProfileSecrets, never here.
struct RestEndpointSettings
{
    enum class Authentication { None, Basic, BearerToken };

    QString urls; // one or more base URLs, comma-separated; tried in order
    Authentication authentication = Authentication::None;
    QString username; // basic auth: the user, or a Confluent Cloud API key
    QString caFile;
    QString certificateFile;
    QString keyFile;
    bool skipTlsVerification = false; // the dialog warns; for test servers only

    bool isConfigured() const { return !urls.trimmed().isEmpty(); }
    QStringList urlList() const;
    bool operator==(const RestEndpointSettings &) const = default;
};
using RegistrySettings = RestEndpointSettings;

// The secrets of one such endpoint, kept in the keychain with the profile's.
struct RestEndpointSecrets
{
    QString password; // basic auth secret (a Confluent Cloud API secret)
    QString token;    // bearer token
    QString keyPassphrase;

    bool isEmpty() const
    {
        return password.isEmpty() && token.isEmpty() && keyPassphrase.isEmpty();
    }
    bool operator==(const RestEndpointSecrets &) const = default;
};

QString authenticationName(RestEndpointSettings::Authentication authentication);
bool parseAuthentication(const QString &text, RestEndpointSettings::Authentication *authentication);

} // namespace Qafka
