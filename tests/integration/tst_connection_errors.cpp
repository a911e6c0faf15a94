#include "connectionwaiter.h"
#include "kafkatestcluster.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qafka;

// Every bad input a user can give must end, within 10 s, in a Failed state with a sentence that
// names the problem, never in a hang or a crash.
class TestConnectionErrors : public QObject
{
    Q_OBJECT

    KafkaTestCluster m_single{QStringLiteral("single")};
    KafkaTestCluster m_secure{QStringLiteral("secure")};

    static int freePort()
    {
        QTcpServer server;
        server.listen(QHostAddress::LocalHost, 0);
        const int port = server.serverPort();
        server.close();
        return port;
    }

    void expectFailure(const ConnectionProfile &profile, const QStringList &expectedParts,
                       const ProfileSecrets &secrets = {}, int withinMs = 10000)
    {
        ClusterConnection connection(profile, secrets);
        const qint64 took = openAndSettle(connection, 20000);
        QVERIFY2(took >= 0, "the connection attempt hung");
        QCOMPARE(connection.state(), ConnectionState::Failed);
        const QString message = connection.lastError().message;
        qInfo().noquote() << profile.bootstrapServers << "->" << message << "|"
                          << connection.lastError().hint << "|" << connection.lastError().code
                          << took << "ms";
        for (const QString &part : expectedParts)
            QVERIFY2(message.contains(part, Qt::CaseInsensitive),
                     qPrintable(QStringLiteral("“%1” not in: %2").arg(part, message)));
        QVERIFY2(took < withinMs, qPrintable(QStringLiteral("took %1 ms").arg(took)));
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_single.isAvailable(), "single-node fixture missing");
        QVERIFY2(m_secure.isAvailable(), "secure-node fixture missing");
    }

    void malformedBootstrap()
    {
        expectFailure(plaintextProfile(QStringLiteral("localhost")),
                      {QStringLiteral("has no port")}, {}, 1000);
        expectFailure(plaintextProfile(QStringLiteral("localhost:99999")),
                      {QStringLiteral("not a valid port")}, {}, 1000);
    }

    void unknownHost()
    {
        expectFailure(plaintextProfile(QStringLiteral("qafka-no-such-host.invalid:9092")),
                      {QStringLiteral("qafka-no-such-host.invalid:9092"),
                       QStringLiteral("cannot be resolved")});
    }

    void closedPort()
    {
        const QString address = QStringLiteral("127.0.0.1:%1").arg(freePort());
        expectFailure(plaintextProfile(address), {address, QStringLiteral("connection refused")});
    }

    void httpServerInsteadOfKafka()
    {
        QTcpServer http;
        QVERIFY(http.listen(QHostAddress::LocalHost, 0));
        connect(&http, &QTcpServer::newConnection, this, [&http] {
            while (QTcpSocket *socket = http.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    socket->readAll();
                    socket->write("HTTP/1.1 400 Bad Request\r\nContent-Type: "
                                  "text/plain\r\nContent-Length: 11\r\n\r\n"
                                  "Bad Request");
                });
            }
        });
        const QString address = QStringLiteral("127.0.0.1:%1").arg(http.serverPort());
        expectFailure(plaintextProfile(address),
                      {address, QStringLiteral("not in the Kafka protocol")});
    }

    void silentServerIsNotAFirewall()
    {
        // Accepts and reads, never answers: a black hole behind an open port.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        connect(&silent, &QTcpServer::newConnection, this, [&silent] {
            while (QTcpSocket *socket = silent.nextPendingConnection())
                connect(socket, &QTcpSocket::readyRead, socket, [socket] { socket->readAll(); });
        });
        const QString address = QStringLiteral("127.0.0.1:%1").arg(silent.serverPort());
        ClusterConnection connection(plaintextProfile(address), {});
        QVERIFY2(openAndSettle(connection, 20000) >= 0, "the connection attempt hung");
        QCOMPARE(connection.state(), ConnectionState::Failed);
        const KafkaError error = connection.lastError();
        QVERIFY2(error.message.contains(address + QStringLiteral(" accepted the connection")),
                 qPrintable(error.message));
        QVERIFY2(error.hint.contains(QStringLiteral("not a firewall")), qPrintable(error.hint));
        QVERIFY(!error.hint.contains(QStringLiteral("VPN")));
    }

    void tlsToPlaintextPort()
    {
        ConnectionProfile profile = plaintextProfile(m_single.bootstrap());
        profile.securityProtocol = SecurityProtocol::Ssl;
        expectFailure(profile,
                      {QStringLiteral("TLS handshake"), QStringLiteral("does not speak TLS")});
    }

    void plaintextToTlsPort()
    {
        expectFailure(plaintextProfile(m_secure.file(QStringLiteral("ssl-bootstrap"))),
                      {QStringLiteral("TLS listener")});
    }

    void authenticationFailure()
    {
        const ConnectionProfile profile = saslSslProfile(m_secure);
        expectFailure(profile, {QStringLiteral("Authentication failed")},
                      {QStringLiteral("wrong-password"), {}});
    }

    void untrustedCertificate()
    {
        ConnectionProfile profile =
            plaintextProfile(m_secure.file(QStringLiteral("ssl-bootstrap")));
        profile.securityProtocol =
            SecurityProtocol::Ssl; // no CA file: the system store does not know ours
        expectFailure(profile, {QStringLiteral("not trusted")});
    }

    void advertisedListenerUnreachable()
    {
        const QString bootstrap = m_secure.file(QStringLiteral("unreachable-bootstrap"));
        const QString advertised = m_secure.file(QStringLiteral("unreachable-advertised"));
        QVERIFY(!advertised.isEmpty());
        expectFailure(plaintextProfile(bootstrap),
                      {bootstrap, advertised, QStringLiteral("cannot reach")});
    }

    void invalidExtraProperty()
    {
        ConnectionProfile profile = plaintextProfile(m_single.bootstrap());
        profile.extraProperties = {{QStringLiteral("no.such.property"), QStringLiteral("1")}};
        expectFailure(profile, {QStringLiteral("no.such.property")}, {}, 1000);
    }
};

QTEST_GUILESS_MAIN(TestConnectionErrors)
#include "tst_connection_errors.moc"
