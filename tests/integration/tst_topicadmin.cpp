// TopicAdmin, TopicStatsReader and ConfigReader (the cluster worker's admin calls) against real
// brokers. Every write is checked through Kafka's own CLI tools
// (kafka-topics, kafka-configs, GetOffsetShell) and every read is compared with them; kcat
// produces the test messages. Nothing here trusts Qafka to confirm its own work.

#include "kafkatestcluster.h"
#include "rdkafka/adminclient.h"
#include "rdkafka/configreader.h"
#include "rdkafka/topicadmin.h"
#include "rdkafka/topicstatsreader.h"
#include "types/connectiondiagnosis.h"
#include "types/kafkaconfig.h"

#include <QElapsedTimer>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>
#include <atomic>
#include <functional>
#include <memory>

using namespace Qafka;

namespace {

constexpr int kTimeoutMs = 20000;

// One admin connection as the cluster worker holds it.
struct Admin
{
    ConnectionDiagnosis diagnosis;
    std::atomic_bool stop = false;
    std::unique_ptr<AdminClient> client;
    std::unique_ptr<TopicAdmin> topics;
};

std::unique_ptr<Admin> connectTo(const KafkaTestCluster &cluster)
{
    auto admin = std::make_unique<Admin>();
    KafkaError error;
    admin->client = AdminClient::create(
        KafkaConfig::forProfile(ConnectionProfile::forBootstrap(cluster.bootstrap()), {}),
        &admin->diagnosis, &admin->stop, &error);
    if (!admin->client) {
        qWarning().noquote() << "AdminClient::create failed:" << error.message;
        return {};
    }
    admin->topics = std::make_unique<TopicAdmin>(admin->client.get());
    return admin;
}

// Kafka's CLI tools run in a JVM and read the broker's metadata image, which may trail a write
// that just returned by a few milliseconds: oracles are polled, not read once.
bool eventually(const std::function<bool()> &condition, int timeoutMs = 15000)
{
    return QTest::qWaitFor(condition, timeoutMs);
}

QString cli(const KafkaTestCluster &cluster, const QString &tool, const QStringList &args)
{
    return cluster.script(
        tool, QStringList{QStringLiteral("--bootstrap-server"), cluster.bootstrap()} + args);
}

// Other tests kill and restart nodes of the three-node cluster: RF 3 needs all three back.
bool allNodesUp(const KafkaTestCluster &cluster, int nodes)
{
    return eventually([&] { return cluster.kcatMetadata().brokerIds.size() == nodes; }, 60000);
}

bool createWithCli(const KafkaTestCluster &cluster, const QString &topic, int partitions,
                   const QStringList &configs = {})
{
    QStringList args{QStringLiteral("--create"), QStringLiteral("--topic"), topic,
                     QStringLiteral("--partitions"), QString::number(partitions)};
    for (const QString &config : configs)
        args << QStringLiteral("--config") << config;
    return cli(cluster, QStringLiteral("topics"), args).contains(u"Created topic");
}

QString describeTopic(const KafkaTestCluster &cluster, const QString &topic)
{
    return cli(cluster, QStringLiteral("topics"),
               {QStringLiteral("--describe"), QStringLiteral("--topic"), topic});
}

int intField(const QString &text, const QString &field)
{
    const QRegularExpression pattern(QRegularExpression::escape(field) +
                                     QStringLiteral(": (\\d+)"));
    const QRegularExpressionMatch match = pattern.match(text);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

// "Replicas: 1,2,3" of every partition line of kafka-topics --describe.
QList<QStringList> replicaLists(const QString &described)
{
    QList<QStringList> lists;
    static const QRegularExpression pattern(QStringLiteral("\\tReplicas: ([0-9,]+)"));
    auto it = pattern.globalMatch(described);
    while (it.hasNext())
        lists.append(it.next().captured(1).split(u','));
    return lists;
}

QStringList topicList(const KafkaTestCluster &cluster)
{
    return cli(cluster, QStringLiteral("topics"), {QStringLiteral("--list")})
        .split(u'\n', Qt::SkipEmptyParts);
}

// kafka-configs --describe: "  name=value sensitive=false synonyms={...}" per line.
QMap<QString, QString> configsOf(const KafkaTestCluster &cluster, const QString &entityType,
                                 const QString &name, bool all = false)
{
    QStringList args{QStringLiteral("--describe"), QStringLiteral("--entity-type"), entityType,
                     QStringLiteral("--entity-name"), name};
    if (all)
        args << QStringLiteral("--all");
    QMap<QString, QString> configs;
    static const QRegularExpression line(QStringLiteral("^  ([^=\\s]+)=(.*) sensitive="),
                                         QRegularExpression::MultilineOption);
    auto it = line.globalMatch(cli(cluster, QStringLiteral("configs"), args));
    while (it.hasNext()) {
        const auto match = it.next();
        configs.insert(match.captured(1), match.captured(2));
    }
    return configs;
}

// kafka-configs --describe --all: the source of each config, the first of its synonyms.
QMap<QString, ConfigSource> sourcesOf(const KafkaTestCluster &cluster, const QString &topic)
{
    static const QHash<QString, ConfigSource> sources{
        {QStringLiteral("DYNAMIC_TOPIC_CONFIG"), ConfigSource::DynamicTopic},
        {QStringLiteral("DYNAMIC_BROKER_CONFIG"), ConfigSource::DynamicBroker},
        {QStringLiteral("DYNAMIC_DEFAULT_BROKER_CONFIG"), ConfigSource::DynamicDefaultBroker},
        {QStringLiteral("STATIC_BROKER_CONFIG"), ConfigSource::StaticBroker},
        {QStringLiteral("DEFAULT_CONFIG"), ConfigSource::Default},
    };
    QMap<QString, ConfigSource> result;
    static const QRegularExpression line(QStringLiteral("^  ([^=\\s]+)=.* synonyms=\\{([A-Z_]*)"),
                                         QRegularExpression::MultilineOption);
    auto it = line.globalMatch(cli(cluster, QStringLiteral("configs"),
                                   {QStringLiteral("--describe"), QStringLiteral("--entity-type"),
                                    QStringLiteral("topics"), QStringLiteral("--entity-name"),
                                    topic, QStringLiteral("--all")}));
    while (it.hasNext()) {
        const auto match = it.next();
        // No synonyms: a topic config without a broker-level counterpart, at its default.
        result.insert(match.captured(1),
                      match.captured(2).isEmpty()
                          ? ConfigSource::Default
                          : sources.value(match.captured(2), ConfigSource::Unknown));
    }
    return result;
}

QMap<QString, QString> topicConfigs(const KafkaTestCluster &cluster, const QString &topic,
                                    bool all = false)
{
    return configsOf(cluster, QStringLiteral("topics"), topic, all);
}

// GetOffsetShell: "topic:partition:offset" lines; time -2 = earliest, -1 = latest.
QMap<int, qint64> offsetsOf(const KafkaTestCluster &cluster, const QString &topic, int time)
{
    QMap<int, qint64> offsets;
    const QStringList lines =
        cli(cluster, QStringLiteral("get-offsets"),
            {QStringLiteral("--topic"), topic, QStringLiteral("--time"), QString::number(time)})
            .split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const QStringList parts = line.trimmed().split(u':');
        if (parts.size() == 3 && parts.at(0) == topic)
            offsets.insert(parts.at(1).toInt(), parts.at(2).toLongLong());
    }
    return offsets;
}

bool produce(const KafkaTestCluster &cluster, const QString &topic, int partition, int count)
{
    if (count == 0)
        return true;
    QProcess kcat;
    kcat.start(QStringLiteral("kcat"),
               {QStringLiteral("-P"), QStringLiteral("-b"), cluster.bootstrap(),
                QStringLiteral("-t"), topic, QStringLiteral("-p"), QString::number(partition)});
    if (!kcat.waitForStarted(10000))
        return false;
    for (int i = 0; i < count; ++i)
        kcat.write(QByteArray("message-") + QByteArray::number(i) + '\n');
    kcat.closeWriteChannel();
    if (!kcat.waitForFinished(30000))
        return false;
    const QByteArray errors = kcat.readAllStandardError();
    if (kcat.exitCode() != 0 || errors.contains("failed"))
        qWarning().noquote() << "kcat:" << errors;
    return kcat.exitStatus() == QProcess::NormalExit && kcat.exitCode() == 0 &&
           !errors.contains("failed");
}

ConfigChange set(const QString &name, const QString &value)
{
    return {name, value, ConfigChange::Op::Set};
}

ConfigChange reset(const QString &name)
{
    return {name, {}, ConfigChange::Op::Delete};
}

QString unique(const QString &what)
{
    return KafkaTestCluster::uniqueName(QStringLiteral("qafka-topicadmin-") + what);
}

} // namespace

