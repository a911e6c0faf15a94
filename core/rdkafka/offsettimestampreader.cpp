#include "rdkafka/offsettimestampreader.h"

#include "rdkafka/adminclient.h"
#include "rdkafka/rdkafkaptr.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QLoggingCategory>
#include <QUuid>

#include <librdkafka/rdkafka.h>

namespace Qafka {

namespace {

Q_LOGGING_CATEGORY(lcLagReader, "qafka.groups.reader", QtWarningMsg)

} // namespace

OffsetTimestampReader::~OffsetTimestampReader()
{
    // The reader never joins its group or commits, so there is nothing for a consumer close to
    // tell the coordinator; rd_kafka_consumer_close() would still wait on it (for as long as a
    // frozen broker takes).
    if (m_handle)
        rd_kafka_destroy_flags(m_handle, RD_KAFKA_DESTROY_F_NO_CONSUMER_CLOSE);
}

std::unique_ptr<OffsetTimestampReader>
OffsetTimestampReader::create(KafkaProperties properties, bool readCommitted, KafkaError *error)
{
    // assign() needs a group id; nothing here joins the group or commits to it.
    properties.append({QStringLiteral("group.id"), QStringLiteral("qafka-lag-reader-") +
                                                       QUuid::createUuid().toString(QUuid::Id128)});
    properties.append({QStringLiteral("enable.auto.commit"), QStringLiteral("false")});
    properties.append({QStringLiteral("enable.auto.offset.store"), QStringLiteral("false")});
    properties.append({QStringLiteral("enable.partition.eof"), QStringLiteral("true")});
    // A committed offset below the log start must say so, not silently read something later.
    properties.append({QStringLiteral("auto.offset.reset"), QStringLiteral("error")});
    properties.append(
        {QStringLiteral("isolation.level"),
         readCommitted ? QStringLiteral("read_committed") : QStringLiteral("read_uncommitted")});
    // One message per partition is all that is wanted: small fetches, and each partition is paused
    // after its first message. (queued.min.messages=1 would hold back every other partition once
    // anything is queued: the limit is on the consumer's shared queue.)
    properties.append({QStringLiteral("fetch.max.bytes"), QStringLiteral("1048576")});
    properties.append({QStringLiteral("max.partition.fetch.bytes"), QStringLiteral("1024")});
    properties.append({QStringLiteral("queued.max.messages.kbytes"), QStringLiteral("1024")});
    properties.append({QStringLiteral("fetch.wait.max.ms"), QStringLiteral("50")});
    properties.append({QStringLiteral("fetch.queue.backoff.ms"), QStringLiteral("10")});
    ConfPtr conf(AdminClient::buildConf(properties, error));
    if (!conf)
        return {};
    // Broker outages reach the user through the round's own errors; librdkafka's log lines
    // would only repeat them on stderr.
    rd_kafka_conf_set_log_cb(
        conf.get(), [](const rd_kafka_t *, int, const char *facility, const char *message) {
            qCDebug(lcLagReader) << facility << message;
        });
    char errstr[512];
    rd_kafka_t *handle = rd_kafka_new(RD_KAFKA_CONSUMER, conf.get(), errstr, sizeof errstr);
    if (!handle) {
        *error = {QCoreApplication::translate(
                      "OffsetTimestampReader",
                      "Could not create the consumer that reads message times: %1")
                      .arg(QString::fromUtf8(errstr)),
                  QStringLiteral("_INVALID_ARG"), AdminClient::creationHint(errstr)};
        return {};
    }
    (void)conf.release(); // the handle owns it now
    rd_kafka_poll_set_consumer(handle);
    std::unique_ptr<OffsetTimestampReader> reader(new OffsetTimestampReader);
    reader->m_handle = handle;
    reader->m_readCommitted = readCommitted;
    return reader;
}

namespace {

OffsetTimestampReader::Found foundIn(const rd_kafka_message_t *message)
{
    OffsetTimestampReader::Found answer;
    if (message->err == RD_KAFKA_RESP_ERR__PARTITION_EOF) {
        answer.kind = OffsetTimestampReader::Found::End;
    } else if (message->err == RD_KAFKA_RESP_ERR_NO_ERROR) {
        answer.kind = OffsetTimestampReader::Found::Message;
        answer.offset = message->offset;
        answer.timestampMs = rd_kafka_message_timestamp(message, nullptr);
    } else {
        answer.kind = OffsetTimestampReader::Found::Gone; // offset out of range, or not readable
    }
    return answer;
}

} // namespace

QHash<TopicPartition, OffsetTimestampReader::Found>
OffsetTimestampReader::read(const QHash<TopicPartition, qint64> &positions, int timeoutMs,
                            const std::atomic_bool *stop)
{
    QHash<TopicPartition, Found> found;
    if (positions.isEmpty())
        return found;
    const PartitionListPtr list(rd_kafka_topic_partition_list_new(int(positions.size())));
    for (auto it = positions.cbegin(); it != positions.cend(); ++it)
        rd_kafka_topic_partition_list_add(list.get(), it.key().topic.toUtf8().constData(),
                                          it.key().partition)
            ->offset = it.value();
    // A partition paused by an earlier read stays paused across assignments until resumed. Resumed
    // before it is assigned: resuming right after races the assignment's first fetch, and a lost
    // race costs librdkafka's one-second fetch backoff.
    rd_kafka_resume_partitions(m_handle, list.get());
    rd_kafka_assign(m_handle, list.get());

    const QDeadlineTimer deadline(timeoutMs);
    while (found.size() < positions.size() && !deadline.hasExpired() && !stop->load()) {
        const MessagePtr message(
            rd_kafka_consumer_poll(m_handle, int(std::min<qint64>(deadline.remainingTime(), 50))));
        if (!message || !message->rkt)
            continue;
        const TopicPartition key{QString::fromUtf8(rd_kafka_topic_name(message->rkt)),
                                 message->partition};
        if (!positions.contains(key) || found.contains(key))
            continue;
        found.insert(key, foundIn(message.get()));
        // Stop fetching this partition: one message is all it takes.
        const PartitionListPtr done(rd_kafka_topic_partition_list_new(1));
        rd_kafka_topic_partition_list_add(done.get(), rd_kafka_topic_name(message->rkt),
                                          message->partition);
        rd_kafka_pause_partitions(m_handle, done.get());
    }
    rd_kafka_assign(m_handle, nullptr);
    return found;
}

} // namespace Qafka
