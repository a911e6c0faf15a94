#pragma once

#include "profiles/connectionprofile.h"
#include "session/workerhost.h"
#include "session/workerreplies.h"
#include "types/adminwrite.h"
#include "types/clustertypes.h"
#include "types/producetypes.h"

#include <QObject>
#include <QPointer>
#include <QThread>
#include <QTimer>

#include <memory>

namespace Qafka {

class ClusterWorker;

// The GUI thread's handle on one open cluster: starts the worker on its own thread, sends it
// requests, drops stale replies and re-arms the periodic refresh when a reply arrives, so requests
// never pile up against a slow cluster. Never blocks on the network.
class ClusterConnection : public QObject
{
    Q_OBJECT
public:
    ClusterConnection(const ConnectionProfile &profile, const ProfileSecrets &secrets,
                      QObject *parent = nullptr, ClusterTimeouts timeouts = {});
    ~ClusterConnection() override;

    // The librdkafka this build runs with, for the About dialog and --version.
    static QString librdkafkaVersion();

    const ConnectionProfile &profile() const { return m_profile; }
    const ProfileSecrets &secrets() const { return m_secrets; }
    bool isReadOnly() const { return m_profile.readOnly; }
    ConnectionState state() const { return m_state; }
    KafkaError lastError() const { return m_lastError; }
    KafkaError warning() const { return m_warning; }
    const ClusterSnapshot &snapshot() const { return m_snapshot; }

    void setRefreshInterval(int ms) { m_refreshTimer.setInterval(ms); }
    int refreshInterval() const { return m_refreshTimer.interval(); }

    void open();
    void refreshNow();
    void requestBrokerConfigs(int brokerId);

    // The slower refresh of watermarks and topic configs (every 10 s by default).
    const TopicStatsMap &topicStats() const { return m_topicStats; }
    void setTopicStatsInterval(int ms) { m_statsTimer.setInterval(ms); }
    void refreshTopicStatsNow();
    void requestTopicConfigs(const QString &topic);

    // Administration. Each returns an id that operationFinished() carries back. Writes are refused
    // on a read-only connection, here and again on the worker.
    quint64 createTopic(const NewTopic &topic);
    quint64 deleteTopics(const QStringList &topics);
    quint64 createPartitions(const QString &topic, int newTotal);
    // resourceType "topic" or "broker" (name = node id, or empty for the cluster-wide default).
    quint64 alterConfigs(const QString &resourceType, const QString &name,
                         const QList<ConfigChange> &changes);
    quint64 deleteRecords(const QString &topic, const QList<RecordDeletion> &deletions);

    // Access control. Reading works on a read-only connection; the writes are refused there.
    void requestAcls();
    void requestScramUsers();
    quint64 createAcls(const QList<AclBinding> &bindings);
    quint64 deleteAcls(const QList<AclBinding> &bindings);
    // Creates or changes the credential (write.password set), or deletes it (write.remove).
    quint64 alterScramCredential(const ScramCredentialWrite &write);

    // Sends a batch on the worker thread (refused on a read-only connection). Returns its id.
    quint64 produce(const ProduceRequest &request);
    void cancelProduce(quint64 id);
    // The producer pane is open: make the producer now, so the first send does not wait for it.
    void prepareProducer(const QString &compression);
    bool isProducing() const { return m_produceInFlight; }
    // Messages of the running send the broker has not acknowledged yet, whether they are already
    // on their way or still waiting their turn in a paced send.
    qint64 messagesInFlight() const
    {
        return m_produceInFlight
                   ? m_lastProduce.total - m_lastProduce.delivered - m_lastProduce.failed
                   : 0;
    }

    // Stops the worker and retires its thread without waiting for it (WorkerHost); returns at
    // once whatever the brokers do. Safe to call twice.
    void close();

signals:
    void stateChanged(Qafka::ConnectionState state);
    void snapshotChanged(const Qafka::ClusterSnapshot &snapshot);
    void refreshFailed(const Qafka::KafkaError &error);
    void brokerConfigsReady(int brokerId, const QList<Qafka::ConfigEntry> &entries);
    void brokerConfigsFailed(int brokerId, const Qafka::KafkaError &error);
    void topicStatsChanged(const Qafka::TopicStatsMap &stats);
    void topicConfigsReady(const QString &topic, const QList<Qafka::ConfigEntry> &entries);
    void topicConfigsFailed(const QString &topic, const Qafka::KafkaError &error);
    void aclsReady(const QList<Qafka::AclBinding> &bindings);
    void aclsFailed(const Qafka::KafkaError &error);
    void scramUsersReady(const QList<Qafka::ScramUser> &users);
    void scramUsersFailed(const Qafka::KafkaError &error);
    // error.isNull() on success.
    void operationFinished(quint64 id, const QString &description, const Qafka::KafkaError &error);
    void produceProgress(quint64 id, const Qafka::ProduceProgress &progress,
                         const QList<Qafka::DeliveryReport> &reports);
    void produceFinished(quint64 id, const Qafka::ProduceProgress &progress,
                         const Qafka::KafkaError &error);
    // A producer was made ahead of the first send (prepareProducer).
    void producerPrepared(const QString &compression);

private:
    void setState(ConnectionState state);
    void connectWorker(ClusterWorker *worker);
    void connectTopicReplies(ClusterWorker *worker);
    void connectAccessReplies(ClusterWorker *worker);
    void onConnected(quint64 generation, const ClusterSnapshot &snapshot,
                     const KafkaError &warning);
    void onConnectFailed(quint64 generation, const KafkaError &error);
    void onSnapshot(quint64 generation, const ClusterSnapshot &snapshot);
    void onRefreshFailed(quint64 generation, const KafkaError &error);
    quint64 runAdmin(const QString &description, const AdminWrite &write);

    ConnectionProfile m_profile;
    ProfileSecrets m_secrets;
    ClusterTimeouts m_timeouts;
    WorkerReplies m_replies; // the worker's signals arrive here
    WorkerHostPtr m_host;
    QPointer<ClusterWorker> m_worker;
    QTimer m_refreshTimer;
    QTimer m_statsTimer;
    quint64 m_statsGeneration = 0;
    quint64 m_topicConfigGeneration = 0;
    quint64 m_nextOperationId = 0;
    bool m_statsInFlight = false;
    TopicStatsMap m_topicStats;
    bool m_produceInFlight = false;
    ProduceProgress m_lastProduce;
    quint64 m_connectGeneration = 0;
    quint64 m_refreshGeneration = 0;
    quint64 m_configGeneration = 0;
    quint64 m_aclGeneration = 0;
    quint64 m_scramGeneration = 0;
    bool m_refreshInFlight = false;
    ConnectionState m_state = ConnectionState::Disconnected;
    KafkaError m_lastError;
    KafkaError m_warning;
    ClusterSnapshot m_snapshot;
};

} // namespace Qafka
