#pragma once

#include "types/clustertypes.h"
#include "types/kafkaconfig.h"

#include <QElapsedTimer>
#include <QHash>

#include <atomic>
#include <memory>

struct rd_kafka_s;
struct rd_kafka_conf_s;
struct rd_kafka_ConfigResource_s;
struct rd_kafka_queue_s;
struct rd_kafka_metadata;

namespace Qafka {

class ConnectionDiagnosis;

// The admin/metadata handle of one cluster connection: a librdkafka producer handle plus a result
// queue for admin requests. Lives on the cluster worker's thread and is used only there. Every call
// is bounded by its timeout and returns early once the stop flag is raised.
class AdminClient
{
public:
    ~AdminClient();
    AdminClient(const AdminClient &) = delete;
    AdminClient &operator=(const AdminClient &) = delete;

    // diagnosis receives librdkafka's error callbacks while pollEvents() runs; it must outlive
    // this.
    static std::unique_ptr<AdminClient> create(const KafkaProperties &properties,
                                               ConnectionDiagnosis *diagnosis,
                                               const std::atomic_bool *stop, KafkaError *error);

    void pollEvents();

    // Metadata of all topics and the live brokers, plus DescribeCluster's cluster id, controller
    // and racks. False on failure, with error set.
    bool fetchSnapshot(int timeoutMs, ClusterSnapshot *snapshot, KafkaError *error);
    // Only the broker list (cheap); used while connecting.
    bool fetchBrokers(int timeoutMs, QList<BrokerInfo> *brokers, KafkaError *error);
    bool describeBrokerConfigs(int brokerId, int timeoutMs, QList<ConfigEntry> *entries,
                               KafkaError *error);

    static QString librdkafkaVersion();
    // librdkafka's config source as Qafka's (an rd_kafka_ConfigSource_t).
    static ConfigSource configSourceOf(int source);
    // The entries of a DescribeConfigs result resource, sorted by name.
    static QList<ConfigEntry> configEntriesOf(const rd_kafka_ConfigResource_s *resource);
    // A configuration object with every property set, or nullptr with *error naming the one
    // librdkafka refused. Shared by the admin and the producer handles.
    static rd_kafka_conf_s *buildConf(const KafkaProperties &properties, KafkaError *error);
    // What to do when rd_kafka_new() failed with errstr; librdkafka says little more than "PEM
    // lib" when the connection's TLS files cannot be loaded. Empty when there is nothing to add.
    static QString creationHint(const char *errstr);

    // For the admin helpers that share this handle (TopicAdmin): the handle, the result queue,
    // and a bounded wait for one result on it.
    struct EventDeleter
    {
        void operator()(void *event) const;
    };
    using EventPtr = std::unique_ptr<void, EventDeleter>;
    rd_kafka_s *handle() const { return m_handle; }
    rd_kafka_queue_s *queue() const { return m_queue; }
    // Results waiting on queue(), such as the late answer to a request given up on.
    int queuedResults() const;
    // Waits for the admin result on the queue in short slices so a stop request is honoured
    // quickly; nullptr on timeout or stop. Returns a rd_kafka_event_t*.
    EventPtr waitForResult(int timeoutMs);
    bool stopRequested() const { return m_stop->load(); }
    // A second queue for requests whose results are collected later (pollAsync) instead of
    // waited for, so slow ones (a partition leader that just died) never hold up the others.
    rd_kafka_queue_s *asyncQueue() const { return m_asyncQueue; }
    EventPtr pollAsync();

private:
    AdminClient() = default;
    static void *nextTag();
    EventPtr waitForTagged(void *tag, int timeoutMs);
    // rd_kafka_metadata() in stop-aware slices; returns its rd_kafka_resp_err_t.
    int requestMetadata(bool allTopics, int timeoutMs, const struct rd_kafka_metadata **metadata);
    bool describeCluster(int timeoutMs, QString *clusterId, int *controllerId,
                         QList<BrokerInfo> *brokers, KafkaError *error);

    rd_kafka_s *m_handle = nullptr;
    rd_kafka_queue_s *m_queue = nullptr;
    rd_kafka_queue_s *m_asyncQueue = nullptr;
    // What DescribeCluster said last, and when.
    QElapsedTimer m_sinceDescribe;
    QList<int> m_describedIds;
    QString m_clusterId;
    int m_metadataControllerId = -1;
    QHash<int, QString> m_racks;
    const std::atomic_bool *m_stop = nullptr;
};

} // namespace Qafka
