// What librdkafka answers to ListOffsets when a partition's leader does not answer, and what
// Qafka makes of it. librdkafka's mock cluster stands in for the brokers: this checks how Qafka
// reads librdkafka's answer, not a broker feature (the real-broker case is
// tst_brokers_triple::groupLagGoesOnWithABrokerKilled).

#include "mockcluster.h"
#include "rdkafka/groupadmin.h"

#include <QTest>

using namespace Qafka;

class TestListOffsetsUnanswered : public QObject
{
    Q_OBJECT

private slots:
    // Three partitions led by brokers 1, 2 and 3, ten messages each; broker 2 goes down. Its
    // partition must come back as failed, never as an offset, and the others as 10.
    void leaderThatNeverAnswersIsAFailureNotAnOffset()
    {
        MockCluster mock(3);
        QVERIFY2(mock.cluster, qPrintable(mock.error.message));
        rd_kafka_t *producer = mock.producer;
        rd_kafka_mock_cluster_t *cluster = mock.cluster;
        QCOMPARE(rd_kafka_mock_topic_create(cluster, "orders", 3, 3), RD_KAFKA_RESP_ERR_NO_ERROR);
        for (int p = 0; p < 3; ++p)
            rd_kafka_mock_partition_set_leader(cluster, "orders", p, p + 1);
        char payload[] = "x";
        for (int i = 0; i < 30; ++i)
            QCOMPARE(rd_kafka_producev(producer, RD_KAFKA_V_TOPIC("orders"),
                                       RD_KAFKA_V_PARTITION(i % 3), RD_KAFKA_V_VALUE(payload, 1),
                                       RD_KAFKA_V_END),
                     RD_KAFKA_RESP_ERR_NO_ERROR);
        QCOMPARE(rd_kafka_flush(producer, 10000), RD_KAFKA_RESP_ERR_NO_ERROR);

        AdminClient *admin = mock.connectAdmin();
        QVERIFY2(admin, qPrintable(mock.error.message));
        GroupAdmin groups(admin);
        KafkaError error;
        const QList<TopicPartition> partitions = {{QStringLiteral("orders"), 0},
                                                  {QStringLiteral("orders"), 1},
                                                  {QStringLiteral("orders"), 2}};
        QHash<TopicPartition, qint64> ends;
        QVERIFY2(groups.listOffsets(partitions, GroupAdmin::kLatest, false, 10000, &ends, &error),
                 qPrintable(error.message));
        QCOMPARE(ends.value(partitions.at(1)), 10);

        rd_kafka_mock_broker_set_down(cluster, 2);
        ends.clear();
        error = {};
        const bool complete =
            groups.listOffsets(partitions, GroupAdmin::kLatest, false, 5000, &ends, &error);
        qInfo().noquote() << "with broker 2 down:" << error.message;
        QVERIFY(!complete);
        QVERIFY2(error.message.contains(QStringLiteral("orders")), qPrintable(error.message));
        QVERIFY(!ends.contains(partitions.at(1)));
        QCOMPARE(ends.value(partitions.at(0), -1), 10);
        QCOMPARE(ends.value(partitions.at(2), -1), 10);
    }

    // librdkafka caches a topic its metadata answer called unknown for up to 100 s, and looks
    // leaders up in that cache without asking again: a topic created after such an answer fails
    // ListOffsets at once with "No leaders found" (CI's tst_topicadmin, for a minute). A metadata
    // request of all topics, which the cluster worker makes before it reads statistics, replaces
    // the entry.
    void topicCachedAsUnknownNeedsAFreshListing()
    {
        MockCluster mock(1);
        QVERIFY2(mock.cluster, qPrintable(mock.error.message));
        AdminClient *admin = mock.connectAdmin();
        QVERIFY2(admin, qPrintable(mock.error.message));
        GroupAdmin groups(admin);
        const QList<TopicPartition> partition = {{QStringLiteral("late"), 0}};
        QHash<TopicPartition, qint64> ends;
        KafkaError error;
        QVERIFY(!groups.listOffsets(partition, GroupAdmin::kLatest, false, 5000, &ends, &error));
        qInfo().noquote() << "before the topic exists:" << error.message;

        QCOMPARE(rd_kafka_mock_topic_create(mock.cluster, "late", 1, 1),
                 RD_KAFKA_RESP_ERR_NO_ERROR);
        error = {};
        QVERIFY(!groups.listOffsets(partition, GroupAdmin::kLatest, false, 5000, &ends, &error));
        QVERIFY2(error.message.contains(QStringLiteral("No leaders found")),
                 qPrintable(error.message));

        const rd_kafka_metadata_t *metadata = nullptr;
        QCOMPARE(rd_kafka_metadata(admin->handle(), 1, nullptr, &metadata, 5000),
                 RD_KAFKA_RESP_ERR_NO_ERROR);
        rd_kafka_metadata_destroy(metadata);
        error = {};
        QVERIFY2(groups.listOffsets(partition, GroupAdmin::kLatest, false, 5000, &ends, &error),
                 qPrintable(error.message));
        QCOMPARE(ends.value(partition.first(), -1), 0);
    }
};

QTEST_GUILESS_MAIN(TestListOffsetsUnanswered)
#include "tst_listoffsetsunanswered.moc"
