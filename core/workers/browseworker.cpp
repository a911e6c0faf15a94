#include "workers/browseworker.h"

#include "messages/messagebatchbuilder.h"
#include "rdkafka/adminclient.h"
#include "types/kafkaconfig.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QLoggingCategory>
#include <QScopeGuard>
#include <QThread>
#include <QUuid>

#include <librdkafka/rdkafka.h>

#include <algorithm>
#include <memory>
#include <vector>

Q_LOGGING_CATEGORY(lcBrowse, "qafka.browse", QtWarningMsg)

namespace Qafka {

namespace {

KafkaError errorOf(rd_kafka_resp_err_t err, const QString &context)
{
    return {context + QStringLiteral(": ") + QString::fromUtf8(rd_kafka_err2str(err)),
            QString::fromUtf8(rd_kafka_err2name(err)),
            {}};
}

constexpr int kRequestTimeoutMs = 5000;
constexpr int kPollMs = 50;
constexpr qint64 kEmitEveryMs = 50;
// Small enough that the GUI thread adds one batch in a millisecond or two.
constexpr qsizetype kMaxBatchMessages = 20000;
constexpr qint64 kMaxBatchBytes = 64 << 20;
constexpr int kMaxUnacknowledged = 3;

struct HandleDeleter
{
    void operator()(rd_kafka_t *handle) const
    {
        // The browse consumer has no group membership to leave; never wait on a dead cluster.
        rd_kafka_destroy_flags(handle, RD_KAFKA_DESTROY_F_NO_CONSUMER_CLOSE);
    }
};
using HandlePtr = std::unique_ptr<rd_kafka_t, HandleDeleter>;

struct ListDeleter
{
    void operator()(rd_kafka_topic_partition_list_t *list) const
    {
        rd_kafka_topic_partition_list_destroy(list);
    }
};
using ListPtr = std::unique_ptr<rd_kafka_topic_partition_list_t, ListDeleter>;

// librdkafka's error callback runs on this thread, inside the consume call.
struct CallbackState
{
    QString warning;
};

// Offsets for "timestamp" per partition via ListOffsets; -1 latest and -2 earliest work too.
bool offsetsAt(rd_kafka_t *handle, const QString &topic, const QList<int> &partitions,
               qint64 timestamp, QHash<int, qint64> *offsets, KafkaError *error)
{
    ListPtr list(rd_kafka_topic_partition_list_new(int(partitions.size())));
    const QByteArray topicName = topic.toUtf8();
    for (int partition : partitions)
        rd_kafka_topic_partition_list_add(list.get(), topicName.constData(), partition)->offset =
            timestamp;
    const rd_kafka_resp_err_t err =
        rd_kafka_offsets_for_times(handle, list.get(), kRequestTimeoutMs);
    if (err) {
        *error =
            errorOf(err, QCoreApplication::translate("BrowseWorker", "Could not look up offsets"));
        return false;
    }
    for (int i = 0; i < list->cnt; ++i) {
        const rd_kafka_topic_partition_t &entry = list->elems[i];
        if (entry.err) {
            *error = errorOf(entry.err,
                             QCoreApplication::translate(
                                 "BrowseWorker", "Could not look up the offsets of partition %1")
                                 .arg(entry.partition));
            return false;
        }
        offsets->insert(entry.partition, entry.offset);
    }
    return true;
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
    QElapsedTimer clock;
    clock.start();
    BrowseProgress progress;
    const auto fail = [&](const KafkaError &error) {
        progress.elapsedMs = clock.elapsed();
        emit finished(m_loadId, BrowseEnd::Failed, progress, error);
    };

    KafkaProperties properties = KafkaConfig::forProfile(m_profile, m_secrets);
    // assign() needs a group id, but nothing here joins or commits: no subscribe, no commits.
    properties.append({QStringLiteral("group.id"), QStringLiteral("qafka-browser-") +
                                                       QUuid::createUuid().toString(QUuid::Id128)});
    properties.append({QStringLiteral("enable.auto.commit"), QStringLiteral("false")});
    properties.append({QStringLiteral("enable.auto.offset.store"), QStringLiteral("false")});
    properties.append({QStringLiteral("enable.partition.eof"), QStringLiteral("true")});
    properties.append({QStringLiteral("auto.offset.reset"), QStringLiteral("earliest")});
    // Big messages: a record batch larger than the fetch limits is still returned whole (KIP-74),
    // up to the response limit. The fetch sizes themselves stay at librdkafka's defaults: larger
    // ones only cost fresh memory per response.
    properties.append({QStringLiteral("receive.message.max.bytes"), QStringLiteral("209715200")});
    // librdkafka (2.1+) waits a whole second before fetching again once its local queue was full;
    // a browser drains that queue in milliseconds, so ask again soon.
    properties.append({QStringLiteral("fetch.queue.backoff.ms"), QStringLiteral("10")});

    KafkaError error;
    rd_kafka_conf_t *conf = AdminClient::buildConf(properties, &error);
    if (!conf)
        return fail(error);
    CallbackState callbacks;
    rd_kafka_conf_set_opaque(conf, &callbacks);
    rd_kafka_conf_set_error_cb(conf, [](rd_kafka_t *, int err, const char *reason, void *opaque) {
        auto *state = static_cast<CallbackState *>(opaque);
        state->warning = QString::fromUtf8(reason) + QStringLiteral(" (") +
                         QString::fromUtf8(rd_kafka_err2name(rd_kafka_resp_err_t(err))) +
                         QLatin1Char(')');
    });
    rd_kafka_conf_set_log_cb(
        conf, [](const rd_kafka_t *, int level, const char *facility, const char *message) {
            qCDebug(lcBrowse) << level << facility << message;
        });
    char errstr[512];
    HandlePtr handle(rd_kafka_new(RD_KAFKA_CONSUMER, conf, errstr, sizeof errstr));
    if (!handle) {
        rd_kafka_conf_destroy(conf);
        return fail(
            {QCoreApplication::translate("BrowseWorker", "Could not create the consumer: %1")
                 .arg(QString::fromUtf8(errstr)),
             QStringLiteral("_INVALID_ARG"), AdminClient::creationHint(errstr)});
    }
    rd_kafka_poll_set_consumer(handle.get());

    // Partitions of the topic.
    const QByteArray topicName = m_request.topic.toUtf8();
    QList<int> partitions;
    {
        rd_kafka_topic_t *topic = rd_kafka_topic_new(handle.get(), topicName.constData(), nullptr);
        const rd_kafka_metadata_t *metadata = nullptr;
        const rd_kafka_resp_err_t err =
            rd_kafka_metadata(handle.get(), 0, topic, &metadata, kRequestTimeoutMs);
        rd_kafka_topic_destroy(topic);
        if (err)
            return fail(errorOf(err, QCoreApplication::translate(
                                         "BrowseWorker", "Could not read the metadata of %1")
                                         .arg(m_request.topic)));
        const rd_kafka_metadata_topic_t *found =
            metadata->topic_cnt > 0 ? metadata->topics : nullptr;
        if (!found || found->err) {
            const rd_kafka_resp_err_t topicErr =
                found ? found->err : RD_KAFKA_RESP_ERR_UNKNOWN_TOPIC_OR_PART;
            rd_kafka_metadata_destroy(metadata);
            return fail(errorOf(topicErr,
                                QCoreApplication::translate("BrowseWorker", "Cannot read topic %1")
                                    .arg(m_request.topic)));
        }
        for (int i = 0; i < found->partition_cnt; ++i) {
            const int id = found->partitions[i].id;
            if (m_request.partitions.isEmpty() || m_request.partitions.contains(id))
                partitions.append(id);
        }
        rd_kafka_metadata_destroy(metadata);
    }
    std::sort(partitions.begin(), partitions.end());
    if (partitions.isEmpty())
        return fail({QCoreApplication::translate("BrowseWorker",
                                                 "Topic %1 has none of the chosen partitions.")
                         .arg(m_request.topic),
                     QStringLiteral("UNKNOWN_TOPIC_OR_PART"),
                     {}});

    QHash<int, qint64> low, high;
    if (!offsetsAt(handle.get(), m_request.topic, partitions, RD_KAFKA_OFFSET_BEGINNING, &low,
                   &error) ||
        !offsetsAt(handle.get(), m_request.topic, partitions, RD_KAFKA_OFFSET_END, &high, &error))
        return fail(error);
    QHash<int, qint64> atTime;
    if (m_request.start == BrowseRequest::Start::Timestamp &&
        !offsetsAt(handle.get(), m_request.topic, partitions, m_request.timestampMs, &atTime,
                   &error))
        return fail(error);

    // Where each partition starts and (unless following) ends.
    std::vector<PartitionPosition> positions;
    QHash<int, size_t> slotOf;
    ListPtr assignment(rd_kafka_topic_partition_list_new(int(partitions.size())));
    for (int partition : partitions) {
        PartitionPosition position;
        position.partition = partition;
        const qint64 first = low.value(partition);
        const qint64 end = high.value(partition);
        switch (m_request.start) {
        case BrowseRequest::Start::Beginning:
            position.start = first;
            break;
        case BrowseRequest::Start::End:
            position.start = end;
            break;
        case BrowseRequest::Start::Offset:
            position.start = qBound(first, m_request.offset, end);
            break;
        case BrowseRequest::Start::Timestamp: {
            // -1: no message at or after that time.
            const qint64 offset = atTime.value(partition, -1);
            position.start = offset < 0 ? end : qBound(first, offset, end);
            break;
        }
        case BrowseRequest::Start::LastPerPartition:
            position.start = qMax(first, end - qMax<qint64>(0, m_request.lastCount));
            break;
        }
        position.position = position.start;
        position.end = m_request.follow ? -1 : end;
        position.done = !m_request.follow && position.start >= end;
        slotOf.insert(partition, positions.size());
        positions.push_back(position);
        if (!position.done)
            rd_kafka_topic_partition_list_add(assignment.get(), topicName.constData(), partition)
                ->offset = position.start;
    }
    const auto publishPositions = [&] {
        progress.partitions = QList<PartitionPosition>(positions.begin(), positions.end());
    };
    const auto allDone = [&] {
        return std::all_of(positions.begin(), positions.end(),
                           [](const PartitionPosition &p) { return p.done; });
    };
    publishPositions();

    if (assignment->cnt > 0) {
        if (rd_kafka_resp_err_t err = rd_kafka_assign(handle.get(), assignment.get()))
            return fail(errorOf(err, QCoreApplication::translate(
                                         "BrowseWorker", "Could not assign the partitions")));
    }
    rd_kafka_queue_t *queue = rd_kafka_queue_get_consumer(handle.get());
    const auto destroyQueue = qScopeGuard([queue] {
        if (queue)
            rd_kafka_queue_destroy(queue);
    });

    MessageBatchBuilder builder;
    QByteArray headersBlob;
    std::vector<rd_kafka_message_t *> messages(10000);
    QElapsedTimer sinceEmit;
    sinceEmit.start();
    BrowseEnd end = BrowseEnd::Completed;
    bool stopAfterEmit = allDone() && !m_request.follow;

    const auto emitBatch = [&] {
        progress.elapsedMs = clock.elapsed();
        progress.ratePerSecond = progress.elapsedMs > 0
                                     ? double(progress.loaded) * 1000.0 / double(progress.elapsedMs)
                                     : 0;
        publishPositions();
        m_unacknowledged.fetch_add(1);
        emit batchReady(m_loadId, builder.take(), progress);
        sinceEmit.restart();
    };

    while (!stopAfterEmit && !m_stop.load()) {
        const bool backlog = m_unacknowledged.load() >= kMaxUnacknowledged;
        const bool full =
            builder.pendingCount() >= kMaxBatchMessages || builder.pendingBytes() >= kMaxBatchBytes;
        if (backlog && full) {
            // The GUI is behind: stop reading (librdkafka's prefetch is bounded) until it catches
            // up.
            QThread::msleep(5);
            continue;
        }
        const ssize_t count =
            rd_kafka_consume_batch_queue(queue, kPollMs, messages.data(), messages.size());
        bool gotMessages = false;
        for (ssize_t i = 0; i < count; ++i) {
            rd_kafka_message_t *message = messages[size_t(i)];
            const auto destroy = qScopeGuard([message] { rd_kafka_message_destroy(message); });
            if (stopAfterEmit)
                continue;
            const auto slot = slotOf.constFind(message->partition);
            if (message->err) {
                if (message->err == RD_KAFKA_RESP_ERR__PARTITION_EOF) {
                    // Transaction markers take offsets, so the end may never be a message.
                    if (slot != slotOf.cend() && !m_request.follow &&
                        message->offset >= positions[*slot].end) {
                        positions[*slot].done = true;
                        positions[*slot].position = message->offset;
                    }
                } else if (message->err == RD_KAFKA_RESP_ERR_MSG_SIZE_TOO_LARGE ||
                           message->err == RD_KAFKA_RESP_ERR__MSG_TIMED_OUT) {
                    progress.warning =
                        QCoreApplication::translate("BrowseWorker", "Partition %1 at offset %2: %3")
                            .arg(message->partition)
                            .arg(message->offset)
                            .arg(QString::fromUtf8(rd_kafka_err2str(message->err)));
                } else {
                    progress.warning =
                        QString::fromUtf8(rd_kafka_err2str(message->err)) + QStringLiteral(" (") +
                        QString::fromUtf8(rd_kafka_err2name(message->err)) + QLatin1Char(')');
                    if (message->err == RD_KAFKA_RESP_ERR_TOPIC_AUTHORIZATION_FAILED ||
                        message->err == RD_KAFKA_RESP_ERR__UNKNOWN_TOPIC ||
                        message->err == RD_KAFKA_RESP_ERR_UNKNOWN_TOPIC_OR_PART) {
                        error = errorOf(message->err, QCoreApplication::translate(
                                                          "BrowseWorker", "Cannot read topic %1")
                                                          .arg(m_request.topic));
                        end = BrowseEnd::Failed;
                        stopAfterEmit = true;
                    }
                }
                continue;
            }
            if (slot == slotOf.cend())
                continue;
            PartitionPosition &position = positions[*slot];
            if (position.done)
                continue;
            if (!m_request.follow && message->offset >= position.end) {
                position.done = true;
                continue;
            }
            gotMessages = true;
            headersBlob.clear();
            rd_kafka_headers_t *headers = nullptr;
            if (rd_kafka_message_headers(message, &headers) == RD_KAFKA_RESP_ERR_NO_ERROR &&
                headers) {
                const char *name = nullptr;
                const void *value = nullptr;
                size_t size = 0;
                for (size_t h = 0; rd_kafka_header_get_all(headers, h, &name, &value, &size) ==
                                   RD_KAFKA_RESP_ERR_NO_ERROR;
                     ++h) {
                    HeaderBlob::append(headersBlob, QByteArrayView(name),
                                       value
                                           ? std::optional<QByteArrayView>(QByteArrayView(
                                                 static_cast<const char *>(value), qsizetype(size)))
                                           : std::nullopt);
                }
            }
            rd_kafka_timestamp_type_t timestampType = RD_KAFKA_TIMESTAMP_NOT_AVAILABLE;
            const qint64 timestamp = rd_kafka_message_timestamp(message, &timestampType);
            const auto bytesOf = [](const void *data,
                                    size_t size) -> std::optional<QByteArrayView> {
                if (!data)
                    return std::nullopt;
                return QByteArrayView(static_cast<const char *>(data), qsizetype(size));
            };
            builder.add(message->partition, message->offset, timestamp,
                        TimestampType(int(timestampType)), bytesOf(message->key, message->key_len),
                        bytesOf(message->payload, message->len), headersBlob);
            ++progress.loaded;
            progress.bytes += qint64(message->len + message->key_len);
            ++position.loaded;
            position.position = message->offset + 1;
            if (!m_request.follow && position.position >= position.end)
                position.done = true;
            if (m_request.maxMessages > 0 && progress.loaded >= m_request.maxMessages) {
                end = BrowseEnd::LimitReached;
                stopAfterEmit = true;
            }
        }
        if (gotMessages) { // messages flow again: whatever was wrong is over
            callbacks.warning.clear();
            if (end != BrowseEnd::Failed)
                progress.warning.clear();
        } else if (!callbacks.warning.isEmpty()) {
            progress.warning = callbacks.warning;
        }
        if (!m_request.follow && allDone())
            stopAfterEmit = true;
        // Idle, a batch still goes out now and then to carry progress and warnings.
        const bool due = (builder.pendingCount() > 0 && sinceEmit.elapsed() >= kEmitEveryMs) ||
                         sinceEmit.elapsed() >= 10 * kEmitEveryMs ||
                         builder.pendingCount() >= kMaxBatchMessages;
        if ((due && m_unacknowledged.load() < kMaxUnacknowledged) || stopAfterEmit)
            emitBatch();
    }
    if (m_stop.load() && !stopAfterEmit)
        end = BrowseEnd::Stopped;
    if (builder.pendingCount() > 0)
        emitBatch();
    progress.elapsedMs = clock.elapsed();
    publishPositions();
    emit finished(m_loadId, end, progress, error);
}

} // namespace Qafka
