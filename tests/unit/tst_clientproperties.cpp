#include "profiles/clientpropertiesimporter.h"

#include <QTemporaryFile>
#include <QTest>

using namespace Qafka;
using namespace Qt::Literals::StringLiterals;

class TestClientProperties : public QObject
{
    Q_OBJECT
private slots:
    void parsesJavaPropertiesSyntax()
    {
        const auto props = ClientPropertiesImporter::parseProperties(QStringLiteral(
            "# comment\n! also comment\nkey1=value1\nkey2 : value2\nkey3 value3\n"
            "long=first \\\n    second\nescaped\\=key=a\\tb\nunicode=\\u00e9\nempty=\n"));
        const QList<QPair<QString, QString>> expected = {
            {QStringLiteral("key1"), QStringLiteral("value1")},
            {QStringLiteral("key2"), QStringLiteral("value2")},
            {QStringLiteral("key3"), QStringLiteral("value3")},
            {QStringLiteral("long"), QStringLiteral("first second")},
            {QStringLiteral("escaped=key"), QStringLiteral("a\tb")},
            {QStringLiteral("unicode"), QString(QChar(0xe9))},
            {QStringLiteral("empty"), QString()},
        };
        QCOMPARE(props, expected);
    }

    void importsScramOverTls()
    {
        const auto imported = ClientPropertiesImporter::importText(QStringLiteral(
            "bootstrap.servers=b1:9093,b2:9093\n"
            "security.protocol=SASL_SSL\n"
            "sasl.mechanism=SCRAM-SHA-512\n"
            "sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required \\\n"
            "    username=\"alice\" password=\"s3cr\\\\\\\"et\";\n" // \\\" in the file: Java
                                                                    // unescapes once
            "ssl.truststore.type=PEM\n"
            "ssl.truststore.location=/etc/kafka/ca.pem\n"
            "ssl.endpoint.identification.algorithm=\n"
            "client.id=ops\n"
            "key.serializer=org.apache.kafka.common.serialization.StringSerializer\n"
            "max.poll.records=10\n"));
        const ConnectionProfile &p = imported.profile;
        QCOMPARE(p.bootstrapServers, QStringLiteral("b1:9093,b2:9093"));
        QCOMPARE(p.securityProtocol, SecurityProtocol::SaslSsl);
        QCOMPARE(p.saslMechanism, SaslMechanism::ScramSha512);
        QCOMPARE(p.saslUsername, QStringLiteral("alice"));
        QCOMPARE(imported.secrets.saslPassword, QStringLiteral("s3cr\"et"));
        QCOMPARE(p.caFile, QStringLiteral("/etc/kafka/ca.pem"));
        QCOMPARE(p.verifyHostname, false);
        QVERIFY(p.extraProperties.contains(
            qMakePair(QStringLiteral("client.id"), QStringLiteral("ops"))));
        // The secret never lands in the profile's plain properties.
        for (const auto &property : p.extraProperties)
            QVERIFY(!property.second.contains(QStringLiteral("s3cr")));
        QCOMPARE(imported.ignored.size(), 2);
        QVERIFY(imported.ignored.at(0).startsWith(QStringLiteral("key.serializer:")));
        QVERIFY(imported.ignored.at(1).startsWith(QStringLiteral("max.poll.records:")));
    }

    void reportsJksStores()
    {
        const auto imported = ClientPropertiesImporter::importText(QStringLiteral(
            "bootstrap.servers=b:9093\nsecurity.protocol=SSL\n"
            "ssl.truststore.location=/x/truststore.jks\nssl.truststore.password=changeit\n"
            "ssl.keystore.location=/x/"
            "keystore.jks\nssl.keystore.password=pw\nssl.key.password=kpw\n"));
        QCOMPARE(imported.profile.caFile, QString());
        QCOMPARE(imported.ignored.size(), 2);
        QVERIFY(imported.ignored.at(0).contains(QStringLiteral("PEM")));
        QVERIFY(imported.ignored.at(1).contains(QStringLiteral("PKCS12")));
    }

