// Consumer groups and their lag against a real broker, with real consumers: kcat -G, Kafka's
// Java console consumer (classic and KIP-848 groups), and a consumer driven step by step from
// this test. Every number is compared with kafka-consumer-groups.sh on the same snapshot, and every
// write is checked with it afterwards (each reset mode also against its --dry-run).

#include "kafkatestcluster.h"
#include "rdkafka/adminclient.h"
#include "rdkafka/groupadmin.h"
#include "session/groupmonitor.h"
#include "workers/groupworker.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <librdkafka/rdkafka.h>

#include <atomic>
#include <cmath>
#include <cstring>
#include <memory>

using namespace Qafka;

namespace {

// A row of kafka-consumer-groups.sh --describe, as printed.
struct CliRow
{
    QString current, logEnd, lag, consumerId, host, clientId;
};
using CliRows = QMap<TopicPartition, CliRow>;

QString printed(qint64 value)
{
    return value < 0 ? QStringLiteral("-") : QString::number(value);
}

// A consumer of a group that the test drives: it reads and commits only when told to, and stays
// a member (librdkafka heartbeats in the background) while it does nothing.
class TestConsumer
{
public:
    TestConsumer(const QString &bootstrap, const QString &group, const QString &topic)
    {
        rd_kafka_conf_t *conf = rd_kafka_conf_new();
        char errstr[256];
        const auto set = [&](const char *name, const QByteArray &value) {
            rd_kafka_conf_set(conf, name, value.constData(), errstr, sizeof errstr);
        };
        set("bootstrap.servers", bootstrap.toUtf8());
        set("group.id", group.toUtf8());
        set("enable.auto.commit", "false");
        set("auto.offset.reset", "earliest");
        set("client.id", "qafka-test-consumer");
        m_handle = rd_kafka_new(RD_KAFKA_CONSUMER, conf, errstr, sizeof errstr);
        rd_kafka_poll_set_consumer(m_handle);
        rd_kafka_topic_partition_list_t *topics = rd_kafka_topic_partition_list_new(1);
        rd_kafka_topic_partition_list_add(topics, topic.toUtf8().constData(),
                                          RD_KAFKA_PARTITION_UA);
        rd_kafka_subscribe(m_handle, topics);
        rd_kafka_topic_partition_list_destroy(topics);
    }
    ~TestConsumer() { close(); }

    // Reads up to n messages (within timeoutMs) and commits what it read. Returns how many.
    int consumeAndCommit(int n, int timeoutMs = 5000)
    {
        int read = 0;
        QElapsedTimer timer;
        timer.start();
        while (read < n && timer.elapsed() < timeoutMs) {
            rd_kafka_message_t *message = rd_kafka_consumer_poll(m_handle, 100);
            if (!message)
                continue;
            if (!message->err)
                ++read;
            rd_kafka_message_destroy(message);
        }
        if (read > 0)
            rd_kafka_commit(m_handle, nullptr, 0);
        return read;
    }
    // Stays in the group without reading: polls only for group events.
    void idle(int ms)
    {
        rd_kafka_topic_partition_list_t *assignment = nullptr;
        rd_kafka_assignment(m_handle, &assignment);
        rd_kafka_pause_partitions(m_handle, assignment);
        rd_kafka_topic_partition_list_destroy(assignment);
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < ms) {
            if (rd_kafka_message_t *message = rd_kafka_consumer_poll(m_handle, 50))
                rd_kafka_message_destroy(message);
        }
    }
    void close()
    {
        if (!m_handle)
            return;
        rd_kafka_consumer_close(m_handle);
        rd_kafka_destroy(m_handle);
        m_handle = nullptr;
    }

private:
    rd_kafka_t *m_handle = nullptr;
};

// An admin handle of librdkafka's own that asks for committed offsets as Qafka's lag monitor does
// (one group per request) and counts the FindCoordinator requests it sends, from librdkafka's
// protocol log (its statistics lose the counts of a bootstrap broker once it is retired).
class CountingAdmin
{
public:
    explicit CountingAdmin(const QString &bootstrap)
    {
        rd_kafka_conf_t *conf = rd_kafka_conf_new();
        char errstr[256];
        rd_kafka_conf_set(conf, "bootstrap.servers", bootstrap.toUtf8().constData(), errstr,
                          sizeof errstr);
        rd_kafka_conf_set(conf, "debug", "protocol", errstr, sizeof errstr);
        rd_kafka_conf_set_log_cb(
            conf, [](const rd_kafka_t *handle, int, const char *, const char *line) {
                if (std::strstr(line, "Sent FindCoordinatorRequest"))
                    static_cast<CountingAdmin *>(rd_kafka_opaque(handle))->m_lookups.fetch_add(1);
            });
        rd_kafka_conf_set_opaque(conf, this);
        m_handle = rd_kafka_new(RD_KAFKA_PRODUCER, conf, errstr, sizeof errstr);
        m_queue = rd_kafka_queue_new(m_handle);
    }
    ~CountingAdmin()
    {
        rd_kafka_queue_destroy(m_queue);
        rd_kafka_destroy(m_handle);
    }
    // Asks for each group's committed offsets, all at once; true when every answer came.
    bool listCommittedOffsets(const QStringList &groups)
    {
        for (const QString &group : groups) {
            rd_kafka_ListConsumerGroupOffsets_t *request =
                rd_kafka_ListConsumerGroupOffsets_new(group.toUtf8().constData(), nullptr);
            rd_kafka_ListConsumerGroupOffsets(m_handle, &request, 1, nullptr, m_queue);
            rd_kafka_ListConsumerGroupOffsets_destroy(request);
        }
        for (qsizetype answered = 0; answered < groups.size(); ++answered) {
            rd_kafka_event_t *event = rd_kafka_queue_poll(m_queue, 10000);
            if (!event)
                return false;
            const bool failed = rd_kafka_event_error(event) != RD_KAFKA_RESP_ERR_NO_ERROR;
            rd_kafka_event_destroy(event);
            if (failed)
                return false;
        }
        return true;
    }
    // Sent so far: every lookup is sent before the request it serves is answered.
    int lookups() const { return m_lookups.load(); }

private:
    rd_kafka_t *m_handle = nullptr;
    rd_kafka_queue_t *m_queue = nullptr;
    std::atomic_int m_lookups = 0;
};

