// The message browser's consumer path against real brokers, with kcat as writer and oracle:
// what kcat wrote (keys, headers, explicit partitions) Qafka reads back exactly; timestamp seek,
// last N, offsets, partition choice, stop and topic switch mid-load, a 10 MB message, and a broker
// killed during a live tail on the 3-node cluster.

#include "connectionwaiter.h"
#include "messages/messagefilter.h"
#include "messages/messagestore.h"
#include "session/clusterconnection.h"
#include "session/messageloader.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Qafka;

namespace {

constexpr int kTimeoutMs = 60000;

// Everything kcat reads from the topic, as JSON envelopes, keyed by "partition/offset".
QMap<QString, QJsonObject> kcatConsume(const QString &bootstrap, const QString &topic)
{
    const QString output = KafkaTestCluster::run(
        QStringLiteral("kcat"),
        {QStringLiteral("-C"), QStringLiteral("-b"), bootstrap, QStringLiteral("-t"), topic,
         QStringLiteral("-e"), QStringLiteral("-o"), QStringLiteral("beginning"),
         QStringLiteral("-J"), QStringLiteral("-q")},
        kTimeoutMs);
    QMap<QString, QJsonObject> messages;
    for (const QString &line : output.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QJsonObject object = QJsonDocument::fromJson(line.toUtf8()).object();
        messages.insert(QStringLiteral("%1/%2")
                            .arg(object.value(QStringLiteral("partition")).toInt())
                            .arg(object.value(QStringLiteral("offset")).toInteger()),
                        object);
    }
    return messages;
}

struct Browse
{
    MessageStore store;
    BrowseEnd end = BrowseEnd::Failed;
    BrowseProgress progress;
    KafkaError error;
    QSet<QString> warnings;
    int batches = 0;
};

QString valueOf(const MessageStore &store, qint64 index)
{
    const auto value = store.bytes(index).value;
    return value ? QString::fromUtf8(*value) : QStringLiteral("<null>");
}

QStringList values(const MessageStore &store)
{
    QStringList result;
    for (qint64 i = store.firstIndex(); i < store.endIndex(); ++i)
        result.append(valueOf(store, i));
    return result;
}

QByteArrayList numberedLines(const QByteArray &prefix, int count)
{
    QByteArrayList lines;
    for (int i = 0; i < count; ++i)
        lines.append(prefix + QByteArray::number(i));
    return lines;
}

std::shared_ptr<const MessageFilter> searchFilter(const QString &regex)
{
    MessageFilterSpec spec;
    spec.text = regex;
    spec.regex = true;
    QString error;
    auto filter = MessageFilter::create(spec, &error);
    if (!filter)
        qWarning() << error;
    return filter;
}

// "partition/offset value" of every stored message, sorted (the peer's order differs).
QStringList placedValues(const MessageStore &store)
{
    QStringList result;
    for (qint64 i = store.firstIndex(); i < store.endIndex(); ++i)
        result.append(
            QStringLiteral("%1/%2 ").arg(store.record(i).partition).arg(store.record(i).offset) +
            valueOf(store, i));
    result.sort();
    return result;
}

} // namespace

class TestMessageBrowse : public QObject
{
    Q_OBJECT

    KafkaTestCluster m_single{QStringLiteral("single")};
    KafkaTestCluster m_triple{QStringLiteral("triple")};
    std::unique_ptr<ClusterConnection> m_admin;

    QString createTopic(const QString &what, int partitions,
                        QList<QPair<QString, QString>> configs = {},
                        ClusterConnection *connection = nullptr, int replicas = -1)
    {
        return createTopicAndWait(connection ? *connection : *m_admin,
                                  QStringLiteral("qafka-browse-") + what, partitions, replicas,
                                  configs, kTimeoutMs);
    }

