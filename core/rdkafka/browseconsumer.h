#pragma once

#include "types/clustertypes.h"
#include "types/kafkaconfig.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>

#include <functional>
#include <memory>
#include <optional>

struct rd_kafka_s;

namespace Qafka {

// One thing BrowseConsumer::consume() found: a message, the end of a partition, or a problem.
struct ConsumedRecord
{
    enum Kind : quint8 { Message, PartitionEnd, Problem };
    Kind kind = Message;
    int partition = -1;
    qint64 offset = -1;
    qint64 timestampMs = -1;
    int timestampType = 0; // TimestampType
    std::optional<QByteArrayView> key;
    std::optional<QByteArrayView> value;
    QByteArrayView headers; // HeaderBlob format
    qint64 size = 0;        // key + value bytes
    QString problem;        // Problem: in words
    KafkaError fatal;       // Problem: set when the topic cannot be read at all
};

// The consumer the message browser reads one topic with: assigned its partitions, it never joins
// a group or commits. Used on the browse worker's thread only; every call is bounded.
class BrowseConsumer
{
public:
    ~BrowseConsumer();
    BrowseConsumer(const BrowseConsumer &) = delete;
    BrowseConsumer &operator=(const BrowseConsumer &) = delete;

    static std::unique_ptr<BrowseConsumer> create(KafkaProperties properties, KafkaError *error);

    // The topic's partition ids, sorted.
    bool partitionsOf(const QString &topic, QList<int> *partitions, KafkaError *error);
    // The offset per partition at a timestamp (ms), or at kBeginning / kEnd.
    static constexpr qint64 kBeginning = -2;
    static constexpr qint64 kEnd = -1;
    bool offsetsAt(const QString &topic, const QList<int> &partitions, qint64 timestamp,
                   QHash<int, qint64> *offsets, KafkaError *error);
    // Reads from starts[partition] onwards.
    bool assign(const QString &topic, const QHash<int, qint64> &starts, KafkaError *error);
    // Stops fetching these partitions and drops what was fetched of them and not yet consumed.
    void stopReading(const QString &topic, const QList<int> &partitions);

    static constexpr qsizetype kMaxRecordsPerCall = 10000;
    // Waits up to waitMs for what arrived and hands each record, atMost of them at most (bounded
    // to 1..kMaxRecordsPerCall), to found; the views stay valid only during the call. Returns how
    // many records there were.
    int consume(int waitMs, qsizetype atMost,
                const std::function<void(const ConsumedRecord &)> &found);

    // What librdkafka's error callback said last (broker down, leader moved); the browser shows
    // it while no messages flow.
    QString lastWarning() const;
    void clearWarning();

private:
    BrowseConsumer() = default;
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Qafka
