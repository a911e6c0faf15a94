#include "types/kafkaconfig.h"

#include "types/bootstrapaddress.h"

#include <QHash>

#include <algorithm>

namespace Qafka {

KafkaProperties KafkaConfig::forProfile(const ConnectionProfile &profile,
                                        const ProfileSecrets &secrets)
{
    KafkaProperties props;
    const auto bootstrap = BootstrapAddress::parse(profile.bootstrapServers);
    props.append({QStringLiteral("bootstrap.servers"),
                  bootstrap.isValid() ? bootstrap.toString() : profile.bootstrapServers});
    props.append({QStringLiteral("client.id"), QStringLiteral("qafka")});
    // Bounded waits everywhere: a desktop app must report a dead cluster in seconds, not minutes.
    props.append({QStringLiteral("socket.connection.setup.timeout.ms"), QStringLiteral("5000")});
    props.append({QStringLiteral("socket.timeout.ms"), QStringLiteral("10000")});
    props.append({QStringLiteral("reconnect.backoff.ms"), QStringLiteral("200")});
    props.append({QStringLiteral("reconnect.backoff.max.ms"), QStringLiteral("2000")});
    props.append({QStringLiteral("topic.metadata.refresh.interval.ms"), QStringLiteral("-1")});
    // Large messages are a feature here; see the message browser.
    props.append({QStringLiteral("receive.message.max.bytes"), QStringLiteral("200000000")});
    props.append(
        {QStringLiteral("security.protocol"), securityProtocolName(profile.securityProtocol)});
    if (profile.usesKerberos())
        appendKerberos(profile.kerberos, &props);
    else if (profile.usesOAuth())
        appendOAuth(profile.oauth, secrets.oauthClientSecret, &props);
    else if (profile.usesSasl()) {
        props.append({QStringLiteral("sasl.mechanisms"), saslMechanismName(profile.saslMechanism)});
        props.append({QStringLiteral("sasl.username"), profile.saslUsername});
        props.append({QStringLiteral("sasl.password"), secrets.saslPassword});
    }
    // A PKCS#12 bundle is librdkafka's keystore, opened with the passphrase (a keystore in the
    // extra properties too: profiles imported before the certificate field took PKCS#12).
    const bool pkcs12 = isPkcs12File(profile.certificateFile);
    bool hasKeystore = pkcs12;
    for (const auto &[name, value] : profile.extraProperties)
        hasKeystore = hasKeystore || name == u"ssl.keystore.location";
    if (profile.usesTls()) {
        if (!profile.caFile.isEmpty())
            props.append({QStringLiteral("ssl.ca.location"), profile.caFile});
        if (pkcs12)
            props.append({QStringLiteral("ssl.keystore.location"), profile.certificateFile});
        else if (!profile.certificateFile.isEmpty())
            props.append({QStringLiteral("ssl.certificate.location"), profile.certificateFile});
        if (!profile.keyFile.isEmpty())
            props.append({QStringLiteral("ssl.key.location"), profile.keyFile});
        if (!secrets.keyPassphrase.isEmpty())
            props.append({hasKeystore ? QStringLiteral("ssl.keystore.password")
                                      : QStringLiteral("ssl.key.password"),
                          secrets.keyPassphrase});
        props.append({QStringLiteral("ssl.endpoint.identification.algorithm"),
                      profile.verifyHostname ? QStringLiteral("https") : QStringLiteral("none")});
    }
    for (const auto &property : profile.extraProperties) {
        if (!isSecretPropertyName(property.first))
            props.append(property);
    }
    return props;
}

// librdkafka logs in with Cyrus SASL's GSSAPI plugin. With a keytab it runs kinit itself (into
// the default ticket cache, KRB5CCNAME) and again before the ticket expires; without one it uses
// the ticket the user got with kinit, which needs the relogin turned off (min.time 0), or
// librdkafka refuses the configuration for want of a keytab.
void KafkaConfig::appendKerberos(const KerberosSettings &kerberos, KafkaProperties *props)
{
    props->append({QStringLiteral("sasl.mechanisms"), QStringLiteral("GSSAPI")});
    props->append({QStringLiteral("sasl.kerberos.service.name"),
                   kerberos.serviceName.trimmed().isEmpty() ? QStringLiteral("kafka")
                                                            : kerberos.serviceName.trimmed()});
    if (kerberos.keytab.isEmpty()) {
        props->append(
            {QStringLiteral("sasl.kerberos.min.time.before.relogin"), QStringLiteral("0")});
        return;
    }
    props->append({QStringLiteral("sasl.kerberos.keytab"), kerberos.keytab});
    if (!kerberos.principal.trimmed().isEmpty())
        props->append({QStringLiteral("sasl.kerberos.principal"), kerberos.principal.trimmed()});
}

// librdkafka's own OIDC client (built with libcurl) does the client-credentials grant: it fetches
// the token before the first connection and a new one at 80 % of the token's lifetime.
void KafkaConfig::appendOAuth(const OAuthSettings &oauth, const QString &clientSecret,
                              KafkaProperties *props)
{
    props->append({QStringLiteral("sasl.mechanisms"), QStringLiteral("OAUTHBEARER")});
    props->append({QStringLiteral("sasl.oauthbearer.method"), QStringLiteral("oidc")});
    props->append(
        {QStringLiteral("sasl.oauthbearer.token.endpoint.url"), oauth.tokenEndpointUrl.trimmed()});
    props->append({QStringLiteral("sasl.oauthbearer.client.id"), oauth.clientId.trimmed()});
    props->append({QStringLiteral("sasl.oauthbearer.client.secret"), clientSecret});
    if (!oauth.scope.trimmed().isEmpty())
        props->append({QStringLiteral("sasl.oauthbearer.scope"), oauth.scope.trimmed()});
    QStringList extensions;
    for (const auto &[key, value] : oauth.extensionPairs())
        extensions.append(key + u'=' + value);
    if (!extensions.isEmpty())
        props->append({QStringLiteral("sasl.oauthbearer.extensions"), extensions.join(u',')});
}

namespace {

// The name librdkafka files a setting under: its aliases (rdkafka_conf.c, _RK_C_ALIAS) mapped to
// the property they stand for, and a topic setting's "topic." prefix dropped.
QString canonicalPropertyName(const QString &name)
{
    static const QHash<QString, QString> aliases = {
        {QStringLiteral("metadata.broker.list"), QStringLiteral("bootstrap.servers")},
        {QStringLiteral("max.in.flight"), QStringLiteral("max.in.flight.requests.per.connection")},
        {QStringLiteral("sasl.mechanism"), QStringLiteral("sasl.mechanisms")},
        {QStringLiteral("max.partition.fetch.bytes"), QStringLiteral("fetch.message.max.bytes")},
        {QStringLiteral("queue.buffering.max.ms"), QStringLiteral("linger.ms")},
        {QStringLiteral("retries"), QStringLiteral("message.send.max.retries")},
        {QStringLiteral("compression.codec"), QStringLiteral("compression.type")},
        {QStringLiteral("request.required.acks"), QStringLiteral("acks")},
        {QStringLiteral("delivery.timeout.ms"), QStringLiteral("message.timeout.ms")},
        {QStringLiteral("auto.commit.enable"), QStringLiteral("enable.auto.commit")},
    };
    const QLatin1String topicPrefix("topic.");
    const QString bare = name.startsWith(topicPrefix) ? name.mid(topicPrefix.size()) : name;
    return aliases.value(bare, bare);
}

} // namespace

bool KafkaConfig::sets(const KafkaProperties &properties, const QString &name)
{
    const QString wanted = canonicalPropertyName(name);
    return std::any_of(properties.cbegin(), properties.cend(), [&](const auto &property) {
        return canonicalPropertyName(property.first) == wanted;
    });
}

bool KafkaConfig::isSecretPropertyName(const QString &name)
{
    const QString lower = name.toLower();
    return lower.contains(QLatin1String("password")) || lower.contains(QLatin1String("secret")) ||
           lower.contains(QLatin1String("passphrase")) ||
           lower.contains(QLatin1String("private.key")) ||
           lower.endsWith(QLatin1String(".key.pem")) || lower == u"sasl.oauthbearer.config" ||
           lower == u"sasl.jaas.config" || lower == u"ssl.key.pem" || lower == u"ssl_key";
}

KafkaProperties KafkaConfig::redacted(const KafkaProperties &properties)
{
    KafkaProperties copy = properties;
    for (auto &property : copy) {
        if (isSecretPropertyName(property.first) && !property.second.isEmpty())
            property.second = QStringLiteral("***");
    }
    return copy;
}

} // namespace Qafka