    static std::unique_ptr<Browse>
    browse(const QString &bootstrap, const BrowseRequest &request,
           const std::function<void(MessageLoader &, Browse &)> &onBatch = {})
    {
        auto result = std::make_unique<Browse>();
        MessageLoader loader(ConnectionProfile::forBootstrap(bootstrap), {});
        Browse &b = *result;
        QObject::connect(&loader, &MessageLoader::batchReady,
                         [&](quint64, const MessageBatch &batch, const BrowseProgress &progress) {
                             b.store.append(batch);
                             b.progress = progress;
                             if (!progress.warning.isEmpty())
                                 b.warnings.insert(progress.warning);
                             ++b.batches;
                             if (onBatch)
                                 onBatch(loader, b);
                         });
        QSignalSpy finished(&loader, &MessageLoader::finished);
        loader.start(request);
        if (!finished.wait(kTimeoutMs))
            return result;
        b.end = finished.last().at(1).value<BrowseEnd>();
        b.progress = finished.last().at(2).value<BrowseProgress>();
        b.error = finished.last().at(3).value<KafkaError>();
        return result;
    }

private slots:
    void initTestCase()
    {
        registerBrowseTypes();
        QVERIFY2(m_single.isAvailable(), "single-node fixture missing");
        m_admin = std::make_unique<ClusterConnection>(plaintextProfile(m_single.bootstrap()),
                                                      ProfileSecrets{});
        QVERIFY(openAndSettle(*m_admin) >= 0);
        QCOMPARE(m_admin->state(), ConnectionState::Connected);
    }

    void readsExactlyWhatKcatWrote()
    {
        const QString topic = createTopic(QStringLiteral("roundtrip"), 3);
        QVERIFY(!topic.isEmpty());
        const QString bootstrap = m_single.bootstrap();
        QVERIFY(m_single.kcatProduce(
            topic,
            {"order-1:{\"customer\":{\"id\":42},\"total\":12.50}", "order-2:plain text",
             "order-3:", ":no key but a delimiter", "order-5:한국어 값"},
            {QStringLiteral("-p"), QStringLiteral("0"), QStringLiteral("-K"), QStringLiteral(":"),
             QStringLiteral("-H"), QStringLiteral("__TypeId__=com.example.Order"),
             QStringLiteral("-H"), QStringLiteral("trace=abc-123")}));
        QVERIFY(m_single.kcatProduce(topic, numberedLines("p2-", 7),
                                     {QStringLiteral("-p"), QStringLiteral("2")}));

        BrowseRequest request;
        request.topic = topic;
        const auto result = browse(bootstrap, request);
        QCOMPARE(result->end, BrowseEnd::Completed);
        QCOMPARE(result->store.size(), 12);

        const QMap<QString, QJsonObject> oracle = kcatConsume(bootstrap, topic);
        QCOMPARE(oracle.size(), 12);
        const MessageStore &store = result->store;
        for (qint64 i = 0; i < store.size(); ++i) {
            const MessageRecord &record = store.record(i);
            const QString where = QStringLiteral("%1/%2").arg(record.partition).arg(record.offset);
            QVERIFY2(oracle.contains(where), qPrintable(where));
            const QJsonObject expected = oracle.value(where);
            const MessageBytes bytes = store.bytes(i);
            const QJsonValue key = expected.value(QStringLiteral("key"));
            if (key.isNull())
                QVERIFY2(!bytes.key, qPrintable(where));
            else
                QCOMPARE(QString::fromUtf8(*bytes.key), key.toString());
            QCOMPARE(QString::fromUtf8(*bytes.value),
                     expected.value(QStringLiteral("payload")).toString());
            QCOMPARE(record.timestampMs, expected.value(QStringLiteral("ts")).toInteger());
            QCOMPARE(int(record.timestampType), int(TimestampType::CreateTime));
            QStringList headers;
            HeaderBlob::forEach(bytes.headers, [&](const HeaderBlob::Header &h) {
                headers << QString::fromUtf8(h.name) << QString::fromUtf8(*h.value);
            });
            QStringList expectedHeaders;
            for (const QJsonValue &h : expected.value(QStringLiteral("headers")).toArray())
                expectedHeaders << h.toString();
            QCOMPARE(headers, expectedHeaders);
        }
        // The browse consumer never joined or committed to a group: the broker knows none.
        int exitCode = -1;
        const QString groups = KafkaTestCluster::run(
            qEnvironmentVariable("QAFKA_KAFKA_SCRIPT"),
            {QStringLiteral("consumer-groups"), m_single.dir(),
             QStringLiteral("--bootstrap-server"), bootstrap, QStringLiteral("--list")},
            kTimeoutMs, &exitCode);
        QCOMPARE(exitCode, 0);
        QVERIFY2(!groups.contains(QStringLiteral("qafka-browser")), qPrintable(groups));

        // Spot checks that the oracle itself says what we think. Partitions 0 and 2 arrive in
        // either order, so the messages of partition 0 are looked up by offset.
        const auto onPartition0 = [&](qint64 offset) {
            for (qint64 i = 0; i < store.size(); ++i) {
                if (store.record(i).partition == 0 && store.record(i).offset == offset)
                    return i;
            }
            return qint64(-1);
        };
        for (qint64 offset = 0; offset < 5; ++offset)
            QVERIFY(onPartition0(offset) >= 0);
        QCOMPARE(QString::fromUtf8(*store.bytes(onPartition0(0)).key), QStringLiteral("order-1"));
        QVERIFY(store.bytes(onPartition0(2)).value->isEmpty());     // "order-3:": an empty value
        const MessageBytes emptyKey = store.bytes(onPartition0(3)); // ":...": an empty key
        QVERIFY(emptyKey.key && emptyKey.key->isEmpty());
        QCOMPARE(valueOf(store, onPartition0(4)), QStringLiteral("한국어 값"));
        QCOMPARE(HeaderBlob::count(store.bytes(onPartition0(0)).headers), 2);
    }

