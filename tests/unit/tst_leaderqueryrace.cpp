// librdkafka's partition-leader lookup for ListOffsets, raced by metadata updates: the end
// offsets of a topic of 1,200 partitions (three requests at once, as a lag round sends them)
// whose leaders move, while other threads refresh the metadata without pause. Unpatched
// librdkafka 2.14 ran the first lookup on the calling thread and the later ones on its main thread,
// both with the same op: it crashed here within two seconds (a NULL mutex, a double free, a corrupt
// queue), as CI's tst_topicadmin once did.
// scripts/librdkafka/0002-leaders-query-on-main-thread.patch fixes it. librdkafka's mock cluster
// stands in for the brokers: this checks librdkafka's threads, not a broker feature.

#include "mockcluster.h"
#include "rdkafka/groupadmin.h"

#include <QElapsedTimer>
#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace Qafka;

class TestLeaderQueryRace : public QObject
{
    Q_OBJECT

private slots:
    void statisticsWhileLeadersMoveAndMetadataRefreshes()
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
        while (clock.elapsed() < seconds * 1000) {
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
};

QTEST_GUILESS_MAIN(TestLeaderQueryRace)
#include "tst_leaderqueryrace.moc"
