// The browser's compact message store, its filter/sort jobs and the table model on top, without
// a broker: batches are built here the way the browse worker builds them.

#include "messagelistmodel.h"
#include "messages/messagebatchbuilder.h"
#include "messages/messagefilter.h"
#include "messages/messagestore.h"
#include "messages/messageviewbuilder.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <cstdint>
#include <vector>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#include <unistd.h>
#endif

using namespace Qafka;

namespace {

struct Spec
{
    int partition;
    qint64 offset;
    qint64 timestamp;
    std::optional<QByteArray> key;
    std::optional<QByteArray> value;
    QList<QPair<QByteArray, std::optional<QByteArray>>> headers;
};

#ifdef Q_OS_LINUX
// Pages of the block that are in memory, as the kernel counts them.
qsizetype residentPagesOf(const MessageRecordBlock *block)
{
    const auto page = size_t(sysconf(_SC_PAGESIZE));
    const size_t intoPage = reinterpret_cast<std::uintptr_t>(block) % page;
    // mincore wants the start of a page; the block's memory is its own from there on.
    void *begin = const_cast<char *>(reinterpret_cast<const char *>(block) - intoPage);
    const size_t length = intoPage + sizeof(MessageRecordBlock);
    std::vector<unsigned char> resident((length + page - 1) / page);
    if (mincore(begin, length, resident.data()) != 0)
        return -1;
    return std::count_if(resident.begin(), resident.end(), [](unsigned char r) { return r & 1; });
}
#endif

MessageBatch batchOf(MessageBatchBuilder &builder, const QList<Spec> &specs)
{
    for (const Spec &spec : specs) {
        QByteArray blob;
        for (const auto &[name, value] : spec.headers)
            HeaderBlob::append(blob, name,
                               value ? std::optional<QByteArrayView>(*value) : std::nullopt);
        builder.add(spec.partition, spec.offset, spec.timestamp, TimestampType::CreateTime,
                    spec.key ? std::optional<QByteArrayView>(*spec.key) : std::nullopt,
                    spec.value ? std::optional<QByteArrayView>(*spec.value) : std::nullopt, blob);
    }
    return builder.take();
}

MessageBatch numbered(MessageBatchBuilder &builder, qint64 first, qint64 count, int partitions = 3)
{
    QList<Spec> specs;
    for (qint64 i = first; i < first + count; ++i)
        specs.append({int(i % partitions),
                      i / partitions,
                      1000 + i,
                      QByteArray("k") + QByteArray::number(i),
                      QByteArray("value-") + QByteArray::number(i),
                      {}});
    return batchOf(builder, specs);
}

QString text(std::optional<QByteArrayView> bytes)
{
    return bytes ? QString::fromUtf8(*bytes) : QStringLiteral("<null>");
}

QStringList column(const QAbstractItemModel &model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, column).data().toString());
    return values;
}

} // namespace

class TestMessageStore : public QObject
{
    Q_OBJECT
private slots:
    void recordIsCompact() { QCOMPARE(sizeof(MessageRecord), size_t(40)); }

    void nullEmptyAndHeadersSurvive()
    {
        MessageBatchBuilder builder;
        MessageStore store;
        store.append(
            batchOf(builder, {{0, 0, 1, std::nullopt, QByteArray(""), {}},
                              {1,
                               5,
                               2,
                               QByteArray(""),
                               std::nullopt,
                               {{"h1", QByteArray("v1")}, {"h2", std::nullopt}}},
                              {2, 7, 3, QByteArray("key"), QByteArray("\x00\xff", 2), {}}}));
        QCOMPARE(store.size(), 3);
        QVERIFY(!store.bytes(0).key);
        QVERIFY(store.bytes(0).value && store.bytes(0).value->isEmpty());
        QVERIFY(store.bytes(1).key && store.bytes(1).key->isEmpty());
        QVERIFY(!store.bytes(1).value);
        QCOMPARE(*store.bytes(2).value, QByteArrayView("\x00\xff", 2));
        QStringList headers;
        HeaderBlob::forEach(store.bytes(1).headers, [&](const HeaderBlob::Header &h) {
            headers.append(QString::fromUtf8(h.name) + QLatin1Char('=') + text(h.value));
        });
        QCOMPARE(headers, QStringList({QStringLiteral("h1=v1"), QStringLiteral("h2=<null>")}));
        QCOMPARE(store.record(1).partition, 1);
        QCOMPARE(store.record(1).offset, 5);
    }

