#pragma once

#include "profiles/connectionprofile.h"
#include "types/adminwrite.h"
#include "types/bootstrapaddress.h"
#include "types/clustertypes.h"
#include "types/connectiondiagnosis.h"
#include "workers/producejob.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>

namespace Qafka {

class AdminClient;
class ProducerClient;
class TopicAdmin;
class TopicStatsReader;

// Owns every librdkafka handle of one cluster connection and lives on that connection's thread.
// Requests arrive as queued calls tagged with a generation; results leave as signals carrying value
// types and the same generation, so the GUI side can drop stale replies. Every call returns within
// its timeout, and sooner once requestStop() was called from any thread.
class ClusterWorker : public QObject
{
    Q_OBJECT
public:
    using Timeouts = ClusterTimeouts;

    ClusterWorker(const ConnectionProfile &profile, const ProfileSecrets &secrets,
                  Timeouts timeouts);
    ~ClusterWorker() override;

    void requestStop() { m_stop.store(true); }
    static QString librdkafkaVersion();

    // How long closing lets messages in flight reach the broker before they are purged.
    static constexpr int kCloseGraceMs = 500;

public slots:
    void connectToCluster(quint64 generation);
    void refresh(quint64 generation);
    void describeBrokerConfigs(quint64 generation, int brokerId);
    // Watermarks and key configs of every topic of the last snapshot (the slower refresh).
    void refreshTopicStats(quint64 generation);
    void describeTopicConfigs(quint64 generation, const QString &topic);
    // Access control: every ACL binding, and every SCRAM user (reading is allowed read-only).
    void describeAcls(quint64 generation);
    void describeScramUsers(quint64 generation);
    // Refused on a read-only connection, whatever the GUI did.
    void runAdminWrite(quint64 id, const QString &description, const Qafka::AdminWrite &write);
    // One batch send at a time; progress and delivery reports come back as signals.
    void startProduce(quint64 id, const Qafka::ProduceRequest &request);
    void cancelProduce(quint64 id);
    // Makes the producer before the first send needs it: an idempotent producer takes about a
    // second to get its producer id, which the first message would otherwise wait for. Does
    // nothing on a read-only or unconnected connection, or when a fitting producer exists.
    void prepareProducer(const QString &compression);

signals:
    void connected(quint64 generation, const Qafka::ClusterSnapshot &snapshot,
                   const Qafka::KafkaError &warning);
    void connectFailed(quint64 generation, const Qafka::KafkaError &error);
    void snapshotReady(quint64 generation, const Qafka::ClusterSnapshot &snapshot);
    void refreshFailed(quint64 generation, const Qafka::KafkaError &error);
    void brokerConfigsReady(quint64 generation, int brokerId,
                            const QList<Qafka::ConfigEntry> &entries);
    void brokerConfigsFailed(quint64 generation, int brokerId, const Qafka::KafkaError &error);
    void topicStatsReady(quint64 generation, const Qafka::TopicStatsMap &stats);
    void topicStatsFailed(quint64 generation, const Qafka::KafkaError &error);
    void topicConfigsReady(quint64 generation, const QString &topic,
                           const QList<Qafka::ConfigEntry> &entries);
    void topicConfigsFailed(quint64 generation, const QString &topic,
                            const Qafka::KafkaError &error);
    void aclsReady(quint64 generation, const QList<Qafka::AclBinding> &bindings);
    void aclsFailed(quint64 generation, const Qafka::KafkaError &error);
    void scramUsersReady(quint64 generation, const QList<Qafka::ScramUser> &users);
    void scramUsersFailed(quint64 generation, const Qafka::KafkaError &error);
    void operationFinished(quint64 id, const QString &description, const Qafka::KafkaError &error);
    void produceProgress(quint64 id, const Qafka::ProduceProgress &progress,
                         const QList<Qafka::DeliveryReport> &reports);
    // error is set when the send could not start at all (read-only, no connection, bad config).
    void produceFinished(quint64 id, const Qafka::ProduceProgress &progress,
                         const Qafka::KafkaError &error);
    void producerPrepared(const QString &compression);

private:
    // A producer for this compression that has not failed, made when needed.
    bool producerFits(const QString &compression) const; // exists, this compression, no fatal error
    bool ensureProducer(const QString &compression, KafkaError *error);
    KafkaError explainSilence(const BootstrapAddress &bootstrap, int waitedMs,
                              const KafkaError &unanswered) const;
    void dropClient();
    bool applyAdminWrite(const AdminWrite &write, KafkaError *error);
    KafkaError enrich(KafkaError error) const;
    KafkaError explainKeytab(const KafkaError &diagnosis) const;
    QString profileProblem(const BootstrapAddress &bootstrap) const;
    // Replaces the controller id of Metadata/DescribeCluster (a random live broker in KRaft) with
    // the quorum leader from DescribeQuorum; asks at most every 10 s or when the brokers change.
    void resolveController(ClusterSnapshot *snapshot);
    void rememberTopics(const ClusterSnapshot &snapshot);
    // The partitions of topic that had a leader in the last snapshot: where keyless messages go.
    QList<int> onlinePartitions(const QString &topic) const;
    void collectTopicStats();

    ConnectionProfile m_profile;
    ProfileSecrets m_secrets;
    Timeouts m_timeouts;
    std::atomic_bool m_stop = false;
    ConnectionDiagnosis m_diagnosis;
    std::unique_ptr<AdminClient> m_client;
    std::unique_ptr<ProducerClient> m_producer;
    std::unique_ptr<TopicStatsReader> m_statsReader; // after m_client: destroyed before it
    ProduceJob *m_produceJob = nullptr;
    QElapsedTimer m_sinceQuorumProbe;
    QList<int> m_probedBrokerIds;
    int m_controllerId = -1;
    QString m_controllerNote;
    // The topic statistics round in flight on the async queue: three requests, collected by a
    // short poll timer so the metadata refresh never waits behind them.
    QTimer *m_statsPoll = nullptr;
    quint64 m_statsGeneration = 0;
    QStringList m_topicNames;     // of the last snapshot
    QList<int> m_partitionCounts; // parallel to m_topicNames
    QList<TopicInfo> m_topics;    // of the last snapshot (shared with it, not copied)
};

} // namespace Qafka
