#include "types/kafkaconfig.h"

#include <QTest>

using namespace Qafka;

namespace {
QString valueOf(const KafkaProperties &props, const QString &name)
{
    for (const auto &[key, value] : props) {
        if (key == name)
            return value;
    }
    return QStringLiteral("<absent>");
}
} // namespace

class TestKafkaConfig : public QObject
{
    Q_OBJECT
private slots:
    void plaintext()
    {
        const auto props = KafkaConfig::forProfile(
            ConnectionProfile::forBootstrap(QStringLiteral(" a:1, b:2 ")), {});
        QCOMPARE(valueOf(props, QStringLiteral("bootstrap.servers")), QStringLiteral("a:1,b:2"));
        QCOMPARE(valueOf(props, QStringLiteral("security.protocol")), QStringLiteral("PLAINTEXT"));
        QCOMPARE(valueOf(props, QStringLiteral("sasl.password")), QStringLiteral("<absent>"));
        QCOMPARE(valueOf(props, QStringLiteral("ssl.ca.location")), QStringLiteral("<absent>"));
    }

    void saslSsl()
    {
        ConnectionProfile profile = ConnectionProfile::forBootstrap(QStringLiteral("a:1"));
        profile.securityProtocol = SecurityProtocol::SaslSsl;
        profile.saslMechanism = SaslMechanism::ScramSha256;
        profile.saslUsername = QStringLiteral("u");
        profile.caFile = QStringLiteral("/ca.pem");
        profile.verifyHostname = false;
        profile.extraProperties = {{QStringLiteral("client.id"), QStringLiteral("mine")},
                                   {QStringLiteral("sasl.password"), QStringLiteral("leak")}};
        const auto props =
            KafkaConfig::forProfile(profile, {QStringLiteral("pw"), QStringLiteral("kp")});
        QCOMPARE(valueOf(props, QStringLiteral("sasl.mechanisms")),
                 QStringLiteral("SCRAM-SHA-256"));
        QCOMPARE(valueOf(props, QStringLiteral("sasl.username")), QStringLiteral("u"));
        QCOMPARE(valueOf(props, QStringLiteral("sasl.password")), QStringLiteral("pw"));
        QCOMPARE(valueOf(props, QStringLiteral("ssl.ca.location")), QStringLiteral("/ca.pem"));
        QCOMPARE(valueOf(props, QStringLiteral("ssl.key.password")), QStringLiteral("kp"));
        QCOMPARE(valueOf(props, QStringLiteral("ssl.endpoint.identification.algorithm")),
                 QStringLiteral("none"));
        // Extra properties come last and override, except secrets, which only the keychain
        // supplies.
        QCOMPARE(props.last(), qMakePair(QStringLiteral("client.id"), QStringLiteral("mine")));
        for (const auto &[key, value] : props)
            QVERIFY(value != QStringLiteral("leak"));
    }

    // Kerberos: a keytab (librdkafka runs kinit), or the user's ticket cache (no relogin).
    void kerberos()
    {
        ConnectionProfile profile = ConnectionProfile::forBootstrap(QStringLiteral("a:1"));
        profile.securityProtocol = SecurityProtocol::SaslPlaintext;
        profile.saslMechanism = SaslMechanism::Gssapi;
        profile.kerberos = {QStringLiteral("kafka-eu"), QStringLiteral("alice@R"),
                            QStringLiteral("/a.keytab")};
        auto props = KafkaConfig::forProfile(profile, {});
        QCOMPARE(valueOf(props, QStringLiteral("sasl.mechanisms")), QStringLiteral("GSSAPI"));
        QCOMPARE(valueOf(props, QStringLiteral("sasl.kerberos.service.name")),
                 QStringLiteral("kafka-eu"));
        QCOMPARE(valueOf(props, QStringLiteral("sasl.kerberos.keytab")),
                 QStringLiteral("/a.keytab"));
        QCOMPARE(valueOf(props, QStringLiteral("sasl.kerberos.principal")),
                 QStringLiteral("alice@R"));
        QCOMPARE(valueOf(props, QStringLiteral("sasl.username")), QStringLiteral("<absent>"));
        profile.kerberos = {};
        props = KafkaConfig::forProfile(profile, {});
        QCOMPARE(valueOf(props, QStringLiteral("sasl.kerberos.service.name")),
                 QStringLiteral("kafka"));
        QCOMPARE(valueOf(props, QStringLiteral("sasl.kerberos.keytab")),
                 QStringLiteral("<absent>"));
        QCOMPARE(valueOf(props, QStringLiteral("sasl.kerberos.min.time.before.relogin")),
                 QStringLiteral("0"));
    }

