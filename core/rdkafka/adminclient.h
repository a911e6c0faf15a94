#pragma once

#include "types/clustertypes.h"
#include "types/kafkaconfig.h"

#include <QElapsedTimer>
#include <QHash>

#include <atomic>
#include <memory>

struct rd_kafka_s;
struct rd_kafka_conf_s;
struct rd_kafka_metadata;

namespace Qafka {

class ConnectionDiagnosis;

// The admin/metadata handle of one cluster connection: a librdkafka producer handle whose admin
// requests answer on queues of their calls (AdminRequests). Lives on the cluster worker's thread
// and is used only there. Every call is bounded by its timeout and returns early once the stop flag
// is raised.
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

    static QString librdkafkaVersion();
    // A configuration object with every property set, or nullptr with *error naming the one
    // librdkafka refused. Shared by the admin and the producer handles.
    static rd_kafka_conf_s *buildConf(const KafkaProperties &properties, KafkaError *error);
    // What to do when rd_kafka_new() failed with errstr; librdkafka says little more than "PEM
    // lib" when the connection's TLS files cannot be loaded. Empty when there is nothing to add.
    static QString creationHint(const char *errstr);

    // For the admin helpers that share this handle (TopicAdmin, GroupAdmin, ConfigReader,
    // TopicStatsReader through AdminRequests).
    rd_kafka_s *handle() const { return m_handle; }
    bool stopRequested() const { return m_stop->load(); }

private:
    AdminClient() = default;
    // rd_kafka_metadata() in stop-aware slices; returns its rd_kafka_resp_err_t.
    int requestMetadata(bool allTopics, int timeoutMs, const struct rd_kafka_metadata **metadata);
    void describeClusterIfStale(const QList<int> &liveIds, int timeoutMs);
    bool describeCluster(int timeoutMs, QString *clusterId, int *controllerId,
                         QList<BrokerInfo> *brokers, KafkaError *error);

    rd_kafka_s *m_handle = nullptr;
    // What DescribeCluster said last, and when.
    QElapsedTimer m_sinceDescribe;
    QList<int> m_describedIds;
    QString m_clusterId;
    int m_metadataControllerId = -1;
    QHash<int, QString> m_racks;
    const std::atomic_bool *m_stop = nullptr;
};

} // namespace Qafka