// Counts the queued calls an object receives (the worker's answers, the monitor's own slices).
class MetaCallCounter : public QObject
{
public:
    explicit MetaCallCounter(QObject *watched) { watched->installEventFilter(this); }
    int count = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::MetaCall)
            ++count;
        return false;
    }
};

} // namespace

class TestConsumerGroups : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void numbersMatchTheCli();
    void resetModesMatchTheCli();
    void resetRefusedWhileMembersAreActive();
    void deleteOffsetsAndGroup();
    void readOnlyConnectionRefusesWrites();
    void statusFollowsTheConsumer();
    void readCommittedLagOnTransactionalTopic();
    void historyShowsAGapAcrossABrokerRestart();
    void outageKeepsOneAdminHandle();
    void committedOffsetsFindEachCoordinatorOnce();
    void committedOffsetsOfManyGroupsInFewRequests();
    void roundIsReadyWhenEveryHistoryIsRecorded();

private:
    QString cli(const QStringList &args, int *exitCode = nullptr) const;
    CliRows cliDescribe(const QString &group) const;
    // Commits offsets for a group with the CLI's --reset-offsets --execute (mode: "--to-offset 5").
    bool cliCommit(const QString &group, const QString &topic, const QStringList &mode) const;
    QMap<TopicPartition, qint64> cliDryRun(const QString &group, const QString &topic,
                                           const QStringList &mode) const;
    QString createTopic(const QString &prefix, int partitions) const;
    void produce(const QString &topic, int partition, int count) const;
    std::unique_ptr<GroupMonitor> monitor(bool readOnly = false) const;
    // Waits for the next round of the monitor; nullptr-safe lookup of a group in it.
    bool nextRound(GroupMonitor &monitor, int timeoutMs = 20000) const;
    bool waitForStatus(GroupMonitor &monitor, const QString &group, LagStatus status,
                       const std::function<void()> &step, int timeoutMs = 30000) const;
    KafkaError waitOperation(GroupMonitor &monitor, quint64 id) const;

    KafkaTestCluster m_cluster{QStringLiteral("single")};
    QString m_bootstrap;
    QList<QProcess *> m_background;
};

void TestConsumerGroups::initTestCase()
{
    registerClusterTypes();
    registerGroupTypes();
    QVERIFY2(m_cluster.isAvailable(), "the single-node fixture is not running");
    m_bootstrap = m_cluster.bootstrap();
}

void TestConsumerGroups::cleanupTestCase()
{
    for (QProcess *process : std::as_const(m_background)) {
        process->terminate();
        if (!process->waitForFinished(5000))
            process->kill();
        process->waitForFinished(2000);
        delete process;
    }
}

QString TestConsumerGroups::cli(const QStringList &args, int *exitCode) const
{
    return KafkaTestCluster::run(QString::fromLocal8Bit(qgetenv("QAFKA_KAFKA_SCRIPT")),
                                 QStringList{QStringLiteral("consumer-groups"), m_cluster.dir(),
                                             QStringLiteral("--bootstrap-server"), m_bootstrap} +
                                     args,
                                 90000, exitCode);
}

CliRows TestConsumerGroups::cliDescribe(const QString &group) const
{
    CliRows rows;
    const QString output = cli({QStringLiteral("--describe"), QStringLiteral("--group"), group});
    for (const QString &line : output.split(u'\n')) {
        const QStringList fields = line.simplified().split(u' ');
        if (fields.size() < 9 || fields.at(0) != group)
            continue;
        rows.insert(
            {fields.at(1), fields.at(2).toInt()},
            {fields.at(3), fields.at(4), fields.at(5), fields.at(6), fields.at(7), fields.at(8)});
    }
    return rows;
}

bool TestConsumerGroups::cliCommit(const QString &group, const QString &topic,
                                   const QStringList &mode) const
{
    int exitCode = -1;
    cli(QStringList{QStringLiteral("--reset-offsets"), QStringLiteral("--group"), group,
                    QStringLiteral("--topic"), topic, QStringLiteral("--execute")} +
            mode,
        &exitCode);
    return exitCode == 0;
}

QMap<TopicPartition, qint64> TestConsumerGroups::cliDryRun(const QString &group,
                                                           const QString &topic,
                                                           const QStringList &mode) const
{
    QMap<TopicPartition, qint64> offsets;
    const QString output =
        cli(QStringList{QStringLiteral("--reset-offsets"), QStringLiteral("--group"), group,
                        QStringLiteral("--topic"), topic, QStringLiteral("--dry-run")} +
            mode);
    // Rows of four fields (group, topic, partition, new offset), read as one stream of words:
    // Kafka 3.9's CLI prints its rows without line breaks between them.
    const QStringList words = output.simplified().split(u' ');
    for (qsizetype i = 0; i + 3 < words.size(); ++i) {
        if (words.at(i) != group)
            continue;
        offsets.insert({words.at(i + 1), words.at(i + 2).toInt()}, words.at(i + 3).toLongLong());
        i += 3;
    }
    return offsets;
}