    void startPositions()
    {
        const QString topic = createTopic(QStringLiteral("positions"), 3);
        QVERIFY(!topic.isEmpty());
        const QString bootstrap = m_single.bootstrap();
        for (int p = 0; p < 3; ++p)
            QVERIFY(m_single.kcatProduce(topic,
                                         numberedLines("p" + QByteArray::number(p) + "-", 20),
                                         {QStringLiteral("-p"), QString::number(p)}));

        BrowseRequest request;
        request.topic = topic;
        request.start = BrowseRequest::Start::LastPerPartition;
        request.lastCount = 5;
        auto result = browse(bootstrap, request);
        QCOMPARE(result->end, BrowseEnd::Completed);
        QCOMPARE(result->store.size(), 15);
        for (qint64 i = 0; i < 15; ++i) {
            const MessageRecord &r = result->store.record(i);
            QVERIFY(r.offset >= 15 && r.offset <= 19);
            QCOMPARE(valueOf(result->store, i),
                     QStringLiteral("p%1-%2").arg(r.partition).arg(r.offset));
        }
        // More than the partition holds: all of it.
        request.lastCount = 1000;
        QCOMPARE(browse(bootstrap, request)->store.size(), 60);

        request.start = BrowseRequest::Start::Offset;
        request.offset = 18;
        request.partitions = {1, 2};
        result = browse(bootstrap, request);
        QCOMPARE(values(result->store).size(), 4);
        QStringList got = values(result->store);
        got.sort();
        QCOMPARE(got, QStringLiteral("p1-18,p1-19,p2-18,p2-19").split(u','));
        QCOMPARE(result->progress.partitions.size(), 2);

        request.partitions = {};
        request.start = BrowseRequest::Start::Beginning;
        request.maxMessages = 7;
        result = browse(bootstrap, request);
        QCOMPARE(result->end, BrowseEnd::LimitReached);
        QCOMPARE(result->store.size(), 7);

        request.start = BrowseRequest::Start::End;
        request.maxMessages = 0;
        result = browse(bootstrap, request);
        QCOMPARE(result->end, BrowseEnd::Completed);
        QCOMPARE(result->store.size(), 0);

        request.partitions = {7};
        result = browse(bootstrap, request);
        QCOMPARE(result->end, BrowseEnd::Failed);
        QVERIFY2(result->error.message.contains(QStringLiteral("none of the chosen partitions")),
                 qPrintable(result->error.message));
    }

    void timestampSeek()
    {
        const QString topic = createTopic(QStringLiteral("time"), 2);
        QVERIFY(!topic.isEmpty());
        const QString bootstrap = m_single.bootstrap();
        QVERIFY(m_single.kcatProduce(topic, numberedLines("before-", 10)));
        // Every "before-" message is older than the boundary, every "after-" one is not.
        const qint64 boundary = KafkaTestCluster::clockPast(QDateTime::currentMSecsSinceEpoch());
        KafkaTestCluster::clockPast(boundary);
        QVERIFY(m_single.kcatProduce(topic, numberedLines("after-", 10)));

        BrowseRequest request;
        request.topic = topic;
        request.start = BrowseRequest::Start::Timestamp;
        request.timestampMs = boundary;
        auto result = browse(bootstrap, request);
        QCOMPARE(result->end, BrowseEnd::Completed);
        QStringList got = values(result->store);
        got.sort();
        QStringList expected;
        for (const QByteArray &line : numberedLines("after-", 10))
            expected.append(QString::fromUtf8(line));
        expected.sort();
        QCOMPARE(got, expected);
        for (qint64 i = 0; i < result->store.size(); ++i)
            QVERIFY(result->store.record(i).timestampMs >= boundary);

        request.timestampMs = QDateTime::currentMSecsSinceEpoch() + 3600 * 1000;
        result = browse(bootstrap, request);
        QCOMPARE(result->end, BrowseEnd::Completed);
        QCOMPARE(result->store.size(), 0);
    }

