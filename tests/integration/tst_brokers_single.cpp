#include "brokerlistmodel.h"
#include "connectionwaiter.h"
#include "kafkatestcluster.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace Qafka;

class TestBrokersSingle : public QObject
{
    Q_OBJECT

    KafkaTestCluster m_cluster{QStringLiteral("single")};

private slots:
    void initTestCase() { QVERIFY2(m_cluster.isAvailable(), "single-node fixture missing"); }

    void brokersMatchKcat()
    {
        ClusterConnection connection(plaintextProfile(m_cluster.bootstrap()), {});
        QVERIFY(openAndSettle(connection) >= 0);
        QCOMPARE(connection.state(), ConnectionState::Connected);
        QVERIFY2(connection.warning().isNull(), qPrintable(connection.warning().message));

        const auto oracle = m_cluster.kcatMetadata();
        const ClusterSnapshot &snapshot = connection.snapshot();
        QList<int> ids;
        QStringList addresses;
        for (const BrokerInfo &broker : snapshot.brokers) {
            ids << broker.nodeId;
            addresses << broker.address();
        }
        QCOMPARE(ids, oracle.brokerIds);
        QCOMPARE(addresses, oracle.brokerAddresses);
        QCOMPARE(snapshot.clusterId, m_cluster.clusterId());
        // One node: it is the controller; in a version-matrix row of three, the oracle says who.
        QCOMPARE(snapshot.controllerId, m_cluster.nodeCount() == 1 ? 1 : m_cluster.controllerId());
        for (const BrokerInfo &broker : snapshot.brokers)
            QCOMPARE(broker.isController, broker.nodeId == snapshot.controllerId);
        // How it was learned: ZooKeeper-mode brokers answer no DescribeQuorum, and say so.
        QVERIFY2(snapshot.controllerNote.contains(m_cluster.usesZooKeeper()
                                                      ? QStringLiteral("ZooKeeper mode")
                                                      : QStringLiteral("DescribeQuorum")),
                 qPrintable(snapshot.controllerNote));
    }

    void partitionCountsMatchCreatedTopic()
    {
        const QString topic = KafkaTestCluster::uniqueName(QStringLiteral("brokers-single"));
        m_cluster.script(QStringLiteral("topics"),
                         {QStringLiteral("--bootstrap-server"), m_cluster.bootstrap(),
                          QStringLiteral("--create"), QStringLiteral("--topic"), topic,
                          QStringLiteral("--partitions"), QStringLiteral("7")});
        ClusterConnection connection(plaintextProfile(m_cluster.bootstrap()), {});
        connection.setRefreshInterval(500);
        QVERIFY(openAndSettle(connection) >= 0);
        QCOMPARE(connection.state(), ConnectionState::Connected);
        // Leader and replica counts are the sums over every topic's partitions (one node leads
        // them all; in a version-matrix row of three, they add up over the nodes). A broker
        // learns of the new topic and its leaders a moment after the CLI returns (in ZooKeeper
        // mode from the controller): the metadata is read until it shows them.
        const ClusterSnapshot &snapshot = connection.snapshot();
        int led = 0;
        int hosted = 0;
        const auto countLeaders = [&] {
            led = 0;
            hosted = 0;
            for (const BrokerInfo &broker : snapshot.brokers) {
                led += broker.partitionsLed;
                hosted += broker.replicasHosted;
            }
            const bool listed =
                std::any_of(snapshot.topics.cbegin(), snapshot.topics.cend(),
                            [&](const TopicInfo &info) { return info.name == topic; });
            return listed && led == snapshot.partitionCount;
        };
        QTRY_VERIFY_WITH_TIMEOUT(countLeaders(), 15000);
        QCOMPARE(snapshot.brokers.size(), m_cluster.nodeCount());
        int replicas = 0;
        for (const TopicInfo &info : snapshot.topics)
            replicas += int(info.partitions.size()) * info.replicationFactor();
        QCOMPARE(led, snapshot.partitionCount);
        QCOMPARE(hosted, replicas);
        QVERIFY(snapshot.partitionCount >= 7);
    }

    void periodicRefreshDoesNotPileUp()
    {
        ClusterConnection connection(plaintextProfile(m_cluster.bootstrap()), {});
        connection.setRefreshInterval(200);
        QSignalSpy snapshots(&connection, &ClusterConnection::snapshotChanged);
        QVERIFY(openAndSettle(connection) >= 0);
        QTRY_VERIFY_WITH_TIMEOUT(snapshots.size() >= 4, 10000);
        // Each refresh waits for the previous reply: snapshots arrive one after another, in order.
        qint64 previous = 0;
        for (const auto &args : std::as_const(snapshots)) {
            const qint64 taken = args.first().value<ClusterSnapshot>().takenAtMs;
            QVERIFY(taken >= previous);
            previous = taken;
        }
    }