    void bigMessageGetsItsOwnChunk()
    {
        MessageBatchBuilder builder;
        MessageStore store;
        const QByteArray big(10 << 20, 'b');
        store.append(batchOf(builder, {{0, 0, 1, std::nullopt, QByteArray("small"), {}},
                                       {0, 1, 1, std::nullopt, big, {}},
                                       {0, 2, 1, std::nullopt, QByteArray("after"), {}}}));
        QCOMPARE(*store.bytes(1).value, QByteArrayView(big));
        QCOMPARE(text(store.bytes(2).value), QStringLiteral("after"));
    }

    void capDropsOldestAndFreesMemory()
    {
        MessageBatchBuilder builder;
        MessageStore store;
        store.setCap(50000, 0);
        for (int batch = 0; batch < 20; ++batch) {
            store.append(numbered(builder, qint64(batch) * 10000, 10000));
            store.dropOldest(store.excessCount());
        }
        // Past the cap the store steps down to 95% of it.
        QCOMPARE(store.size(), 47500);
        QCOMPARE(store.droppedCount(), 152500);
        QCOMPARE(store.firstIndex(), 152500);
        QCOMPARE(text(store.bytes(152500).value), QStringLiteral("value-152500"));
        QCOMPARE(text(store.bytes(199999).value), QStringLiteral("value-199999"));
        // Dropped records and chunks are released: the overhead stays near 40 B per message.
        QVERIFY2(store.overheadBytes() / store.size() < 48 + (8 << 20) / store.size(),
                 qPrintable(QString::number(store.overheadBytes())));

        store.setCap(0, qint64(100) * 1024);
        store.dropOldest(store.excessCount());
        QVERIFY(store.payloadBytes() <= 100 * 1024 * 95 / 100);
        QVERIFY(store.payloadBytes() > 100 * 1024 * 95 / 100 - 64);
    }

    void snapshotOutlivesDrops()
    {
        MessageBatchBuilder builder;
        MessageStore store;
        store.append(numbered(builder, 0, 40000));
        const MessageStoreSnapshot snapshot = store.snapshot();
        store.dropOldest(39000);
        store.append(numbered(builder, 40000, 40000));
        QCOMPARE(snapshot.size(), 40000);
        QCOMPARE(text(snapshot.bytes(snapshot.record(0)).value), QStringLiteral("value-0"));
        QCOMPARE(text(snapshot.bytes(snapshot.record(39999)).value), QStringLiteral("value-39999"));
        QCOMPARE(text(store.bytes(79999).value), QStringLiteral("value-79999"));
    }

    void splitBatchKeepsEveryMessageOnce()
    {
        MessageBatchBuilder builder;
        MessageBatch rest = numbered(builder, 0, 1000);
        const qint64 payload = rest.payloadBytes;
        const MessageBatch front = takeFront(rest, 300);
        QCOMPARE(front.records.size(), 300);
        QCOMPARE(rest.records.size(), 700);
        QCOMPARE(front.payloadBytes + rest.payloadBytes, payload);
        QVERIFY(front.payloadBytes > 0 && rest.payloadBytes > 0);
        MessageStore store;
        store.append(front);
        store.append(rest);
        QCOMPARE(store.size(), 1000);
        QCOMPARE(store.payloadBytes(), payload);
        QCOMPARE(text(store.bytes(299).value), QStringLiteral("value-299"));
        QCOMPARE(text(store.bytes(300).value), QStringLiteral("value-300"));
        QCOMPARE(text(store.bytes(999).value), QStringLiteral("value-999"));
    }