QString TestConsumerGroups::createTopic(const QString &prefix, int partitions) const
{
    const QString name = KafkaTestCluster::uniqueName(prefix);
    int exitCode = -1;
    KafkaTestCluster::run(QString::fromLocal8Bit(qgetenv("QAFKA_KAFKA_SCRIPT")),
                          {QStringLiteral("topics"), m_cluster.dir(),
                           QStringLiteral("--bootstrap-server"), m_bootstrap,
                           QStringLiteral("--create"), QStringLiteral("--topic"), name,
                           QStringLiteral("--partitions"), QString::number(partitions)},
                          90000, &exitCode);
    return exitCode == 0 ? name : QString();
}

void TestConsumerGroups::produce(const QString &topic, int partition, int count) const
{
    QByteArrayList lines;
    for (int i = 0; i < count; ++i)
        lines.append("message-" + QByteArray::number(i));
    QString error;
    if (!m_cluster.kcatProduce(topic, lines, {QStringLiteral("-p"), QString::number(partition)},
                               &error))
        qWarning() << "kcat -P failed:" << error;
}

std::unique_ptr<GroupMonitor> TestConsumerGroups::monitor(bool readOnly) const
{
    ConnectionProfile profile = ConnectionProfile::forBootstrap(m_bootstrap);
    profile.readOnly = readOnly;
    GroupRoundSettings settings;
    settings.verdictWindow = 5;
    // Rates over 10 s (judged from 5 s on) instead of a minute (from 30 s): a consumer falling
    // behind is told within seconds; with the defaults the wait for it took 30 s of its 30.
    settings.catchUpSpanMs = 10000;
    settings.catchUpMinimumMs = 5000;
    auto result = std::make_unique<GroupMonitor>(profile, ProfileSecrets{}, nullptr, settings);
    result->setRefreshInterval(300);
    return result;
}

bool TestConsumerGroups::nextRound(GroupMonitor &monitor, int timeoutMs) const
{
    QSignalSpy ready(&monitor, &GroupMonitor::roundReady);
    if (!monitor.isRunning())
        monitor.refreshNow();
    return ready.wait(timeoutMs);
}

bool TestConsumerGroups::waitForStatus(GroupMonitor &monitor, const QString &group,
                                       LagStatus status, const std::function<void()> &step,
                                       int timeoutMs) const
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        if (step)
            step();
        if (!nextRound(monitor))
            continue;
        const ConsumerGroupLag *found = monitor.group(group);
        if (found && found->verdict.status == status)
            return true;
    }
    const ConsumerGroupLag *found = monitor.group(group);
    qWarning().noquote() << "status of" << group << "is"
                         << (found ? lagStatusName(found->verdict.status) + u' ' +
                                         found->verdict.reason
                                   : QStringLiteral("(not listed)"))
                         << "; wanted" << lagStatusName(status);
    return false;
}

KafkaError TestConsumerGroups::waitOperation(GroupMonitor &monitor, quint64 id) const
{
    QSignalSpy finished(&monitor, &GroupMonitor::operationFinished);
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 30000) {
        for (const QList<QVariant> &arguments : std::as_const(finished))
            if (arguments.at(0).toULongLong() == id)
                return arguments.at(2).value<KafkaError>();
        finished.wait(500);
    }
    return {QStringLiteral("no answer"), QStringLiteral("TIMEOUT"), {}};
}

