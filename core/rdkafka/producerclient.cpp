#include "rdkafka/producerclient.h"

#include "rdkafka/adminclient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcProducer, "qafka.producer", QtWarningMsg)

#include "rdkafka/rdkafkaptr.h"

#include <librdkafka/rdkafka.h>

#include <vector>

namespace Qafka {

namespace {

// librdkafka takes a non-null pointer with length 0 as an empty key or value and a null pointer as
// Kafka's null.
const char *bytesOrNull(const std::optional<QByteArray> &part)
{
    static const char empty = 0;
    if (!part)
        return nullptr;
    return part->isEmpty() ? &empty : part->constData();
}

// The per-message opaque carries the sequence number itself, not a pointer.
void *sequenceOpaque(qint64 sequence)
{
    return reinterpret_cast<void *>(intptr_t(sequence)); // NOLINT(performance-no-int-to-ptr)
}

} // namespace

// Runs inside rd_kafka_poll()/rd_kafka_flush() on the worker thread; opaque is the client.
void ProducerClient::onDelivery(rd_kafka_s *, const void *rawMessage, void *opaque)
{
    auto *client = static_cast<ProducerClient *>(opaque);
    const auto *message = static_cast<const rd_kafka_message_t *>(rawMessage);
    if (!client || !client->m_sink)
        return;
    DeliveryReport report;
    report.sequence = qint64(reinterpret_cast<intptr_t>(message->_private));
    report.partition = message->partition;
    if (message->err) {
        report.errorCode = QString::fromUtf8(rd_kafka_err2name(message->err));
        report.errorMessage = QString::fromUtf8(rd_kafka_err2str(message->err));
        const bool purged = message->err == RD_KAFKA_RESP_ERR__PURGE_QUEUE ||
                            message->err == RD_KAFKA_RESP_ERR__PURGE_INFLIGHT;
        // librdkafka purges everything after a fatal error: name that cause, not a cancel.
        if (const KafkaError fatal = client->fatalError(); purged && !fatal.isNull()) {
            report.errorCode = fatal.code;
            report.errorMessage = fatal.message;
        } else if (message->err == RD_KAFKA_RESP_ERR__PURGE_QUEUE) {
            report.errorMessage = QCoreApplication::translate(
                "ProducerClient", "Not sent: cancelled before it left this machine.");
        }
        if (rd_kafka_message_status(message) == RD_KAFKA_MSG_STATUS_POSSIBLY_PERSISTED) {
            report.possiblyWritten = true;
            report.errorMessage +=
                u' ' + QCoreApplication::translate("ProducerClient",
                                                   "It may have been written all the same: the "
                                                   "broker took it but did not confirm in time.");
        }
    } else {
        report.offset = message->offset;
        rd_kafka_timestamp_type_t type;
        report.timestampMs = rd_kafka_message_timestamp(message, &type);
    }
    client->m_sink->append(std::move(report));
}

ProducerClient::~ProducerClient()
{
    if (!m_handle)
        return;
    for (rd_kafka_topic_t *topic : std::as_const(m_topics))
        rd_kafka_topic_destroy(topic);
    // rd_kafka_destroy() would wait for whatever is still queued or in flight, for as long as the
    // brokers take (forever when they are frozen); drain() decided what was worth waiting for.
    rd_kafka_purge(m_handle, RD_KAFKA_PURGE_F_QUEUE | RD_KAFKA_PURGE_F_INFLIGHT |
                                 RD_KAFKA_PURGE_F_NON_BLOCKING);
    rd_kafka_destroy(m_handle);
}

std::unique_ptr<ProducerClient>
ProducerClient::create(KafkaProperties properties, const QString &compression, KafkaError *error)
{
    const bool ownPartitioner =
        KafkaConfig::sets(properties, QStringLiteral("partitioner")) ||
        KafkaConfig::sets(properties, QStringLiteral("sticky.partitioning.linger.ms"));
    // Safe defaults for test messages on real clusters: nothing duplicated, nothing acknowledged
    // before every in-sync replica has it.
    properties.append({QStringLiteral("enable.idempotence"), QStringLiteral("true")});
    properties.append({QStringLiteral("acks"), QStringLiteral("all")});
    properties.append({QStringLiteral("compression.type"),
                       compression.isEmpty() ? QStringLiteral("none") : compression});
    properties.append({QStringLiteral("linger.ms"), QStringLiteral("5")});
    // A broker that dies mid-batch turns into per-message errors within this time, not a hang.
    properties.append({QStringLiteral("message.timeout.ms"), QStringLiteral("15000")});
    properties.append({QStringLiteral("message.max.bytes"), QStringLiteral("100000000")});

    ConfPtr conf(AdminClient::buildConf(properties, error));
    if (!conf)
        return {};
    char errstr[512];
    std::unique_ptr<ProducerClient> client(new ProducerClient);
    // librdkafka logs to stderr by default; route it to Qt's logging like the admin handle.
    rd_kafka_conf_set_log_cb(
        conf.get(), [](const rd_kafka_t *, int level, const char *facility, const char *message) {
            qCDebug(lcProducer) << level << facility << message;
        });
    rd_kafka_conf_set_dr_msg_cb(
        conf.get(), [](rd_kafka_t *handle, const rd_kafka_message_t *message, void *opaque) {
            ProducerClient::onDelivery(handle, message, opaque);
        });
    rd_kafka_conf_set_opaque(conf.get(), client.get());
    rd_kafka_t *handle = rd_kafka_new(RD_KAFKA_PRODUCER, conf.get(), errstr, sizeof errstr);
    if (!handle) {
        *error = {
            QCoreApplication::translate("ProducerClient", "The producer could not be created: %1")
                .arg(QString::fromUtf8(errstr)),
            QStringLiteral("_INVALID_ARG"), AdminClient::creationHint(errstr)};
        return {};
    }
    (void)conf.release(); // the handle owns it now
    client->m_handle = handle;
    client->m_compression = compression;
    client->m_spreadKeyless = !ownPartitioner;
    return client;
}

ProducerClient::Result ProducerClient::produce(const QString &topic, const OutgoingMessage &message,
                                               qint64 sequence, DeliveryReport *report)
{
    rd_kafka_topic_t *topicHandle = this->topicHandle(topic);
    if (!topicHandle) {
        const rd_kafka_resp_err_t err = rd_kafka_last_error();
        report->sequence = sequence;
        report->partition = message.partition;
        report->errorCode = QString::fromUtf8(rd_kafka_err2name(err));
        report->errorMessage = QString::fromUtf8(rd_kafka_err2str(err));
        return Result::Failed;
    }
    rd_kafka_headers_t *headers = nullptr;
    if (!message.headers.isEmpty()) {
        headers = rd_kafka_headers_new(size_t(message.headers.size()));
        for (const MessageHeader &header : message.headers) {
            const QByteArray name = header.key.toUtf8();
            rd_kafka_header_add(headers, name.constData(), name.size(),
                                header.value ? header.value->constData() : nullptr,
                                header.value ? header.value->size() : 0);
        }
    }
    const size_t keyLength = message.key ? size_t(message.key->size()) : 0;
    const size_t valueLength = message.value ? size_t(message.value->size()) : 0;
    const int32_t partition = message.partition < 0 ? RD_KAFKA_PARTITION_UA : message.partition;
    auto *payload = const_cast<char *>(bytesOrNull(message.value));
    const rd_kafka_resp_err_t err = rd_kafka_producev(
        m_handle, RD_KAFKA_V_RKT(topicHandle), RD_KAFKA_V_PARTITION(partition),
        RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY),
        RD_KAFKA_V_KEY(bytesOrNull(message.key), keyLength), RD_KAFKA_V_VALUE(payload, valueLength),
        RD_KAFKA_V_OPAQUE(sequenceOpaque(sequence)), RD_KAFKA_V_HEADERS(headers), RD_KAFKA_V_END);
    if (err == RD_KAFKA_RESP_ERR_NO_ERROR)
        return Result::Queued; // librdkafka owns the headers now
    if (headers)
        rd_kafka_headers_destroy(headers);
    if (err == RD_KAFKA_RESP_ERR__QUEUE_FULL)
        return Result::QueueFull;
    *report = refusal(sequence, message.partition, err);
    return Result::Failed;
}

