// The producer's batch path (ClusterConnection::produce → ProduceJob → ProducerClient::
// produceBatch): runs of messages without headers go to librdkafka in one call each, a message
// with headers on its own. With librdkafka's local queue held to 7 messages the queue fills in
// the middle of runs again and again; every message must still land once, in its order, as it
// was sent (key, value, headers; null and empty kept apart), where its report says (read back
// with kcat). Runs of keyless messages go to one partition each, in turn, and only to partitions
// the cluster's metadata named online.

#include "connectionwaiter.h"
#include "rdkafka/producerclient.h"
#include "session/clusterconnection.h"
#include "types/kafkaconfig.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Qafka;

namespace {

constexpr qint64 kCount = 600;

OutgoingMessage numbered(qint64 sequence)
{
    OutgoingMessage message;
    message.key = QByteArray("k-") + QByteArray::number(sequence);
    message.value = QByteArray("v-") + QByteArray::number(sequence);
    if (sequence % 5 == 3)
        message.headers = {{QStringLiteral("n"), QByteArray::number(sequence)}};
    if (sequence % 50 == 10)
        message.key.reset(); // Kafka's null key
    if (sequence % 50 == 20)
        message.value = QByteArray(); // empty, not null
    return message;
}

// Opens the connection and makes a topic of its own for the test; empty when either failed.
QString openWithTopic(ClusterConnection &connection, const QString &prefix, int partitions)
{
    if (openAndSettle(connection) < 0)
        return {};
    return createTopicAndWait(connection, prefix, partitions);
}

// count messages whose values are their sequence numbers, neither key nor partition chosen.
ProduceRequest numberedValues(const QString &topic, qint64 count)
{
    ProduceRequest request;
    request.topic = topic;
    request.count = count;
    request.generator = [](qint64 sequence) {
        OutgoingMessage message;
        message.value = QByteArray::number(sequence);
        return message;
    };
    return request;
}

} // namespace

class TestProduceBatches : public QObject
{
    Q_OBJECT

    KafkaTestCluster m_single{QStringLiteral("single")};

private slots:
    void fullQueueMidRunKeepsOrderAndContent()
    {
        ConnectionProfile profile = plaintextProfile(m_single.bootstrap());
        profile.extraProperties = {
            {QStringLiteral("queue.buffering.max.messages"), QStringLiteral("7")}};
        ClusterConnection connection(profile, {});
        QVERIFY(openAndSettle(connection) >= 0);
        const QString topic =
            createTopicAndWait(connection, QStringLiteral("qafka-produce-batches"), 1);
        QVERIFY(!topic.isEmpty());

        ProduceRequest request;
        request.topic = topic;
        request.count = kCount;
        request.generator = numbered;
        QHash<qint64, qint64> offsetOf;
        connect(&connection, &ClusterConnection::produceProgress, this,
                [&](quint64, const ProduceProgress &, const QList<DeliveryReport> &reports) {
                    for (const DeliveryReport &report : reports) {
                        QVERIFY2(report.succeeded(), qPrintable(report.errorMessage));
                        offsetOf.insert(report.sequence, report.offset);
                    }
                });
        QSignalSpy finished(&connection, &ClusterConnection::produceFinished);
        connection.produce(request);
        QVERIFY(finished.wait(60000));
        const auto result = finished.first().at(1).value<ProduceProgress>();
        QCOMPARE(result.delivered, kCount);
        QCOMPARE(result.failed, 0);
        // One partition: the order sent is the order of the offsets.
        QCOMPARE(offsetOf.size(), kCount);
        for (qint64 sequence = 0; sequence < kCount; ++sequence)
            QCOMPARE(offsetOf.value(sequence, -1), sequence);

        const QList<QJsonObject> messages = m_single.kcatReadJson(topic, kCount);
        QCOMPARE(messages.size(), kCount);
        for (qint64 sequence = 0; sequence < kCount; ++sequence) {
            const QJsonObject &read = messages.at(sequence);
            const OutgoingMessage sent = numbered(sequence);
            QCOMPARE(read[QStringLiteral("offset")].toInteger(), sequence);
            if (sent.key)
                QCOMPARE(read[QStringLiteral("key")].toString().toUtf8(), *sent.key);
            else
                QVERIFY(read[QStringLiteral("key")].isNull());
            QVERIFY(read[QStringLiteral("payload")].isString());
            QCOMPARE(read[QStringLiteral("payload")].toString().toUtf8(), *sent.value);
            const QJsonArray headers = read[QStringLiteral("headers")].toArray();
            if (sent.headers.isEmpty()) {
                QVERIFY(headers.isEmpty());
            } else {
                QCOMPARE(headers.size(), 2); // kcat -J: name, value
                QCOMPARE(headers.at(0).toString(), QStringLiteral("n"));
                QCOMPARE(headers.at(1).toString(), QString::number(sequence));
            }
        }
    }

