#pragma once

#include "types/clustertypes.h"
#include "types/topictypes.h"

#include <QDeadlineTimer>
#include <QStringList>

#include <memory>

struct rd_kafka_op_s; // rd_kafka_event_t

namespace Qafka {

class AdminClient;
class AdminRequests;

// The watermarks (earliest and latest offsets) and summary configs (cleanup.policy, retention.ms,
// min.insync.replicas) of many topics, for the topic table. Every request goes out when this is
// made; the answers are read as they arrive (collect(), so the cluster worker keeps serving other
// calls meanwhile) or waited for (waitUntilDone()). Used on the AdminClient's thread only.
class TopicStatsReader
{
public:
    // partitionCounts[i] is the partition count of topics[i] (from the last metadata).
    TopicStatsReader(AdminClient *client, const QStringList &topics,
                     const QList<int> &partitionCounts, int timeoutMs);
    ~TopicStatsReader();
    TopicStatsReader(const TopicStatsReader &) = delete;
    TopicStatsReader &operator=(const TopicStatsReader &) = delete;

    // Reads the answers that arrived, without waiting; true once every request answered.
    bool collect();
    // Waits for the rest, bounded by the timeout and the client's stop flag; true when complete.
    bool waitUntilDone();
    bool isDone() const;

    // Every topic has an offset entry per partition; a partition or topic that answered with an
    // error of its own keeps unknown figures (itemErrors() names it).
    const TopicStatsMap &stats() const { return m_stats; }
    // A request that failed as a whole, or no answer in time: the round failed.
    const KafkaError &error() const { return m_error; }
    // The partitions and topics that could not be read, one line each; null when none.
    KafkaError itemErrors() const;

private:
    void read(AdminRequests &requests, int kind, const QDeadlineTimer *deadline);
    void readOffsets(rd_kafka_op_s *event, bool earliest);
    void readConfigs(rd_kafka_op_s *event);

    AdminClient *m_client;
    int m_timeoutMs;
    std::unique_ptr<AdminRequests> m_earliest;
    std::unique_ptr<AdminRequests> m_latest;
    std::unique_ptr<AdminRequests> m_configs;
    TopicStatsMap m_stats;
    KafkaError m_error;
    struct ItemFailures;
    std::unique_ptr<ItemFailures> m_failures;
};

} // namespace Qafka