    // Whole-topic search: only matches are kept, every message in the range is read, and the
    // filter's partitions, offsets and times bound the scan. grep over kcat is the oracle.
    void searchKeepsExactlyWhatGrepFinds()
    {
        const QString topic = createTopic(QStringLiteral("search"), 3);
        QVERIFY(!topic.isEmpty());
        for (int p = 0; p < 3; ++p) {
            QByteArrayList lines = numberedLines("p" + QByteArray::number(p) + "-line-", 3000);
            for (int i = 500; i < 3000; i += 1000)
                lines[i] = "needle-" + QByteArray::number(p) + "-" + QByteArray::number(i);
            QVERIFY(m_single.kcatProduce(topic, lines, {QStringLiteral("-p"), QString::number(p)}));
        }
        const QString pattern = QStringLiteral("needle-[0-9]-(5|15)00$");
        const QString grep = KafkaTestCluster::run(
            QStringLiteral("bash"),
            {QStringLiteral("-c"),
             QStringLiteral("kcat -C -b %1 -t %2 -e -q -o beginning -f '%p/%o %s\n' | grep -E '%3'")
                 .arg(m_single.bootstrap(), topic, pattern)},
            kTimeoutMs);
        QStringList expected = grep.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        expected.sort();
        QCOMPARE(expected.size(), 6);

        BrowseRequest request;
        request.topic = topic;
        request.searchFilter = searchFilter(pattern);
        auto result = browse(m_single.bootstrap(), request);
        QCOMPARE(result->end, BrowseEnd::Completed);
        QCOMPARE(result->progress.scanned, 9000);
        QCOMPARE(result->progress.loaded, 6);
        QCOMPARE(placedValues(result->store), expected);

        // The filter's partitions and offsets bound what is read, not only what is kept.
        MessageFilterSpec bounded = searchFilter(QStringLiteral("needle"))->spec();
        bounded.partitions = {1};
        bounded.minOffset = 1200;
        bounded.maxOffset = 2499;
        QString error;
        request.searchFilter = MessageFilter::create(bounded, &error);
        result = browse(m_single.bootstrap(), request);
        QCOMPARE(result->progress.scanned, 1300);
        QCOMPARE(placedValues(result->store), QStringList{QStringLiteral("1/1500 needle-1-1500")});

        // A cap on matches stops the scan early.
        request.searchFilter = searchFilter(QStringLiteral("needle"));
        request.maxMessages = 2;
        result = browse(m_single.bootstrap(), request);
        QCOMPARE(result->end, BrowseEnd::LimitReached);
        QCOMPARE(result->store.size(), 2);
        QVERIFY(result->progress.scanned < 9000);

        // A time range seeks to its start instead of reading what came before.
        const qint64 boundary = KafkaTestCluster::clockPast(QDateTime::currentMSecsSinceEpoch());
        KafkaTestCluster::clockPast(boundary);
        QVERIFY(m_single.kcatProduce(topic, {"late-needle", "late-hay"},
                                     {QStringLiteral("-p"), QStringLiteral("2")}));
        MessageFilterSpec late = searchFilter(QStringLiteral("needle"))->spec();
        late.fromMs = boundary;
        request.searchFilter = MessageFilter::create(late, &error);
        request.maxMessages = 0;
        result = browse(m_single.bootstrap(), request);
        QCOMPARE(result->end, BrowseEnd::Completed);
        QCOMPARE(result->progress.scanned, 2);
        QCOMPARE(placedValues(result->store), QStringList{QStringLiteral("2/3000 late-needle")});
    }