    // A long send ships every failure and only the newest successes with each progress signal
    // (a million reports must not cross to the GUI thread), failures in their order among them.
    void progressKeepsEveryFailureAndTheNewestSuccesses()
    {
        ClusterConnection connection(plaintextProfile(m_single.bootstrap()), {});
        const QString topic = openWithTopic(connection, QStringLiteral("qafka-produce-reports"), 3);
        QVERIFY(!topic.isEmpty());
        constexpr qint64 count = 200000;
        ProduceRequest request = numberedValues(topic, count);
        request.generator = [plain = request.generator](qint64 sequence) {
            OutgoingMessage message = plain(sequence);
            if (sequence % 9973 == 0)
                message.problem = QStringLiteral("rejected by the test");
            return message;
        };
        QList<qint64> failures;
        qsizetype mostSuccessesInOneSignal = 0;
        connect(&connection, &ClusterConnection::produceProgress, this,
                [&](quint64, const ProduceProgress &, const QList<DeliveryReport> &reports) {
                    qsizetype successes = 0;
                    for (const DeliveryReport &report : reports) {
                        if (report.succeeded())
                            ++successes;
                        else
                            failures.append(report.sequence);
                    }
                    mostSuccessesInOneSignal = std::max(mostSuccessesInOneSignal, successes);
                });
        QSignalSpy finished(&connection, &ClusterConnection::produceFinished);
        connection.produce(request);
        QVERIFY(finished.wait(120000));
        const auto result = finished.first().at(1).value<ProduceProgress>();
        const qint64 rejected = (count - 1) / 9973 + 1;
        QCOMPARE(result.failed, rejected);
        QCOMPARE(result.delivered, count - rejected);
        QCOMPARE(failures.size(), rejected);
        QVERIFY(std::is_sorted(failures.cbegin(), failures.cend()));
        QCOMPARE(failures.last(), (rejected - 1) * 9973);
        QVERIFY(mostSuccessesInOneSignal > 0);
        QVERIFY2(mostSuccessesInOneSignal <= 1000,
                 qPrintable(QString::number(mostSuccessesInOneSignal)));
    }

    // A send of keyless messages through the pane's path: a run to each partition in turn, each
    // message once and in its order within its partition, where its report says.
    void keylessRunsSpreadOverThePartitions()
    {
        ClusterConnection connection(plaintextProfile(m_single.bootstrap()), {});
        const QString topic = openWithTopic(connection, QStringLiteral("qafka-produce-keyless"), 6);
        QVERIFY(!topic.isEmpty());
        constexpr qint64 count = 6000;
        const ProduceRequest request = numberedValues(topic, count);
        QHash<qint64, int> reportedPartition; // the newest successes only, as the pane gets them
        connect(&connection, &ClusterConnection::produceProgress, this,
                [&](quint64, const ProduceProgress &, const QList<DeliveryReport> &reports) {
                    for (const DeliveryReport &report : reports)
                        reportedPartition.insert(report.sequence, report.partition);
                });
        QSignalSpy finished(&connection, &ClusterConnection::produceFinished);
        connection.produce(request);
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().at(1).value<ProduceProgress>().delivered, count);