    void brokerConfigsMatchConfigCommand()
    {
        ClusterConnection connection(plaintextProfile(m_cluster.bootstrap()), {});
        QVERIFY(openAndSettle(connection) >= 0);
        QSignalSpy ready(&connection, &ClusterConnection::brokerConfigsReady);
        connection.requestBrokerConfigs(1);
        QVERIFY(ready.wait(10000));
        const auto entries = ready.first().at(1).value<QList<ConfigEntry>>();
        QVERIFY(entries.size() > 100);

        // Oracle: kafka-configs.sh --describe --all for the same broker.
        const QString described =
            m_cluster.script(QStringLiteral("configs"),
                             {QStringLiteral("--bootstrap-server"), m_cluster.bootstrap(),
                              QStringLiteral("--describe"), QStringLiteral("--entity-type"),
                              QStringLiteral("brokers"), QStringLiteral("--entity-name"),
                              QStringLiteral("1"), QStringLiteral("--all")});
        int compared = 0;
        for (const QString &name :
             {QStringLiteral("num.io.threads"), QStringLiteral("log.dirs"),
              QStringLiteral("auto.create.topics.enable"), QStringLiteral("message.max.bytes")}) {
            const auto it = std::find_if(entries.cbegin(), entries.cend(),
                                         [&](const ConfigEntry &e) { return e.name == name; });
            QVERIFY2(it != entries.cend(), qPrintable(name));
            QVERIFY2(described.contains(u"  " + name + u'=' + it->value + u' '),
                     qPrintable(
                         QStringLiteral("%1=%2 not in kafka-configs output").arg(name, it->value)));
            ++compared;
        }
        QCOMPARE(compared, 4);
        const auto io = std::find_if(entries.cbegin(), entries.cend(), [](const ConfigEntry &e) {
            return e.name == u"num.io.threads";
        });
        QCOMPARE(io->source, ConfigSource::StaticBroker);
        QVERIFY(!io->isDefault);
    }

    void unknownBrokerConfigFails()
    {
        ClusterConnection connection(plaintextProfile(m_cluster.bootstrap()), {});
        QVERIFY(openAndSettle(connection) >= 0);
        QSignalSpy failed(&connection, &ClusterConnection::brokerConfigsFailed);
        connection.requestBrokerConfigs(4242);
        QVERIFY(failed.wait(10000));
        QVERIFY(!failed.first().at(1).value<KafkaError>().message.isEmpty());
    }

    void staleConfigRepliesAreDropped()
    {
        ClusterConnection connection(plaintextProfile(m_cluster.bootstrap()), {});
        QVERIFY(openAndSettle(connection) >= 0);
        QSignalSpy ready(&connection, &ClusterConnection::brokerConfigsReady);
        QSignalSpy failed(&connection, &ClusterConnection::brokerConfigsFailed);
        connection.requestBrokerConfigs(4242); // superseded at once
        connection.requestBrokerConfigs(1);
        QVERIFY(ready.wait(10000));
        // The worker answers in order: once a later request is answered, a stale answer to the
        // superseded one would have arrived before it.
        QSignalSpy sentinel(&connection, &ClusterConnection::topicConfigsFailed);
        QSignalSpy sentinelReady(&connection, &ClusterConnection::topicConfigsReady);
        connection.requestTopicConfigs(QStringLiteral("qafka-no-such-topic-sentinel"));
        QTRY_VERIFY_WITH_TIMEOUT(sentinel.size() + sentinelReady.size() > 0, 10000);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(ready.size(), 1);
        QCOMPARE(ready.first().at(0).toInt(), 1);
    }

    void closeIsQuick()
    {
        ClusterConnection connection(plaintextProfile(m_cluster.bootstrap()), {});
        QVERIFY(openAndSettle(connection) >= 0);
        QElapsedTimer timer;
        timer.start();
        connection.close();
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(connection.state(), ConnectionState::Disconnected);
    }

    void closeWhileConnectingIsBounded()
    {
        // A connect attempt that keeps failing: closing must not wait for the attempt to end.
        ClusterConnection connection(plaintextProfile(QStringLiteral("127.0.0.1:1")), {});
        connection.open();
        QTRY_VERIFY(connection.state() == ConnectionState::Connecting);
        QElapsedTimer timer;
        timer.start();
        connection.close();
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestBrokersSingle)
#include "tst_brokers_single.moc"