    void byteChunksStartSmallAndDouble()
    {
        MessageBatchBuilder builder;
        const QByteArray value(40 << 10, 'v');
        for (int i = 0; i < 200; ++i) // 8 MB
            builder.add(0, i, 0, TimestampType::CreateTime, {}, value, {});
        const QByteArray huge(5 << 20, 'h'); // a message larger than a chunk has one of its own
        builder.add(0, 200, 0, TimestampType::CreateTime, {}, huge, {});
        builder.add(0, 201, 0, TimestampType::CreateTime, {}, value, {});
        const MessageBatch batch = builder.take();
        QList<quint32> capacities;
        for (const ByteChunkPtr &chunk : batch.chunks)
            capacities.append(chunk->capacity());
        const quint32 kb = 1 << 10;
        QCOMPARE(capacities, QList<quint32>({64 * kb, 128 * kb, 256 * kb, 512 * kb, 1024 * kb,
                                             2048 * kb, 4096 * kb, 5120 * kb, 4096 * kb}));
        const MessageRecord &last = batch.records.last();
        QCOMPARE(last.chunk, batch.firstChunk + quint32(batch.chunks.size()) - 1);
        QCOMPARE(last.position, 0u);
    }

    void onlyAGrowingStoreGetsBlocksAhead()
    {
        MessageRecordBlockPool pool;
        std::vector<MessageRecordBlockPtr> held{pool.take()};
        // One block (16,384 rows) may be all a store ever needs: none made ahead.
        QVERIFY(!pool.isMakingBlocks());
        QCOMPARE(pool.readyCount(), 0);
        held.push_back(pool.take());
        QTRY_VERIFY(!pool.isMakingBlocks());
        QCOMPARE(pool.readyCount(), 1);
        while (qsizetype(held.size()) <= MessageRecordBlockPool::kMadeAhead)
            held.push_back(pool.take());
        QTRY_VERIFY(!pool.isMakingBlocks());
        QCOMPARE(pool.readyCount(), MessageRecordBlockPool::kMadeAhead);
        // A store that let go of its blocks (cleared) starts over: nothing kept, nothing made.
        held.clear();
        pool.reset();
        QCOMPARE(pool.readyCount(), 0);
        held.push_back(pool.take());
        QVERIFY(!pool.isMakingBlocks());
        QCOMPARE(pool.readyCount(), 0);
    }

    void aBlockMadeOnTheSpotHoldsOnlyThePagesOfItsRecords()
    {
#ifdef Q_OS_LINUX
        MessageRecordBlockPool pool;
        const MessageRecordBlockPtr first = pool.take();
        const qsizetype pages = qsizetype(sizeof(MessageRecordBlock)) / sysconf(_SC_PAGESIZE);
        MessageRecord record;
        for (qint64 offset = 0; offset < 100; ++offset) { // 4,000 bytes: one page or two
            record.offset = offset;
            first->put(offset, record);
        }
        QCOMPARE(first->at(99).offset, 99);
        const qsizetype touched = residentPagesOf(first.get());
        QVERIFY2(touched >= 1 && touched <= 2, qPrintable(QString::number(touched)));
        // Blocks made ahead are in memory whole, so that filling them costs no page faults.
        const MessageRecordBlockPtr second = pool.take();
        QTRY_COMPARE(pool.readyCount(), 1);
        QTRY_VERIFY(!pool.isMakingBlocks());
        const MessageRecordBlockPtr ready = pool.take();
        const qsizetype readyPages = residentPagesOf(ready.get());
        QVERIFY2(readyPages >= pages, qPrintable(QString::number(readyPages)));
#else
        QSKIP("counts resident pages with Linux's mincore()");
#endif
    }

    void recordBlocksAreMadeAheadAndUsedAgain()
    {
        MessageRecordBlockPool pool;
        std::vector<MessageRecordBlockPtr> storeBlocks;
        while (qsizetype(storeBlocks.size()) <= MessageRecordBlockPool::kMadeAhead)
            storeBlocks.push_back(pool.take());
        // A pool thread makes the next blocks while these fill.
        QTRY_COMPARE(pool.readyCount(), MessageRecordBlockPool::kMadeAhead);
        MessageRecordBlockPtr held = pool.take();
        const MessageRecordBlockPtr sharedWithSnapshot = held;
        pool.giveBack(std::move(held));
        QTRY_COMPARE(pool.readyCount(), MessageRecordBlockPool::kMadeAhead);
        // Still read by a snapshot: not handed out again.
        for (qsizetype i = 0; i < MessageRecordBlockPool::kMadeAhead; ++i)
            QVERIFY(pool.take() != sharedWithSnapshot);
        MessageRecordBlockPtr dropped = pool.take();
        const MessageRecordBlock *droppedAddress = dropped.get();
        pool.giveBack(std::move(dropped));
        QVERIFY(pool.readyCount() >= 1);
        // Held while looking, so that no new block can take the freed one's address.
        std::vector<MessageRecordBlockPtr> taken;
        for (qsizetype i = 0; i < MessageRecordBlockPool::kKeptAtMost; ++i)
            taken.push_back(pool.take());
        QVERIFY(std::any_of(taken.begin(), taken.end(), [droppedAddress](const auto &block) {
            return block.get() == droppedAddress;
        }));
    }

