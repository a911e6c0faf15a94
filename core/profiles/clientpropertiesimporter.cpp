#include "profiles/clientpropertiesimporter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <utility>

namespace Qafka {

namespace {

QString unescape(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c != u'\\' || i + 1 >= text.size()) {
            out.append(c);
            continue;
        }
        const QChar next = text.at(++i);
        switch (next.unicode()) {
        case 't':
            out.append(u'\t');
            break;
        case 'n':
            out.append(u'\n');
            break;
        case 'r':
            out.append(u'\r');
            break;
        case 'f':
            out.append(u'\f');
            break;
        case 'u':
            if (i + 4 < text.size()) {
                bool ok = false;
                const ushort code = text.mid(i + 1, 4).toUShort(&ok, 16);
                if (ok) {
                    out.append(QChar(code));
                    i += 4;
                    break;
                }
            }
            out.append(next);
            break;
        default:
            out.append(next);
        }
    }
    return out;
}

// Takes username/password out of a JAAS line such as
// org.apache.kafka.common.security.plain.PlainLoginModule required username="u" password="p";
// A JAAS line: its login module and its options (key="value" or key=value).
bool parseJaas(const QString &jaas, QString *module, QHash<QString, QString> *options)
{
    static const QRegularExpression moduleRe(
        QStringLiteral(R"re(^\s*([\w.$]+)\s+(required|requisite|sufficient|optional))re"));
    // \x22 and \x27 are the double and single quote (Java's JAAS parser takes both, and
    // Confluent's OAuth template uses single ones): without them the pattern needs no raw-string
    // delimiter, which lizard (the function-length check) cannot read.
    static const QRegularExpression optionRe(QStringLiteral(
        R"((\w+)\s*=\s*(?:\x22((?:[^\x22\\]|\\.)*)\x22|\x27((?:[^\x27\\]|\\.)*)\x27|([^\s;]+)))"));
    const auto moduleMatch = moduleRe.match(jaas);
    if (!moduleMatch.hasMatch())
        return false;
    *module = moduleMatch.captured(1);
    auto it = optionRe.globalMatch(jaas, moduleMatch.capturedEnd());
    while (it.hasNext()) {
        const auto match = it.next();
        const QString quoted = match.captured(2).isNull() ? match.captured(3) : match.captured(2);
        options->insert(match.captured(1), quoted.isNull() ? match.captured(4) : unescape(quoted));
    }
    return true;
}

QString because(const QString &key, const QString &why)
{
    return key + u": " + why;
}

// The state of one importText: the profile so far, and the key and trust store properties, which
// are resolved together at the end because their order in the file does not matter.
class PropertiesImport
{
public:
    PropertiesImport(ConnectionProfile base, const QList<QPair<QString, QString>> &all)
    {
        m_result.profile = std::move(base);
        for (const auto &[key, value] : all) {
            if (key == u"ssl.truststore.type")
                m_truststoreType = value.toUpper();
            else if (key == u"ssl.keystore.type")
                m_keystoreType = value.toUpper();
        }
    }

    void apply(const QString &key, const QString &value)
    {
        if (applySasl(key, value) || applyTls(key, value) || applyRegistry(key, value))
            return;
        ConnectionProfile &profile = m_result.profile;
        if (key == u"bootstrap.servers") {
            profile.bootstrapServers = value;
        } else if (key == u"security.protocol") {
            if (!parseSecurityProtocol(value, &profile.securityProtocol))
                m_result.ignored.append(
                    because(key, QCoreApplication::translate("ClientPropertiesImporter",
                                                             "unknown protocol “%1”")
                                     .arg(value)));
        } else if (isSameName(key)) {
            profile.extraProperties.append({key, value});
        } else if (isIrrelevant(key)) {
            m_result.ignored.append(
                because(key, QCoreApplication::translate("ClientPropertiesImporter",
                                                         "not needed by Qafka")));
        } else {
            m_result.ignored.append(
                because(key, QCoreApplication::translate("ClientPropertiesImporter",
                                                         "no librdkafka equivalent known")));
        }
    }