    // OAuth: librdkafka's OIDC client-credentials flow; the secret from the keychain only.
    void oauth()
    {
        ConnectionProfile profile = ConnectionProfile::forBootstrap(QStringLiteral("a:1"));
        profile.securityProtocol = SecurityProtocol::SaslSsl;
        profile.saslMechanism = SaslMechanism::OAuthBearer;
        profile.saslUsername = QStringLiteral("not-used");
        profile.oauth = {QStringLiteral(" https://idp/token "), QStringLiteral("app"),
                         QStringLiteral("kafka"),
                         QStringLiteral("logicalCluster=lkc-1, identityPoolId=pool-2")};
        ProfileSecrets secrets;
        secrets.oauthClientSecret = QStringLiteral("s3cret");
        auto props = KafkaConfig::forProfile(profile, secrets);
        QCOMPARE(valueOf(props, QStringLiteral("sasl.mechanisms")), QStringLiteral("OAUTHBEARER"));
        QCOMPARE(valueOf(props, QStringLiteral("sasl.oauthbearer.method")), QStringLiteral("oidc"));
        QCOMPARE(valueOf(props, QStringLiteral("sasl.oauthbearer.token.endpoint.url")),
                 QStringLiteral("https://idp/token"));
        QCOMPARE(valueOf(props, QStringLiteral("sasl.oauthbearer.client.id")),
                 QStringLiteral("app"));
        QCOMPARE(valueOf(props, QStringLiteral("sasl.oauthbearer.client.secret")),
                 QStringLiteral("s3cret"));
        QCOMPARE(valueOf(props, QStringLiteral("sasl.oauthbearer.scope")), QStringLiteral("kafka"));
        QCOMPARE(valueOf(props, QStringLiteral("sasl.oauthbearer.extensions")),
                 QStringLiteral("logicalCluster=lkc-1,identityPoolId=pool-2"));
        QCOMPARE(valueOf(props, QStringLiteral("sasl.username")), QStringLiteral("<absent>"));
        QCOMPARE(
            valueOf(KafkaConfig::redacted(props), QStringLiteral("sasl.oauthbearer.client.secret")),
            QStringLiteral("***"));
        profile.oauth.scope.clear();
        profile.oauth.extensions.clear();
        props = KafkaConfig::forProfile(profile, secrets);
        QCOMPARE(valueOf(props, QStringLiteral("sasl.oauthbearer.scope")),
                 QStringLiteral("<absent>"));
        QCOMPARE(valueOf(props, QStringLiteral("sasl.oauthbearer.extensions")),
                 QStringLiteral("<absent>"));
    }