    void timestampSortInterleavesPartitions()
    {
        MessageBatchBuilder builder;
        MessageStore store;
        // Arrival order is partition by partition; timestamps interleave.
        store.append(batchOf(builder, {{0, 0, 10, {}, QByteArray("a"), {}},
                                       {0, 1, 30, {}, QByteArray("c"), {}},
                                       {1, 0, 20, {}, QByteArray("b"), {}},
                                       {1, 1, 40, {}, QByteArray("d"), {}},
                                       {2, 0, 20, {}, QByteArray("b2"), {}}}));
        MessageViewJob job;
        job.snapshot = store.snapshot();
        job.sortKey = MessageSortKey::Timestamp;
        std::atomic_bool cancel = false;
        const MessageIndexListPtr rows = job.run(cancel);
        QCOMPARE(*rows, MessageIndexList({0, 2, 4, 1, 3}));
        job.order = Qt::DescendingOrder;
        QCOMPARE(*job.run(cancel), MessageIndexList({3, 1, 4, 2, 0}));
    }

    void incrementalEqualsFromScratch()
    {
        MessageBatchBuilder builder;
        MessageStore store;
        store.setCap(30000, 0);
        QString error;
        MessageFilterSpec spec;
        spec.text = QStringLiteral("value-\\d*7$");
        spec.regex = true;
        const auto filter = MessageFilter::create(spec, &error);
        QVERIFY2(filter, qPrintable(error));
        std::atomic_bool cancel = false;
        MessageIndexListPtr view;
        qint64 covered = 0;
        for (int batch = 0; batch < 6; ++batch) {
            store.append(numbered(builder, qint64(batch) * 10000, 10000));
            store.dropOldest(store.excessCount());
            MessageViewJob job;
            job.snapshot = store.snapshot();
            job.base = view;
            job.from = covered;
            job.filter = filter;
            job.sortKey = MessageSortKey::Key;
            job.order = Qt::DescendingOrder;
            view = job.run(cancel);
            covered = store.endIndex();
            MessageViewJob full = job;
            full.base = nullptr;
            full.from = 0;
            QCOMPARE(*view, *full.run(cancel));
        }
        QCOMPARE(qint64(view->size()), store.size() / 10); // values ending in 7
    }

    void filterParts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("regex");
        QTest::addColumn<bool>("caseSensitive");
        QTest::addColumn<QString>("json");
        QTest::addColumn<QStringList>("expected"); // values of the matching messages

