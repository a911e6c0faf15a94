#include "profiles/clientpropertiesimporter.h"

#include <QTemporaryFile>
#include <QTest>

using namespace Qafka;

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
        QVERIFY(imported.profile.extraProperties.contains(
            qMakePair(QStringLiteral("ssl.keystore.location"), QStringLiteral("/x/client.p12"))));
        QCOMPARE(imported.secrets.keyPassphrase, QStringLiteral("pw"));
        QVERIFY(imported.ignored.isEmpty());
    }

    void plainMechanismAndUnknownProtocol()
    {
        const auto imported = ClientPropertiesImporter::importText(
            QStringLiteral("security.protocol=SASL_PLAINTEXT\nsasl.mechanism=GSSAPI\n"
                           "sasl.jaas.config=org.apache.kafka.common.security.plain."
                           "PlainLoginModule required username=bob password=pw;\n"));
        QCOMPARE(imported.profile.saslUsername, QStringLiteral("bob"));
        QCOMPARE(imported.secrets.saslPassword, QStringLiteral("pw"));
        QCOMPARE(imported.ignored.size(), 1);
        QVERIFY(imported.ignored.first().startsWith(QStringLiteral("sasl.mechanism:")));
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