void TestConsumerGroups::numbersMatchTheCli()
{
    const QString topic = createTopic(QStringLiteral("lag-cli-"), 3);
    QVERIFY(!topic.isEmpty());
    for (int p = 0; p < 3; ++p)
        produce(topic, p, 10);
    const QString idle = createTopic(QStringLiteral("lag-idle-"), 2);
    QVERIFY(!idle.isEmpty());

    // A classic group by kcat -G that read 12 of 30 messages and left.
    const QString kcatGroup = KafkaTestCluster::uniqueName(QStringLiteral("kcat-group-"));
    int exitCode = -1;
    KafkaTestCluster::run(QStringLiteral("kcat"),
                          {QStringLiteral("-b"), m_bootstrap, QStringLiteral("-G"), kcatGroup,
                           QStringLiteral("-X"), QStringLiteral("auto.offset.reset=earliest"),
                           QStringLiteral("-c"), QStringLiteral("12"), QStringLiteral("-q"), topic},
                          60000, &exitCode);
    QCOMPARE(exitCode, 0);
    // A group by Kafka's own console consumer that read 7 and left: a KIP-848 group where the
    // broker has them (4.0; before, an opt-in preview), a classic one elsewhere.
    const bool kip848 = m_cluster.hasConsumerProtocolGroups();
    const QString javaGroup = KafkaTestCluster::uniqueName(QStringLiteral("java-group-"));
    QStringList consumerArgs{QStringLiteral("console-consumer"),
                             m_cluster.dir(),
                             QStringLiteral("--bootstrap-server"),
                             m_bootstrap,
                             QStringLiteral("--topic"),
                             topic,
                             QStringLiteral("--group"),
                             javaGroup,
                             QStringLiteral("--from-beginning"),
                             QStringLiteral("--max-messages"),
                             QStringLiteral("7")};
    if (kip848)
        consumerArgs << QStringLiteral("--consumer-property")
                     << QStringLiteral("group.protocol=consumer");
    KafkaTestCluster::run(QString::fromLocal8Bit(qgetenv("QAFKA_KAFKA_SCRIPT")), consumerArgs,
                          90000, &exitCode);
    QCOMPARE(exitCode, 0);
    // An active classic group that has committed nothing yet ("-" in the CLI, never 0).
    const QString activeGroup = KafkaTestCluster::uniqueName(QStringLiteral("active-group-"));
    auto *active = new QProcess;
    m_background.append(active);
    active->start(QStringLiteral("kcat"), {QStringLiteral("-b"), m_bootstrap, QStringLiteral("-G"),
                                           activeGroup, QStringLiteral("-q"), idle});
    QVERIFY(active->waitForStarted());

    auto groups = monitor();
    // The active group has joined when the CLI shows its member on both partitions.
    CliRows activeRows;
    (void)QTest::qWaitFor(
        [&] {
            activeRows = cliDescribe(activeGroup); // a JVM per look: no faster than a second
            return activeRows.size() == 2 && activeRows.first().consumerId != u'-';
        },
        60000);
    QCOMPARE(activeRows.size(), 2);

    // Nothing produces now, so the CLI's snapshot and Qafka's are the same. The second round
    // has the exact time lags the first one may have had to estimate while the reader connected.
    QVERIFY(nextRound(*groups));
    QVERIFY(nextRound(*groups));
    QHash<QString, CliRows> cliRows; // a JVM per look: each group is looked at once
    for (const QString &group : {kcatGroup, javaGroup, activeGroup}) {
        const CliRows expected = cliRows[group] = cliDescribe(group);
        QVERIFY2(!expected.isEmpty(), qPrintable(group));
        const ConsumerGroupLag *found = groups->group(group);
        QVERIFY2(found, qPrintable(group));
        CliRows actual;
        for (const GroupPartitionLag &row : found->partitions) {
            actual.insert({row.topic, row.partition},
                          {printed(row.committed), printed(row.logEnd), printed(row.lag),
                           row.memberId.isEmpty() ? QStringLiteral("-") : row.memberId,
                           row.host.isEmpty() ? QStringLiteral("-") : row.host,
                           row.clientId.isEmpty() ? QStringLiteral("-") : row.clientId});
        }
        QCOMPARE(actual.keys(), expected.keys());
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            const CliRow &mine = actual.value(it.key());
            const QString where =
                group + u' ' + it.key().topic + u'-' + QString::number(it.key().partition);
            QVERIFY2(mine.current == it->current, qPrintable(where + u' ' + mine.current));
            QVERIFY2(mine.logEnd == it->logEnd, qPrintable(where));
            QVERIFY2(mine.lag == it->lag, qPrintable(where));
            QVERIFY2(mine.consumerId == it->consumerId, qPrintable(where));
            QVERIFY2(mine.host == it->host, qPrintable(where + u' ' + mine.host));
            QVERIFY2(mine.clientId == it->clientId, qPrintable(where));
        }
    }
    const ConsumerGroupLag *kcat = groups->group(kcatGroup);
    const ConsumerGroupLag *java = groups->group(javaGroup);
    const ConsumerGroupLag *live = groups->group(activeGroup);
    QCOMPARE(kcat->protocol, GroupProtocol::Classic);
    QCOMPARE(java->protocol, kip848 ? GroupProtocol::Consumer : GroupProtocol::Classic);
    const auto cliTotal = [&](const QString &group) {
        qint64 total = 0;
        for (const CliRow &row : std::as_const(cliRows[group]))
            total += row.lag.toLongLong();
        return total;
    };
    QCOMPARE(kcat->totalLag, cliTotal(kcatGroup));
    // Read 7 of 30. The console consumers before KIP-848 commit what they fetched, not what they
    // printed: their lag is whatever the CLI says.
    QCOMPARE(java->totalLag, kip848 ? 23 : cliTotal(javaGroup));
    QVERIFY(live->hasActiveMembers());
    QCOMPARE(live->state, QStringLiteral("Stable"));
    QVERIFY(kcat->problem.isEmpty());
    QVERIFY(java->problem.isEmpty());

    // Time lag: the messages were written seconds ago; the age of the first unread one is exact.
    QVERIFY(!std::isnan(kcat->maxTimeLagSeconds));
    QVERIFY(!kcat->timeLagEstimated);
    QVERIFY(kcat->maxTimeLagSeconds >= 0 && kcat->maxTimeLagSeconds < 600);

    // The topic view: which groups read this topic.
    QStringList readers;
    for (const GroupMonitor::TopicReader &reader : groups->readersOf(topic))
        readers.append(reader.groupId);
    QVERIFY(readers.contains(kcatGroup));
    QVERIFY(readers.contains(javaGroup));
    QVERIFY(!readers.contains(activeGroup));

    // Idle (Empty) groups are described once, then from the worker's cache: the second round
    // described fewer groups than it listed and still knows their coordinator.
    // Brokers before 2.6 list no group states (ListGroups before v4): there, a joining member
    // would go unseen, so every group is described every round.
    if (m_cluster.isAtLeast(2, 6))
        QVERIFY(groups->lastRound().describedGroups < groups->lastRound().groups.size());
    else
        QCOMPARE(groups->lastRound().describedGroups, groups->lastRound().groups.size());
    QVERIFY(kcat->coordinatorId >= 0);
    QVERIFY(!kcat->coordinator.isEmpty());
    // A consumer joining an idle group changes its listed state, so the next round describes it.
    auto *rejoined = new QProcess;
    m_background.append(rejoined);
    rejoined->start(QStringLiteral("kcat"),
                    {QStringLiteral("-b"), m_bootstrap, QStringLiteral("-G"), kcatGroup,
                     QStringLiteral("-q"), topic});
    QVERIFY(rejoined->waitForStarted());
    QElapsedTimer timer;
    timer.start();
    bool joined = false;
    while (!joined && timer.elapsed() < 60000) {
        QVERIFY(nextRound(*groups));
        const ConsumerGroupLag *now = groups->group(kcatGroup);
        joined = now && now->hasActiveMembers() && now->state == QStringLiteral("Stable");
    }
    QVERIFY2(joined, "the rejoined kcat group never showed its member");
    rejoined->kill();
}

