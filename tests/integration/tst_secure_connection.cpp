#include "connectionwaiter.h"
#include "kafkatestcluster.h"
#include "session/messageloader.h"

#include <QSignalSpy>
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

    // The node runs an authorizer; "limited" may see (Describe) one topic but not write or read
    // it. Producing reports the broker's refusal per message; browsing fails with it.
    void notAuthorisedIsReported()
    {
        const ConnectionProfile admin = saslSslProfile(m_cluster);
        ClusterConnection super(admin, {m_cluster.file(QStringLiteral("sasl-password")), {}});
        QVERIFY(openAndSettle(super) >= 0);
        const QString topic = createTopicAndWait(super, QStringLiteral("qafka-acl"), 1);
        QVERIFY(!topic.isEmpty());
        int exitCode = -1;
        QString errors;
        KafkaTestCluster::run(
            qEnvironmentVariable("QAFKA_KAFKA_SCRIPT"),
            {QStringLiteral("acls"), m_cluster.dir(), QStringLiteral("--bootstrap-server"),
             admin.bootstrapServers, QStringLiteral("--command-config"),
             m_cluster.path(QStringLiteral("sasl-ssl-client.properties")), QStringLiteral("--add"),
             QStringLiteral("--allow-principal"),
             QStringLiteral("User:") + m_cluster.file(QStringLiteral("limited-user")),
             QStringLiteral("--operation"), QStringLiteral("Describe"), QStringLiteral("--topic"),
             topic},
            60000, &exitCode, &errors);
        QVERIFY2(exitCode == 0, qPrintable(errors));

        ConnectionProfile limited = admin;
        limited.saslUsername = m_cluster.file(QStringLiteral("limited-user"));
        const ProfileSecrets limitedSecrets{m_cluster.file(QStringLiteral("limited-password")), {}};
        ClusterConnection connection(limited, limitedSecrets);
        QVERIFY(openAndSettle(connection) >= 0);
        QVERIFY2(connection.state() == ConnectionState::Connected,
                 qPrintable(connection.lastError().message));
        // "limited" may Describe the topic, so its metadata lists it.
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(connection.snapshot().topics.cbegin(),
                                             connection.snapshot().topics.cend(),
                                             [&](const TopicInfo &t) { return t.name == topic; }),
                                 15000);

        const ProduceRequest request = numberedRequest(topic, 3, "denied ");
        QSignalSpy progress(&connection, &ClusterConnection::produceProgress);
        QSignalSpy finished(&connection, &ClusterConnection::produceFinished);
        connection.produce(request);
        QVERIFY(finished.wait(60000));
        const auto result = finished.first().at(1).value<ProduceProgress>();
        const auto error = finished.first().at(2).value<KafkaError>();
        QStringList codes;
        for (const QList<QVariant> &signal : std::as_const(progress))
            for (const DeliveryReport &report : signal.at(2).value<QList<DeliveryReport>>())
                codes.append(report.errorCode);
        qInfo() << "produce as limited:" << result.delivered << "delivered," << result.failed
                << "failed," << codes << error.code << error.message;
        QCOMPARE(result.delivered, 0);
        // Kafka refuses the idempotent producer's id before any write: a cluster-level refusal.
        QCOMPARE(codes, QStringList(3, QStringLiteral("CLUSTER_AUTHORIZATION_FAILED")));
        QCOMPARE(error.code, QStringLiteral("CLUSTER_AUTHORIZATION_FAILED"));
        QVERIFY2(error.message.contains(QStringLiteral("authorization failed")),
                 qPrintable(error.message));
        QVERIFY2(error.hint.contains(QStringLiteral("WRITE")), qPrintable(error.hint));

        // Something to read, written by the super user; "limited" may list offsets but not fetch.
        QSignalSpy written(&super, &ClusterConnection::produceFinished);
        super.produce(request);
        QVERIFY(written.wait(60000));
        QCOMPARE(written.first().at(1).value<ProduceProgress>().delivered, 3);

        MessageLoader loader(limited, limitedSecrets);
        QSignalSpy loaded(&loader, &MessageLoader::finished);
        BrowseRequest browse;
        browse.topic = topic;
        loader.start(browse);
        QVERIFY(loaded.wait(30000));
        const auto browseError = loaded.first().at(3).value<KafkaError>();
        qInfo() << "browse as limited:" << browseError.code << browseError.message;
        QCOMPARE(loaded.first().at(1).value<BrowseEnd>(), BrowseEnd::Failed);
        QCOMPARE(browseError.code, QStringLiteral("TOPIC_AUTHORIZATION_FAILED"));
    }
};

QTEST_GUILESS_MAIN(TestSecureConnection)
#include "tst_secure_connection.moc"