class TestTopicAdmin : public QObject
{
    Q_OBJECT

    KafkaTestCluster m_single{QStringLiteral("single")};
    KafkaTestCluster m_triple{QStringLiteral("triple")};
    std::unique_ptr<Admin> m_admin;  // on the single node
    std::unique_ptr<Admin> m_admin3; // on the three nodes

    TopicAdmin &admin() { return *m_admin->topics; }
    ConfigReader configs() { return ConfigReader(m_admin->client.get()); }

    // Statistics as the cluster worker reads them for the topic table: all requests at once,
    // collected until complete. False with *error set when the round failed as a whole; partitions
    // and topics that failed on their own are in *itemErrors.
    bool readStats(const QStringList &topics, const QList<int> &partitionCounts,
                   TopicStatsMap *stats, KafkaError *error, KafkaError *itemErrors = nullptr)
    {
        TopicStatsReader reader(m_admin->client.get(), topics, partitionCounts, kTimeoutMs);
        const bool complete = reader.waitUntilDone();
        *stats = reader.stats();
        *error = reader.error();
        if (itemErrors)
            *itemErrors = reader.itemErrors();
        return complete && error->isNull();
    }

    // Statistics of topics just created by the CLI, read the way the cluster worker reads them:
    // after a metadata snapshot that lists them with their leaders. The snapshot also replaces
    // what librdkafka's metadata cache may hold from an earlier lookup: a topic the broker did not
    // know yet stays cached as unknown for up to 100 s, and ListOffsets then fails at once with
    // "No leaders found" without asking again (CI failed so for a minute). KRaft elects new
    // leaders a moment after the create, later while the broker still deletes the 1,001
    // partitions of an earlier test.
    bool readStatsOfNewTopics(const QStringList &topics, const QList<int> &partitionCounts,
                              TopicStatsMap *stats, KafkaError *error, KafkaError *itemErrors)
    {
        const bool listed = eventually(
            [&] {
                ClusterSnapshot snapshot;
                KafkaError ignored;
                if (!m_admin->client->fetchSnapshot(kTimeoutMs, &snapshot, &ignored))
                    return false;
                for (qsizetype t = 0; t < topics.size(); ++t) {
                    if (partitionCounts.value(t) == 0)
                        continue; // a topic expected to be missing
                    const auto it = std::find_if(
                        snapshot.topics.cbegin(), snapshot.topics.cend(),
                        [&](const TopicInfo &info) { return info.name == topics.at(t); });
                    if (it == snapshot.topics.cend() ||
                        it->partitions.size() != partitionCounts.value(t) || it->offlineCount() > 0)
                        return false;
                }
                return true;
            },
            60000);
        if (!listed) {
            error->message = QStringLiteral("the new topics were never all listed with leaders");
            return false;
        }
        return readStats(topics, partitionCounts, stats, error, itemErrors);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_single.isAvailable(), "single-node fixture missing");
        QVERIFY2(m_triple.isAvailable(), "three-node fixture missing");
        m_admin = connectTo(m_single);
        m_admin3 = connectTo(m_triple);
        QVERIFY(m_admin && m_admin3);
    }

    void createTopicWithPartitionsAndConfigs()
    {
        const QString topic = unique(QStringLiteral("create"));
        NewTopic request;
        request.name = topic;
        request.partitions = 3;
        request.configs = {{QStringLiteral("cleanup.policy"), QStringLiteral("compact")},
                           {QStringLiteral("retention.ms"), QStringLiteral("3600000")}};
        KafkaError error;
        QVERIFY2(admin().createTopic(request, kTimeoutMs, &error), qPrintable(error.message));
        QVERIFY(error.isNull());

        QString described;
        QVERIFY(eventually([&] {
            described = describeTopic(m_single, topic);
            return intField(described, QStringLiteral("PartitionCount")) == 3;
        }));
        // The broker's default, which the harness sets to the node count.
        QCOMPARE(intField(described, QStringLiteral("ReplicationFactor")), m_single.nodeCount());
        QVERIFY2(described.contains(u"cleanup.policy=compact"), qPrintable(described));
        const auto configs = topicConfigs(m_single, topic);
        QCOMPARE(configs.value(QStringLiteral("cleanup.policy")), QStringLiteral("compact"));
        QCOMPARE(configs.value(QStringLiteral("retention.ms")), QStringLiteral("3600000"));
    }

    void createTopicWithTooManyReplicasQuotesBroker()
    {
        const QString topic = unique(QStringLiteral("rf3"));
        NewTopic request;
        request.name = topic;
        request.replicationFactor = 3;
        KafkaError error;
        QVERIFY(!admin().createTopic(request, kTimeoutMs, &error));
        QCOMPARE(error.code, QStringLiteral("INVALID_REPLICATION_FACTOR"));
        // Kafka 4.1's own sentence (ZooKeeper-era brokers said "Replication factor: 3 larger
        // than available brokers: 1.").
        QVERIFY2(error.message.contains(u"Unable to replicate the partition 3 time(s): The target "
                                        u"replication factor of 3 cannot be reached because only 1 "
                                        u"broker(s) are registered."),
                 qPrintable(error.message));
        QVERIFY2(error.message.contains(topic), qPrintable(error.message));
        QVERIFY(!topicList(m_single).contains(topic));
    }

    void createTopicWithBrokerDefaultReplication()
    {
        // -1 takes default.replication.factor: 1 on the single node, 3 on the three nodes.
        const QString single = unique(QStringLiteral("rf-default"));
        const QString triple = unique(QStringLiteral("rf-default"));
        KafkaError error;
        QVERIFY2(admin().createTopic({single, 2, -1, {}}, kTimeoutMs, &error),
                 qPrintable(error.message));
        QVERIFY(allNodesUp(m_triple, 3));
        QVERIFY2(m_admin3->topics->createTopic({triple, 2, -1, {}}, kTimeoutMs, &error),
                 qPrintable(error.message));
        QString described;
        QVERIFY(eventually([&] {
            described = describeTopic(m_single, single);
            return intField(described, QStringLiteral("PartitionCount")) == 2;
        }));
        QCOMPARE(intField(described, QStringLiteral("ReplicationFactor")), 1);
        QVERIFY(eventually([&] {
            described = describeTopic(m_triple, triple);
            return intField(described, QStringLiteral("PartitionCount")) == 2;
        }));
        QCOMPARE(intField(described, QStringLiteral("ReplicationFactor")), 3);
    }

    void createExistingTopicFails()
    {
        const QString topic = unique(QStringLiteral("exists"));
        QVERIFY(createWithCli(m_single, topic, 1));
        KafkaError error;
        QVERIFY(!admin().createTopic({topic, 4, -1, {}}, kTimeoutMs, &error));
        QCOMPARE(error.code, QStringLiteral("TOPIC_ALREADY_EXISTS"));
        QVERIFY2(error.message.contains(u"Topic '" + topic + u"' already exists."),
                 qPrintable(error.message));
        // Untouched: still one partition.
        QCOMPARE(intField(describeTopic(m_single, topic), QStringLiteral("PartitionCount")), 1);
    }

    void deleteTwoTopics()
    {
        const QString first = unique(QStringLiteral("delete-a"));
        const QString second = unique(QStringLiteral("delete-b"));
        QVERIFY(createWithCli(m_single, first, 1));
        QVERIFY(createWithCli(m_single, second, 2));
        KafkaError error;
        QVERIFY2(admin().deleteTopics({first, second}, kTimeoutMs, &error),
                 qPrintable(error.message));
        QVERIFY(eventually([&] {
            const QStringList topics = topicList(m_single);
            return !topics.isEmpty() && !topics.contains(first) && !topics.contains(second);
        }));
    }

    void deleteMissingTopicNamesIt()
    {
        const QString existing = unique(QStringLiteral("delete-existing"));
        const QString missing = unique(QStringLiteral("delete-missing"));
        QVERIFY(createWithCli(m_single, existing, 1));
        KafkaError error;
        QVERIFY(!admin().deleteTopics({existing, missing}, kTimeoutMs, &error));
        QCOMPARE(error.code, QStringLiteral("UNKNOWN_TOPIC_OR_PART"));
        QVERIFY2(error.message.contains(missing), qPrintable(error.message));
        QVERIFY2(!error.message.contains(existing), qPrintable(error.message));
        // The request went through for the topic that existed.
        QVERIFY(eventually([&] {
            const QStringList topics = topicList(m_single);
            return !topics.isEmpty() && !topics.contains(existing);
        }));
    }

    void createPartitionsRaisesCount()
    {
        const QString topic = unique(QStringLiteral("grow"));
        QVERIFY(createWithCli(m_single, topic, 3));
        KafkaError error;
        QVERIFY2(admin().createPartitions(topic, 5, kTimeoutMs, &error), qPrintable(error.message));
        QVERIFY(eventually([&] {
            return intField(describeTopic(m_single, topic), QStringLiteral("PartitionCount")) == 5;
        }));
    }

    void createPartitionsCannotShrink()
    {
        const QString topic = unique(QStringLiteral("shrink"));
        QVERIFY(createWithCli(m_single, topic, 3));
        KafkaError error;
        QVERIFY(!admin().createPartitions(topic, 2, kTimeoutMs, &error));
        QCOMPARE(error.code, QStringLiteral("INVALID_PARTITIONS"));
        QVERIFY2(error.message.contains(topic), qPrintable(error.message));
        // Kafka's own sentence, verbatim.
        QVERIFY2(error.message.contains(u"The topic " + topic +
                                        u" currently has 3 partition(s); 2 would not be an "
                                        u"increase."),
                 qPrintable(error.message));
        QCOMPARE(intField(describeTopic(m_single, topic), QStringLiteral("PartitionCount")), 3);
    }

    void alterTopicConfigKeepsOtherOverrides()
    {
        // The point of IncrementalAlterConfigs: the legacy AlterConfigs would drop the two
        // overrides that the change does not name.
        const QString topic = unique(QStringLiteral("alter"));
        QVERIFY(createWithCli(m_single, topic, 1,
                              {QStringLiteral("cleanup.policy=compact"),
                               QStringLiteral("max.message.bytes=200000")}));
        KafkaError error;
        QVERIFY2(
            admin().alterConfigs(QStringLiteral("topic"), topic,
                                 {set(QStringLiteral("retention.ms"), QStringLiteral("7200000"))},
                                 kTimeoutMs, &error),
            qPrintable(error.message));
        QMap<QString, QString> configs;
        QVERIFY(eventually([&] {
            configs = topicConfigs(m_single, topic);
            return configs.value(QStringLiteral("retention.ms")) == u"7200000";
        }));
        QCOMPARE(configs.value(QStringLiteral("cleanup.policy")), QStringLiteral("compact"));
        QCOMPARE(configs.value(QStringLiteral("max.message.bytes")), QStringLiteral("200000"));
        QCOMPARE(configs.size(), 3);
    }

    void alterTopicConfigDeleteResetsToDefault()
    {
        const QString topic = unique(QStringLiteral("reset"));
        QVERIFY(createWithCli(
            m_single, topic, 1,
            {QStringLiteral("retention.ms=60000"), QStringLiteral("max.message.bytes=200000")}));
        KafkaError error;
        QVERIFY2(admin().alterConfigs(QStringLiteral("topic"), topic,
                                      {reset(QStringLiteral("retention.ms"))}, kTimeoutMs, &error),
                 qPrintable(error.message));
        QMap<QString, QString> configs;
        QVERIFY(eventually([&] {
            configs = topicConfigs(m_single, topic);
            return !configs.isEmpty() && !configs.contains(QStringLiteral("retention.ms"));
        }));
        QCOMPARE(configs.value(QStringLiteral("max.message.bytes")), QStringLiteral("200000"));
        // Back to the broker's default (log.retention.hours=168).
        QCOMPARE(topicConfigs(m_single, topic, true).value(QStringLiteral("retention.ms")),
                 QStringLiteral("604800000"));
    }

    void alterTopicConfigInvalidValueQuotesBroker()
    {
        const QString topic = unique(QStringLiteral("invalid"));
        QVERIFY(createWithCli(m_single, topic, 1, {QStringLiteral("retention.ms=60000")}));
        KafkaError error;
        QVERIFY(!admin().alterConfigs(
            QStringLiteral("topic"), topic,
            {set(QStringLiteral("retention.ms"), QStringLiteral("soon")),
             set(QStringLiteral("max.message.bytes"), QStringLiteral("300000"))},
            kTimeoutMs, &error));
        QCOMPARE(error.code, QStringLiteral("INVALID_CONFIG"));
        QVERIFY2(error.message.contains(topic), qPrintable(error.message));
        QVERIFY2(error.message.contains(u"Invalid value soon for configuration retention.ms"),
                 qPrintable(error.message));
        // Atomic per resource: the valid change in the same request is not applied either.
        const auto configs = topicConfigs(m_single, topic);
        QCOMPARE(configs.value(QStringLiteral("retention.ms")), QStringLiteral("60000"));
        QVERIFY(!configs.contains(QStringLiteral("max.message.bytes")));
    }

    void alterConfigsOfMissingTopicFails()
    {
        const QString topic = unique(QStringLiteral("alter-missing"));
        KafkaError error;
        QVERIFY(!admin().alterConfigs(QStringLiteral("topic"), topic,
                                      {set(QStringLiteral("retention.ms"), QStringLiteral("1000"))},
                                      kTimeoutMs, &error));
        QCOMPARE(error.code, QStringLiteral("UNKNOWN_TOPIC_OR_PART"));
        QVERIFY2(error.message.contains(topic), qPrintable(error.message));
    }

    void alterBrokerConfigAndBack()
    {
        // message.max.bytes is dynamic per broker; slightly above the default so that other tests
        // sharing the node never notice.
        const QString name = QStringLiteral("message.max.bytes");
        const QString value = QStringLiteral("1048600");
        KafkaError error;
        QVERIFY2(admin().alterConfigs(QStringLiteral("broker"), QStringLiteral("1"),
                                      {set(name, value)}, kTimeoutMs, &error),
                 qPrintable(error.message));
        const QString broker = QStringLiteral("brokers");
        QVERIFY(eventually(
            [&] { return configsOf(m_single, broker, QStringLiteral("1")).value(name) == value; }));

        QVERIFY2(admin().alterConfigs(QStringLiteral("broker"), QStringLiteral("1"), {reset(name)},
                                      kTimeoutMs, &error),
                 qPrintable(error.message));
        QVERIFY(eventually(
            [&] { return !configsOf(m_single, broker, QStringLiteral("1")).contains(name); }));
    }

    void alterReadOnlyBrokerConfigQuotesBroker()
    {
        KafkaError error;
        QVERIFY(!admin().alterConfigs(QStringLiteral("broker"), QStringLiteral("1"),
                                      {set(QStringLiteral("log.dirs"), QStringLiteral("/tmp/x"))},
                                      kTimeoutMs, &error));
        QVERIFY2(!error.code.isEmpty() && error.message.contains(u"log.dirs"),
                 qPrintable(error.code + u' ' + error.message));
        QVERIFY(!configsOf(m_single, QStringLiteral("brokers"), QStringLiteral("1"))
                     .contains(QStringLiteral("log.dirs")));
    }

    void alterClusterWideBrokerDefaultFailsCleanly()
    {
        // An empty broker name means the cluster-wide default (kafka-configs --entity-default),
        // which librdkafka 2.14 cannot address: a clear error, not a crash.
        const QString name = QStringLiteral("log.cleaner.backoff.ms");
        KafkaError error;
        QVERIFY(!admin().alterConfigs(QStringLiteral("broker"), QString(),
                                      {set(name, QStringLiteral("15001"))}, kTimeoutMs, &error));
        QCOMPARE(error.code, QStringLiteral("_NOT_IMPLEMENTED"));
        QVERIFY2(error.message.contains(u"cluster-wide"), qPrintable(error.message));
        QVERIFY(error.hint.contains(u"--entity-default"));
        const QString defaults =
            cli(m_single, QStringLiteral("configs"),
                {QStringLiteral("--describe"), QStringLiteral("--entity-type"),
                 QStringLiteral("brokers"), QStringLiteral("--entity-default")});
        QVERIFY2(defaults.contains(u"Default configs for brokers"), qPrintable(defaults));
        QVERIFY(!defaults.contains(name));
    }

    void unknownResourceTypeFails()
    {
        KafkaError error;
        QVERIFY(!admin().alterConfigs(QStringLiteral("group"), QStringLiteral("g"),
                                      {set(QStringLiteral("x"), QStringLiteral("y"))}, kTimeoutMs,
                                      &error));
        QCOMPARE(error.code, QStringLiteral("_INVALID_ARG"));
        QVERIFY2(error.message.contains(u"group"), qPrintable(error.message));
    }

    void deleteRecordsBeforeOffset()
    {
        const QString topic = unique(QStringLiteral("records"));
        QVERIFY(createWithCli(m_single, topic, 2));
        QVERIFY(produce(m_single, topic, 0, 10));
        QVERIFY(produce(m_single, topic, 1, 4));
        KafkaError error;
        QVERIFY2(admin().deleteRecords(topic, {{0, 6}}, kTimeoutMs, &error),
                 qPrintable(error.message));
        QMap<int, qint64> earliest;
        QVERIFY(eventually([&] {
            earliest = offsetsOf(m_single, topic, -2);
            return earliest.value(0) == 6;
        }));
        QCOMPARE(earliest.value(1), 0); // the other partition is untouched
        const auto latest = offsetsOf(m_single, topic, -1);
        QCOMPARE(latest.value(0), 10);
        QCOMPARE(latest.value(1), 4);
    }

    void deleteRecordsPurgesPartitions()
    {
        const QString topic = unique(QStringLiteral("purge"));
        QVERIFY(createWithCli(m_single, topic, 2));
        QVERIFY(produce(m_single, topic, 0, 7));
        QVERIFY(produce(m_single, topic, 1, 3));
        KafkaError error;
        // -1 is RD_KAFKA_OFFSET_END: up to the high watermark, whatever it is by then.
        QVERIFY2(admin().deleteRecords(topic, {{0, -1}, {1, -1}}, kTimeoutMs, &error),
                 qPrintable(error.message));
        QMap<int, qint64> earliest;
        QVERIFY(eventually([&] {
            earliest = offsetsOf(m_single, topic, -2);
            return earliest.value(0) == 7 && earliest.value(1) == 3;
        }));
    }

    void deleteRecordsBeyondHighWatermarkFails()
    {
        const QString topic = unique(QStringLiteral("records-beyond"));
        QVERIFY(createWithCli(m_single, topic, 2));
        QVERIFY(produce(m_single, topic, 1, 5));
        KafkaError error;
        QVERIFY(!admin().deleteRecords(topic, {{1, 50}}, kTimeoutMs, &error));
        QCOMPARE(error.code, QStringLiteral("OFFSET_OUT_OF_RANGE"));
        QVERIFY2(error.message.contains(topic) && error.message.contains(u"partition 1"),
                 qPrintable(error.message));
        QCOMPARE(offsetsOf(m_single, topic, -2).value(1), 0);
    }

    void listOffsetsMatchesProducedCounts()
    {
        const QString first = unique(QStringLiteral("offsets-a"));
        const QString second = unique(QStringLiteral("offsets-b"));
        QVERIFY(createWithCli(m_single, first, 3));
        QVERIFY(createWithCli(m_single, second, 1));
        QVERIFY(produce(m_single, first, 0, 5));
        QVERIFY(produce(m_single, first, 2, 7));
        QVERIFY(produce(m_single, second, 0, 12));
        KafkaError error;
        QVERIFY2(admin().deleteRecords(second, {{0, 4}}, kTimeoutMs, &error),
                 qPrintable(error.message));
        QVERIFY(eventually([&] { return offsetsOf(m_single, second, -2).value(0) == 4; }));

        TopicStatsMap stats;
        KafkaError itemErrors;
        QVERIFY2(readStats({first, second}, {3, 1}, &stats, &error, &itemErrors),
                 qPrintable(error.message));
        QVERIFY2(itemErrors.isNull(), qPrintable(itemErrors.message));
        QCOMPARE(stats.size(), 2);
        const TopicStats a = stats.value(first);
        QVERIFY(a.hasOffsets);
        QCOMPARE(a.offsets, (QList<PartitionOffsets>{PartitionOffsets{0, 5}, PartitionOffsets{0, 0},
                                                     PartitionOffsets{0, 7}}));
        QCOMPARE(a.messageCount(), 12);
        const TopicStats b = stats.value(second);
        QCOMPARE(b.offsets, (QList<PartitionOffsets>{PartitionOffsets{4, 12}}));
        QCOMPARE(b.messageCount(), 8);
        // Same as GetOffsetShell says.
        const auto low = offsetsOf(m_single, first, -2);
        const auto high = offsetsOf(m_single, first, -1);
        for (int p = 0; p < 3; ++p) {
            QCOMPARE(a.offsets.at(p).low, low.value(p));
            QCOMPARE(a.offsets.at(p).high, high.value(p));
        }
    }

    void listOffsetsFlagsMissingPartitions()
    {
        // Metadata said 4 partitions, the topic has 2 (say it was recreated meanwhile).
        const QString topic = unique(QStringLiteral("offsets-missing"));
        const QString missingTopic = unique(QStringLiteral("offsets-gone"));
        QVERIFY(createWithCli(m_single, topic, 2));
        QVERIFY(produce(m_single, topic, 1, 3));
        TopicStatsMap stats;
        KafkaError roundError;
        KafkaError error;
        // The round as a whole succeeds (the table shows what could be read); the partitions
        // that could not be read are named one by one.
        QVERIFY2(readStats({topic, missingTopic}, {4, 1}, &stats, &roundError, &error),
                 qPrintable(roundError.message));
        // librdkafka's own check against metadata comes first: "Local: Unknown partition".
        QCOMPARE(error.code, QStringLiteral("_UNKNOWN_PARTITION"));
        QVERIFY2(error.message.contains(topic + u", partition 2") &&
                     error.message.contains(topic + u", partition 3") &&
                     !error.message.contains(topic + u", partition 1"),
                 qPrintable(error.message));
        QVERIFY2(error.message.contains(missingTopic + u", partition 0 could not be read: Broker: "
                                                       u"Unknown topic or partition"),
                 qPrintable(error.message));
        // What could be read is there; the rest stays unknown.
        const TopicStats s = stats.value(topic);
        QVERIFY(s.hasOffsets);
        QCOMPARE(s.offsets.size(), 4);
        QCOMPARE(s.offsets.at(1), (PartitionOffsets{0, 3}));
        QCOMPARE(s.offsets.at(3), PartitionOffsets{});
        QCOMPARE(s.messageCount(), -1);
    }

    void listOffsetsOfManyPartitions()
    {
        // Enough partitions for several ListOffsets requests per offset kind; every watermark is
        // compared with GetOffsetShell's.
        const int partitions = 1001;
        const QString topic = unique(QStringLiteral("offsets-many"));
        const QString small = unique(QStringLiteral("offsets-many-small"));
        QVERIFY(createWithCli(m_single, topic, partitions));
        QVERIFY(createWithCli(m_single, small, 3));
        qint64 produced = 0;
        for (int p : {0, 499, 500, 1000}) {
            QVERIFY(produce(m_single, topic, p, p % 7 + 1));
            produced += p % 7 + 1;
        }
        QVERIFY(produce(m_single, small, 2, 2));
        TopicStatsMap stats;
        KafkaError error;
        QElapsedTimer timer;
        timer.start();
        QVERIFY2(readStats({topic, small}, {partitions, 3}, &stats, &error),
                 qPrintable(error.message));
        qInfo("statistics of %d partitions: %lld ms", partitions + 3, timer.elapsed());
        const auto high = offsetsOf(m_single, topic, -1);
        QCOMPARE(high.size(), partitions);
        const TopicStats s = stats.value(topic);
        QCOMPARE(s.offsets.size(), partitions);
        for (int p = 0; p < partitions; ++p) {
            QCOMPARE(s.offsets.at(p).low, 0);
            QCOMPARE(s.offsets.at(p).high, high.value(p));
        }
        QCOMPARE(s.messageCount(), produced);
        QCOMPARE(stats.value(small).messageCount(), 2);
        QVERIFY2(admin().deleteTopics({topic, small}, kTimeoutMs, &error),
                 qPrintable(error.message));
    }

    void describeTopicSummariesOfTwoTopics()
    {
        const QString first = unique(QStringLiteral("summary-a"));
        const QString second = unique(QStringLiteral("summary-b"));
        QVERIFY(createWithCli(m_single, first, 1,
                              {QStringLiteral("cleanup.policy=compact,delete"),
                               QStringLiteral("retention.ms=123456")}));
        QVERIFY(createWithCli(m_single, second, 1));
        TopicStatsMap stats;
        KafkaError error;
        KafkaError itemErrors;
        QVERIFY2(readStatsOfNewTopics({first, second}, {1, 1}, &stats, &error, &itemErrors),
                 qPrintable(error.message));
        QVERIFY2(itemErrors.isNull(), qPrintable(itemErrors.message));
        QCOMPARE(stats.size(), 2);
        for (const QString &topic : {first, second}) {
            const auto oracle = topicConfigs(m_single, topic, true);
            const TopicStats s = stats.value(topic);
            QVERIFY(s.hasConfigs);
            QCOMPARE(s.cleanupPolicy, oracle.value(QStringLiteral("cleanup.policy")));
            QCOMPARE(s.retentionMs, oracle.value(QStringLiteral("retention.ms")));
            QCOMPARE(s.minInsyncReplicas,
                     oracle.value(QStringLiteral("min.insync.replicas")).toInt());
        }
        QCOMPARE(stats.value(first).cleanupPolicy, QStringLiteral("compact,delete"));
        QCOMPARE(stats.value(first).retentionMs, QStringLiteral("123456"));
        QVERIFY(stats.value(first).hasOffsets);
        QCOMPARE(stats.value(second).cleanupPolicy, QStringLiteral("delete"));
        QCOMPARE(stats.value(second).retentionMs, QStringLiteral("604800000"));
    }

    void describeTopicSummariesFlagsMissingTopic()
    {
        const QString existing = unique(QStringLiteral("summary-existing"));
        const QString missing = unique(QStringLiteral("summary-missing"));
        QVERIFY(createWithCli(m_single, existing, 1, {QStringLiteral("retention.ms=5000")}));
        TopicStatsMap stats;
        KafkaError roundError;
        KafkaError error;
        // Offsets asked for the existing topic only: the configs alone are about the missing one.
        QVERIFY2(readStatsOfNewTopics({existing, missing}, {1, 0}, &stats, &roundError, &error),
                 qPrintable(roundError.message));
        QCOMPARE(error.code, QStringLiteral("UNKNOWN_TOPIC_OR_PART"));
        QVERIFY2(error.message.contains(missing) && !error.message.contains(existing),
                 qPrintable(error.message));
        QVERIFY(stats.value(existing).hasConfigs);
        QCOMPARE(stats.value(existing).retentionMs, QStringLiteral("5000"));
        QVERIFY(!stats.value(missing).hasConfigs);
    }

    void describeTopicConfigsHasSources()
    {
        const QString topic = unique(QStringLiteral("configs"));
        QVERIFY(createWithCli(
            m_single, topic, 1,
            {QStringLiteral("retention.ms=99000"), QStringLiteral("segment.bytes=20000000")}));
        QList<ConfigEntry> entries;
        KafkaError error;
        QVERIFY2(configs().describeTopic(topic, kTimeoutMs, &entries, &error),
                 qPrintable(error.message));
        const auto oracle = topicConfigs(m_single, topic, true);
        const auto oracleSources = sourcesOf(m_single, topic);
        QVERIFY(entries.size() > 20);
        QCOMPARE(entries.size(), oracle.size());
        QStringList names;
        for (const ConfigEntry &entry : std::as_const(entries)) {
            names.append(entry.name);
            QVERIFY2(oracle.contains(entry.name), qPrintable(entry.name));
            if (!entry.isSensitive)
                QCOMPARE(entry.value, oracle.value(entry.name));
            QVERIFY2(oracleSources.contains(entry.name), qPrintable(entry.name));
            QVERIFY2(entry.source == oracleSources.value(entry.name),
                     qPrintable(entry.name + u" has source " + configSourceName(entry.source)));
        }
        QStringList sorted = names;
        sorted.sort();
        QCOMPARE(names, sorted);
        const auto entry = [&](const QString &name) {
            return *std::find_if(entries.cbegin(), entries.cend(),
                                 [&](const ConfigEntry &e) { return e.name == name; });
        };
        QCOMPARE(entry(QStringLiteral("retention.ms")).source, ConfigSource::DynamicTopic);
        QVERIFY(!entry(QStringLiteral("retention.ms")).isDefault);
        QCOMPARE(entry(QStringLiteral("segment.bytes")).source, ConfigSource::DynamicTopic);
        QCOMPARE(entry(QStringLiteral("segment.bytes")).value, QStringLiteral("20000000"));
        QCOMPARE(entry(QStringLiteral("compression.type")).source, ConfigSource::Default);
        QVERIFY(entry(QStringLiteral("compression.type")).isDefault);
        // Kafka 4 (ELR, KIP-966) records min.insync.replicas as a cluster-wide dynamic default.
        QCOMPARE(entry(QStringLiteral("min.insync.replicas")).source,
                 m_single.isAtLeast(4, 0) ? ConfigSource::DynamicDefaultBroker
                                          : ConfigSource::Default);
    }

    void describeConfigsOfMissingTopicFails()
    {
        const QString topic = unique(QStringLiteral("configs-missing"));
        QList<ConfigEntry> entries;
        KafkaError error;
        QVERIFY(!configs().describeTopic(topic, kTimeoutMs, &entries, &error));
        QCOMPARE(error.code, QStringLiteral("UNKNOWN_TOPIC_OR_PART"));
        QVERIFY2(error.message.contains(topic), qPrintable(error.message));
    }

    void cancelledRequestDoesNotAnswerTheNextOne()
    {
        // A request given up on (stop raised) still gets its result later; the next call must not
        // take it for its own answer (each call's requests answer on a queue of their own).
        const QString created = unique(QStringLiteral("cancelled"));
        const QString described = unique(QStringLiteral("after-cancel"));
        QVERIFY(createWithCli(m_single, described, 1, {QStringLiteral("retention.ms=77000")}));
        KafkaError error;
        m_admin->stop = true;
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!admin().createTopic({created, 1, -1, {}}, kTimeoutMs, &error));
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(error.code, QStringLiteral("_TIMED_OUT"));
        m_admin->stop = false;
        // The CreateTopics went out anyway; once Kafka shows the topic, its result is queued.
        QVERIFY(eventually([&] { return topicList(m_single).contains(created); }));
        QList<ConfigEntry> entries;
        QVERIFY2(configs().describeTopic(described, kTimeoutMs, &entries, &error),
                 qPrintable(error.message));
        const auto it = std::find_if(entries.cbegin(), entries.cend(), [](const ConfigEntry &e) {
            return e.name == u"retention.ms";
        });
        QVERIFY(it != entries.cend());
        QCOMPARE(it->value, QStringLiteral("77000"));
    }

    void createTopicWithReplicationFactorThree()
    {
        const QString topic = unique(QStringLiteral("rf3-triple"));
        NewTopic request;
        request.name = topic;
        request.partitions = 4;
        request.replicationFactor = 3;
        request.configs = {{QStringLiteral("min.insync.replicas"), QStringLiteral("2")}};
        KafkaError error;
        QVERIFY(allNodesUp(m_triple, 3));
        QVERIFY2(m_admin3->topics->createTopic(request, kTimeoutMs, &error),
                 qPrintable(error.message));
        QString described;
        QVERIFY(eventually([&] {
            described = describeTopic(m_triple, topic);
            return intField(described, QStringLiteral("PartitionCount")) == 4;
        }));
        QCOMPARE(intField(described, QStringLiteral("ReplicationFactor")), 3);
        const QList<QStringList> replicas = replicaLists(described);
        QCOMPARE(replicas.size(), 4);
        for (QStringList nodes : replicas) {
            nodes.sort();
            QCOMPARE(nodes,
                     (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}));
        }
        QCOMPARE(topicConfigs(m_triple, topic).value(QStringLiteral("min.insync.replicas")),
                 QStringLiteral("2"));
        QVERIFY2(m_admin3->topics->deleteTopics({topic}, kTimeoutMs, &error),
                 qPrintable(error.message));
    }
};

QTEST_GUILESS_MAIN(TestTopicAdmin)
#include "tst_topicadmin.moc"