        const QStringList all{QStringLiteral("{\"customer\":{\"id\":42},\"city\":\"Seoul\"}"),
                              QStringLiteral("{\"customer\":{\"id\":7},\"city\":\"Busan\"}"),
                              QStringLiteral("plain SEOUL text"), QStringLiteral("<null>"),
                              QStringLiteral("\\xff\\xfe bytes seoul")};
        QTest::addRow("literal, any case") << QStringLiteral("seoul") << false << false << QString()
                                           << QStringList{all[0], all[2], all[4]};
        QTest::addRow("literal, exact case")
            << QStringLiteral("Seoul") << false << true << QString() << QStringList{all[0]};
        QTest::addRow("regex special chars literally")
            << QStringLiteral("id\":4") << false << false << QString() << QStringList{all[0]};
        QTest::addRow("regex") << QStringLiteral("^plain|id\":7") << true << false << QString()
                               << QStringList{all[1], all[2]};
        QTest::addRow("json field") << QStringLiteral("") << false << false
                                    << QStringLiteral("$.customer.id == 42") << QStringList{all[0]};
        QTest::addRow("json and text") << QStringLiteral("busan") << false << false
                                       << QStringLiteral("customer.id >= 7") << QStringList{all[1]};
        QTest::addRow("header value")
            << QStringLiteral("trace-9") << false << false << QString() << QStringList{all[3]};
        QTest::addRow("key") << QStringLiteral("the-key") << false << false << QString()
                             << QStringList{all[2]};
    }

    void filterParts()
    {
        QFETCH(QString, text);
        QFETCH(bool, regex);
        QFETCH(bool, caseSensitive);
        QFETCH(QString, json);
        QFETCH(QStringList, expected);
        MessageBatchBuilder builder;
        MessageStore store;
        store.append(
            batchOf(builder,
                    {{0, 0, 1, {}, QByteArray("{\"customer\":{\"id\":42},\"city\":\"Seoul\"}"), {}},
                     {0, 1, 2, {}, QByteArray("{\"customer\":{\"id\":7},\"city\":\"Busan\"}"), {}},
                     {1, 0, 3, QByteArray("the-key"), QByteArray("plain SEOUL text"), {}},
                     {1, 1, 4, {}, std::nullopt, {{"trace", QByteArray("trace-9")}}},
                     {2, 0, 5, {}, QByteArray("\xff\xfe bytes seoul"), {}}}));
        MessageFilterSpec spec;
        spec.text = text;
        spec.regex = regex;
        spec.caseSensitive = caseSensitive;
        spec.jsonField = json;
        QString error;
        const auto filter = MessageFilter::create(spec, &error);
        QVERIFY2(filter, qPrintable(error));
        MessageFilter::Matcher matcher(*filter);
        QStringList matched;
        for (qint64 i = 0; i < store.size(); ++i) {
            if (filter->matches(store.record(i), store.bytes(i), matcher)) {
                const auto value = store.bytes(i).value;
                QString shown = value ? QString::fromUtf8(*value) : QStringLiteral("<null>");
                if (i == 4)
                    shown = QStringLiteral("\\xff\\xfe bytes seoul");
                matched.append(shown);
            }
        }
        QCOMPARE(matched, expected);
    }

    void filterRanges()
    {
        MessageBatchBuilder builder;
        MessageStore store;
        store.append(numbered(builder, 0, 30)); // partition i%3, offset i/3, timestamp 1000+i
        MessageFilterSpec spec;
        spec.partitions = {1};
        spec.minOffset = 2;
        spec.maxOffset = 5;
        spec.fromMs = 1000 + 10;
        spec.toMs = 1000 + 13;
        QString error;
        const auto filter = MessageFilter::create(spec, &error);
        MessageFilter::Matcher matcher(*filter);
        QList<qint64> matched;
        for (qint64 i = 0; i < store.size(); ++i)
            if (filter->matches(store.record(i), store.bytes(i), matcher))
                matched.append(i);
        QCOMPARE(matched, QList<qint64>({10, 13}));
    }

    void badFilterSaysWhy()
    {
        MessageFilterSpec spec;
        spec.text = QStringLiteral("(unclosed");
        spec.regex = true;
        QString error;
        QVERIFY(!MessageFilter::create(spec, &error));
        QVERIFY2(error.contains(QStringLiteral("regular expression")), qPrintable(error));
        spec.text.clear();
        spec.jsonField = QStringLiteral("$.a ==");
        error.clear();
        QVERIFY(!MessageFilter::create(spec, &error));
        QVERIFY(!error.isEmpty());
    }

    void modelAppendsCapsFiltersAndSorts()
    {
        MessageListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCap(25, 0);
        MessageBatchBuilder builder;
        model.appendBatch(numbered(builder, 0, 20));
        QCOMPARE(model.rowCount(), 20);
        QCOMPARE(model.index(0, MessageListModel::ValueColumn).data().toString(),
                 QStringLiteral("value-0"));
        model.appendBatch(numbered(builder, 20, 10));
        QCOMPARE(model.rowCount(), 24); // 30 is over the cap of 25: down to 95% of it
        QCOMPARE(model.droppedCount(), 6);
        QCOMPARE(model.index(0, MessageListModel::ValueColumn).data().toString(),
                 QStringLiteral("value-6"));

        MessageFilterSpec spec;
        spec.text = QStringLiteral("value-1");
        QString error;
        QSignalSpy ready(&model, &MessageListModel::viewReady);
        model.setFilter(MessageFilter::create(spec, &error));
        QVERIFY(ready.wait());
        QCOMPARE(column(model, MessageListModel::ValueColumn),
                 QStringList({QStringLiteral("value-10"), QStringLiteral("value-11"),
                              QStringLiteral("value-12"), QStringLiteral("value-13"),
                              QStringLiteral("value-14"), QStringLiteral("value-15"),
                              QStringLiteral("value-16"), QStringLiteral("value-17"),
                              QStringLiteral("value-18"), QStringLiteral("value-19")}));
        // New arrivals are filtered too, and the cap still applies.
        ready.clear();
        model.appendBatch(numbered(builder, 30, 100));
        // The store keeps 106..129, and every one of them contains "value-1".
        QTRY_COMPARE(model.rowCount(), 24);
        QCOMPARE(model.index(0, MessageListModel::ValueColumn).data().toString(),
                 QStringLiteral("value-106"));
        spec.text = QStringLiteral("value-12");
        model.setFilter(MessageFilter::create(spec, &error));
        QTRY_COMPARE(model.rowCount(), 10);
        model.setFilter(nullptr);
        QCOMPARE(model.rowCount(), 24);
    }

    // The feed makes room before a step comes (one notification: a removal at the front), then
    // appends it (one insertion at the end, no removal): a table pays for each separately.
    void modelMakesRoomBeforeRowsCome()
    {
        MessageListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCap(100, 0);
        MessageBatchBuilder builder;
        model.appendBatch(numbered(builder, 0, 100));
        const QList<MessageBatch> step{numbered(builder, 100, 6), numbered(builder, 106, 4)};
        QCOMPARE(model.store().excessCount(10, 0), 15); // 110 is over 100: down to 95
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QCOMPARE(model.dropOldestToFit(step), 15);
        QCOMPARE(model.rowCount(), 85);
        QCOMPARE(model.droppedCount(), 15);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(model.dropOldestToFit(step), 0); // it fits now
        model.appendBatches(step);
        QCOMPARE(model.rowCount(), 95);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.index(0, MessageListModel::ValueColumn).data().toString(),
                 QStringLiteral("value-15"));
        QCOMPARE(model.index(94, MessageListModel::ValueColumn).data().toString(),
                 QStringLiteral("value-109"));

        // By payload: value-N is 7 to 9 bytes; 95% of 700 bytes is 665.
        model.setCap(0, 700);
        const qint64 before = model.store().payloadBytes();
        const MessageBatch big = numbered(builder, 110, 50);
        model.dropOldestToFit({big});
        model.appendBatch(big);
        QVERIFY2(
            model.store().payloadBytes() <= 665 && model.store().payloadBytes() > 655,
            qPrintable(QStringLiteral("%1 then %2").arg(before).arg(model.store().payloadBytes())));

        // A step bigger than the cap: everything goes first, the step's own excess after it.
        model.setCap(10, 0);
        QVERIFY(model.dropOldestToFit({numbered(builder, 160, 30)}) > 0);
        QCOMPARE(model.rowCount(), 0);
        model.appendBatch(numbered(builder, 160, 30));
        QCOMPARE(model.rowCount(), 10 - 10 / 20);
    }

    void modelSortKeepsCurrentMessage()
    {
        MessageListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        MessageBatchBuilder builder;
        model.appendBatch(numbered(builder, 0, 9));
        QPersistentModelIndex current = model.index(4, 0); // partition 1, offset 1
        QSignalSpy ready(&model, &MessageListModel::viewReady);
        model.sort(MessageListModel::PartitionColumn, Qt::AscendingOrder);
        QVERIFY(ready.wait());
        QCOMPARE(column(model, MessageListModel::PartitionColumn),
                 QStringLiteral("0,0,0,1,1,1,2,2,2").split(u','));
        QCOMPARE(model.rowOf(4), 4);
        // Merged in as they arrive.
        model.appendBatch(numbered(builder, 9, 3));
        QTRY_COMPARE(model.rowCount(), 12);
        QCOMPARE(column(model, MessageListModel::OffsetColumn),
                 QStringLiteral("0,1,2,3,0,1,2,3,0,1,2,3").split(u','));
        Q_UNUSED(current);
    }
};

QTEST_MAIN(TestMessageStore)
#include "tst_messagestore.moc"