    void oauthProblems_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("clientId");
        QTest::addColumn<QString>("extensions");
        QTest::addColumn<QString>("problem"); // a part of the sentence; empty: none
        QTest::addRow("fine") << "https://idp/token"
                              << "app"
                              << "a=1"
                              << "";
        QTest::addRow("no URL") << ""
                                << "app"
                                << ""
                                << "token endpoint URL";
        QTest::addRow("not http") << "ftp://idp/token"
                                  << "app"
                                  << ""
                                  << "not an http";
        QTest::addRow("no host") << "https:///token"
                                 << "app"
                                 << ""
                                 << "not an http";
        QTest::addRow("no client id") << "https://idp/token"
                                      << " "
                                      << ""
                                      << "client id";
        QTest::addRow("extension without value") << "https://idp/token"
                                                 << "app"
                                                 << "a"
                                                 << "key=value";
        QTest::addRow("reserved extension") << "https://idp/token"
                                            << "app"
                                            << "auth=x"
                                            << "“auth”";
        QTest::addRow("extension key with digits") << "https://idp/token"
                                                   << "app"
                                                   << "k1=x"
                                                   << "letters only";
    }
    void oauthProblems()
    {
        QFETCH(QString, url);
        QFETCH(QString, clientId);
        QFETCH(QString, extensions);
        QFETCH(QString, problem);
        const OAuthSettings oauth{url, clientId, {}, extensions};
        if (problem.isEmpty())
            QCOMPARE(oauth.problem(), QString());
        else
            QVERIFY2(oauth.problem().contains(problem), qPrintable(oauth.problem()));
    }

    // A PKCS#12 bundle in the certificate field is librdkafka's keystore.
    void pkcs12Certificate()
    {
        ConnectionProfile profile = ConnectionProfile::forBootstrap(QStringLiteral("a:1"));
        profile.securityProtocol = SecurityProtocol::Ssl;
        profile.certificateFile = QStringLiteral("/x/client.P12");
        ProfileSecrets secrets;
        secrets.keyPassphrase = QStringLiteral("pw");
        const auto props = KafkaConfig::forProfile(profile, secrets);
        QCOMPARE(valueOf(props, QStringLiteral("ssl.keystore.location")),
                 QStringLiteral("/x/client.P12"));
        QCOMPARE(valueOf(props, QStringLiteral("ssl.keystore.password")), QStringLiteral("pw"));
        QCOMPARE(valueOf(props, QStringLiteral("ssl.certificate.location")),
                 QStringLiteral("<absent>"));
        QCOMPARE(valueOf(props, QStringLiteral("ssl.key.password")), QStringLiteral("<absent>"));
    }

    void redaction()
    {
        const KafkaProperties props = {
            {QStringLiteral("sasl.password"), QStringLiteral("pw")},
            {QStringLiteral("ssl.keystore.password"), QStringLiteral("pw")},
            {QStringLiteral("client.id"), QStringLiteral("x")}};
        const auto redacted = KafkaConfig::redacted(props);
        QCOMPARE(redacted.at(0).second, QStringLiteral("***"));
        QCOMPARE(redacted.at(1).second, QStringLiteral("***"));
        QCOMPARE(redacted.at(2).second, QStringLiteral("x"));
        // Private keys given inline are secrets too (librdkafka's JWT-bearer assertion key).
        QVERIFY(KafkaConfig::isSecretPropertyName(
            QStringLiteral("sasl.oauthbearer.assertion.private.key.pem")));
        QVERIFY(KafkaConfig::isSecretPropertyName(QStringLiteral("ssl.key.pem")));
        QVERIFY(!KafkaConfig::isSecretPropertyName(QStringLiteral("ssl.key.location")));
    }

    // A setting counts as set under any name librdkafka takes for it.
    void setsUnderEveryName()
    {
        const KafkaProperties props = {
            {QStringLiteral("max.partition.fetch.bytes"), QStringLiteral("65536")},
            {QStringLiteral("topic.partitioner"), QStringLiteral("random")},
            {QStringLiteral("linger.ms"), QStringLiteral("20")}};
        QVERIFY(KafkaConfig::sets(props, QStringLiteral("fetch.message.max.bytes")));
        QVERIFY(KafkaConfig::sets(props, QStringLiteral("max.partition.fetch.bytes")));
        QVERIFY(KafkaConfig::sets(props, QStringLiteral("partitioner")));
        QVERIFY(KafkaConfig::sets(props, QStringLiteral("queue.buffering.max.ms")));
        QVERIFY(!KafkaConfig::sets(props, QStringLiteral("fetch.max.bytes")));
        QVERIFY(!KafkaConfig::sets(props, QStringLiteral("sticky.partitioning.linger.ms")));
        QVERIFY(!KafkaConfig::sets({}, QStringLiteral("linger.ms")));
    }
};

QTEST_GUILESS_MAIN(TestKafkaConfig)
#include "tst_kafkaconfig.moc"