    // A partition whose range is read is no longer fetched: a search of each partition's first
    // messages reads about one record batch past them, not the rest of the topic.
    void boundedSearchStopsFetchingWhatItRead()
    {
        constexpr int kPartitions = 6;
        constexpr int kPerPartition = 40000;
        const QString topic = createTopic(QStringLiteral("search-bounded"), kPartitions);
        QVERIFY(!topic.isEmpty());
        for (int p = 0; p < kPartitions; ++p)
            QVERIFY(m_single.kcatProduce(topic, numberedLines("hay-", kPerPartition),
                                         {QStringLiteral("-p"), QString::number(p)}));
        MessageFilterSpec first = searchFilter(QStringLiteral("hay-5$"))->spec();
        first.maxOffset = 9;
        QString error;
        BrowseRequest request;
        request.topic = topic;
        request.searchFilter = MessageFilter::create(first, &error);
        const auto result = browse(m_single.bootstrap(), request);
        QCOMPARE(result->end, BrowseEnd::Completed);
        QCOMPARE(result->progress.scanned, kPartitions * 10);
        QCOMPARE(result->store.size(), kPartitions);
        // Only a consume call in which a partition's range ends hands over messages past it (the
        // partition is paused after that call): at most six such calls, of at most 1,000 records
        // in a search (BrowseWorker's kSearchRecordsPerCall).
        constexpr qint64 kSearchRecordsPerCall = 1000;
        qInfo() << "read beyond the range:" << result->progress.readBeyondRange;
        QVERIFY2(result->progress.readBeyondRange <= kPartitions * kSearchRecordsPerCall,
                 qPrintable(QString::number(result->progress.readBeyondRange)));
    }

    void logAppendTimeIsReported()
    {
        const QString topic = createTopic(
            QStringLiteral("logappend"), 1,
            {{QStringLiteral("message.timestamp.type"), QStringLiteral("LogAppendTime")}});
        QVERIFY(!topic.isEmpty());
        QVERIFY(m_single.kcatProduce(topic, {"stamped by the broker"}));
        BrowseRequest request;
        request.topic = topic;
        const auto result = browse(m_single.bootstrap(), request);
        QCOMPARE(result->store.size(), 1);
        QCOMPARE(int(result->store.record(0).timestampType), int(TimestampType::LogAppendTime));
    }

    void unknownTopicFailsClearly()
    {
        BrowseRequest request;
        request.topic = QStringLiteral("qafka-no-such-topic-") +
                        QString::number(QDateTime::currentMSecsSinceEpoch());
        const auto result = browse(m_single.bootstrap(), request);
        QCOMPARE(result->end, BrowseEnd::Failed);
        QVERIFY2(result->error.message.contains(request.topic), qPrintable(result->error.message));
        QCOMPARE(result->error.code, QStringLiteral("UNKNOWN_TOPIC_OR_PART"));
    }

    void stopAndSwitchMidLoad()
    {
        const QString big = createTopic(QStringLiteral("big"), 3);
        const QString small = createTopic(QStringLiteral("small"), 1);
        QVERIFY(!big.isEmpty() && !small.isEmpty());
        const QString bootstrap = m_single.bootstrap();
        QVERIFY(m_single.kcatProduce(big, numberedLines("big-", 400000)));
        QVERIFY(m_single.kcatProduce(small, numberedLines("small-", 20)));

        // Stop after the first batch: the load ends as Stopped, well short of the end.
        BrowseRequest request;
        request.topic = big;
        QElapsedTimer sinceStop;
        auto stopped = browse(bootstrap, request, [&](MessageLoader &loader, Browse &b) {
            if (b.store.size() > 0 && !sinceStop.isValid()) {
                loader.stop();
                sinceStop.start();
            }
        });
        QCOMPARE(stopped->end, BrowseEnd::Stopped);
        QVERIFY2(sinceStop.elapsed() < 1000, qPrintable(QString::number(sinceStop.elapsed())));
        QVERIFY(stopped->store.size() > 0);
        QVERIFY2(stopped->store.size() < 400000,
                 qPrintable(QString::number(stopped->store.size())));

        // Switch topics mid-load: nothing of the big topic arrives after the switch.
        MessageLoader loader(ConnectionProfile::forBootstrap(bootstrap), {});
        MessageStore store;
        quint64 smallLoad = 0;
        int foreignBatches = 0;
        QObject::connect(&loader, &MessageLoader::batchReady,
                         [&](quint64 id, const MessageBatch &batch, const BrowseProgress &) {
                             if (smallLoad == 0 && batch.records.isEmpty())
                                 return;
                             if (smallLoad == 0) {
                                 BrowseRequest next;
                                 next.topic = small;
                                 smallLoad = loader.start(next);
                                 return; // the big topic's first batch, before the switch
                             }
                             if (id != smallLoad)
                                 ++foreignBatches;
                             store.append(batch);
                         });
        QSignalSpy finished(&loader, &MessageLoader::finished);
        loader.start(request);
        QVERIFY(finished.wait(kTimeoutMs));
        QCOMPARE(finished.last().at(0).toULongLong(), smallLoad);
        QCOMPARE(foreignBatches, 0);
        QStringList expected;
        for (const QByteArray &line : numberedLines("small-", 20))
            expected.append(QString::fromUtf8(line));
        QCOMPARE(values(store), expected);
    }

