#include "profiles/clientpropertiesimporter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

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
bool parseJaas(const QString &jaas, QString *module, QString *username, QString *password)
{
    static const QRegularExpression moduleRe(
        QStringLiteral(R"re(^\s*([\w.$]+)\s+(required|requisite|sufficient|optional))re"));
    static const QRegularExpression optionRe(
        QStringLiteral(R"re((\w+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s;]+)))re"));
    const auto moduleMatch = moduleRe.match(jaas);
    if (!moduleMatch.hasMatch())
        return false;
    *module = moduleMatch.captured(1);
    auto it = optionRe.globalMatch(jaas, moduleMatch.capturedEnd());
    while (it.hasNext()) {
        const auto match = it.next();
        const QString value =
            match.captured(2).isNull() ? match.captured(3) : unescape(match.captured(2));
        if (match.captured(1) == u"username")
            *username = value;
        else if (match.captured(1) == u"password")
            *password = value;
    }
    return true;
}

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
    // Properties that mean the same in Java and librdkafka and are safe to pass as they are.
    static const QSet<QString> sameName = {
        QStringLiteral("client.id"),
        QStringLiteral("client.rack"),
        QStringLiteral("sasl.kerberos.service.name"),
        QStringLiteral("sasl.kerberos.principal"),
        QStringLiteral("sasl.kerberos.keytab"),
        QStringLiteral("socket.connection.setup.timeout.ms"),
        QStringLiteral("socket.connection.setup.timeout.max.ms"),
        QStringLiteral("metadata.max.age.ms"),
        QStringLiteral("reconnect.backoff.ms"),
        QStringLiteral("reconnect.backoff.max.ms"),
        QStringLiteral("retry.backoff.ms"),
        QStringLiteral("ssl.cipher.suites"),
        QStringLiteral("sasl.oauthbearer.token.endpoint.url"),
    };
    // Properties a desktop client has no use for; ignoring them loses nothing.
    static const QSet<QString> irrelevant = {
        QStringLiteral("key.serializer"),   QStringLiteral("value.serializer"),
        QStringLiteral("key.deserializer"), QStringLiteral("value.deserializer"),
        QStringLiteral("ssl.protocol"),     QStringLiteral("ssl.enabled.protocols"),
    };

    ClientPropertiesImport result;
    result.profile = std::move(base);
    ConnectionProfile &profile = result.profile;
    QString truststoreType = QStringLiteral("JKS");
    QString keystoreType = QStringLiteral("JKS");
    QString truststoreLocation;
    QString keystoreLocation;
    QString keystorePassword;
    bool sawMechanism = false;

    const auto properties = parseProperties(text);
    for (const auto &[key, value] : properties) {
        if (key == u"ssl.truststore.type")
            truststoreType = value.toUpper();
        else if (key == u"ssl.keystore.type")
            keystoreType = value.toUpper();
    }

    for (const auto &[key, value] : properties) {
        if (key == u"bootstrap.servers") {
            profile.bootstrapServers = value;
        } else if (key == u"security.protocol") {
            if (!parseSecurityProtocol(value, &profile.securityProtocol))
                result.ignored.append(
                    key + u": " +
                    QCoreApplication::translate("ClientPropertiesImporter", "unknown protocol “%1”")
                        .arg(value));
        } else if (key == u"sasl.mechanism") {
            sawMechanism = true;
            if (!parseSaslMechanism(value, &profile.saslMechanism))
                result.ignored.append(
                    key + u": " +
                    QCoreApplication::translate(
                        "ClientPropertiesImporter",
                        "Qafka supports PLAIN, SCRAM-SHA-256 and SCRAM-SHA-512, not “%1”")
                        .arg(value));
        } else if (key == u"sasl.jaas.config") {
            QString module;
            QString username;
            QString password;
            if (!parseJaas(value, &module, &username, &password)) {
                result.ignored.append(key + u": " +
                                      QCoreApplication::translate("ClientPropertiesImporter",
                                                                  "not a JAAS login module line"));
                continue;
            }
            if (module.endsWith(QLatin1String(".PlainLoginModule")) ||
                module.endsWith(QLatin1String(".ScramLoginModule"))) {
                profile.saslUsername = username;
                result.secrets.saslPassword = password;
                if (!sawMechanism && module.endsWith(QLatin1String(".PlainLoginModule")))
                    profile.saslMechanism = SaslMechanism::Plain;
            } else {
                result.ignored.append(
                    key + u": " +
                    QCoreApplication::translate("ClientPropertiesImporter",
                                                "login module %1 is not supported")
                        .arg(module));
            }
        } else if (key == u"ssl.truststore.location") {
            truststoreLocation = value;
        } else if (key == u"ssl.truststore.certificates") {
            profile.extraProperties.append({QStringLiteral("ssl.ca.pem"), value});
        } else if (key == u"ssl.truststore.password" || key == u"ssl.truststore.type" ||
                   key == u"ssl.keystore.type") {
            // PEM trust stores have no password, JKS/PKCS12 ones are reported below; the store
            // types are handled with the store locations.
        } else if (key == u"ssl.keystore.location") {
            keystoreLocation = value;
        } else if (key == u"ssl.keystore.password") {
            keystorePassword = value;
        } else if (key == u"ssl.key.password") {
            result.secrets.keyPassphrase = value;
        } else if (key == u"ssl.endpoint.identification.algorithm") {
            profile.verifyHostname = !value.trimmed().isEmpty();
        } else if (sameName.contains(key)) {
            profile.extraProperties.append({key, value});
        } else if (irrelevant.contains(key)) {
            result.ignored.append(
                key + u": " +
                QCoreApplication::translate("ClientPropertiesImporter", "not needed by Qafka"));
        } else {
            result.ignored.append(key + u": " +
                                  QCoreApplication::translate("ClientPropertiesImporter",
                                                              "no librdkafka equivalent known"));
        }
    }

    if (!truststoreLocation.isEmpty()) {
        if (truststoreType == u"PEM")
            profile.caFile = truststoreLocation;
        else
            result.ignored.append(
                QStringLiteral("ssl.truststore.location: ") +
                QCoreApplication::translate(
                    "ClientPropertiesImporter",
                    "%1 trust stores cannot be read by librdkafka; export the CA "
                    "certificate as PEM (keytool -exportcert -rfc) and choose it as CA file")
                    .arg(truststoreType));
    }
    if (!keystoreLocation.isEmpty()) {
        if (keystoreType == u"PKCS12") {
            profile.extraProperties.append(
                {QStringLiteral("ssl.keystore.location"), keystoreLocation});
            if (!keystorePassword.isEmpty())
                result.secrets.keyPassphrase = keystorePassword;
        } else if (keystoreType == u"PEM") {
            profile.certificateFile = keystoreLocation;
            profile.keyFile = keystoreLocation;
        } else {
            result.ignored.append(
                QStringLiteral("ssl.keystore.location: ") +
                QCoreApplication::translate(
                    "ClientPropertiesImporter",
                    "%1 key stores cannot be read by librdkafka; convert it to PKCS12 "
                    "(keytool -importkeystore -deststoretype PKCS12)")
                    .arg(keystoreType));
        }
    }
    return result;
}

} // namespace Qafka
