#include "workers/browseworker.h"

#include "platform/freedmemory.h"
#include "rdkafka/browseconsumer.h"
#include "types/kafkaconfig.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QThread>

#include <algorithm>

Q_LOGGING_CATEGORY(lcBrowseTiming, "qafka.browse.timing", QtWarningMsg)

namespace Qafka {

namespace {

constexpr int kPollMs = 50;
constexpr qint64 kEmitEveryMs = 50;
// Small enough that the GUI thread adds one batch in a millisecond or two.
constexpr qsizetype kMaxBatchMessages = 20000;
constexpr qint64 kMaxBatchBytes = 64 << 20;
constexpr int kMaxUnacknowledged = 3;
constexpr int kScanPrefetchBytes = 128 * 1024;
// Records taken out of librdkafka's queue no longer count against its prefetch limits (below), so
// a search taking 10,000 per call let it fetch the next record batches while those were still
// being filtered: a whole-topic search of 10 M messages held 39 MB resident, with 1,000 per call
// 35-36 MB, and took no longer.
constexpr qsizetype kSearchRecordsPerCall = 1000;

// A search keeps only its matches, so what librdkafka fetches ahead is most of its memory: with
// the defaults (50 MB fetches, 64 MB and 100,000 messages queued) a whole-topic search settled at
// 280-360 MB resident, with 1 MB limits at 60 MB and with these at 40 MB, for 10 M messages as for
// 50 M (bench/run search). A fetch still returns at least one whole record batch (KIP-74), so big
// messages are read all the same. Queues this small are full after every fetch, and librdkafka
// then waits fetch.queue.backoff.ms before it looks again: at the browser's 10 ms a search took
// twice as long; at 1 ms it is faster than with 1 MB limits. The connection's own settings win.
void limitPrefetchForScan(KafkaProperties *properties)
{
    const QString limit = QString::number(kScanPrefetchBytes);
    const QList<QPair<QString, QString>> limits = {
        // A consumer sends only small requests; librdkafka refuses a fetch.max.bytes below it.
        {QStringLiteral("message.max.bytes"), limit},
        {QStringLiteral("fetch.max.bytes"), limit},
        {QStringLiteral("fetch.message.max.bytes"), limit},
        {QStringLiteral("queued.max.messages.kbytes"), QString::number(kScanPrefetchBytes / 1024)},
        {QStringLiteral("queued.min.messages"), QStringLiteral("1000")},
        {QStringLiteral("fetch.queue.backoff.ms"), QStringLiteral("1")},
    };
    // A connection that raised message.max.bytes needs fetches at least that large.
    const bool biggerMessages = KafkaConfig::sets(*properties, QStringLiteral("message.max.bytes"));
    for (const auto &limit : limits) {
        const bool needsBiggerFetches =
            biggerMessages && limit.first == QLatin1String("fetch.max.bytes");
        if (!KafkaConfig::sets(*properties, limit.first) && !needsBiggerFetches)
            properties->append(limit);
    }
}

} // namespace

BrowseWorker::BrowseWorker(quint64 loadId, const ConnectionProfile &profile,
                           const ProfileSecrets &secrets, const BrowseRequest &request)
    : m_loadId(loadId)
    , m_profile(profile)
    , m_secrets(secrets)
    , m_request(request)
{}

void BrowseWorker::run()
{
    scan();
    // The consumer and its threads are gone; what they freed is not (see freedmemory.h).
    QElapsedTimer returning;
    returning.start();
    returnFreedMemoryToSystem();
    qCDebug(lcBrowseTiming) << "freed memory returned in" << returning.nsecsElapsed() / 1000
                            << "us";
}

void BrowseWorker::scan()
{
    m_clock.start();
    if (m_request.searchFilter)
        m_matcher = std::make_unique<MessageFilter::Matcher>(*m_request.searchFilter);
    KafkaError error;
    KafkaProperties properties = KafkaConfig::forProfile(m_profile, m_secrets);
    if (m_request.searchFilter)
        limitPrefetchForScan(&properties);
    const std::unique_ptr<BrowseConsumer> consumer =
        BrowseConsumer::create(std::move(properties), &error);
    QHash<int, qint64> starts;
    qCDebug(lcBrowseTiming) << "consumer made after" << m_clock.elapsed() << "ms";
    if (!consumer || !prepare(consumer.get(), &starts, &error) ||
        !consumer->assign(m_request.topic, starts, &error))
        return finish(BrowseEnd::Failed, error);
    qCDebug(lcBrowseTiming) << "assigned after" << m_clock.elapsed() << "ms";
    readUntilDone(consumer.get());
    if (m_stop.load() && !m_stopAfterEmit)
        m_end = BrowseEnd::Stopped;
    if (m_builder.pendingCount() > 0)
        emitBatch();
    finish(m_end, m_error);
}

void BrowseWorker::finish(BrowseEnd end, const KafkaError &error)
{
    m_progress.elapsedMs = m_clock.elapsed();
    m_progress.partitions = QList<PartitionPosition>(m_positions.begin(), m_positions.end());
    emit finished(m_loadId, end, m_progress, error);
}

// Where each partition starts and (unless following) ends; *starts gets the partitions to read.
bool BrowseWorker::prepare(BrowseConsumer *consumer, QHash<int, qint64> *starts, KafkaError *error)
{
    QList<int> partitions;
    if (!consumer->partitionsOf(m_request.topic, &partitions, error))
        return false;
    if (!m_request.partitions.isEmpty())
        partitions.removeIf([&](int id) { return !m_request.partitions.contains(id); });
    if (partitions.isEmpty()) {
        *error = {QCoreApplication::translate("BrowseWorker",
                                              "Topic %1 has none of the chosen partitions.")
                      .arg(m_request.topic),
                  QStringLiteral("UNKNOWN_TOPIC_OR_PART"),
                  {}};
        return false;
    }
    qCDebug(lcBrowseTiming) << "partitions known after" << m_clock.elapsed() << "ms";
    QHash<int, qint64> low, high, atTime;
    if (!consumer->offsetsAt(m_request.topic, partitions, BrowseConsumer::kBeginning, &low,
                             error) ||
        !consumer->offsetsAt(m_request.topic, partitions, BrowseConsumer::kEnd, &high, error))
        return false;
    if (m_request.start == BrowseRequest::Start::Timestamp &&
        !consumer->offsetsAt(m_request.topic, partitions, m_request.timestampMs, &atTime, error))
        return false;
    if (m_request.searchFilter && !boundBySearch(consumer, &partitions, &low, &high, error))
        return false;
    for (int partition : std::as_const(partitions)) {
        PartitionPosition position;
        position.partition = partition;
        const qint64 end = high.value(partition);
        position.start = startOf(low.value(partition), end, atTime.value(partition, -1));
        position.position = position.start;
        position.end = m_request.follow ? -1 : end;
        position.done = !m_request.follow && position.start >= end;
        m_slotOf.insert(partition, m_positions.size());
        m_positions.push_back(position);
        if (!position.done)
            starts->insert(partition, position.start);
    }
    m_progress.partitions = QList<PartitionPosition>(m_positions.begin(), m_positions.end());
    return true;
}

// Offsets are kept inclusive-exclusive: low is the first to read, high the first not to. Timestamps
// are assumed to grow with offsets, as offsetsForTimes (and every peer tool's time search) does.
bool BrowseWorker::boundBySearch(BrowseConsumer *consumer, QList<int> *partitions,
                                 QHash<int, qint64> *low, QHash<int, qint64> *high,
                                 KafkaError *error) const
{
    const MessageFilterSpec &spec = m_request.searchFilter->spec();
    if (!spec.partitions.isEmpty())
        partitions->removeIf([&](int id) { return !spec.partitions.contains(id); });
    QHash<int, qint64> from, to;
    if ((spec.fromMs &&
         !consumer->offsetsAt(m_request.topic, *partitions, *spec.fromMs, &from, error)) ||
        (spec.toMs &&
         !consumer->offsetsAt(m_request.topic, *partitions, *spec.toMs + 1, &to, error)))
        return false;
    for (int partition : std::as_const(*partitions)) {
        qint64 first = low->value(partition);
        qint64 end = high->value(partition);
        if (spec.minOffset)
            first = qMax(first, *spec.minOffset);
        if (spec.fromMs) // -1: nothing at or after that time
            first = qMax(first, from.value(partition) < 0 ? end : from.value(partition));
        if (spec.maxOffset)
            end = qMin(end, *spec.maxOffset + 1);
        if (spec.toMs && to.value(partition) >= 0)
            end = qMin(end, to.value(partition));
        (*low)[partition] = qMin(first, end);
        (*high)[partition] = end;
    }
    return true;
}

// atTime: the first offset at or after the requested time, -1 when there is none.
qint64 BrowseWorker::startOf(qint64 first, qint64 end, qint64 atTime) const
{
    switch (m_request.start) {
    case BrowseRequest::Start::Beginning:
        return first;
    case BrowseRequest::Start::End:
        return end;
    case BrowseRequest::Start::Offset:
        return qBound(first, m_request.offset, end);
    case BrowseRequest::Start::Timestamp:
        return atTime < 0 ? end : qBound(first, atTime, end);
    case BrowseRequest::Start::LastPerPartition:
        return qMax(first, end - qMax<qint64>(0, m_request.lastCount));
    }
    return first;
}

bool BrowseWorker::allDone() const
{
    return std::all_of(m_positions.begin(), m_positions.end(),
                       [](const PartitionPosition &p) { return p.done; });
}

void BrowseWorker::emitBatch()
{
    m_progress.elapsedMs = m_clock.elapsed();
    m_progress.ratePerSecond = m_progress.elapsedMs > 0 ? double(m_progress.scanned) * 1000.0 /
                                                              double(m_progress.elapsedMs)
                                                        : 0;
    m_progress.partitions = QList<PartitionPosition>(m_positions.begin(), m_positions.end());
    m_unacknowledged.fetch_add(1);
    if (m_progress.loaded > 0 && m_progress.loaded == m_builder.pendingCount())
        qCDebug(lcBrowseTiming) << "first" << m_progress.loaded << "messages out after"
                                << m_progress.elapsedMs << "ms";
    emit batchReady(m_loadId, m_builder.take(), m_progress);
    m_sinceEmit.restart();
}

void BrowseWorker::readUntilDone(BrowseConsumer *consumer)
{
    m_sinceEmit.start();
    m_stopAfterEmit = allDone() && !m_request.follow;
    const qsizetype recordsPerCall =
        m_request.searchFilter ? kSearchRecordsPerCall : BrowseConsumer::kMaxRecordsPerCall;
    while (!m_stopAfterEmit && !m_stop.load()) {
        const bool backlog = m_unacknowledged.load() >= kMaxUnacknowledged;
        const bool full = m_builder.pendingCount() >= kMaxBatchMessages ||
                          m_builder.pendingBytes() >= kMaxBatchBytes;
        if (backlog && full) {
            // The GUI is behind: stop reading (librdkafka's prefetch is bounded) until it catches
            // up.
            QThread::msleep(5);
            continue;
        }
        bool gotMessages = false;
        consumer->consume(kPollMs, recordsPerCall, [&](const ConsumedRecord &record) {
            gotMessages = take(record) || gotMessages;
        });
        // A partition whose range is read would otherwise be fetched on (and thrown away) until
        // the last one is done: a search of a topic's first messages read most of the topic.
        if (!m_newlyDone.isEmpty()) {
            consumer->stopReading(m_request.topic, m_newlyDone);
            m_newlyDone.clear();
        }
        if (gotMessages) { // messages flow again: whatever was wrong is over
            consumer->clearWarning();
            if (m_end != BrowseEnd::Failed)
                m_progress.warning.clear();
        } else if (!consumer->lastWarning().isEmpty()) {
            m_progress.warning = consumer->lastWarning();
        }
        if (!m_request.follow && allDone())
            m_stopAfterEmit = true;
        // Idle (or searching without matches), a batch still goes out now and then to carry
        // progress and warnings.
        const qint64 idleEmitMs = (m_request.searchFilter ? 4 : 10) * kEmitEveryMs;
        // The first messages go out at once: the person jumped to an offset and waits for them.
        const bool first = m_progress.loaded == m_builder.pendingCount();
        const bool due =
            (m_builder.pendingCount() > 0 && (first || m_sinceEmit.elapsed() >= kEmitEveryMs)) ||
            m_sinceEmit.elapsed() >= idleEmitMs || m_builder.pendingCount() >= kMaxBatchMessages;
        if ((due && m_unacknowledged.load() < kMaxUnacknowledged) || m_stopAfterEmit)
            emitBatch();
    }
}

bool BrowseWorker::take(const ConsumedRecord &record)
{
    if (m_stopAfterEmit)
        return false;
    const auto slot = m_slotOf.constFind(record.partition);
    if (record.kind == ConsumedRecord::PartitionEnd) {
        // Transaction markers take offsets, so the end may never be a message.
        if (slot != m_slotOf.cend() && !m_request.follow &&
            record.offset >= m_positions[*slot].end) {
            m_positions[*slot].position = record.offset;
            markDone(m_positions[*slot]);
        }
        return false;
    }
    if (record.kind == ConsumedRecord::Problem) {
        m_progress.warning = record.problem;
        if (!record.fatal.isNull()) {
            m_error = record.fatal;
            m_end = BrowseEnd::Failed;
            m_stopAfterEmit = true;
        }
        return false;
    }
    if (slot == m_slotOf.cend())
        return false;
    PartitionPosition &position = m_positions[*slot];
    if (position.done) {
        ++m_progress.readBeyondRange;
        return false;
    }
    if (!m_request.follow && record.offset >= position.end) {
        ++m_progress.readBeyondRange;
        markDone(position);
        return false;
    }
    ++m_progress.scanned;
    position.position = record.offset + 1;
    if (!m_request.follow && position.position >= position.end)
        markDone(position);
    if (!keeps(record))
        return true;
    m_builder.add(record.partition, record.offset, record.timestampMs,
                  TimestampType(record.timestampType), record.key, record.value, record.headers);
    ++m_progress.loaded;
    m_progress.bytes += record.size;
    ++position.loaded;
    if (m_request.maxMessages > 0 && m_progress.loaded >= m_request.maxMessages) {
        m_end = BrowseEnd::LimitReached;
        m_stopAfterEmit = true;
    }
    return true;
}

void BrowseWorker::markDone(PartitionPosition &position)
{
    if (position.done)
        return;
    position.done = true;
    m_newlyDone.append(position.partition);
}

bool BrowseWorker::keeps(const ConsumedRecord &record) const
{
    if (!m_matcher)
        return true;
    MessageRecord where;
    where.partition = record.partition;
    where.offset = record.offset;
    where.timestampMs = record.timestampMs;
    return m_request.searchFilter->matches(where, {record.key, record.value, record.headers},
                                           *m_matcher);
}

} // namespace Qafka