void TestConsumerGroups::resetModesMatchTheCli()
{
    const QString topic = createTopic(QStringLiteral("lag-reset-"), 3);
    QVERIFY(!topic.isEmpty());
    for (int p = 0; p < 3; ++p)
        produce(topic, p, 10);
    // Every message so far is older than `between`, the next ones are not.
    const qint64 between = KafkaTestCluster::clockPast(QDateTime::currentMSecsSinceEpoch());
    KafkaTestCluster::clockPast(between);
    produce(topic, 0, 5); // partition 0 has messages after `between`, the others do not
    const QString group = KafkaTestCluster::uniqueName(QStringLiteral("reset-group-"));
    QVERIFY(cliCommit(group, topic, {QStringLiteral("--to-offset"), QStringLiteral("5")}));

    auto groups = monitor();
    struct Mode
    {
        OffsetResetSpec spec;
        QStringList cliArgs;
    };
    const QString datetime = QDateTime::fromMSecsSinceEpoch(between, Qt::UTC)
                                 .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz"));
    const QList<Mode> modes = {
        {{OffsetResetMode::Earliest, 0}, {QStringLiteral("--to-earliest")}},
        {{OffsetResetMode::Latest, 0}, {QStringLiteral("--to-latest")}},
        {{OffsetResetMode::Offset, 3}, {QStringLiteral("--to-offset"), QStringLiteral("3")}},
        {{OffsetResetMode::Offset, 999}, {QStringLiteral("--to-offset"), QStringLiteral("999")}},
        {{OffsetResetMode::ShiftBy, -2}, {QStringLiteral("--shift-by"), QStringLiteral("-2")}},
        {{OffsetResetMode::ShiftBy, 100}, {QStringLiteral("--shift-by"), QStringLiteral("100")}},
        {{OffsetResetMode::Timestamp, between},
         {QStringLiteral("--to-datetime"), datetime + QStringLiteral("Z")}},
    };
    for (const Mode &mode : modes) {
        const QString label = mode.cliArgs.join(u' ');
        const QMap<TopicPartition, qint64> expected = cliDryRun(group, topic, mode.cliArgs);
        QCOMPARE(expected.size(), 3);
        QSignalSpy previewed(groups.get(), &GroupMonitor::resetPreviewReady);
        groups->previewReset(group, {}, mode.spec);
        QVERIFY(previewed.wait(30000));
        const auto preview = previewed.first().at(1).value<OffsetResetPreview>();
        QVERIFY2(previewed.first().at(2).value<KafkaError>().isNull(), qPrintable(label));
        QVERIFY(!preview.groupHasActiveMembers);
        QMap<TopicPartition, qint64> planned;
        for (const OffsetResetRow &row : preview.rows)
            planned.insert({row.topic, row.partition}, row.target);
        QVERIFY2(planned == expected, qPrintable(label));

        QCOMPARE(waitOperation(*groups, groups->applyReset(group, preview.rows)).message,
                 QString());
        const CliRows after = cliDescribe(group);
        for (auto it = expected.cbegin(); it != expected.cend(); ++it)
            QVERIFY2(after.value(it.key()).current == QString::number(it.value()),
                     qPrintable(label));
    }
}

void TestConsumerGroups::resetRefusedWhileMembersAreActive()
{
    const QString topic = createTopic(QStringLiteral("lag-busy-"), 1);
    QVERIFY(!topic.isEmpty());
    produce(topic, 0, 10);
    const QString group = KafkaTestCluster::uniqueName(QStringLiteral("busy-group-"));
    TestConsumer consumer(m_bootstrap, group, topic);
    QCOMPARE(consumer.consumeAndCommit(10, 20000), 10);

    auto groups = monitor();
    QSignalSpy previewed(groups.get(), &GroupMonitor::resetPreviewReady);
    groups->previewReset(group, {}, {OffsetResetMode::Earliest, 0});
    QVERIFY(previewed.wait(30000));
    const auto preview = previewed.first().at(1).value<OffsetResetPreview>();
    QVERIFY(preview.groupHasActiveMembers);
    const KafkaError error = waitOperation(*groups, groups->applyReset(group, preview.rows));
    QCOMPARE(error.code, QStringLiteral("NON_EMPTY_GROUP"));
    QVERIFY(error.message.contains(group));
    QCOMPARE(cliDescribe(group).value({topic, 0}).current, QStringLiteral("10"));
}

void TestConsumerGroups::deleteOffsetsAndGroup()
{
    const QString first = createTopic(QStringLiteral("lag-del-a-"), 2);
    const QString second = createTopic(QStringLiteral("lag-del-b-"), 1);
    QVERIFY(!first.isEmpty() && !second.isEmpty());
    const QString group = KafkaTestCluster::uniqueName(QStringLiteral("delete-group-"));
    for (const QString &topic : {first, second})
        QVERIFY(cliCommit(group, topic, {QStringLiteral("--to-earliest")}));
    QCOMPARE(cliDescribe(group).size(), 3);
    auto groups = monitor();
    QCOMPARE(waitOperation(*groups, groups->deleteGroupOffsets(group, first)).message, QString());
    const CliRows left = cliDescribe(group);
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.firstKey().topic, second);

    QCOMPARE(waitOperation(*groups, groups->deleteGroup(group)).message, QString());
    QVERIFY(!cli({QStringLiteral("--list")}).split(u'\n').contains(group));
}

