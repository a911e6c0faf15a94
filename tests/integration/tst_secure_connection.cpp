#include "connectionwaiter.h"
#include "kafkatestcluster.h"

#include <QTest>

using namespace Qafka;

class TestSecureConnection : public QObject
{
    Q_OBJECT

    KafkaTestCluster m_cluster{QStringLiteral("secure")};

private slots:
    void initTestCase() { QVERIFY2(m_cluster.isAvailable(), "secure-node fixture missing"); }

    void scramOverTls()
    {
        const ConnectionProfile profile = saslSslProfile(m_cluster);
        ClusterConnection connection(profile,
                                     {m_cluster.file(QStringLiteral("sasl-password")), {}});
        QVERIFY(openAndSettle(connection) >= 0);
        QVERIFY2(connection.state() == ConnectionState::Connected,
                 qPrintable(connection.lastError().message));
        QCOMPARE(connection.snapshot().brokers.size(), 1);
        QCOMPARE(connection.snapshot().brokers.first().address(), profile.bootstrapServers);
    }

    void tlsWithCa()
    {
        ConnectionProfile profile =
            plaintextProfile(m_cluster.file(QStringLiteral("ssl-bootstrap")));
        profile.securityProtocol = SecurityProtocol::Ssl;
        profile.caFile = m_cluster.path(QStringLiteral("ca.pem"));
        ClusterConnection connection(profile, {});
        QVERIFY(openAndSettle(connection) >= 0);
        QVERIFY2(connection.state() == ConnectionState::Connected,
                 qPrintable(connection.lastError().message));
    }
};

QTEST_GUILESS_MAIN(TestSecureConnection)
#include "tst_secure_connection.moc"
