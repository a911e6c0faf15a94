#include "connectionwaiter.h"
#include "kafkatestcluster.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTcpServer>
#include <QTest>

using namespace Qafka;
using namespace Qt::StringLiterals;

// OAuth 2 / OIDC logins (SASL OAUTHBEARER, client-credentials grant) against the secure node's
// OIDC listener, with a real OIDC server (scripts/oidc-server.sh, the oidc fixture) that signs
// its tokens. The broker verifies each token's signature against the server's JWKS and checks its
// issuer and audience, so the refused cases below are refused by the broker, not by Qafka.
class TestOAuth : public QObject
{
    Q_OBJECT

    KafkaTestCluster m_cluster{QStringLiteral("secure")};
    QString m_oidc = qEnvironmentVariable("QAFKA_OIDC_DIR");

    QString oidcFile(const QString &name) const
    {
        QFile file(m_oidc + u'/' + name);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()).trimmed()
                                              : QString();
    }

    // Scope "kafka" gets the broker's audience from the server; the server takes any secret.
    ConnectionProfile oauthProfile(const QString &tokenEndpoint,
                                   const QString &scope = u"kafka"_s) const
    {
        ConnectionProfile profile = plaintextProfile(m_cluster.file(u"oidc-bootstrap"_s));
        profile.securityProtocol = SecurityProtocol::SaslPlaintext;
        profile.saslMechanism = SaslMechanism::OAuthBearer;
        profile.oauth.tokenEndpointUrl = tokenEndpoint;
        profile.oauth.clientId = u"qafka-app"_s;
        profile.oauth.scope = scope;
        return profile;
    }

    static ProfileSecrets withSecret(const QString &secret = u"client-secret"_s)
    {
        ProfileSecrets secrets;
        secrets.oauthClientSecret = secret;
        return secrets;
    }

    static KafkaError failedLogin(const ConnectionProfile &profile,
                                  const ProfileSecrets &secrets = withSecret())
    {
        ClusterConnection connection(profile, secrets);
        if (openAndSettle(connection, 30000) < 0)
            return {u"the connection neither connected nor failed in 30 s"_s, u"hang"_s, {}};
        if (connection.state() == ConnectionState::Connected)
            return {};
        qInfo() << connection.lastError().message << "|" << connection.lastError().hint;
        return connection.lastError();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_cluster.isAvailable(), "secure-node fixture missing");
        QVERIFY2(!m_cluster.file(u"oidc-bootstrap"_s).isEmpty(), "no OIDC listener");
        QVERIFY2(!oidcFile(u"token-endpoint"_s).isEmpty(), "oidc fixture missing");
    }

    void clientCredentialsLogin()
    {
        ClusterConnection connection(oauthProfile(oidcFile(u"token-endpoint"_s)), withSecret());
        QVERIFY(openAndSettle(connection, 30000) >= 0);
        QVERIFY2(connection.state() == ConnectionState::Connected,
                 qPrintable(connection.lastError().message));
        // The token's subject qafka-app is a super user: a topic can be created, and the
        // broker's own CLI (on the PLAINTEXT listener) lists it.
        // Qafka's controller probe logs in with PLAIN and SCRAM only, and says so.
        QVERIFY2(connection.snapshot().controllerNote.contains(u"OAUTHBEARER"_s),
                 qPrintable(connection.snapshot().controllerNote));
        const QString topic = createTopicAndWait(connection, u"oauth-"_s, 1);
        QVERIFY(!topic.isEmpty());
        const QString listed = m_cluster.script(
            u"topics"_s, {u"--bootstrap-server"_s, m_cluster.bootstrap(), u"--list"_s});
        QVERIFY2(listed.split(u'\n').contains(topic), qPrintable(listed));
    }

    // The server's tokens live 12 s (scripts/oidc-server.sh) and the broker ends a login's
    // session when its token expires (connections.max.reauth.ms): requests well past the first
    // token's expiry only succeed if librdkafka fetched a new token and logged in again with it.
    void tokenIsRenewedBeforeItExpires()
    {
        QElapsedTimer sinceLogin;
        sinceLogin.start();
        ClusterConnection connection(oauthProfile(oidcFile(u"token-endpoint"_s)), withSecret());
        QVERIFY(openAndSettle(connection, 30000) >= 0);
        QVERIFY2(connection.state() == ConnectionState::Connected,
                 qPrintable(connection.lastError().message));
        const int lifetimeMs = oidcFile(u"token-lifetime-seconds"_s).toInt() * 1000;
        QVERIFY(lifetimeMs > 0);
        // The connection refreshes its metadata meanwhile; then it must still be able to act.
        QVERIFY(QTest::qWaitFor([&] { return sinceLogin.elapsed() > lifetimeMs + 5000; },
                                lifetimeMs + 10000));
        QTRY_VERIFY2_WITH_TIMEOUT(connection.state() == ConnectionState::Connected,
                                  qPrintable(connection.lastError().message), 15000);
        QVERIFY(!createTopicAndWait(connection, u"oauth-renew-"_s, 1).isEmpty());
    }

    void wrongAudienceIsRefusedByTheBroker()
    {
        // Any scope but "kafka" gets a token for another service, validly signed.
        const KafkaError error =
            failedLogin(oauthProfile(oidcFile(u"token-endpoint"_s), u"elsewhere"_s));
        QVERIFY(!error.isNull());
        QVERIFY2(error.message.contains(u"refused the token"_s), qPrintable(error.message));
        QVERIFY2(error.hint.contains(u"audience"_s), qPrintable(error.hint));
    }

    void forgedTokenIsRefusedByTheBroker()
    {
        // Right issuer, audience and subject, signed with a key the broker's JWKS does not hold.
        const KafkaError error = failedLogin(oauthProfile(oidcFile(u"forger-token-endpoint"_s)));
        QVERIFY(!error.isNull());
        QVERIFY2(error.message.contains(u"refused the token"_s), qPrintable(error.message));
    }

    void unreachableTokenEndpointIsSaid()
    {
        QTcpServer closed; // a port that was free a moment ago, and is closed again
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        const KafkaError error =
            failedLogin(oauthProfile(u"http://127.0.0.1:%1/token"_s.arg(port)));
        QVERIFY(!error.isNull());
        QVERIFY2(error.message.contains(u"cannot be reached"_s), qPrintable(error.message));
        QVERIFY2(error.hint.contains(u"token endpoint URL"_s), qPrintable(error.hint));
    }

    void notATokenEndpointIsSaid()
    {
        const KafkaError error =
            failedLogin(oauthProfile(oidcFile(u"issuer"_s) + u"/no-such-endpoint"_s));
        QVERIFY(!error.isNull());
        QVERIFY2(error.message.contains(u"did not answer like an OAuth token endpoint"_s),
                 qPrintable(error.message));
    }

    // A token endpoint that accepts the connection and never answers: librdkafka asks no broker
    // without a token, so the wait is blamed on the identity provider, not on the broker.
    void silentTokenEndpointIsSaid()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        const QString endpoint = u"http://127.0.0.1:%1/token"_s.arg(silent.serverPort());
        const KafkaError error = failedLogin(oauthProfile(endpoint));
        QVERIFY2(error.message.contains(u"gave no token"_s) && error.message.contains(endpoint),
                 qPrintable(error.message));
    }

    void missingSecretIsSaid()
    {
        const KafkaError error =
            failedLogin(oauthProfile(oidcFile(u"token-endpoint"_s)), ProfileSecrets{});
        QVERIFY2(error.message.contains(u"no client secret"_s), qPrintable(error.message));
    }
};

QTEST_MAIN(TestOAuth)
#include "tst_oauth.moc"
