// The librdkafka defects that scripts/librdkafka/*.patch fix, each raised the way Qafka met it,
// through Qafka's own calls. librdkafka's mock cluster stands in for the brokers: these check
// librdkafka's threads and error paths, not a broker feature. Built against an unpatched
// librdkafka 2.14, the tests of 0002 and 0003 crash the process and those of 0004, 0006 and
// 0007 fail.

#include "mockcluster.h"
#include "rdkafka/groupadmin.h"

#include <QElapsedTimer>
#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace Qafka;

class TestLibrdkafkaFixes : public QObject
{
    Q_OBJECT

private slots:
    // 0002: the end offsets of a topic of 1,200 partitions (three ListOffsets at once, as a lag
    // round sends them) whose leaders move, while other threads refresh the metadata without
    // pause. Unpatched, the first leader lookup ran on the calling thread and the later ones on
    // librdkafka's main thread, both with the same op: this crashed within two seconds (a NULL
    // mutex, a double free, a corrupt queue), as CI's tst_topicadmin once did.
    void leaderLookupsRacedByMetadataUpdates()
    {
        constexpr int partitions = 1200; // three ListOffsets requests at once
        constexpr int seconds = 5;
        MockCluster mock(3);
        QVERIFY2(mock.cluster, qPrintable(mock.error.message));
        rd_kafka_mock_cluster_t *cluster = mock.cluster;
        QCOMPARE(rd_kafka_mock_topic_create(cluster, "moving", partitions, 3),
                 RD_KAFKA_RESP_ERR_NO_ERROR);

        AdminClient *admin = mock.connectAdmin();
        QVERIFY2(admin, qPrintable(mock.error.message));

        // Metadata answers arrive all the time: each one wakes the lookups waiting for leaders.
        std::atomic_bool refreshing = true;
        std::vector<std::thread> refreshers;
        refreshers.reserve(2);
        for (int i = 0; i < 2; ++i)
            refreshers.emplace_back([&] {
                while (refreshing) {
                    const rd_kafka_metadata_t *metadata = nullptr;
                    if (!rd_kafka_metadata(admin->handle(), 1, nullptr, &metadata, 1000))
                        rd_kafka_metadata_destroy(metadata);
                }
            });

        GroupAdmin groups(admin);
        QList<TopicPartition> all;
        for (int p = 0; p < partitions; ++p)
            all.append({QStringLiteral("moving"), p});
        int rounds = 0;
        int complete = 0;
        int unanswered = 0;
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < seconds * qint64(1000)) {
            // One partition loses its leader and another gets one back: lookups of the moving
            // topic wait for metadata changes.
            rd_kafka_mock_partition_set_leader(cluster, "moving", rounds % partitions, -1);
            rd_kafka_mock_partition_set_leader(cluster, "moving", (rounds + 7) % partitions,
                                               1 + rounds % 3);
            QHash<TopicPartition, qint64> ends;
            KafkaError roundError;
            // A round may fail: the leaderless partition, or "No leaders found" when a metadata
            // change wakes a lookup before its topic's metadata came. It must not go unanswered.
            if (groups.listOffsets(all, GroupAdmin::kLatest, false, 10000, &ends, &roundError))
                ++complete;
            else if (roundError.code == u"_TIMED_OUT")
                ++unanswered;
            ++rounds;
        }
        refreshing = false;
        for (std::thread &refresher : refreshers)
            refresher.join();
        qInfo("%d rounds of end offsets in %d s, %d of them complete", rounds, seconds, complete);
        QCOMPARE(unanswered, 0);
        QVERIFY(rounds > 10);
    }

    // 0003: a group's committed offsets while its coordinator moves (NOT_COORDINATOR), as the lag
    // monitor met it when tst_chaos killed the controller. Unpatched, librdkafka asked the
    // consumer group of the admin client, which has none, for a new coordinator: a NULL
    // dereference on its main thread.
    void committedOffsetsWhenTheCoordinatorMoved()
    {
        MockCluster mock(3);
        QVERIFY2(mock.cluster, qPrintable(mock.error.message));
        AdminClient *admin = mock.connectAdmin();
        QVERIFY2(admin, qPrintable(mock.error.message));
        GroupAdmin groups(admin);
        const QString group = QStringLiteral("moved");
        QHash<QString, QHash<TopicPartition, qint64>> offsets;
        QHash<QString, QString> failures;
        KafkaError error;
        // Three answers of "not coordinator" in a row: asked again each time, then answered (the
        // group has no offsets yet).
        const auto coordinatorMoves = [&](int times) {
            for (int i = 0; i < times; ++i)
                rd_kafka_mock_push_request_errors(mock.cluster, 9 /* OffsetFetch */, 1,
                                                  RD_KAFKA_RESP_ERR_NOT_COORDINATOR);
        };
        coordinatorMoves(3);
        QVERIFY2(groups.listCommittedOffsets({group}, 5000, &offsets, &failures, &error),
                 qPrintable(error.message));
        QVERIFY2(failures.isEmpty(), qPrintable(failures.value(group)));

        // A fourth gives up, in words; without librdkafka patch 0003 the process dies here.
        coordinatorMoves(4);
        groups.listCommittedOffsets({group}, 5000, &offsets, &failures, &error);
        qInfo().noquote() << "with the coordinator moving four times:" << failures.value(group)
                          << error.message;
        QVERIFY(failures.value(group).contains(QStringLiteral("Not coordinator")) ||
                error.message.contains(QStringLiteral("Not coordinator")));

        // The next round asks again and is answered.
        offsets.clear();
        failures.clear();
        error = {};
        QVERIFY2(groups.listCommittedOffsets({group}, 5000, &offsets, &failures, &error),
                 qPrintable(error.message));
        QVERIFY2(failures.isEmpty(), qPrintable(failures.value(group)));
    }

    // 0004: the coordinator cache holds many groups, so a coordinator that answered "not
    // coordinator" must be forgotten at once, or every request would go back to it until the
    // entry aged out. Counted from the mock brokers' own request log.
    void movedCoordinatorIsLookedUpAgain()
    {
        MockCluster mock(3);
        QVERIFY2(mock.cluster, qPrintable(mock.error.message));
        AdminClient *admin = mock.connectAdmin();
        QVERIFY2(admin, qPrintable(mock.error.message));
        GroupAdmin groups(admin);
        const QString group = QStringLiteral("followed");
        QHash<QString, QHash<TopicPartition, qint64>> offsets;
        QHash<QString, QString> failures;
        KafkaError error;
        const auto askAndCountLookups = [&] {
            rd_kafka_mock_clear_requests(mock.cluster);
            failures.clear();
            const bool answered =
                groups.listCommittedOffsets({group}, 5000, &offsets, &failures, &error);
            size_t count = 0;
            rd_kafka_mock_request_t **requests = rd_kafka_mock_get_requests(mock.cluster, &count);
            int lookups = 0;
            for (size_t i = 0; i < count; ++i)
                lookups += rd_kafka_mock_request_api_key(requests[i]) == 10 /* FindCoordinator */;
            rd_kafka_mock_request_destroy_array(requests, count);
            return answered && failures.isEmpty() ? lookups : -1;
        };
        rd_kafka_mock_start_request_tracking(mock.cluster);
        // The first lookup may be made twice, while the coordinator's connection comes up.
        QVERIFY(askAndCountLookups() >= 1); // learnt
        QCOMPARE(askAndCountLookups(), 0);  // remembered
        rd_kafka_mock_push_request_errors(mock.cluster, 9 /* OffsetFetch */, 1,
                                          RD_KAFKA_RESP_ERR_NOT_COORDINATOR);
        QVERIFY(askAndCountLookups() >= 1); // forgotten on "not coordinator", looked up again
        QCOMPARE(askAndCountLookups(), 0);
    }

    // 0007: a coordinator that left the cluster. A killed KRaft broker is fenced and leaves the
    // metadata; librdkafka then drops it, but its coordinator cache kept pointing at it for a
    // minute, and a request for such a group waited for a broker that would never come back:
    // CI's tst_brokers_triple saw a minute of timed-out lag rounds. Patched, the cache forgets
    // the broker with the metadata and the waiting request looks the coordinator up again.
    void coordinatorThatLeftTheClusterIsForgotten()
    {
        MockCluster mock(3);
        QVERIFY2(mock.cluster, qPrintable(mock.error.message));
        AdminClient *admin = mock.connectAdmin();
        QVERIFY2(admin, qPrintable(mock.error.message));
        GroupAdmin groups(admin);
        const QString group = QStringLiteral("orphaned");
        const QByteArray groupKey = group.toUtf8();
        QHash<QString, QHash<TopicPartition, qint64>> offsets;
        QHash<QString, QString> failures;
        KafkaError error;
        rd_kafka_mock_coordinator_set(mock.cluster, "group", groupKey.constData(), 2);
        QVERIFY2(groups.listCommittedOffsets({group}, 5000, &offsets, &failures, &error),
                 qPrintable(error.message));
        QVERIFY2(failures.isEmpty(), qPrintable(failures.value(group))); // 2 cached

        QCOMPARE(rd_kafka_mock_broker_decommission(mock.cluster, 2), RD_KAFKA_RESP_ERR_NO_ERROR);
        rd_kafka_mock_coordinator_set(mock.cluster, "group", groupKey.constData(), 1);
        QList<BrokerInfo> brokers;
        QTRY_VERIFY_WITH_TIMEOUT(admin->fetchBrokers(2000, &brokers, &error) && brokers.size() == 2,
                                 10000); // librdkafka has read a metadata without broker 2

        QElapsedTimer answered;
        answered.start();
        failures.clear();
        QVERIFY2(groups.listCommittedOffsets({group}, 5000, &offsets, &failures, &error),
                 qPrintable(error.message));
        qInfo() << "answered by the new coordinator in" << answered.elapsed() << "ms";
        QVERIFY2(failures.isEmpty(), qPrintable(failures.value(group)));
        QVERIFY(answered.elapsed() < 4000);
    }

    // 0006: the committed offsets of many groups of one coordinator in one OffsetFetch (v8+).
    // The mock brokers answer OffsetFetch up to v6, so librdkafka refuses such a call ("unsupported
    // feature") and Qafka asks each group alone, then no longer tries that broker with many. (An
    // unpatched librdkafka refuses the call as invalid and Qafka falls back the same way; the
    // slot below tells the two apart.)
    void manyGroupCallFallsBackOnABrokerBeforeV8()
    {
        MockCluster mock(1);
        QVERIFY2(mock.cluster, qPrintable(mock.error.message));
        AdminClient *admin = mock.connectAdmin();
        QVERIFY2(admin, qPrintable(mock.error.message));
        GroupAdmin groups(admin);
        QStringList ids;
        QHash<QString, int> coordinators;
        KafkaError error;
        for (int i = 0; i < 5; ++i) {
            ids.append(QStringLiteral("old-broker-%1").arg(i));
            coordinators.insert(ids.last(), 1);
        }
        for (int round = 0; round < 2; ++round) {
            QHash<QString, QHash<TopicPartition, qint64>> offsets;
            QHash<QString, QString> failures;
            QVERIFY2(
                groups.listCommittedOffsets(ids, 5000, &offsets, &failures, &error, coordinators),
                qPrintable(error.message));
            QVERIFY2(failures.isEmpty(), qPrintable(failures.values().join(u'\n')));
            // (The mock answers a request for all of a group's partitions with none, so the
            // offsets themselves are checked on real brokers: tst_consumergroups.)
            QCOMPARE(offsets.keys().size(), 5);
            QCOMPARE(groups.manyGroupOffsetFetchCalls(), round == 0 ? 1 : 0);
            QCOMPARE(groups.offsetFetchCalls(), round == 0 ? 6 : 5);
        }
    }

    // 0006's argument checks: many groups need their coordinator named, and no group twice.
    void manyGroupCallRefusesWhatItCannotDo()
    {
        MockCluster mock(1);
        QVERIFY2(mock.cluster, qPrintable(mock.error.message));
        rd_kafka_queue_t *queue = rd_kafka_queue_new(mock.producer);
        const auto call = [&](const char *second, int broker) {
            rd_kafka_ListConsumerGroupOffsets_t *groups[2] = {
                rd_kafka_ListConsumerGroupOffsets_new("first", nullptr),
                rd_kafka_ListConsumerGroupOffsets_new(second, nullptr)};
            rd_kafka_AdminOptions_t *options =
                rd_kafka_AdminOptions_new(mock.producer, RD_KAFKA_ADMIN_OP_ANY);
            char errstr[256];
            if (broker >= 0)
                rd_kafka_AdminOptions_set_broker(options, broker, errstr, sizeof errstr);
            rd_kafka_ListConsumerGroupOffsets(mock.producer, groups, 2, options, queue);
            rd_kafka_AdminOptions_destroy(options);
            rd_kafka_ListConsumerGroupOffsets_destroy_array(groups, 2);
            rd_kafka_event_t *event = rd_kafka_queue_poll(queue, 5000);
            QString answer = event
                                 ? QString::fromUtf8(rd_kafka_err2name(rd_kafka_event_error(event)))
                                 : QStringLiteral("none");
            if (event)
                rd_kafka_event_destroy(event);
            return answer;
        };
        QCOMPARE(call("second", -1), QStringLiteral("_INVALID_ARG"));
        QCOMPARE(call("first", 1), QStringLiteral("_INVALID_ARG"));
        QCOMPARE(call("second", 1), QStringLiteral("_UNSUPPORTED_FEATURE")); // the mock is v6
        rd_kafka_queue_destroy(queue);
    }
};

QTEST_GUILESS_MAIN(TestLibrdkafkaFixes)
#include "tst_librdkafkafixes.moc"
