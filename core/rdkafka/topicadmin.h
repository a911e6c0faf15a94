#pragma once

#include "types/clustertypes.h"
#include "types/topictypes.h"

#include <QStringList>

namespace Qafka {

class AdminClient;

// Topic administration and per-topic statistics through librdkafka's admin API, on the
// AdminClient's handle and result queue. Blocking, bounded by timeoutMs; used only on the cluster
// worker's thread. Every call returns false with *error set (a translated sentence quoting the
// broker's own message, and librdkafka's error name) when anything fails.
class TopicAdmin
{
public:
    explicit TopicAdmin(AdminClient *client);

    bool createTopic(const NewTopic &topic, int timeoutMs, KafkaError *error);
    // Deletes all of them in one request; on partial failure *error lists each failed topic.
    bool deleteTopics(const QStringList &topics, int timeoutMs, KafkaError *error);
    // Raises the topic's partition count to newTotal.
    bool createPartitions(const QString &topic, int newTotal, int timeoutMs, KafkaError *error);
    // IncrementalAlterConfigs: changes only the named configs, never the others (the legacy
    // AlterConfigs would replace the resource's whole dynamic set).
    // resourceType: "topic" or "broker" (name = node id). librdkafka 2.14 cannot address the
    // cluster-wide broker default (an empty name): that answers _NOT_IMPLEMENTED.
    bool alterConfigs(const QString &resourceType, const QString &name,
                      const QList<ConfigChange> &changes, int timeoutMs, KafkaError *error);
    bool deleteRecords(const QString &topic, const QList<RecordDeletion> &deletions, int timeoutMs,
                       KafkaError *error);
    // Earliest and latest (high watermark) offsets of every partition of these topics, in batches
    // of kOffsetsPerRequest partitions (all in flight at once; librdkafka splits them per leader).
    // partitionCounts[i] is the partition count of topics[i].
    bool listOffsets(const QStringList &topics, const QList<int> &partitionCounts, int timeoutMs,
                     TopicStatsMap *stats, KafkaError *error);
    // DescribeConfigs of many topics in one request; fills cleanupPolicy, retentionMs and
    // minInsyncReplicas of each entry of *stats (creating entries as needed).
    bool describeTopicSummaries(const QStringList &topics, int timeoutMs, TopicStatsMap *stats,
                                KafkaError *error);
    // The same two as requests answered on the AdminClient's async queue; tag comes back as the
    // event's opaque. readStatsResult() merges one such event into *stats.
    enum StatsRequest : quintptr { EarliestOffsets = 1, LatestOffsets = 2, TopicSummaries = 3 };
    // Returns how many requests it sent (batches of partitions); each answers separately.
    int sendListOffsets(const QStringList &topics, const QList<int> &partitionCounts,
                        StatsRequest which, int timeoutMs);
    void sendDescribeTopicSummaries(const QStringList &topics, int timeoutMs);
    // Returns false with *error set when the event reports a request-level failure.
    static bool readStatsResult(void *event, TopicStatsMap *stats, KafkaError *error);
    static StatsRequest statsRequestOf(void *event);

    // The full configuration of one topic, as DescribeConfigs returns it (sorted by name).
    bool describeTopicConfigs(const QString &topic, int timeoutMs, QList<ConfigEntry> *entries,
                              KafkaError *error);

private:
    AdminClient *m_client;
};

} // namespace Qafka
