#pragma once

#include "types/clustertypes.h"
#include "types/topictypes.h"

#include <QStringList>

namespace Qafka {

class AdminClient;

// Topic administration through librdkafka's admin API, on the AdminClient's handle; each call's
// requests answer on a queue of their own (AdminRequests). Statistics: TopicStatsReader;
// configurations: ConfigReader. Blocking, bounded by timeoutMs; used only on the cluster
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

private:
    AdminClient *m_client;
};

} // namespace Qafka