    void tenMegabyteMessage()
    {
        const QString topic =
            createTopic(QStringLiteral("huge"), 1,
                        {{QStringLiteral("max.message.bytes"), QStringLiteral("12000000")}});
        QVERIFY(!topic.isEmpty());
        QByteArray huge(10 * 1000 * 1000, 'h');
        for (int i = 0; i < huge.size(); i += 997)
            huge[i] = char('a' + (i % 26));
        QVERIFY(m_single.kcatProduce(topic, {"small before", huge, "small after"}));
        BrowseRequest request;
        request.topic = topic;
        const auto result = browse(m_single.bootstrap(), request);
        QCOMPARE(result->end, BrowseEnd::Completed);
        QCOMPARE(result->store.size(), 3);
        QCOMPARE(*result->store.bytes(1).value, QByteArrayView(huge));
        QCOMPARE(valueOf(result->store, 2), QStringLiteral("small after"));

        // A search fetches less ahead (128 KB per fetch): the 10 MB message is still read whole.
        request.searchFilter = searchFilter(QStringLiteral("^ah{996}j"));
        const auto found = browse(m_single.bootstrap(), request);
        QCOMPARE(found->end, BrowseEnd::Completed);
        QCOMPARE(found->progress.scanned, 3);
        QCOMPARE(found->store.size(), 1);
        QCOMPARE(*found->store.bytes(0).value, QByteArrayView(huge));
    }

    void brokerKilledDuringLiveTail()
    {
        QVERIFY2(m_triple.isAvailable(), "three-node fixture missing");
        const QString bootstrap = m_triple.bootstrap();
        ClusterConnection admin(plaintextProfile(bootstrap), {});
        QVERIFY(openAndSettle(admin) >= 0);
        const QString topic = createTopic(QStringLiteral("failover"), 3, {}, &admin, 3);
        QVERIFY(!topic.isEmpty());
        QVERIFY(m_triple.kcatProduce(topic, numberedLines("before-", 3000)));

        MessageLoader loader(ConnectionProfile::forBootstrap(bootstrap), {});
        MessageStore store;
        QSet<QString> warnings;
        QObject::connect(&loader, &MessageLoader::batchReady,
                         [&](quint64, const MessageBatch &batch, const BrowseProgress &progress) {
                             store.append(batch);
                             if (!progress.warning.isEmpty())
                                 warnings.insert(progress.warning);
                         });
        QSignalSpy finished(&loader, &MessageLoader::finished);
        BrowseRequest request;
        request.topic = topic;
        request.follow = true;
        loader.start(request);
        QTRY_COMPARE_WITH_TIMEOUT(store.size(), 3000, kTimeoutMs);

        m_triple.script(QStringLiteral("kill-node"), {QStringLiteral("2")});
        const auto restart = qScopeGuard([this] {
            m_triple.script(QStringLiteral("start-node"), {QStringLiteral("2")}, 120000);
        });
        // Once the controller has fenced node 2 (metadata no longer lists it), new leaders take
        // over and writes go on.
        QTRY_VERIFY_WITH_TIMEOUT(!m_triple.kcatMetadata().brokerIds.contains(2), 60000);
        QVERIFY(m_triple.kcatProduce(topic, numberedLines("after-", 3000)));
        QTRY_COMPARE_WITH_TIMEOUT(store.size(), 6000, 90000);
        QVERIFY(finished.isEmpty()); // still following, never gave up

        // Nothing lost, nothing twice.
        QSet<QString> seen;
        for (const QString &value : values(store))
            seen.insert(value);
        QCOMPARE(seen.size(), 6000);
        qInfo() << "warnings shown during the failover:" << warnings;
        loader.stop();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.last().at(1).value<BrowseEnd>(), BrowseEnd::Stopped);
    }
};

QTEST_MAIN(TestMessageBrowse)
#include "tst_messagebrowse.moc"