        const QList<QJsonObject> messages = m_single.kcatReadJson(topic, int(count));
        QCOMPARE(messages.size(), count);
        QHash<qint64, int> partitionOf;
        QHash<int, qint64> lastInPartition;
        for (const QJsonObject &read : messages) { // sorted by partition, then offset
            const int partition = read[QStringLiteral("partition")].toInt();
            const qint64 sequence = read[QStringLiteral("payload")].toString().toLongLong();
            QVERIFY(!read[QStringLiteral("key")].isString());
            QVERIFY2(!partitionOf.contains(sequence), qPrintable(QString::number(sequence)));
            partitionOf.insert(sequence, partition);
            QVERIFY(lastInPartition.value(partition, -1) < sequence);
            lastInPartition.insert(partition, sequence);
            QCOMPARE(reportedPartition.value(sequence, partition), partition);
        }
        QCOMPARE(partitionOf.size(), count);
        QCOMPARE(lastInPartition.size(), 6);
        QVERIFY(!reportedPartition.isEmpty());
        // The job hands over 256 at a time (librdkafka's queue never fills here): each run on one
        // partition, the next run on the next one. librdkafka alone keeps a partition for 10 ms.
        constexpr qint64 run = 256;
        for (qint64 sequence = 1; sequence < count; ++sequence) {
            const bool sameRun = sequence % run != 0;
            QVERIFY2((partitionOf.value(sequence) == partitionOf.value(sequence - 1)) == sameRun,
                     qPrintable(QString::number(sequence)));
        }
    }

    // Runs of keyless messages go only to the partitions the metadata named online; a connection
    // that names its own partitioner keeps librdkafka's placement.
    void keylessRunsGoOnlyToOnlinePartitions()
    {
        ClusterConnection connection(plaintextProfile(m_single.bootstrap()), {});
        const QString topic = openWithTopic(connection, QStringLiteral("qafka-produce-online"), 6);
        QVERIFY(!topic.isEmpty());
        const MessageGenerator plain = numberedValues(topic, 600).generator;
        QList<SequencedMessage> messages;
        for (qint64 sequence = 0; sequence < 600; ++sequence)
            messages.append({sequence, plain(sequence)});

        for (const bool ownPartitioner : {false, true}) {
            KafkaProperties properties =
                KafkaConfig::forProfile(plaintextProfile(m_single.bootstrap()), {});
            if (ownPartitioner)
                properties.append({QStringLiteral("partitioner"), QStringLiteral("random")});
            KafkaError error;
            const auto producer =
                ProducerClient::create(properties, QStringLiteral("none"), &error);
            QVERIFY2(producer, qPrintable(error.message));
            producer->setOnlinePartitions(topic, {2, 4});
            QList<DeliveryReport> reports;
            for (qsizetype from = 0; from < messages.size(); from += 100) // six runs
                QCOMPARE(producer->produceBatch(topic, messages.mid(from, 100), &reports), 100);
            QVERIFY(reports.isEmpty());
            QCOMPARE(producer->flush(30000, &reports), 0);
            QCOMPARE(reports.size(), messages.size());
            QSet<int> used;
            for (const DeliveryReport &report : reports) {
                QVERIFY2(report.succeeded(), qPrintable(report.errorMessage));
                used.insert(report.partition);
            }
            if (ownPartitioner) // random over six partitions: never only 2 and 4 in 600
                QVERIFY(!used.subtract({2, 4}).isEmpty());
            else
                QCOMPARE(used, QSet<int>({2, 4}));
        }
    }

    // Partitions added after the producer read the topic's metadata: the cluster's refresh names
    // them before the producer knows them (it does not refresh on a timer). Runs given to them
    // are placed by librdkafka instead; none fails.
    void keylessRunsSurvivePartitionsTheProducerDoesNotKnow()
    {
        ClusterConnection connection(plaintextProfile(m_single.bootstrap()), {});
        const QString topic = openWithTopic(connection, QStringLiteral("qafka-produce-grown"), 2);
        QVERIFY(!topic.isEmpty());
        QSignalSpy finished(&connection, &ClusterConnection::produceFinished);
        connection.produce(numberedValues(topic, 600));
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.takeFirst().at(1).value<ProduceProgress>().delivered, 600);

        QSignalSpy operations(&connection, &ClusterConnection::operationFinished);
        connection.createPartitions(topic, 6);
        QVERIFY(operations.wait(30000));
        QVERIFY2(operations.first().at(2).value<KafkaError>().isNull(),
                 qPrintable(operations.first().at(2).value<KafkaError>().message));
        QVERIFY(QTest::qWaitFor(
            [&] {
                connection.refreshNow();
                const QList<TopicInfo> topics = connection.snapshot().topics;
                return std::any_of(topics.cbegin(), topics.cend(), [&](const TopicInfo &each) {
                    return each.name == topic && each.partitions.size() == 6;
                });
            },
            30000));

        constexpr qint64 count = qint64(256) * 12; // twelve runs: every partition twice
        connection.produce(numberedValues(topic, count));
        QVERIFY(finished.wait(60000));
        const auto result = finished.first().at(1).value<ProduceProgress>();
        QCOMPARE(result.failed, 0);
        QCOMPARE(result.delivered, count);
    }
};

QTEST_GUILESS_MAIN(TestProduceBatches)
#include "tst_producebatches.moc"
