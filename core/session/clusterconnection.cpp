#include "session/clusterconnection.h"

#include "workers/clusterworker.h"

namespace Qafka {

QString ClusterConnection::librdkafkaVersion()
{
    return ClusterWorker::librdkafkaVersion();
}

ClusterConnection::ClusterConnection(const ConnectionProfile &profile,
                                     const ProfileSecrets &secrets, QObject *parent,
                                     ClusterTimeouts timeouts)
    : QObject(parent)
    , m_profile(profile)
    , m_secrets(secrets)
    , m_timeouts(timeouts)
{
    registerClusterTypes();
    // Named for QAFKA_BENCH_TRACE's list of slow GUI-thread events.
    m_refreshTimer.setObjectName(QStringLiteral("clusterRefresh"));
    m_statsTimer.setObjectName(QStringLiteral("clusterStats"));
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(2000);
    connect(&m_refreshTimer, &QTimer::timeout, this, &ClusterConnection::refreshNow);
    m_statsTimer.setSingleShot(true);
    m_statsTimer.setInterval(10000);
    connect(&m_statsTimer, &QTimer::timeout, this, &ClusterConnection::refreshTopicStatsNow);
}

ClusterConnection::~ClusterConnection()
{
    close();
}

// The worker's replies, dropped when a newer request of their kind went out meanwhile.
void ClusterConnection::connectWorker(ClusterWorker *worker)
{
    m_replies.route(worker, &ClusterWorker::connected, this, &ClusterConnection::onConnected);
    m_replies.route(worker, &ClusterWorker::connectFailed, this,
                    &ClusterConnection::onConnectFailed);
    m_replies.route(worker, &ClusterWorker::snapshotReady, this, &ClusterConnection::onSnapshot);
    m_replies.route(worker, &ClusterWorker::refreshFailed, this,
                    &ClusterConnection::onRefreshFailed);
    connect(worker, &ClusterWorker::brokerConfigsReady, &m_replies,
            [this](quint64 generation, int brokerId, const QList<ConfigEntry> &entries) {
                if (generation == m_configGeneration)
                    emit brokerConfigsReady(brokerId, entries);
            });
    connect(worker, &ClusterWorker::brokerConfigsFailed, &m_replies,
            [this](quint64 generation, int brokerId, const KafkaError &error) {
                if (generation == m_configGeneration)
                    emit brokerConfigsFailed(brokerId, error);
            });
    connectTopicReplies(worker);
    connectAccessReplies(worker);
}

void ClusterConnection::connectAccessReplies(ClusterWorker *worker)
{
    connect(worker, &ClusterWorker::aclsReady, &m_replies,
            [this](quint64 generation, const QList<AclBinding> &bindings) {
                if (generation == m_aclGeneration)
                    emit aclsReady(bindings);
            });
    connect(worker, &ClusterWorker::aclsFailed, &m_replies,
            [this](quint64 generation, const KafkaError &error) {
                if (generation == m_aclGeneration)
                    emit aclsFailed(error);
            });
    connect(worker, &ClusterWorker::scramUsersReady, &m_replies,
            [this](quint64 generation, const QList<ScramUser> &users) {
                if (generation == m_scramGeneration)
                    emit scramUsersReady(users);
            });
    connect(worker, &ClusterWorker::scramUsersFailed, &m_replies,
            [this](quint64 generation, const KafkaError &error) {
                if (generation == m_scramGeneration)
                    emit scramUsersFailed(error);
            });
}

void ClusterConnection::connectTopicReplies(ClusterWorker *worker)
{
    connect(worker, &ClusterWorker::topicStatsReady, &m_replies,
            [this](quint64 generation, const TopicStatsMap &stats) {
                if (generation != m_statsGeneration)
                    return;
                m_statsInFlight = false;
                m_topicStats = stats;
                emit topicStatsChanged(m_topicStats);
                m_statsTimer.start();
            });
    connect(worker, &ClusterWorker::topicStatsFailed, &m_replies,
            [this](quint64 generation, const KafkaError &) {
                if (generation != m_statsGeneration)
                    return;
                m_statsInFlight = false;
                m_statsTimer.start();
            });
    connect(worker, &ClusterWorker::topicConfigsReady, &m_replies,
            [this](quint64 generation, const QString &topic, const QList<ConfigEntry> &entries) {
                if (generation == m_topicConfigGeneration)
                    emit topicConfigsReady(topic, entries);
            });
    connect(worker, &ClusterWorker::topicConfigsFailed, &m_replies,
            [this](quint64 generation, const QString &topic, const KafkaError &error) {
                if (generation == m_topicConfigGeneration)
                    emit topicConfigsFailed(topic, error);
            });
    connect(worker, &ClusterWorker::operationFinished, &m_replies,
            [this](quint64 id, const QString &description, const KafkaError &error) {
                emit operationFinished(id, description, error);
                // Show the effect at once rather than at the next periodic refresh.
                refreshNow();
                refreshTopicStatsNow();
            });
    connect(
        worker, &ClusterWorker::produceProgress, &m_replies,
        [this](quint64 id, const ProduceProgress &progress, const QList<DeliveryReport> &reports) {
            m_lastProduce = progress;
            emit produceProgress(id, progress, reports);
        });
    m_replies.route(worker, &ClusterWorker::producerPrepared, this,
                    &ClusterConnection::producerPrepared);
    connect(worker, &ClusterWorker::produceFinished, &m_replies,
            [this](quint64 id, const ProduceProgress &progress, const KafkaError &error) {
                m_produceInFlight = false;
                m_lastProduce = progress;
                emit produceFinished(id, progress, error);
                refreshTopicStatsNow();
            });
}

void ClusterConnection::open()
{
    close();
    auto *worker = new ClusterWorker(m_profile, m_secrets, m_timeouts);
    connectWorker(worker);
    m_worker = worker;
    m_host = std::make_unique<WorkerHost>(
        worker, [worker] { worker->requestStop(); }, QStringLiteral("cluster:") + m_profile.name);

    m_lastError = {};
    m_warning = {};
    setState(ConnectionState::Connecting);
    const quint64 generation = ++m_connectGeneration;
    QMetaObject::invokeMethod(
        worker, [worker, generation] { worker->connectToCluster(generation); },
        Qt::QueuedConnection);
}

void ClusterConnection::close()
{
    m_refreshTimer.stop();
    m_statsTimer.stop();
    m_refreshInFlight = false;
    m_statsInFlight = false;
    ++m_statsGeneration;
    ++m_topicConfigGeneration;
    ++m_connectGeneration;
    ++m_refreshGeneration;
    ++m_configGeneration;
    if (m_worker)
        m_worker->disconnect(&m_replies);
    m_host.reset(); // stops the worker; never waits
    m_worker = nullptr;
    if (m_state != ConnectionState::Disconnected && m_state != ConnectionState::Failed)
        setState(ConnectionState::Disconnected);
}

void ClusterConnection::refreshNow()
{
    if (!m_worker || m_refreshInFlight)
        return;
    if (m_state != ConnectionState::Connected && m_state != ConnectionState::Degraded)
        return;
    m_refreshTimer.stop();
    m_refreshInFlight = true;
    const quint64 generation = ++m_refreshGeneration;
    QPointer<ClusterWorker> worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker,
        [worker, generation] {
            if (worker)
                worker->refresh(generation);
        },
        Qt::QueuedConnection);
}