    ClientPropertiesImport finish()
    {
        resolveTruststore();
        resolveKeystore();
        resolveRegistryStores();
        return std::move(m_result);
    }

private:
    // Properties that mean the same in Java and librdkafka and are safe to pass as they are.
    static bool isSameName(const QString &key)
    {
        static const QSet<QString> sameName = {
            QStringLiteral("client.id"),
            QStringLiteral("client.rack"),
            QStringLiteral("socket.connection.setup.timeout.ms"),
            QStringLiteral("socket.connection.setup.timeout.max.ms"),
            QStringLiteral("metadata.max.age.ms"),
            QStringLiteral("reconnect.backoff.ms"),
            QStringLiteral("reconnect.backoff.max.ms"),
            QStringLiteral("retry.backoff.ms"),
            QStringLiteral("ssl.cipher.suites"),
        };
        return sameName.contains(key);
    }

    // Properties a desktop client has no use for; ignoring them loses nothing.
    static bool isIrrelevant(const QString &key)
    {
        static const QSet<QString> irrelevant = {
            QStringLiteral("key.serializer"),   QStringLiteral("value.serializer"),
            QStringLiteral("key.deserializer"), QStringLiteral("value.deserializer"),
            QStringLiteral("ssl.protocol"),     QStringLiteral("ssl.enabled.protocols"),
        };
        return irrelevant.contains(key);
    }

    // sasl.mechanism and sasl.jaas.config; false for any other key.
    bool applySasl(const QString &key, const QString &value)
    {
        if (key == u"sasl.mechanism") {
            m_sawMechanism = true;
            if (!parseSaslMechanism(value, &m_result.profile.saslMechanism))
                m_result.ignored.append(because(
                    key, QCoreApplication::translate(
                             "ClientPropertiesImporter",
                             "Qafka supports PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, GSSAPI and "
                             "OAUTHBEARER, not “%1”")
                             .arg(value)));
            return true;
        }
        if (applyKerberos(key, value) || applyOAuth(key, value))
            return true;
        if (key != u"sasl.jaas.config")
            return false;
        QString module;
        QHash<QString, QString> options;
        if (!parseJaas(value, &module, &options)) {
            m_result.ignored.append(
                because(key, QCoreApplication::translate("ClientPropertiesImporter",
                                                         "not a JAAS login module line")));
        } else if (module.endsWith(QLatin1String(".PlainLoginModule")) ||
                   module.endsWith(QLatin1String(".ScramLoginModule"))) {
            m_result.profile.saslUsername = options.value(QStringLiteral("username"));
            m_result.secrets.saslPassword = options.value(QStringLiteral("password"));
            if (!m_sawMechanism && module.endsWith(QLatin1String(".PlainLoginModule")))
                m_result.profile.saslMechanism = SaslMechanism::Plain;
        } else if (module.endsWith(QLatin1String(".Krb5LoginModule"))) {
            applyKrb5Jaas(options);
        } else if (module.endsWith(QLatin1String(".OAuthBearerLoginModule"))) {
            applyOAuthJaas(options);
        } else {
            m_result.ignored.append(
                because(key, QCoreApplication::translate("ClientPropertiesImporter",
                                                         "login module %1 is not supported")
                                 .arg(module)));
        }
        return true;
    }

    // The sasl.kerberos.* properties librdkafka and Java share; false for any other key.
    bool applyKerberos(const QString &key, const QString &value)
    {
        KerberosSettings &kerberos = m_result.profile.kerberos;
        if (key == u"sasl.kerberos.service.name")
            kerberos.serviceName = value;
        else if (key == u"sasl.kerberos.keytab")
            kerberos.keytab = value;
        else if (key == u"sasl.kerberos.principal")
            kerberos.principal = value;
        else
            return false;
        return true;
    }

    // Java's Krb5LoginModule: useKeyTab with keyTab and principal, or the ticket cache.
    void applyKrb5Jaas(const QHash<QString, QString> &options)
    {
        if (!m_sawMechanism)
            m_result.profile.saslMechanism = SaslMechanism::Gssapi;
        KerberosSettings &kerberos = m_result.profile.kerberos;
        if (options.value(QStringLiteral("useKeyTab")).compare(u"true", Qt::CaseInsensitive) == 0)
            kerberos.keytab = options.value(QStringLiteral("keyTab"));
        if (options.contains(QStringLiteral("principal")))
            kerberos.principal = options.value(QStringLiteral("principal"));
    }