DeliveryReport ProducerClient::refusal(qint64 sequence, int partition, int err) const
{
    const auto code = rd_kafka_resp_err_t(err);
    DeliveryReport report;
    report.sequence = sequence;
    report.partition = partition;
    report.errorCode = QString::fromUtf8(rd_kafka_err2name(code));
    report.errorMessage = QString::fromUtf8(rd_kafka_err2str(code));
    if (const KafkaError fatal = fatalError();
        code == RD_KAFKA_RESP_ERR__FATAL && !fatal.isNull()) {
        report.errorCode = fatal.code;
        report.errorMessage = fatal.message;
    }
    return report;
}

qsizetype ProducerClient::produceBatch(const QString &topic,
                                       const QList<SequencedMessage> &messages,
                                       QList<DeliveryReport> *failures)
{
    rd_kafka_topic_t *topicHandle = this->topicHandle(topic);
    if (!topicHandle) {
        const rd_kafka_resp_err_t err = rd_kafka_last_error();
        for (const SequencedMessage &each : messages)
            failures->append(refusal(each.sequence, each.message.partition, err));
        return messages.size();
    }
    qsizetype taken = 0;
    while (taken < messages.size()) {
        const SequencedMessage &first = messages.at(taken);
        if (!first.message.headers.isEmpty()) {
            // librdkafka's batch call takes no headers: such a message goes on its own.
            DeliveryReport failure;
            const Result result = produce(topic, first.message, first.sequence, &failure);
            if (result == Result::QueueFull)
                return taken;
            if (result == Result::Failed)
                failures->append(failure);
            ++taken;
            continue;
        }
        qsizetype runEnd = taken + 1;
        while (runEnd < messages.size() && messages.at(runEnd).message.headers.isEmpty())
            ++runEnd;
        const qsizetype took = produceRun(topic, topicHandle, messages, taken, runEnd, failures);
        taken += took;
        if (taken < runEnd)
            return taken;
    }
    return taken;
}

