#include "brokerlistmodel.h"
#include "connectionwaiter.h"
#include "kafkatestcluster.h"
#include "rdkafka/adminclient.h"
#include "rdkafka/groupadmin.h"
#include "session/groupmonitor.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <atomic>
#include <memory>

using namespace Qafka;

// The 3-node cluster: Qafka shows what kcat shows, notices a killed broker within seconds of the
// cluster noticing, shows it back when it returns, and goes on reading lag meanwhile.
class TestBrokersTriple : public QObject
{
    Q_OBJECT

    KafkaTestCluster m_cluster{QStringLiteral("triple")};

    // Three partitions, a replica on every node (kafka-topics.sh of the cluster's version).
    void createReplicatedTopic(const QString &topic) const
    {
        m_cluster.script(QStringLiteral("topics"),
                         {QStringLiteral("--bootstrap-server"), m_cluster.bootstrap(),
                          QStringLiteral("--create"), QStringLiteral("--topic"), topic,
                          QStringLiteral("--partitions"), QStringLiteral("3"),
                          QStringLiteral("--replication-factor"), QStringLiteral("3")});
    }

    // A round of the monitor that answered (a round that fails while leaders move does not).
    static bool nextRound(GroupMonitor &monitor)
    {
        QSignalSpy ready(&monitor, &GroupMonitor::roundReady);
        monitor.refreshNow();
        return ready.wait(20000);
    }

private slots:
    void initTestCase()
    {
        registerClusterTypes();
        registerGroupTypes();
        QVERIFY2(m_cluster.isAvailable(), "3-node fixture missing");
    }

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
        createReplicatedTopic(KafkaTestCluster::uniqueName(QStringLiteral("rf3")));

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

    // A group's coordinator as its cached description named it may have moved: asked with the
    // groups of another coordinator, it gets "not coordinator" from that broker (a per-group error
    // of a many-group OffsetFetch) and is asked again alone, which finds its coordinator.
    void committedOffsetsFromAWrongCoordinator()
    {
        constexpr int kGroups = 12;
        const QString topic = KafkaTestCluster::uniqueName(QStringLiteral("wrong-coordinator"));
        createReplicatedTopic(topic);
        std::atomic_bool stop = false;
        KafkaError error;
        const std::unique_ptr<AdminClient> client = AdminClient::create(
            KafkaConfig::forProfile(plaintextProfile(m_cluster.bootstrap()), {}), nullptr, &stop,
            &error);
        QVERIFY2(client, qPrintable(error.message));
        GroupAdmin admin(client.get());
        QStringList ids;
        for (int i = 0; i < kGroups; ++i) {
            ids.append(KafkaTestCluster::uniqueName(QStringLiteral("wrong-coordinator-group")));
            // The cluster's offsets topic may still be in the making (a fresh cluster).
            QTRY_VERIFY_WITH_TIMEOUT(
                admin.alterCommittedOffsets(ids.last(), {{{topic, i % 3}, i}}, 10000, &error),
                90000);
        }
        QHash<QString, ConsumerGroupLag> described;
        QVERIFY2(admin.describeGroups(ids, 10000, &described, &error), qPrintable(error.message));
        // Every group named as coordinated by the first group's coordinator; if that one has them
        // all (after earlier kills, one broker may lead every offsets partition), by another.
        int named = described.value(ids.first()).coordinatorId;
        QVERIFY(named > 0);
        const auto coordinatedBy = [&](int broker) {
            return std::count_if(
                described.cbegin(), described.cend(),
                [&](const ConsumerGroupLag &group) { return group.coordinatorId == broker; });
        };
        if (coordinatedBy(named) == kGroups)
            named = named % 3 + 1; // the triple cluster's brokers are 1, 2 and 3
        QHash<QString, int> coordinators;
        int elsewhere = 0;
        for (const QString &id : std::as_const(ids)) {
            coordinators.insert(id, named);
            elsewhere += described.value(id).coordinatorId != named;
        }
        QVERIFY(elsewhere > 0);
        QHash<QString, QHash<TopicPartition, qint64>> offsets;
        QHash<QString, QString> failures;
        QVERIFY2(admin.listCommittedOffsets(ids, 10000, &offsets, &failures, &error, coordinators),
                 qPrintable(error.message));
        QVERIFY2(failures.isEmpty(), qPrintable(failures.values().join(u'\n')));
        for (int i = 0; i < kGroups; ++i)
            QCOMPARE(offsets.value(ids.at(i)).value({topic, i % 3}, -2), qint64(i));
        qInfo("%d groups named on broker %d, %d of them elsewhere: %d calls", kGroups, named,
              elsewhere, admin.offsetFetchCalls());
        QCOMPARE(admin.manyGroupOffsetFetchCalls(), 1);
        QCOMPARE(admin.offsetFetchCalls(), 1 + elsewhere);
    }