void ClusterConnection::requestBrokerConfigs(int brokerId)
{
    if (!m_worker)
        return;
    // A newer request makes the older one's reply stale: only the last clicked broker is shown.
    const quint64 generation = ++m_configGeneration;
    QPointer<ClusterWorker> worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker,
        [worker, generation, brokerId] {
            if (worker)
                worker->describeBrokerConfigs(generation, brokerId);
        },
        Qt::QueuedConnection);
}

void ClusterConnection::setState(ConnectionState state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void ClusterConnection::onConnected(quint64 generation, const ClusterSnapshot &snapshot,
                                    const KafkaError &warning)
{
    if (generation != m_connectGeneration)
        return;
    m_warning = warning;
    m_lastError = {};
    m_snapshot = snapshot;
    setState(ConnectionState::Connected);
    emit snapshotChanged(m_snapshot);
    m_refreshTimer.start();
    refreshTopicStatsNow();
}

void ClusterConnection::onConnectFailed(quint64 generation, const KafkaError &error)
{
    if (generation != m_connectGeneration)
        return;
    m_lastError = error;
    setState(ConnectionState::Failed);
}

void ClusterConnection::onSnapshot(quint64 generation, const ClusterSnapshot &snapshot)
{
    if (generation != m_refreshGeneration)
        return;
    m_refreshInFlight = false;
    m_lastError = {};
    m_snapshot = snapshot;
    setState(ConnectionState::Connected);
    emit snapshotChanged(m_snapshot);
    m_refreshTimer.start();
}

void ClusterConnection::onRefreshFailed(quint64 generation, const KafkaError &error)
{
    if (generation != m_refreshGeneration)
        return;
    m_refreshInFlight = false;
    m_lastError = error;
    setState(ConnectionState::Degraded);
    emit refreshFailed(error);
    m_refreshTimer.start();
}

} // namespace Qafka