void TestConsumerGroups::readOnlyConnectionRefusesWrites()
{
    const QString topic = createTopic(QStringLiteral("lag-ro-"), 1);
    QVERIFY(!topic.isEmpty());
    produce(topic, 0, 4);
    const QString group = KafkaTestCluster::uniqueName(QStringLiteral("ro-group-"));
    QVERIFY(cliCommit(group, topic, {QStringLiteral("--to-offset"), QStringLiteral("2")}));
    auto groups = monitor(true);
    const QList<OffsetResetRow> rows = {{topic, 0, 2, 0, 4, true, {}}};
    QCOMPARE(waitOperation(*groups, groups->applyReset(group, rows)).code,
             QStringLiteral("READ_ONLY_CONNECTION"));
    QCOMPARE(waitOperation(*groups, groups->deleteGroupOffsets(group, topic)).code,
             QStringLiteral("READ_ONLY_CONNECTION"));
    QCOMPARE(waitOperation(*groups, groups->deleteGroup(group)).code,
             QStringLiteral("READ_ONLY_CONNECTION"));
    QCOMPARE(cliDescribe(group).value({topic, 0}).current, QStringLiteral("2"));
}

void TestConsumerGroups::statusFollowsTheConsumer()
{
    const QString topic = createTopic(QStringLiteral("lag-status-"), 1);
    QVERIFY(!topic.isEmpty());
    produce(topic, 0, 10);
    const QString group = KafkaTestCluster::uniqueName(QStringLiteral("status-group-"));
    auto consumer = std::make_unique<TestConsumer>(m_bootstrap, group, topic);
    QCOMPARE(consumer->consumeAndCommit(10, 20000), 10);

    auto groups = monitor();
    QSignalSpy alerts(groups.get(), &GroupMonitor::alert);
    groups->setWatched(group, true, 20);
    QVERIFY(groups->isRunning()); // watched: rounds run with no pane open
    QVERIFY(waitForStatus(*groups, group, LagStatus::Ok, nullptr));

    // Consuming, but slower than the producer: the rates say it falls behind.
    QVERIFY(waitForStatus(*groups, group, LagStatus::FallingBehind, [&] {
        produce(topic, 0, 12);
        consumer->consumeAndCommit(4, 2000);
    }));
    // Still a member, but no longer moving while messages keep coming.
    QVERIFY(waitForStatus(*groups, group, LagStatus::Stalled, [&] {
        produce(topic, 0, 5);
        consumer->idle(300);
    }));
    QVERIFY(!alerts.isEmpty());
    bool stalledAlert = false;
    bool thresholdAlert = false;
    for (const QList<QVariant> &alert : std::as_const(alerts)) {
        stalledAlert |= alert.at(1).toString().contains(QStringLiteral("STALLED"));
        thresholdAlert |= alert.at(1).toString().contains(QStringLiteral("lags"));
    }
    QVERIFY(stalledAlert);
    QVERIFY(thresholdAlert);

    // The consumer is gone: nobody commits while lag stays.
    consumer.reset();
    QVERIFY(waitForStatus(*groups, group, LagStatus::Stopped, [&] { produce(topic, 0, 2); }));

    // An operator rewinds the group.
    QSignalSpy previewed(groups.get(), &GroupMonitor::resetPreviewReady);
    groups->previewReset(group, {}, {OffsetResetMode::Earliest, 0});
    QVERIFY(previewed.wait(30000));
    QCOMPARE(
        waitOperation(*groups, groups->applyReset(
                                   group, previewed.first().at(1).value<OffsetResetPreview>().rows))
            .message,
        QString());
    QVERIFY(waitForStatus(*groups, group, LagStatus::Rewound, nullptr, 10000));
}

void TestConsumerGroups::readCommittedLagOnTransactionalTopic()
{
    const QString topic = createTopic(QStringLiteral("lag-txn-"), 1);
    QVERIFY(!topic.isEmpty());
    // Three committed transactions of five messages each: every commit marker takes an offset.
    {
        rd_kafka_conf_t *conf = rd_kafka_conf_new();
        char errstr[256];
        rd_kafka_conf_set(conf, "bootstrap.servers", m_bootstrap.toUtf8().constData(), errstr,
                          sizeof errstr);
        rd_kafka_conf_set(conf, "transactional.id",
                          KafkaTestCluster::uniqueName(QStringLiteral("txn-")).toUtf8().constData(),
                          errstr, sizeof errstr);
        rd_kafka_t *producer = rd_kafka_new(RD_KAFKA_PRODUCER, conf, errstr, sizeof errstr);
        QVERIFY(producer);
        QVERIFY(!rd_kafka_init_transactions(producer, 30000));
        const QByteArray name = topic.toUtf8();
        for (int t = 0; t < 3; ++t) {
            QVERIFY(!rd_kafka_begin_transaction(producer));
            for (int i = 0; i < 5; ++i) {
                const QByteArray value = "txn-" + QByteArray::number(t * 5 + i);
                QCOMPARE(rd_kafka_producev(
                             producer, RD_KAFKA_V_TOPIC(name.constData()), RD_KAFKA_V_PARTITION(0),
                             RD_KAFKA_V_VALUE(const_cast<char *>(value.constData()),
                                              size_t(value.size())),
                             RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY), RD_KAFKA_V_END),
                         RD_KAFKA_RESP_ERR_NO_ERROR);
            }
            QVERIFY(!rd_kafka_commit_transaction(producer, 30000));
        }
        rd_kafka_destroy(producer);
    }
    // A read_committed consumer (kcat's librdkafka default) reads everything and commits.
    const QString group = KafkaTestCluster::uniqueName(QStringLiteral("txn-group-"));
    int exitCode = -1;
    KafkaTestCluster::run(QStringLiteral("kcat"),
                          {QStringLiteral("-b"), m_bootstrap, QStringLiteral("-G"), group,
                           QStringLiteral("-X"), QStringLiteral("auto.offset.reset=earliest"),
                           QStringLiteral("-X"), QStringLiteral("isolation.level=read_committed"),
                           QStringLiteral("-c"), QStringLiteral("15"), QStringLiteral("-q"), topic},
                          60000, &exitCode);
    QCOMPARE(exitCode, 0);
    const CliRow cliRow = cliDescribe(group).value({topic, 0});
    QCOMPARE(cliRow.logEnd, QStringLiteral("18")); // 15 messages + 3 markers

    auto groups = monitor();
    QVERIFY(nextRound(*groups));
    const ConsumerGroupLag *plain = groups->group(group);
    QVERIFY(plain);
    QCOMPARE(plain->partitions.size(), 1);
    // read_uncommitted: the same numbers as the CLI, marker included.
    QCOMPARE(printed(plain->partitions.first().lag), cliRow.lag);
    QCOMPARE(printed(plain->partitions.first().committed), cliRow.current);

    groups->setReadCommitted(true);
    QVERIFY(nextRound(*groups));
    const ConsumerGroupLag *committed = groups->group(group);
    QVERIFY(committed);
    QVERIFY(groups->lastRound().readCommitted);
    QCOMPARE(committed->partitions.first().lag, 0);
    QCOMPARE(committed->partitions.first().timeLagSeconds, 0.0);
    QCOMPARE(committed->totalLag, 0);
}

