#include "rdkafka/browseconsumer.h"

#include "messages/storedmessage.h"
#include "rdkafka/adminclient.h"
#include "rdkafka/rdkafkaptr.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QUuid>

#include <algorithm>
#include <vector>

Q_LOGGING_CATEGORY(lcBrowse, "qafka.browse", QtWarningMsg)

namespace Qafka {

namespace {

constexpr int kRequestTimeoutMs = 5000;

KafkaError errorOf(rd_kafka_resp_err_t err, const QString &context)
{
    return {context + QStringLiteral(": ") + QString::fromUtf8(rd_kafka_err2str(err)),
            QString::fromUtf8(rd_kafka_err2name(err)),
            {}};
}

// assign() needs a group id, but nothing here joins or commits: no subscribe, no commits.
void addBrowseProperties(KafkaProperties *properties)
{
    properties->append(
        {QStringLiteral("group.id"),
         QStringLiteral("qafka-browser-") + QUuid::createUuid().toString(QUuid::Id128)});
    properties->append({QStringLiteral("enable.auto.commit"), QStringLiteral("false")});
    properties->append({QStringLiteral("enable.auto.offset.store"), QStringLiteral("false")});
    properties->append({QStringLiteral("enable.partition.eof"), QStringLiteral("true")});
    properties->append({QStringLiteral("auto.offset.reset"), QStringLiteral("earliest")});
    // Big messages: a record batch larger than the fetch limits is still returned whole (KIP-74),
    // up to the response limit. The fetch sizes themselves stay at librdkafka's defaults: larger
    // ones only cost fresh memory per response.
    properties->append({QStringLiteral("receive.message.max.bytes"), QStringLiteral("209715200")});
    // librdkafka (2.1+) waits a whole second before fetching again once its local queue was full;
    // a browser drains that queue in milliseconds, so ask again soon (a search asks for less).
    if (!KafkaConfig::sets(*properties, QStringLiteral("fetch.queue.backoff.ms")))
        properties->append({QStringLiteral("fetch.queue.backoff.ms"), QStringLiteral("10")});
    // A new handle connects to the bootstrap broker, then to each leader; with the default 100 ms
    // librdkafka paced those first connects so that about every other load waited 100 ms before
    // its metadata (bench/run seek). Backoff after failures still grows to its 10 s maximum.
    properties->append({QStringLiteral("reconnect.backoff.ms"), QStringLiteral("10")});
}

std::optional<QByteArrayView> bytesOf(const void *data, size_t size)
{
    if (!data)
        return std::nullopt;
    return QByteArrayView(static_cast<const char *>(data), qsizetype(size));
}

} // namespace

struct BrowseConsumer::Private
{
    // librdkafka's error callback runs on this thread, inside the consume call.
    QString warning;
    ConsumerHandlePtr handle;
    QueuePtr queue;
    std::vector<rd_kafka_message_t *> messages =
        std::vector<rd_kafka_message_t *>(size_t(kMaxRecordsPerCall));
    QByteArray headers;