namespace Qafka {

void ClusterConnection::refreshTopicStatsNow()
{
    if (!m_worker || m_statsInFlight)
        return;
    if (m_state != ConnectionState::Connected && m_state != ConnectionState::Degraded)
        return;
    m_statsTimer.stop();
    m_statsInFlight = true;
    const quint64 generation = ++m_statsGeneration;
    QPointer<ClusterWorker> worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker,
        [worker, generation] {
            if (worker)
                worker->refreshTopicStats(generation);
        },
        Qt::QueuedConnection);
}

void ClusterConnection::requestTopicConfigs(const QString &topic)
{
    if (!m_worker)
        return;
    const quint64 generation = ++m_topicConfigGeneration;
    QPointer<ClusterWorker> worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker,
        [worker, generation, topic] {
            if (worker)
                worker->describeTopicConfigs(generation, topic);
        },
        Qt::QueuedConnection);
}

quint64 ClusterConnection::runAdmin(const QString &description, const AdminWrite &write)
{
    const quint64 id = ++m_nextOperationId;
    if (m_profile.readOnly || !m_worker) {
        const KafkaError error =
            m_profile.readOnly ? readOnlyRefusal(description)
                               : KafkaError{tr("%1 needs a connected cluster.").arg(description),
                                            QStringLiteral("_STATE"),
                                            {}};
        // Answer asynchronously, like every other reply.
        QMetaObject::invokeMethod(
            this,
            [this, id, description, error] { emit operationFinished(id, description, error); },
            Qt::QueuedConnection);
        return id;
    }
    QPointer<ClusterWorker> worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker,
        [worker, id, description, write] {
            if (worker)
                worker->runAdminWrite(id, description, write);
        },
        Qt::QueuedConnection);
    return id;
}

quint64 ClusterConnection::createTopic(const NewTopic &topic)
{
    return runAdmin(tr("Creating topic %1").arg(topic.name), topic);
}

quint64 ClusterConnection::deleteTopics(const QStringList &topics)
{
    return runAdmin(tr("Deleting %1").arg(topics.join(QStringLiteral(", "))),
                    DeleteTopicsWrite{topics});
}

quint64 ClusterConnection::createPartitions(const QString &topic, int newTotal)
{
    return runAdmin(tr("Adding partitions to %1").arg(topic),
                    CreatePartitionsWrite{topic, newTotal});
}