    // The OAuth client-credentials properties of Java (4.1 names too) and librdkafka; false for
    // any other key.
    bool applyOAuth(const QString &key, const QString &value)
    {
        OAuthSettings &oauth = m_result.profile.oauth;
        if (key == u"sasl.oauthbearer.token.endpoint.url") {
            oauth.tokenEndpointUrl = value;
        } else if (key == u"sasl.oauthbearer.client.credentials.client.id" ||
                   key == u"sasl.oauthbearer.client.id") {
            oauth.clientId = value;
        } else if (key == u"sasl.oauthbearer.client.credentials.client.secret" ||
                   key == u"sasl.oauthbearer.client.secret") {
            m_result.secrets.oauthClientSecret = value;
        } else if (key == u"sasl.oauthbearer.scope") {
            oauth.scope = value;
        } else if (key == u"sasl.oauthbearer.extensions") {
            oauth.extensions = value;
        } else if (key == u"sasl.login.callback.handler.class" ||
                   key == u"sasl.oauthbearer.method") {
            // Java's OIDC handler and librdkafka's "oidc" are what Qafka does; anything else
            // (a custom handler, the unsecured development tokens) it cannot.
            if (!value.endsWith(QLatin1String(".OAuthBearerLoginCallbackHandler")) &&
                value.compare(u"oidc", Qt::CaseInsensitive) != 0)
                m_result.ignored.append(
                    because(key, QCoreApplication::translate(
                                     "ClientPropertiesImporter",
                                     "Qafka logs in with OAuth's client-credentials grant only, "
                                     "not with “%1”")
                                     .arg(value)));
        } else {
            return false;
        }
        return true;
    }

    // Java's OAuthBearerLoginModule: clientId, clientSecret, scope and extension_NAME options.
    void applyOAuthJaas(const QHash<QString, QString> &options)
    {
        if (!m_sawMechanism)
            m_result.profile.saslMechanism = SaslMechanism::OAuthBearer;
        OAuthSettings &oauth = m_result.profile.oauth;
        if (options.contains(QStringLiteral("clientId")))
            oauth.clientId = options.value(QStringLiteral("clientId"));
        if (options.contains(QStringLiteral("clientSecret")))
            m_result.secrets.oauthClientSecret = options.value(QStringLiteral("clientSecret"));
        if (options.contains(QStringLiteral("scope")))
            oauth.scope = options.value(QStringLiteral("scope"));
        QStringList extensions;
        for (auto it = options.cbegin(); it != options.cend(); ++it) {
            if (it.key().startsWith(QLatin1String("extension_")))
                extensions.append(it.key().mid(10) + u'=' + it.value());
            else if (it.key().startsWith(QLatin1String("unsecuredLogin")))
                m_result.ignored.append(because(
                    QStringLiteral("sasl.jaas.config"),
                    QCoreApplication::translate("ClientPropertiesImporter",
                                                "unsecured OAuth tokens (%1) are for development "
                                                "brokers only; Qafka uses a token endpoint")
                        .arg(it.key())));
        }
        extensions.sort(); // QHash has no order; a stable one keeps the profile comparable
        if (!extensions.isEmpty())
            oauth.extensions = extensions.join(u',');
    }

    // The ssl.* properties with a meaning of their own; false for any other key.
    bool applyTls(const QString &key, const QString &value)
    {
        if (key == u"ssl.truststore.location") {
            m_truststoreLocation = value;
        } else if (key == u"ssl.truststore.certificates") {
            m_result.profile.extraProperties.append({QStringLiteral("ssl.ca.pem"), value});
        } else if (key == u"ssl.truststore.password" || key == u"ssl.truststore.type" ||
                   key == u"ssl.keystore.type") {
            // PEM trust stores have no password, JKS/PKCS12 ones are reported below; the store
            // types are handled with the store locations.
        } else if (key == u"ssl.keystore.location") {
            m_keystoreLocation = value;
        } else if (key == u"ssl.keystore.password") {
            m_keystorePassword = value;
        } else if (key == u"ssl.key.password") {
            m_result.secrets.keyPassphrase = value;
        } else if (key == u"ssl.endpoint.identification.algorithm") {
            m_result.profile.verifyHostname = !value.trimmed().isEmpty();
        } else {
            return false;
        }
        return true;
    }

