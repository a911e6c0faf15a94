#pragma once

#include "groups/grouptypes.h"
#include "types/clustertypes.h"
#include "types/kafkaconfig.h"

#include <QHash>

#include <atomic>
#include <memory>

struct rd_kafka_s;

namespace Qafka {

// Reads the first message at or after given offsets, only to learn its offset and timestamp: the
// exact time lag of a consumer group is the age of the first message it has not consumed. An
// assigned consumer with a throwaway group id that never subscribes or commits; fetches stay small.
class OffsetTimestampReader
{
public:
    ~OffsetTimestampReader();
    OffsetTimestampReader(const OffsetTimestampReader &) = delete;
    OffsetTimestampReader &operator=(const OffsetTimestampReader &) = delete;

    // readCommitted: skip aborted transactions and stop at the last stable offset, as a
    // read_committed consumer would.
    static std::unique_ptr<OffsetTimestampReader> create(KafkaProperties properties,
                                                         bool readCommitted, KafkaError *error);

    bool readCommitted() const { return m_readCommitted; }

    struct Found
    {
        enum Kind : quint8 {
            Message, // offset/timestampMs of the first readable message at or after the position
            End,     // nothing readable between the position and the end of the partition
            Gone,    // the position is below the log start (deleted by retention) or unreadable
        };
        Kind kind = Gone;
        qint64 offset = -1;
        qint64 timestampMs = -1;
    };
    // Answers what it could within timeoutMs; positions not answered in time are missing.
    QHash<TopicPartition, Found> read(const QHash<TopicPartition, qint64> &positions, int timeoutMs,
                                      const std::atomic_bool *stop);

private:
    OffsetTimestampReader() = default;

    rd_kafka_s *m_handle = nullptr;
    bool m_readCommitted = false;
};

} // namespace Qafka