    void importsPkcs12Keystore()
    {
        const auto imported = ClientPropertiesImporter::importText(QStringLiteral(
            "bootstrap.servers=b:9093\nsecurity.protocol=SSL\nssl.keystore.type=PKCS12\n"
            "ssl.keystore.location=/x/client.p12\nssl.keystore.password=pw\n"));
        QCOMPARE(imported.profile.certificateFile, QStringLiteral("/x/client.p12"));
        QVERIFY(imported.profile.keyFile.isEmpty());
        QVERIFY(imported.profile.extraProperties.isEmpty());
        QCOMPARE(imported.secrets.keyPassphrase, QStringLiteral("pw"));
        QVERIFY(imported.ignored.isEmpty());
        // A keystore named otherwise stays librdkafka's keystore property.
        const auto other = ClientPropertiesImporter::importText(QStringLiteral(
            "security.protocol=SSL\nssl.keystore.type=PKCS12\nssl.keystore.location=/x/store\n"));
        QVERIFY(other.profile.extraProperties.contains(
            qMakePair(QStringLiteral("ssl.keystore.location"), QStringLiteral("/x/store"))));
    }

    void importsSchemaRegistryClient()
    {
        const auto imported = ClientPropertiesImporter::importText(
            QStringLiteral("bootstrap.servers=b:9092\n"
                           "schema.registry.url=https://psrc-1.eu.confluent.cloud,https://"
                           "psrc-2.eu.confluent.cloud\n"
                           "basic.auth.credentials.source=USER_INFO\n"
                           "basic.auth.user.info=SRKEY:sr:secret\n"
                           "schema.registry.ssl.truststore.type=PEM\n"
                           "schema.registry.ssl.truststore.location=/etc/sr/ca.pem\n"
                           "schema.registry.ssl.keystore.type=PEM\n"
                           "schema.registry.ssl.keystore.location=/etc/sr/client.pem\n"
                           "schema.registry.ssl.key.password=kp\n"
                           "schema.registry.ssl.protocol=TLSv1.3\n"));
        const RegistrySettings &registry = imported.profile.registry;
        QCOMPARE(registry.urlList().size(), 2);
        QCOMPARE(registry.authentication, RegistrySettings::Authentication::Basic);
        QCOMPARE(registry.username, QStringLiteral("SRKEY"));
        QCOMPARE(imported.secrets.registryPassword, QStringLiteral("sr:secret"));
        QCOMPARE(registry.caFile, QStringLiteral("/etc/sr/ca.pem"));
        QCOMPARE(registry.certificateFile, QStringLiteral("/etc/sr/client.pem"));
        QCOMPARE(registry.keyFile, QStringLiteral("/etc/sr/client.pem"));
        QCOMPARE(imported.secrets.registryKeyPassphrase, QStringLiteral("kp"));
        QCOMPARE(imported.ignored.size(), 1);
        QVERIFY(
            imported.ignored.first().startsWith(QStringLiteral("schema.registry.ssl.protocol:")));
        for (const auto &property : imported.profile.extraProperties)
            QVERIFY(!property.second.contains(QStringLiteral("secret")));

        const auto bearer = ClientPropertiesImporter::importText(QStringLiteral(
            "schema.registry.url=http://sr:8081\nbearer.auth.credentials.source=STATIC_TOKEN\n"
            "bearer.auth.token=tok\nschema.registry.ssl.truststore.location=/x/trust.jks\n"));
        QCOMPARE(bearer.profile.registry.authentication,
                 RegistrySettings::Authentication::BearerToken);
        QCOMPARE(bearer.secrets.registryToken, QStringLiteral("tok"));
        QCOMPARE(bearer.ignored.size(), 1);
        QVERIFY(bearer.ignored.first().contains(QStringLiteral("PEM")));
    }