    // The Schema Registry client's properties (Confluent's serializers read them from the same
    // file); false for any other key.
    bool applyRegistry(const QString &key, const QString &value)
    {
        RegistrySettings &registry = m_result.profile.registry;
        if (key == u"schema.registry.url") {
            registry.urls = value;
        } else if (key == u"basic.auth.user.info" ||
                   key == u"schema.registry.basic.auth.user.info") {
            const qsizetype colon = value.indexOf(u':');
            registry.authentication = RegistrySettings::Authentication::Basic;
            registry.username = colon < 0 ? value : value.left(colon);
            m_result.secrets.registryPassword = colon < 0 ? QString() : value.mid(colon + 1);
        } else if (key == u"bearer.auth.token") {
            registry.authentication = RegistrySettings::Authentication::BearerToken;
            m_result.secrets.registryToken = value;
        } else if (key == u"basic.auth.credentials.source" ||
                   key == u"bearer.auth.credentials.source") {
            if (value != u"USER_INFO" && value != u"STATIC_TOKEN")
                m_result.ignored.append(
                    because(key, QCoreApplication::translate("ClientPropertiesImporter",
                                                             "only USER_INFO and STATIC_TOKEN are "
                                                             "supported, not “%1”")
                                     .arg(value)));
        } else if (key == u"schema.registry.ssl.truststore.location") {
            m_registryTruststore = value;
        } else if (key == u"schema.registry.ssl.keystore.location") {
            m_registryKeystore = value;
        } else if (key == u"schema.registry.ssl.key.password") {
            m_result.secrets.registryKeyPassphrase = value;
        } else if (key == u"schema.registry.ssl.truststore.type") {
            m_registryTruststoreType = value.toUpper();
        } else if (key == u"schema.registry.ssl.keystore.type") {
            m_registryKeystoreType = value.toUpper();
        } else {
            return key.startsWith(u"schema.registry.ssl.") && ignoreRegistryTls(key);
        }
        return true;
    }

    bool ignoreRegistryTls(const QString &key)
    {
        m_result.ignored.append(
            because(key, QCoreApplication::translate("ClientPropertiesImporter",
                                                     "not needed by Qafka's registry client")));
        return true;
    }

    void resolveRegistryStores()
    {
        RegistrySettings &registry = m_result.profile.registry;
        const auto pemOnly = [this](const QString &key, const QString &type) {
            m_result.ignored.append(
                key + u": " +
                QCoreApplication::translate("ClientPropertiesImporter",
                                            "%1 stores cannot be read by Qafka; export the "
                                            "certificates and key as PEM and choose them")
                    .arg(type));
        };
        if (!m_registryTruststore.isEmpty()) {
            if (m_registryTruststoreType == u"PEM")
                registry.caFile = m_registryTruststore;
            else
                pemOnly(QStringLiteral("schema.registry.ssl.truststore.location"),
                        m_registryTruststoreType);
        }
        if (!m_registryKeystore.isEmpty()) {
            if (m_registryKeystoreType == u"PEM") {
                registry.certificateFile = m_registryKeystore;
                registry.keyFile = m_registryKeystore;
            } else {
                pemOnly(QStringLiteral("schema.registry.ssl.keystore.location"),
                        m_registryKeystoreType);
            }
        }
    }

    void resolveTruststore()
    {
        if (m_truststoreLocation.isEmpty())
            return;
        if (m_truststoreType == u"PEM")
            m_result.profile.caFile = m_truststoreLocation;
        else
            m_result.ignored.append(
                QStringLiteral("ssl.truststore.location: ") +
                QCoreApplication::translate(
                    "ClientPropertiesImporter",
                    "%1 trust stores cannot be read by librdkafka; export the CA "
                    "certificate as PEM (keytool -exportcert -rfc) and choose it as CA file")
                    .arg(m_truststoreType));
    }