void TestConsumerGroups::historyShowsAGapAcrossABrokerRestart()
{
    const QString topic = createTopic(QStringLiteral("lag-restart-"), 1);
    QVERIFY(!topic.isEmpty());
    produce(topic, 0, 5);
    const QString group = KafkaTestCluster::uniqueName(QStringLiteral("restart-group-"));
    QVERIFY(cliCommit(group, topic, {QStringLiteral("--to-offset"), QStringLiteral("2")}));

    auto groups = monitor();
    groups->trackDetails(group);
    groups->setViewing(true);
    QVERIFY(nextRound(*groups));
    QVERIFY(nextRound(*groups));

    QSignalSpy failed(groups.get(), &GroupMonitor::roundFailed);
    m_cluster.script(QStringLiteral("kill-node"), {QStringLiteral("1")});
    const bool noticed = failed.wait(30000);
    // The node comes back whatever happened: later tests share it.
    m_cluster.script(QStringLiteral("start-node"), {QStringLiteral("1")});
    QVERIFY(noticed);
    QElapsedTimer timer;
    timer.start();
    int after = 0;
    while (after < 2 && timer.elapsed() < 90000) {
        QSignalSpy ready(groups.get(), &GroupMonitor::roundReady);
        if (ready.wait(5000) && groups->group(group))
            ++after;
    }
    QVERIFY2(after == 2, qPrintable(groups->lastError().message));
    const GroupHistory *history = groups->histories().history(group);
    QVERIFY(history);
    const auto segments = history->totalLag.segments(history->totalLag.firstTimeMs(),
                                                     history->totalLag.lastTimeMs(), 1000);
    QVERIFY2(segments.size() >= 2, "the outage must show as a gap between two lines");
    QCOMPARE(segments.last().last().y(), 3.0);
    QVERIFY(!history->partitionLag.value({topic, 0}).isEmpty());
}

void TestConsumerGroups::outageKeepsOneAdminHandle()
{
    // While nothing answers, every round fails; the worker keeps the one handle that is
    // retrying by itself instead of making a new handle (threads, sockets) every round.
    GroupRoundSettings settings;
    settings.requestTimeoutMs = 300;
    GroupWorker worker(ConnectionProfile::forBootstrap(QStringLiteral("127.0.0.1:1")), {},
                       settings);
    QSignalSpy failed(&worker, &GroupWorker::roundFailed);
    for (quint64 round = 1; round <= 3; ++round)
        worker.refresh(round, false, {});
    QCOMPARE(failed.size(), 3);
    QCOMPARE(worker.clientsCreated(), 1);
}

void TestConsumerGroups::committedOffsetsFindEachCoordinatorOnce()
{
    // The lag monitor asks for the committed offsets of a group whose coordinator it does not
    // know (and of every group on a broker before Kafka 3.0) one group per request. librdkafka
    // kept only 11 coordinators, so on a cluster of more groups every such OffsetFetch came
    // after a FindCoordinator of its own (scripts/librdkafka/0004).
    constexpr int kGroups = 40;
    constexpr int kRounds = 3;
    QStringList groups;
    const QString prefix = KafkaTestCluster::uniqueName(QStringLiteral("coordinators"));
    for (int i = 0; i < kGroups; ++i)
        groups.append(prefix + u'-' + QString::number(i));
    CountingAdmin admin(m_bootstrap);
    // The first round finds every coordinator (more than once if the offsets topic is new).
    QVERIFY(admin.listCommittedOffsets(groups));
    const int firstRound = admin.lookups();
    for (int round = 1; round < kRounds; ++round)
        QVERIFY(admin.listCommittedOffsets(groups));
    const int allRounds = admin.lookups();
    qInfo("%d groups, %d rounds: %d FindCoordinator requests in the first, %d in all", kGroups,
          kRounds, firstRound, allRounds);
    QVERIFY2(firstRound >= kGroups, "the protocol log did not show the first round's lookups");
    QCOMPARE(allRounds, firstRound);
}