    void plainMechanismAndUnknownProtocol()
    {
        const auto imported = ClientPropertiesImporter::importText(
            QStringLiteral("security.protocol=SASL_PLAINTEXT\nsasl.mechanism=AWS_MSK_IAM\n"
                           "sasl.jaas.config=org.apache.kafka.common.security.plain."
                           "PlainLoginModule required username=bob password=pw;\n"));
        QCOMPARE(imported.profile.saslUsername, QStringLiteral("bob"));
        QCOMPARE(imported.secrets.saslPassword, QStringLiteral("pw"));
        QCOMPARE(imported.ignored.size(), 1);
        QVERIFY(imported.ignored.first().startsWith(QStringLiteral("sasl.mechanism:")));
    }

    // One property (or a few) at a time: what lands where, and what is reported as ignored.
    void importsEachProperty_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("field"); // which part of the import to compare
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QStringList>("ignored"); // the start of each "name: why"

        QTest::addRow("unknown protocol")
            << "security.protocol=CARRIER_PIGEON"
            << "securityProtocol"
            << "PLAINTEXT" << QStringList{u"security.protocol: unknown protocol"_s};
        QTest::addRow("SSL protocol") << "security.protocol=SSL"
                                      << "securityProtocol"
                                      << "SSL" << QStringList{};
        QTest::addRow("SCRAM mechanism") << "sasl.mechanism=SCRAM-SHA-256"
                                         << "saslMechanism"
                                         << "SCRAM-SHA-256" << QStringList{};
        QTest::addRow("PLAIN module sets the mechanism")
            << "sasl.jaas.config=x.PlainLoginModule required username=u password=p;"
            << "saslMechanism"
            << "PLAIN" << QStringList{};
        QTest::addRow("explicit mechanism wins over the PLAIN module")
            << "sasl.mechanism=SCRAM-SHA-256\n"
               "sasl.jaas.config=x.PlainLoginModule required username=u password=p;"
            << "saslMechanism"
            << "SCRAM-SHA-256" << QStringList{};
        QTest::addRow("SCRAM module user") << "sasl.jaas.config=x.ScramLoginModule required "
                                              "username=\"a b\" password=\"p\";"
                                           << "saslUsername"
                                           << "a b" << QStringList{};
        QTest::addRow("other login module")
            << "sasl.jaas.config=software.amazon.msk.auth.iam.IAMLoginModule required;"
            << "saslUsername"
            << ""
            << QStringList{
                   u"sasl.jaas.config: login module software.amazon.msk.auth.iam.IAMLoginModule"_s};
        QTest::addRow("OAuth, Java's JAAS form (Strimzi, Confluent Cloud)")
            << "sasl.mechanism=OAUTHBEARER\n"
               "sasl.login.callback.handler.class=org.apache.kafka.common.security.oauthbearer."
               "OAuthBearerLoginCallbackHandler\n"
               "sasl.oauthbearer.token.endpoint.url=https://idp/realms/k/protocol/openid-connect/"
               "token\n"
               "sasl.jaas.config=org.apache.kafka.common.security.oauthbearer."
               "OAuthBearerLoginModule required clientId=\"app\" clientSecret=\"s3cret\" "
               "scope=\"kafka profile\" extension_logicalCluster=\"lkc-1\" "
               "extension_identityPoolId=\"pool-2\";"
            << "oauth"
            << "OAUTHBEARER|https://idp/realms/k/protocol/openid-connect/token|app|s3cret|"
               "kafka profile|identityPoolId=pool-2,logicalCluster=lkc-1"
            << QStringList{};
        QTest::addRow("OAuth, single quotes (Confluent's template)")
            << "sasl.mechanism=OAUTHBEARER\n"
               "sasl.oauthbearer.token.endpoint.url=https://idp/token\n"
               "sasl.jaas.config=org.apache.kafka.common.security.oauthbearer."
               "OAuthBearerLoginModule required clientId='app' clientSecret='s3 cret' "
               "scope='kafka profile' extension_logicalCluster='lkc-1';"
            << "oauth"
            << "OAUTHBEARER|https://idp/token|app|s3 cret|kafka profile|logicalCluster=lkc-1"
            << QStringList{};
        QTest::addRow("OAuth, Kafka 4.1's property names; the module sets the mechanism")
            << "sasl.oauthbearer.token.endpoint.url=https://idp/token\n"
               "sasl.oauthbearer.client.credentials.client.id=app\n"
               "sasl.oauthbearer.client.credentials.client.secret=s3cret\n"
               "sasl.oauthbearer.scope=kafka\n"
               "sasl.jaas.config=org.apache.kafka.common.security.oauthbearer."
               "OAuthBearerLoginModule required;"
            << "oauth"
            << "OAUTHBEARER|https://idp/token|app|s3cret|kafka|" << QStringList{};
        QTest::addRow("OAuth, librdkafka's property names")
            << "sasl.mechanism=OAUTHBEARER\nsasl.oauthbearer.method=oidc\n"
               "sasl.oauthbearer.token.endpoint.url=https://idp/token\n"
               "sasl.oauthbearer.client.id=app\nsasl.oauthbearer.client.secret=s3cret\n"
               "sasl.oauthbearer.extensions=a=1,b=2"
            << "oauth"
            << "OAUTHBEARER|https://idp/token|app|s3cret||a=1,b=2" << QStringList{};
        QTest::addRow("OAuth, unsecured development tokens are not carried")
            << "sasl.oauthbearer.method=default\n"
               "sasl.jaas.config=org.apache.kafka.common.security.oauthbearer."
               "OAuthBearerLoginModule required unsecuredLoginStringClaim_sub=\"alice\";"
            << "oauth"
            << "OAUTHBEARER|||||"
            << QStringList{u"sasl.oauthbearer.method: Qafka logs in with OAuth's"_s,
                           u"sasl.jaas.config: unsecured OAuth tokens"_s};
        QTest::addRow("Kerberos keytab login (Krb5LoginModule)")
            << "sasl.mechanism=GSSAPI\nsasl.kerberos.service.name=kafka-eu\n"
               "sasl.jaas.config=com.sun.security.auth.module.Krb5LoginModule required "
               "useKeyTab=true storeKey=true keyTab=\"/etc/security/alice.keytab\" "
               "principal=\"alice@EXAMPLE.COM\";"
            << "kerberos"
            << "GSSAPI kafka-eu alice@EXAMPLE.COM /etc/security/alice.keytab" << QStringList{};
        QTest::addRow("Kerberos ticket cache (Krb5LoginModule, no keytab)")
            << "sasl.jaas.config=com.sun.security.auth.module.Krb5LoginModule required "
               "useTicketCache=true;"
            << "kerberos"
            << "GSSAPI kafka  " << QStringList{};
        QTest::addRow("librdkafka's Kerberos properties")
            << "sasl.mechanism=GSSAPI\nsasl.kerberos.keytab=/k.keytab\n"
               "sasl.kerberos.principal=svc@R"
            << "kerberos"
            << "GSSAPI kafka svc@R /k.keytab" << QStringList{};
        QTest::addRow("not a JAAS line") << "sasl.jaas.config=username=u"
                                         << "saslUsername"
                                         << "" << QStringList{u"sasl.jaas.config: not a JAAS"_s};
        QTest::addRow("PEM truststore certificates")
            << "ssl.truststore.certificates=-----BEGIN CERTIFICATE-----"
            << "extra"
            << "ssl.ca.pem=-----BEGIN CERTIFICATE-----" << QStringList{};
        QTest::addRow("PEM truststore, type after location")
            << "ssl.truststore.location=/x/ca.pem\nssl.truststore.type=pem"
            << "caFile"
            << "/x/ca.pem" << QStringList{};
        QTest::addRow("PEM keystore") << "ssl.keystore.type=PEM\nssl.keystore.location=/x/c.pem"
                                      << "certificateAndKey"
                                      << "/x/c.pem /x/c.pem" << QStringList{};
        QTest::addRow("key password") << "ssl.key.password=kpw"
                                      << "keyPassphrase"
                                      << "kpw" << QStringList{};
        QTest::addRow("PKCS12 keystore password wins over the key password")
            << "ssl.keystore.type=PKCS12\nssl.keystore.location=/x/c.p12\n"
               "ssl.keystore.password=spw\nssl.key.password=kpw"
            << "keyPassphrase"
            << "spw" << QStringList{};
        QTest::addRow("host name verification kept")
            << "ssl.endpoint.identification.algorithm=https"
            << "verifyHostname"
            << "true" << QStringList{};
        QTest::addRow("same-name property") << "retry.backoff.ms=50"
                                            << "extra"
                                            << "retry.backoff.ms=50" << QStringList{};
        QTest::addRow("irrelevant and unknown")
            << "ssl.protocol=TLSv1.3\nlinger.ms=5"
            << "extra"
            << ""
            << QStringList{u"ssl.protocol: not needed"_s, u"linger.ms: no librdkafka equivalent"_s};
    }
    void importsEachProperty()
    {
        QFETCH(QString, text);
        QFETCH(QString, field);
        QFETCH(QString, expected);
        QFETCH(QStringList, ignored);
        ConnectionProfile base; // not the defaults, so that a change to PLAIN shows
        base.saslMechanism = SaslMechanism::ScramSha512;
        const ClientPropertiesImport imported = ClientPropertiesImporter::importText(text, base);
        const ConnectionProfile &p = imported.profile;
        QString actual;
        if (field == u"securityProtocol")
            actual = securityProtocolName(p.securityProtocol);
        else if (field == u"saslMechanism")
            actual = saslMechanismName(p.saslMechanism);
        else if (field == u"saslUsername")
            actual = p.saslUsername;
        else if (field == u"caFile")
            actual = p.caFile;
        else if (field == u"certificateAndKey")
            actual = p.certificateFile + u' ' + p.keyFile;
        else if (field == u"keyPassphrase")
            actual = imported.secrets.keyPassphrase;
        else if (field == u"verifyHostname")
            actual = p.verifyHostname ? QStringLiteral("true") : QStringLiteral("false");
        else if (field == u"kerberos")
            actual = saslMechanismName(p.saslMechanism) + u' ' + p.kerberos.serviceName + u' ' +
                     p.kerberos.principal + u' ' + p.kerberos.keytab;
        else if (field == u"oauth")
            actual = QStringList{saslMechanismName(p.saslMechanism),
                                 p.oauth.tokenEndpointUrl,
                                 p.oauth.clientId,
                                 imported.secrets.oauthClientSecret,
                                 p.oauth.scope,
                                 p.oauth.extensions}
                         .join(u'|');
        else if (field == u"extra")
            for (const auto &[key, value] : p.extraProperties)
                actual += key + u'=' + value;
        QCOMPARE(actual, expected);
        QCOMPARE(imported.ignored.size(), ignored.size());
        for (qsizetype i = 0; i < ignored.size(); ++i)
            QVERIFY2(imported.ignored.at(i).startsWith(ignored.at(i)),
                     qPrintable(imported.ignored.at(i)));
    }

    void fileErrors()
    {
        const auto missing =
            ClientPropertiesImporter::importFile(QStringLiteral("/nonexistent/client.properties"));
        QVERIFY(missing.error.contains(QStringLiteral("Cannot read")));

        QTemporaryFile file(QDir::tempPath() + QStringLiteral("/prod-XXXXXX.properties"));
        QVERIFY(file.open());
        file.write("bootstrap.servers=kafka:9092\n");
        file.close();
        const auto imported = ClientPropertiesImporter::importFile(file.fileName());
        QVERIFY(imported.error.isEmpty());
        QVERIFY(imported.profile.name.startsWith(QStringLiteral("prod-")));
        QCOMPARE(imported.profile.bootstrapServers, QStringLiteral("kafka:9092"));
    }
};

QTEST_GUILESS_MAIN(TestClientProperties)
#include "tst_clientproperties.moc"
