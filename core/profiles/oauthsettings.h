#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace Qafka {

// An OAuth 2 / OpenID Connect login (SASL OAUTHBEARER) with the client-credentials grant:
// librdkafka asks the identity provider's token endpoint for a token with the client id and
// secret (the secret lives in the keychain, see ProfileSecrets) and fetches a new one before the
// old one expires.
struct OAuthSettings
{
    QString tokenEndpointUrl; // https://idp.example.com/realms/kafka/protocol/openid-connect/token
    QString clientId;
    QString scope;      // optional, space-separated
    QString extensions; // optional SASL extensions, "key=value,key=value" (Confluent Cloud's
                        // logicalCluster and identityPoolId)
    bool operator==(const OAuthSettings &) const = default;

    // What keeps these settings from a login, in words; empty when none.
    QString problem() const;
    // The extensions as name/value pairs; none, and *error (when given) set, if one is malformed.
    QList<QPair<QString, QString>> extensionPairs(QString *error = nullptr) const;
};

} // namespace Qafka