qsizetype ProducerClient::produceRun(const QString &topicName, rd_kafka_topic_t *topic,
                                     const QList<SequencedMessage> &messages, qsizetype from,
                                     qsizetype to, QList<DeliveryReport> *failures)
{
    std::vector<rd_kafka_message_t> run(size_t(to - from));
    bool keyless = m_spreadKeyless;
    for (qsizetype i = from; i < to; ++i) {
        const OutgoingMessage &message = messages.at(i).message;
        rd_kafka_message_t &entry = run[size_t(i - from)];
        entry = {};
        entry.partition = message.partition < 0 ? RD_KAFKA_PARTITION_UA : message.partition;
        entry.key = const_cast<char *>(bytesOrNull(message.key));
        entry.key_len = message.key ? size_t(message.key->size()) : 0;
        entry.payload = const_cast<char *>(bytesOrNull(message.value));
        entry.len = message.value ? size_t(message.value->size()) : 0;
        entry._private = sequenceOpaque(messages.at(i).sequence);
        keyless = keyless && !message.key && message.partition < 0;
    }
    int runPartition = keyless ? m_keyless.next(topicName) : -1;
    if (runPartition >= 0) {
        // One partition for the whole run: librdkafka looks it up once.
        rd_kafka_produce_batch(topic, runPartition, RD_KAFKA_MSG_F_COPY, run.data(),
                               int(run.size()));
        // The producer's metadata may not know a partition the cluster's refresh named (added
        // since; the handle does not refresh on a timer). Then librdkafka took none of the run,
        // and places it itself among the partitions it knows.
        if (!run.empty() && run.front().err == RD_KAFKA_RESP_ERR__UNKNOWN_PARTITION) {
            m_keyless.leaveOut(topicName, runPartition);
            runPartition = -1;
        }
    }
    if (runPartition < 0) {
        // Each message names its partition (UA: the partitioner's choice, as produce() does).
        rd_kafka_produce_batch(topic, RD_KAFKA_PARTITION_UA,
                               RD_KAFKA_MSG_F_COPY | RD_KAFKA_MSG_F_PARTITION, run.data(),
                               int(run.size()));
    }
    for (size_t i = 0; i < run.size(); ++i) {
        // A full queue refuses this message and every one after it: they are offered again.
        if (run[i].err == RD_KAFKA_RESP_ERR__QUEUE_FULL)
            return qsizetype(i);
        if (run[i].err != RD_KAFKA_RESP_ERR_NO_ERROR) {
            const SequencedMessage &each = messages.at(from + qsizetype(i));
            failures->append(refusal(each.sequence,
                                     runPartition >= 0 ? runPartition : each.message.partition,
                                     run[i].err));
        }
    }
    return qsizetype(run.size());
}