quint64 ClusterConnection::alterConfigs(const QString &resourceType, const QString &name,
                                        const QList<ConfigChange> &changes)
{
    const QString target =
        resourceType == u"broker"
            ? (name.isEmpty() ? tr("the cluster-wide broker defaults") : tr("broker %1").arg(name))
            : tr("topic %1").arg(name);
    return runAdmin(tr("Changing the configuration of %1").arg(target),
                    AlterConfigsWrite{resourceType, name, changes});
}

quint64 ClusterConnection::deleteRecords(const QString &topic,
                                         const QList<RecordDeletion> &deletions)
{
    return runAdmin(tr("Deleting records of %1").arg(topic), DeleteRecordsWrite{topic, deletions});
}

} // namespace Qafka

namespace Qafka {

void ClusterConnection::prepareProducer(const QString &compression)
{
    if (m_profile.readOnly || !m_worker)
        return;
    QPointer<ClusterWorker> worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker,
        [worker, compression] {
            if (worker)
                worker->prepareProducer(compression);
        },
        Qt::QueuedConnection);
}

quint64 ClusterConnection::produce(const ProduceRequest &request)
{
    const quint64 id = ++m_nextOperationId;
    if (m_profile.readOnly || !m_worker) {
        ProduceProgress progress;
        progress.total = request.count;
        progress.finished = true;
        const KafkaError error = m_profile.readOnly
                                     ? readOnlyRefusal(tr("Sending"))
                                     : KafkaError{tr("Sending needs a connected cluster."),
                                                  QStringLiteral("_STATE"),
                                                  {}};
        QMetaObject::invokeMethod(
            this, [this, id, progress, error] { emit produceFinished(id, progress, error); },
            Qt::QueuedConnection);
        return id;
    }
    m_produceInFlight = true;
    m_lastProduce = {};
    m_lastProduce.total = request.count;
    QPointer<ClusterWorker> worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker,
        [worker, id, request] {
            if (worker)
                worker->startProduce(id, request);
        },
        Qt::QueuedConnection);
    return id;
}

void ClusterConnection::cancelProduce(quint64 id)
{
    QPointer<ClusterWorker> worker = m_worker;
    if (worker)
        QMetaObject::invokeMethod(
            m_worker,
            [worker, id] {
                if (worker)
                    worker->cancelProduce(id);
            },
            Qt::QueuedConnection);
}

void ClusterConnection::requestAcls()
{
    if (!m_worker) {
        emit aclsFailed(
            {tr("Reading the ACLs needs a connected cluster."), QStringLiteral("_STATE"), {}});
        return;
    }
    const quint64 generation = ++m_aclGeneration;
    QPointer<ClusterWorker> worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker,
        [worker, generation] {
            if (worker)
                worker->describeAcls(generation);
        },
        Qt::QueuedConnection);
}

void ClusterConnection::requestScramUsers()
{
    if (!m_worker) {
        emit scramUsersFailed({tr("Reading the SCRAM users needs a connected cluster."),
                               QStringLiteral("_STATE"),
                               {}});
        return;
    }
    const quint64 generation = ++m_scramGeneration;
    QPointer<ClusterWorker> worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker,
        [worker, generation] {
            if (worker)
                worker->describeScramUsers(generation);
        },
        Qt::QueuedConnection);
}

quint64 ClusterConnection::createAcls(const QList<AclBinding> &bindings)
{
    return runAdmin(tr("Creating %n ACL binding(s)", nullptr, int(bindings.size())),
                    CreateAclsWrite{bindings});
}

quint64 ClusterConnection::deleteAcls(const QList<AclBinding> &bindings)
{
    return runAdmin(tr("Deleting %n ACL binding(s)", nullptr, int(bindings.size())),
                    DeleteAclsWrite{bindings});
}

quint64 ClusterConnection::alterScramCredential(const ScramCredentialWrite &write)
{
    // The description names the user and mechanism only: it is shown and may be logged.
    const QString description =
        write.remove ? tr("Deleting the %1 credential of user %2").arg(write.mechanism, write.user)
                     : tr("Setting the %1 password of user %2").arg(write.mechanism, write.user);
    return runAdmin(description, write);
}

} // namespace Qafka