    void resolveKeystore()
    {
        if (m_keystoreLocation.isEmpty())
            return;
        ConnectionProfile &profile = m_result.profile;
        if (m_keystoreType == u"PKCS12") {
            // The client certificate field takes a PKCS#12 bundle by its .p12/.pfx name; any
            // other name stays librdkafka's keystore property.
            if (isPkcs12File(m_keystoreLocation))
                profile.certificateFile = m_keystoreLocation;
            else
                profile.extraProperties.append(
                    {QStringLiteral("ssl.keystore.location"), m_keystoreLocation});
            if (!m_keystorePassword.isEmpty())
                m_result.secrets.keyPassphrase = m_keystorePassword;
        } else if (m_keystoreType == u"PEM") {
            profile.certificateFile = m_keystoreLocation;
            profile.keyFile = m_keystoreLocation;
        } else {
            m_result.ignored.append(
                QStringLiteral("ssl.keystore.location: ") +
                QCoreApplication::translate(
                    "ClientPropertiesImporter",
                    "%1 key stores cannot be read by librdkafka; convert it to PKCS12 "
                    "(keytool -importkeystore -deststoretype PKCS12)")
                    .arg(m_keystoreType));
        }
    }

    ClientPropertiesImport m_result;
    QString m_truststoreType = QStringLiteral("JKS");
    QString m_keystoreType = QStringLiteral("JKS");
    QString m_truststoreLocation;
    QString m_keystoreLocation;
    QString m_keystorePassword;
    QString m_registryTruststore;
    QString m_registryKeystore;
    QString m_registryTruststoreType = QStringLiteral("JKS");
    QString m_registryKeystoreType = QStringLiteral("JKS");
    bool m_sawMechanism = false;
};

} // namespace

QList<QPair<QString, QString>> ClientPropertiesImporter::parseProperties(const QString &text)
{
    QList<QPair<QString, QString>> result;
    const QStringList rawLines = text.split(QRegularExpression(QStringLiteral("\r\n|\r|\n")));
    QString logical;
    for (qsizetype i = 0; i < rawLines.size(); ++i) {
        QString line = rawLines.at(i);
        if (logical.isEmpty()) {
            const QString trimmed = line.trimmed();
            if (trimmed.isEmpty() || trimmed.startsWith(u'#') || trimmed.startsWith(u'!'))
                continue;
            line = trimmed;
        } else {
            line = line.trimmed();
        }
        // An odd number of trailing backslashes continues the line.
        qsizetype backslashes = 0;
        while (backslashes < line.size() && line.at(line.size() - 1 - backslashes) == u'\\')
            ++backslashes;
        if (backslashes % 2 == 1) {
            logical += line.left(line.size() - 1);
            continue;
        }
        logical += line;
        qsizetype sep = -1;
        for (qsizetype j = 0; j < logical.size(); ++j) {
            const QChar c = logical.at(j);
            if (c == u'\\') {
                ++j;
                continue;
            }
            if (c == u'=' || c == u':' || c.isSpace()) {
                sep = j;
                break;
            }
        }
        QString key = sep < 0 ? logical : logical.left(sep);
        QString value;
        if (sep >= 0) {
            qsizetype start = sep;
            while (start < logical.size() && logical.at(start).isSpace())
                ++start;
            if (start < logical.size() && (logical.at(start) == u'=' || logical.at(start) == u':'))
                ++start;
            while (start < logical.size() && logical.at(start).isSpace())
                ++start;
            value = logical.mid(start);
        }
        result.append({unescape(key), unescape(value)});
        logical.clear();
    }
    return result;
}

ClientPropertiesImport ClientPropertiesImporter::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ClientPropertiesImport failed;
        failed.error = QCoreApplication::translate("ClientPropertiesImporter", "Cannot read %1: %2")
                           .arg(path, file.errorString());
        return failed;
    }
    ConnectionProfile base;
    base.name = QFileInfo(path).completeBaseName();
    // Java reads .properties as ISO-8859-1 unless escaped; UTF-8 is what people write today.
    return importText(QString::fromUtf8(file.readAll()), base);
}

ClientPropertiesImport ClientPropertiesImporter::importText(const QString &text,
                                                            ConnectionProfile base)
{
    const QList<QPair<QString, QString>> properties = parseProperties(text);
    PropertiesImport import(std::move(base), properties);
    for (const auto &[key, value] : properties)
        import.apply(key, value);
    return import.finish();
}

} // namespace Qafka
