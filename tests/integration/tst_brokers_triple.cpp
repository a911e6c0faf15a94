#include "brokerlistmodel.h"
#include "connectionwaiter.h"
#include "kafkatestcluster.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTest>

using namespace Qafka;

// The 3-node cluster: Qafka shows what kcat shows, notices a killed broker within seconds of the
// cluster noticing, and shows it back when it returns.
class TestBrokersTriple : public QObject
{
    Q_OBJECT

    KafkaTestCluster m_cluster{QStringLiteral("triple")};

private slots:
    void initTestCase() { QVERIFY2(m_cluster.isAvailable(), "3-node fixture missing"); }

    void brokersMatchKcat()
    {
        ClusterConnection connection(plaintextProfile(m_cluster.bootstrap()), {});
        QVERIFY(openAndSettle(connection) >= 0);
        QCOMPARE(connection.state(), ConnectionState::Connected);
        const auto oracle = m_cluster.kcatMetadata();
        QCOMPARE(oracle.brokerIds, (QList<int>{1, 2, 3}));
        QList<int> ids;
        QStringList addresses;
        for (const BrokerInfo &broker : connection.snapshot().brokers) {
            ids << broker.nodeId;
            addresses << broker.address();
        }
        QCOMPARE(ids, oracle.brokerIds);
        QCOMPARE(addresses, oracle.brokerAddresses);

        // The active controller: the KRaft quorum leader as kafka-metadata-quorum.sh reports it
        // (kcat's "controller" is the random broker KRaft puts in metadata, so it is no oracle);
        // in ZooKeeper mode the broker that holds ZooKeeper's /controller.
        QCOMPARE(connection.snapshot().controllerId, m_cluster.controllerId());
        int flagged = 0;
        for (const BrokerInfo &broker : connection.snapshot().brokers)
            flagged += broker.isController ? 1 : 0;
        QCOMPARE(flagged, 1);
    }

    void killedBrokerShownDownThenBack()
    {
        const QString topic = KafkaTestCluster::uniqueName(QStringLiteral("rf3"));
        m_cluster.script(QStringLiteral("topics"),
                         {QStringLiteral("--bootstrap-server"), m_cluster.bootstrap(),
                          QStringLiteral("--create"), QStringLiteral("--topic"), topic,
                          QStringLiteral("--partitions"), QStringLiteral("3"),
                          QStringLiteral("--replication-factor"), QStringLiteral("3")});

        ClusterConnection connection(plaintextProfile(m_cluster.bootstrap()), {});
        connection.setRefreshInterval(1000);
        BrokerListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        connect(&connection, &ClusterConnection::snapshotChanged, &model,
                &BrokerListModel::setSnapshot);
        QVERIFY(openAndSettle(connection) >= 0);
        QCOMPARE(model.upCount(), 3);

        m_cluster.script(QStringLiteral("kill-node"), {QStringLiteral("3")});
        QElapsedTimer sinceKill;
        sinceKill.start();
        // Metadata notices once the controller fences the node (broker.session.timeout.ms = 4 s in
        // the harness); Qafka must show it within 5 s of that.
        QTRY_VERIFY_WITH_TIMEOUT(model.stateOf(3) == BrokerListModel::BrokerState::Down,
                                 9000 + 5000);
        qInfo() << "node 3 shown down" << sinceKill.elapsed() << "ms after SIGKILL";
        // A ZooKeeper-mode broker leaves the metadata once its ZooKeeper session expires (3 s in
        // the harness): Qafka shows it down within 5 s of the kill.
        if (m_cluster.usesZooKeeper())
            QVERIFY2(sinceKill.elapsed() <= 5000, qPrintable(QString::number(sinceKill.elapsed())));
        QCOMPARE(model.upCount(), 2);
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(connection.state() == ConnectionState::Connected);

        m_cluster.script(QStringLiteral("start-node"), {QStringLiteral("3")}, 120000);
        QTRY_VERIFY_WITH_TIMEOUT(model.stateOf(3) == BrokerListModel::BrokerState::Up, 15000);
        QCOMPARE(model.upCount(), 3);
    }
};

QTEST_GUILESS_MAIN(TestBrokersTriple)
#include "tst_brokers_triple.moc"
