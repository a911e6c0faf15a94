#pragma once

#include "clustertypes.h"
#include "kafkaconfig.h"

#include <atomic>
#include <memory>

struct rd_kafka_s;
struct rd_kafka_queue_s;

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

private:
    AdminClient() = default;
    struct EventDeleter
    {
        void operator()(void *event) const;
    };
    using EventPtr = std::unique_ptr<void, EventDeleter>;
    // Waits for the admin result on m_queue in short slices so a stop request is honoured quickly.
    EventPtr waitForResult(int timeoutMs);
    bool describeCluster(int timeoutMs, QString *clusterId, int *controllerId,
                         QList<BrokerInfo> *brokers, KafkaError *error);

    rd_kafka_s *m_handle = nullptr;
    rd_kafka_queue_s *m_queue = nullptr;
    const std::atomic_bool *m_stop = nullptr;
};

} // namespace Qafka