void TestConsumerGroups::committedOffsetsOfManyGroupsInFewRequests()
{
    // A lag round asks for the committed offsets of one coordinator's groups together, many to an
    // OffsetFetch request (v8+, Kafka 3.0; librdkafka patch 0006); a broker before v8 gets one
    // group per request. Both must read what was committed, group by group.
    constexpr int kGroups = 30;
    const QString topic = createTopic(QStringLiteral("many-groups-"), 2);
    QVERIFY(!topic.isEmpty());
    produce(topic, 0, kGroups);
    produce(topic, 1, 2 * kGroups);
    std::atomic_bool stop = false;
    KafkaError error;
    const std::unique_ptr<AdminClient> client = AdminClient::create(
        KafkaConfig::forProfile(ConnectionProfile::forBootstrap(m_bootstrap), {}), nullptr, &stop,
        &error);
    QVERIFY2(client, qPrintable(error.message));
    GroupAdmin admin(client.get());
    QStringList ids;
    for (int i = 0; i < kGroups; ++i) {
        ids.append(KafkaTestCluster::uniqueName(QStringLiteral("many-") + QString::number(i)));
        if (i == kGroups - 1)
            break; // the last one never committed anything
        QVERIFY2(admin.alterCommittedOffsets(
                     ids.last(), {{{topic, 0}, i + 1}, {{topic, 1}, qint64(2) * i}}, 10000, &error),
                 qPrintable(error.message));
    }

    // One at a time, as before.
    QHash<QString, QHash<TopicPartition, qint64>> alone;
    QHash<QString, QString> failures;
    QVERIFY2(admin.listCommittedOffsets(ids, 10000, &alone, &failures, &error),
             qPrintable(error.message));
    QVERIFY2(failures.isEmpty(), qPrintable(failures.values().join(u'\n')));
    QCOMPARE(admin.offsetFetchCalls(), kGroups);
    for (int i = 0; i < kGroups - 1; ++i) {
        QCOMPARE(alone.value(ids.at(i)).value({topic, 0}, -2), qint64(i + 1));
        QCOMPARE(alone.value(ids.at(i)).value({topic, 1}, -2), qint64(2) * i);
    }
    QVERIFY(alone.value(ids.last()).isEmpty());

    // Together, with the coordinators that their descriptions name.
    QHash<QString, ConsumerGroupLag> described;
    QVERIFY2(admin.describeGroups(ids, 10000, &described, &error), qPrintable(error.message));
    QHash<QString, int> coordinators;
    for (const QString &id : std::as_const(ids))
        coordinators.insert(id, described.value(id).coordinatorId);
    const QSet<int> brokers(coordinators.cbegin(), coordinators.cend());
    QVERIFY(!brokers.contains(-1));
    const QList<OffsetFetchCall> plan = planOffsetFetches(ids, coordinators, brokers, 200);
    const bool manyPerRequest = !m_cluster.version().startsWith(u'2');
    for (int round = 0; round < 2; ++round) {
        QHash<QString, QHash<TopicPartition, qint64>> together;
        QVERIFY2(admin.listCommittedOffsets(ids, 10000, &together, &failures, &error, coordinators),
                 qPrintable(error.message));
        QVERIFY2(failures.isEmpty(), qPrintable(failures.values().join(u'\n')));
        QCOMPARE(together, alone);
        qInfo("Kafka %s, round %d: %d calls for %d groups on %d coordinators, %d of many groups",
              qPrintable(m_cluster.version()), round, admin.offsetFetchCalls(), kGroups,
              int(brokers.size()), admin.manyGroupOffsetFetchCalls());
        if (manyPerRequest) {
            QCOMPARE(admin.offsetFetchCalls(), plan.size());
            QVERIFY(admin.manyGroupOffsetFetchCalls() >= 1);
        } else if (round == 1) { // the broker said "one group per request" in round 0
            QCOMPARE(admin.manyGroupOffsetFetchCalls(), 0);
            QCOMPARE(admin.offsetFetchCalls(), kGroups);
        }
    }
    // The same numbers as Kafka's own CLI.
    const CliRows rows = cliDescribe(ids.at(7));
    QCOMPARE(rows.value({topic, 0}).current, QStringLiteral("8"));
    QCOMPARE(rows.value({topic, 1}).current, QStringLiteral("14"));
}

void TestConsumerGroups::roundIsReadyWhenEveryHistoryIsRecorded()
{
    // The monitor records a round's histories a slice at a time between other events, so 10,000
    // groups never hold the GUI thread at once (GroupMonitor::recordSlice). One group per slice
    // here: even this cluster's few groups take several events.
    const QString topic = createTopic(QStringLiteral("lag-sliced-"), 1);
    produce(topic, 0, 5);
    QStringList ids;
    for (int i = 0; i < 2; ++i) {
        ids.append(KafkaTestCluster::uniqueName(QStringLiteral("sliced-group-")));
        QVERIFY(
            cliCommit(ids.last(), topic, {QStringLiteral("--to-offset"), QString::number(i + 1)}));
    }
    GroupRoundSettings settings;
    settings.historySliceMs = 0;
    settings.historySliceGroups = 1;
    GroupMonitor groups(ConnectionProfile::forBootstrap(m_bootstrap), ProfileSecrets{}, nullptr,
                        settings);
    const MetaCallCounter calls(&groups);
    qsizetype listed = 0;
    QStringList notRecorded;
    connect(&groups, &GroupMonitor::roundReady, this, [&](const GroupLagRound &round) {
        listed = round.groups.size();
        for (const ConsumerGroupLag &group : round.groups) {
            const GroupHistory *history = groups.histories().history(group.groupId);
            if (!history || history->totalLag.lastValue() != double(group.totalLag))
                notRecorded.append(group.groupId);
        }
    });
    QVERIFY(nextRound(groups));
    QVERIFY2(notRecorded.isEmpty(), qPrintable(notRecorded.join(u' ')));
    QVERIFY(listed >= 2);
    // One slice for each group after the first (the worker's answer itself arrives at the
    // monitor's replies object, WorkerReplies, not at the monitor).
    QVERIFY2(
        calls.count >= listed - 1,
        qPrintable(QStringLiteral("%1 queued calls for %2 groups").arg(calls.count).arg(listed)));
    QCOMPARE(groups.histories().history(ids.at(0))->totalLag.lastValue(), 4.0);
    QCOMPARE(groups.histories().history(ids.at(1))->totalLag.lastValue(), 3.0);
    QCOMPARE(groups.roundsReceived(), 1);
}

QTEST_GUILESS_MAIN(TestConsumerGroups)
#include "tst_consumergroups.moc"