    void fill(const rd_kafka_message_t *message, ConsumedRecord *record);
    void fillProblem(const rd_kafka_message_t *message, ConsumedRecord *record) const;
};

BrowseConsumer::~BrowseConsumer()
{
    // The queue before the handle it belongs to.
    if (d)
        d->queue.reset();
}

std::unique_ptr<BrowseConsumer> BrowseConsumer::create(KafkaProperties properties,
                                                       KafkaError *error)
{
    addBrowseProperties(&properties);
    ConfPtr conf(AdminClient::buildConf(properties, error));
    if (!conf)
        return nullptr;
    std::unique_ptr<BrowseConsumer> consumer(new BrowseConsumer);
    consumer->d = std::make_unique<Private>();
    rd_kafka_conf_set_opaque(conf.get(), consumer->d.get());
    rd_kafka_conf_set_error_cb(
        conf.get(), [](rd_kafka_t *, int err, const char *reason, void *opaque) {
            static_cast<Private *>(opaque)->warning =
                QString::fromUtf8(reason) + QStringLiteral(" (") +
                QString::fromUtf8(rd_kafka_err2name(rd_kafka_resp_err_t(err))) + QLatin1Char(')');
        });
    rd_kafka_conf_set_log_cb(
        conf.get(), [](const rd_kafka_t *, int level, const char *facility, const char *message) {
            qCDebug(lcBrowse) << level << facility << message;
        });
    char errstr[512];
    ConsumerHandlePtr handle(rd_kafka_new(RD_KAFKA_CONSUMER, conf.get(), errstr, sizeof errstr));
    if (!handle) {
        *error = {QCoreApplication::translate("BrowseWorker", "Could not create the consumer: %1")
                      .arg(QString::fromUtf8(errstr)),
                  QStringLiteral("_INVALID_ARG"), AdminClient::creationHint(errstr)};
        return nullptr;
    }
    (void)conf.release(); // the handle owns it now
    rd_kafka_poll_set_consumer(handle.get());
    consumer->d->queue.reset(rd_kafka_queue_get_consumer(handle.get()));
    consumer->d->handle = std::move(handle);
    return consumer;
}

bool BrowseConsumer::partitionsOf(const QString &topic, QList<int> *partitions, KafkaError *error)
{
    const QByteArray name = topic.toUtf8();
    const rd_kafka_metadata_t *raw = nullptr;
    rd_kafka_resp_err_t err;
    {
        const TopicPtr handle(rd_kafka_topic_new(d->handle.get(), name.constData(), nullptr));
        err = rd_kafka_metadata(d->handle.get(), 0, handle.get(), &raw, kRequestTimeoutMs);
    }
    const MetadataPtr metadata(raw);
    if (err) {
        *error = errorOf(
            err, QCoreApplication::translate("BrowseWorker", "Could not read the metadata of %1")
                     .arg(topic));
        return false;
    }
    const rd_kafka_metadata_topic_t *found = metadata->topic_cnt > 0 ? metadata->topics : nullptr;
    if (!found || found->err) {
        *error =
            errorOf(found ? found->err : RD_KAFKA_RESP_ERR_UNKNOWN_TOPIC_OR_PART,
                    QCoreApplication::translate("BrowseWorker", "Cannot read topic %1").arg(topic));
        return false;
    }
    partitions->clear();
    for (int i = 0; i < found->partition_cnt; ++i)
        partitions->append(found->partitions[i].id);
    std::sort(partitions->begin(), partitions->end());
    return true;
}

bool BrowseConsumer::offsetsAt(const QString &topic, const QList<int> &partitions, qint64 timestamp,
                               QHash<int, qint64> *offsets, KafkaError *error)
{
    const PartitionListPtr list(rd_kafka_topic_partition_list_new(int(partitions.size())));
    const QByteArray name = topic.toUtf8();
    for (int partition : partitions)
        rd_kafka_topic_partition_list_add(list.get(), name.constData(), partition)->offset =
            timestamp == kBeginning ? RD_KAFKA_OFFSET_BEGINNING
            : timestamp == kEnd     ? RD_KAFKA_OFFSET_END
                                    : timestamp;
    if (const rd_kafka_resp_err_t err =
            rd_kafka_offsets_for_times(d->handle.get(), list.get(), kRequestTimeoutMs)) {
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

bool BrowseConsumer::assign(const QString &topic, const QHash<int, qint64> &starts,
                            KafkaError *error)
{
    if (starts.isEmpty())
        return true;
    const PartitionListPtr list(rd_kafka_topic_partition_list_new(int(starts.size())));
    const QByteArray name = topic.toUtf8();
    for (auto it = starts.cbegin(); it != starts.cend(); ++it)
        rd_kafka_topic_partition_list_add(list.get(), name.constData(), it.key())->offset =
            it.value();
    if (const rd_kafka_resp_err_t err = rd_kafka_assign(d->handle.get(), list.get())) {
        *error = errorOf(
            err, QCoreApplication::translate("BrowseWorker", "Could not assign the partitions"));
        return false;
    }
    return true;
}

void BrowseConsumer::stopReading(const QString &topic, const QList<int> &partitions)
{
    if (partitions.isEmpty())
        return;
    const PartitionListPtr list(rd_kafka_topic_partition_list_new(int(partitions.size())));
    const QByteArray name = topic.toUtf8();
    for (int partition : partitions)
        rd_kafka_topic_partition_list_add(list.get(), name.constData(), partition);
    // Pausing bumps each partition's op version, so librdkafka discards its queued messages.
    // The call itself always succeeds; what failed is said per partition.
    rd_kafka_pause_partitions(d->handle.get(), list.get());
    for (int i = 0; i < list->cnt; ++i) {
        if (list->elems[i].err)
            qCWarning(lcBrowse) << "could not stop reading" << topic << list->elems[i].partition
                                << rd_kafka_err2str(list->elems[i].err);
    }
}

int BrowseConsumer::consume(int waitMs, qsizetype atMost,
                            const std::function<void(const ConsumedRecord &)> &found)
{
    const auto size = size_t(qBound<qsizetype>(1, atMost, kMaxRecordsPerCall));
    const ssize_t count =
        rd_kafka_consume_batch_queue(d->queue.get(), waitMs, d->messages.data(), size);
    ConsumedRecord record;
    for (ssize_t i = 0; i < count; ++i) {
        const MessagePtr message(d->messages[size_t(i)]);
        if (message->err)
            d->fillProblem(message.get(), &record);
        else
            d->fill(message.get(), &record);
        found(record);
    }
    return int(std::max<ssize_t>(count, 0));
}

void BrowseConsumer::Private::fill(const rd_kafka_message_t *message, ConsumedRecord *record)
{
    record->kind = ConsumedRecord::Message;
    record->partition = message->partition;
    record->offset = message->offset;
    headers.clear();
    rd_kafka_headers_t *list = nullptr;
    // rd_kafka_message_headers() wants a mutable message but only parses its headers lazily.
    auto *mutableMessage = const_cast<rd_kafka_message_t *>(message);
    if (rd_kafka_message_headers(mutableMessage, &list) == RD_KAFKA_RESP_ERR_NO_ERROR && list) {
        const char *name = nullptr;
        const void *value = nullptr;
        size_t size = 0;
        for (size_t h = 0;
             rd_kafka_header_get_all(list, h, &name, &value, &size) == RD_KAFKA_RESP_ERR_NO_ERROR;
             ++h)
            HeaderBlob::append(headers, QByteArrayView(name), bytesOf(value, size));
    }
    record->headers = headers;
    rd_kafka_timestamp_type_t timestampType = RD_KAFKA_TIMESTAMP_NOT_AVAILABLE;
    record->timestampMs = rd_kafka_message_timestamp(message, &timestampType);
    record->timestampType = int(timestampType);
    record->key = bytesOf(message->key, message->key_len);
    record->value = bytesOf(message->payload, message->len);
    record->size = qint64(message->len) + qint64(message->key_len);
}

void BrowseConsumer::Private::fillProblem(const rd_kafka_message_t *message,
                                          ConsumedRecord *record) const
{
    record->partition = message->partition;
    record->offset = message->offset;
    record->fatal = {};
    record->problem.clear();
    if (message->err == RD_KAFKA_RESP_ERR__PARTITION_EOF) {
        record->kind = ConsumedRecord::PartitionEnd;
        return;
    }
    record->kind = ConsumedRecord::Problem;
    if (message->err == RD_KAFKA_RESP_ERR_MSG_SIZE_TOO_LARGE ||
        message->err == RD_KAFKA_RESP_ERR__MSG_TIMED_OUT) {
        record->problem =
            QCoreApplication::translate("BrowseWorker", "Partition %1 at offset %2: %3")
                .arg(message->partition)
                .arg(message->offset)
                .arg(QString::fromUtf8(rd_kafka_err2str(message->err)));
        return;
    }
    record->problem = QString::fromUtf8(rd_kafka_err2str(message->err)) + QStringLiteral(" (") +
                      QString::fromUtf8(rd_kafka_err2name(message->err)) + QLatin1Char(')');
    if (message->err == RD_KAFKA_RESP_ERR_TOPIC_AUTHORIZATION_FAILED ||
        message->err == RD_KAFKA_RESP_ERR__UNKNOWN_TOPIC ||
        message->err == RD_KAFKA_RESP_ERR_UNKNOWN_TOPIC_OR_PART) {
        const char *topic = message->rkt ? rd_kafka_topic_name(message->rkt) : "";
        record->fatal = errorOf(message->err,
                                QCoreApplication::translate("BrowseWorker", "Cannot read topic %1")
                                    .arg(QString::fromUtf8(topic)));
    }
}

QString BrowseConsumer::lastWarning() const
{
    return d->warning;
}

void BrowseConsumer::clearWarning()
{
    d->warning.clear();
}

} // namespace Qafka
