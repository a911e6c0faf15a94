#pragma once

#include "profiles/connectionprofile.h"

#include <QList>
#include <QPair>
#include <QString>

namespace Qafka {

using KafkaProperties = QList<QPair<QString, QString>>;

// Turns a profile and its secrets into librdkafka properties. Pure: no librdkafka call, so the
// mapping is unit-tested; RdKafkaHandle applies the list.
class KafkaConfig
{
public:
    static KafkaProperties forProfile(const ConnectionProfile &profile,
                                      const ProfileSecrets &secrets);

    // Whether properties set name, under that name or another librdkafka takes for it (an alias
    // such as max.partition.fetch.bytes, or a "topic." prefix).
    static bool sets(const KafkaProperties &properties, const QString &name);

    // Names whose values are secrets: they belong in the keychain, never in extraProperties.
    static bool isSecretPropertyName(const QString &name);
    // A copy fit for logs and diagnostics, secrets replaced by "***".
    static KafkaProperties redacted(const KafkaProperties &properties);

private:
    static void appendKerberos(const KerberosSettings &kerberos, KafkaProperties *props);
    static void appendOAuth(const OAuthSettings &oauth, const QString &clientSecret,
                            KafkaProperties *props);
};

} // namespace Qafka