    // With a broker gone, a group's lag goes on being read from the two left (coordinator and
    // partition leaders move to them) and equals the CLI's, read during the outage too.
    void groupLagGoesOnWithABrokerKilled()
    {
        const QString topic = KafkaTestCluster::uniqueName(QStringLiteral("lag-rf3"));
        createReplicatedTopic(topic);
        // Ten on each partition: a partition whose end goes unread changes the total.
        QByteArrayList lines;
        for (int i = 0; i < 10; ++i)
            lines.append("message-" + QByteArray::number(i));
        for (int p = 0; p < 3; ++p)
            QVERIFY(
                m_cluster.kcatProduce(topic, lines, {QStringLiteral("-p"), QString::number(p)}));
        // A group that has read nothing yet: its offsets committed at the start, all 30 to go.
        const QString group = KafkaTestCluster::uniqueName(QStringLiteral("lag-kill-group"));
        m_cluster.script(QStringLiteral("consumer-groups"),
                         {QStringLiteral("--bootstrap-server"), m_cluster.bootstrap(),
                          QStringLiteral("--reset-offsets"), QStringLiteral("--group"), group,
                          QStringLiteral("--topic"), topic, QStringLiteral("--to-earliest"),
                          QStringLiteral("--execute")});

        GroupMonitor monitor(plaintextProfile(m_cluster.bootstrap()), ProfileSecrets{}, nullptr,
                             GroupRoundSettings{});
        QVERIFY(nextRound(monitor));
        const ConsumerGroupLag *before = monitor.group(group);
        QVERIFY(before);
        const qint64 lag = before->totalLag;
        QCOMPARE(lag, 30);
        QCOMPARE(m_cluster.cliLag(group), lag);

        // The group's own coordinator dies: the hardest case, as its group state moves.
        const QString coordinator = QString::number(before->coordinatorId);
        QVERIFY2(before->coordinatorId > 0, "the round named no coordinator");
        m_cluster.script(QStringLiteral("kill-node"), {coordinator});
        // Back up whatever happens: the tests after this one share the cluster.
        const auto restart = qScopeGuard(
            [&] { m_cluster.script(QStringLiteral("start-node"), {coordinator}, 120000); });
        QElapsedTimer sinceKill;
        sinceKill.start();
        bool answered = false;
        QString last;
        while (!answered && sinceKill.elapsed() < 60000) {
            const ConsumerGroupLag *now = nextRound(monitor) ? monitor.group(group) : nullptr;
            answered = now && now->problem.isEmpty() && now->totalLag == lag &&
                       now->partitions.size() == 3 &&
                       std::all_of(now->partitions.cbegin(), now->partitions.cend(),
                                   [](const GroupPartitionLag &row) { return row.logEnd == 10; });
            if (now) {
                last = QStringLiteral("lag %1, problem '%2', round warning '%3'; ")
                           .arg(now->totalLag)
                           .arg(now->problem, monitor.lastRound().warning);
                for (const GroupPartitionLag &row : now->partitions)
                    last += QStringLiteral("p%1 %2/%3 ")
                                .arg(row.partition)
                                .arg(row.committed)
                                .arg(row.logEnd);
            }
        }
        qInfo().noquote() << "last round:" << last;
        qInfo().noquote() << "lag read in full with coordinator" << coordinator << "gone"
                          << sinceKill.elapsed() << "ms after SIGKILL";
        QVERIFY2(answered, "no complete lag round while the coordinator was down");
        QCOMPARE(m_cluster.cliLag(group), lag);
    }
};

QTEST_GUILESS_MAIN(TestBrokersTriple)
#include "tst_brokers_triple.moc"
