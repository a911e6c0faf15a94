#pragma once

#include "rdkafka/keylesspartitions.h"
#include "types/clustertypes.h"
#include "types/kafkaconfig.h"
#include "types/messagetypes.h"
#include "types/producetypes.h"

#include <QHash>
#include <QList>

#include <atomic>
#include <functional>
#include <memory>

struct rd_kafka_s;
struct rd_kafka_topic_s;

namespace Qafka {

// The producer handle of one cluster connection: idempotent, acks=all, delivery reports per
// message. Used only on the cluster worker's thread; produce() never blocks (a full local queue
// is reported back so the caller retries later).
class ProducerClient
{
public:
    ~ProducerClient();
    ProducerClient(const ProducerClient &) = delete;
    ProducerClient &operator=(const ProducerClient &) = delete;

    // compression: none, gzip, snappy, lz4 or zstd.
    static std::unique_ptr<ProducerClient> create(KafkaProperties properties,
                                                  const QString &compression, KafkaError *error);

    enum class Result { Queued, QueueFull, Failed };
    // sequence comes back in the message's DeliveryReport. On Failed, *report says why.
    Result produce(const QString &topic, const OutgoingMessage &message, qint64 sequence,
                   DeliveryReport *report);

    // Hands the messages over in their order, those without headers in one librdkafka call per
    // run (one lock of the topic and one clock read, not one per message). Returns how many it
    // took, queued or failed with a report appended to *failures; the rest did not fit in the
    // local queue and are to be offered again.
    qsizetype produceBatch(const QString &topic, const QList<SequencedMessage> &messages,
                           QList<DeliveryReport> *failures);

    // The partitions of topic that have a leader, from the cluster's metadata: runs of messages
    // with neither key nor partition go to them in turn (KeylessPartitions). Without it, or when
    // the connection chose its own partitioner, librdkafka places each such message.
    void setOnlinePartitions(const QString &topic, const QList<int> &partitions);

    // Serves delivery reports (up to timeoutMs waiting for the first) into *reports.
    void poll(int timeoutMs, QList<DeliveryReport> *reports);
    // Drops what is still queued locally; each dropped message gets a "not sent" report.
    void purgeQueued();
    int inFlight() const; // produced, no delivery report yet
    // Waits at most timeoutMs for every in-flight message; returns how many remain.
    int flush(int timeoutMs, QList<DeliveryReport> *reports);
    // Waits for the messages in flight at most graceMs, in short slices that end early once stop
    // is raised, then purges what is left (queued or in flight) so the handle can go at once.
    // Returns how many were purged.
    int drain(int graceMs, const std::atomic_bool *stop, QList<DeliveryReport> *reports);
    QString compression() const { return m_compression; }
    // Set once librdkafka hit a fatal error (an idempotent producer refused by the broker, e.g.
    // not authorised to write): the handle sends nothing more and must be replaced.
    KafkaError fatalError() const;

    // librdkafka's delivery callback (public for the C trampoline only).
    static void onDelivery(rd_kafka_s *handle, const void *message, void *opaque);

private:
    ProducerClient() = default;
    // librdkafka's handle of a topic, made once: naming the topic per message costs a lookup
    // under a lock, and its conversion an allocation, on every message.
    rd_kafka_topic_s *topicHandle(const QString &topic);

    // A message librdkafka refused with err, named as the producer's fatal error when it is one.
    DeliveryReport refusal(qint64 sequence, int partition, int err) const;
    // Hands over messages [from, to), none with headers, in one call; returns how many it took.
    qsizetype produceRun(const QString &topicName, rd_kafka_topic_s *topic,
                         const QList<SequencedMessage> &messages, qsizetype from, qsizetype to,
                         QList<DeliveryReport> *failures);

    rd_kafka_s *m_handle = nullptr;
    QHash<QString, rd_kafka_topic_s *> m_topics;
    // The topic of the last message: a batch names the same QString every time, so comparing
    // its data pointer skips hashing the name per message.
    QString m_lastTopic;
    rd_kafka_topic_s *m_lastTopicHandle = nullptr;
    QString m_compression;
    KeylessPartitions m_keyless;
    bool m_spreadKeyless = true;             // false when the connection names its own partitioner
    QList<DeliveryReport> *m_sink = nullptr; // where onDelivery writes during poll()
};

} // namespace Qafka