void ProducerClient::setOnlinePartitions(const QString &topic, const QList<int> &partitions)
{
    m_keyless.setOnline(topic, partitions);
}

rd_kafka_topic_t *ProducerClient::topicHandle(const QString &topic)
{
    if (m_lastTopicHandle && topic.constData() == m_lastTopic.constData() &&
        topic.size() == m_lastTopic.size())
        return m_lastTopicHandle;
    rd_kafka_topic_t *handle = m_topics.value(topic);
    if (!handle) {
        handle = rd_kafka_topic_new(m_handle, topic.toUtf8().constData(), nullptr);
        if (!handle)
            return nullptr;
        m_topics.insert(topic, handle);
    }
    m_lastTopic = topic;
    m_lastTopicHandle = handle;
    return handle;
}

KafkaError ProducerClient::fatalError() const
{
    char reason[512];
    const rd_kafka_resp_err_t err = rd_kafka_fatal_error(m_handle, reason, sizeof reason);
    if (err == RD_KAFKA_RESP_ERR_NO_ERROR)
        return {};
    QString hint;
    if (err == RD_KAFKA_RESP_ERR_CLUSTER_AUTHORIZATION_FAILED ||
        err == RD_KAFKA_RESP_ERR_TOPIC_AUTHORIZATION_FAILED)
        hint = QCoreApplication::translate(
            "ProducerClient",
            "This user may not write here: an idempotent producer needs the WRITE "
            "permission on the topic (or IDEMPOTENT_WRITE on the cluster).");
    return {QCoreApplication::translate("ProducerClient", "The producer stopped: %1")
                .arg(QString::fromUtf8(reason)),
            QString::fromUtf8(rd_kafka_err2name(err)), hint};
}

void ProducerClient::poll(int timeoutMs, QList<DeliveryReport> *reports)
{
    m_sink = reports;
    rd_kafka_poll(m_handle, timeoutMs);
    m_sink = nullptr;
}

void ProducerClient::purgeQueued()
{
    rd_kafka_purge(m_handle, RD_KAFKA_PURGE_F_QUEUE);
}

int ProducerClient::inFlight() const
{
    return rd_kafka_outq_len(m_handle);
}

int ProducerClient::drain(int graceMs, const std::atomic_bool *stop, QList<DeliveryReport> *reports)
{
    QDeadlineTimer deadline(graceMs);
    while (rd_kafka_outq_len(m_handle) > 0 && !deadline.hasExpired() && !(stop && stop->load()))
        flush(int(std::min<qint64>(50, deadline.remainingTime())), reports);
    const int left = rd_kafka_outq_len(m_handle);
    if (left > 0) {
        rd_kafka_purge(m_handle, RD_KAFKA_PURGE_F_QUEUE | RD_KAFKA_PURGE_F_INFLIGHT);
        flush(0, reports); // hands out the purged messages' reports
    }
    return left;
}

int ProducerClient::flush(int timeoutMs, QList<DeliveryReport> *reports)
{
    m_sink = reports;
    rd_kafka_flush(m_handle, timeoutMs);
    m_sink = nullptr;
    return rd_kafka_outq_len(m_handle);
}

} // namespace Qafka
