#include "clusterconnection.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcConnection, "qafka.connection", QtWarningMsg)

namespace Qafka {

void ClusterConnection::ThreadStopper::operator()(QThread *thread) const
{
    thread->quit();
    if (!thread->wait(QDeadlineTimer(5000))) {
        // Every worker call is bounded, so this means a librdkafka call far exceeded its timeout.
        // Leaking the thread beats blocking the user's quit forever or crashing in ~QThread.
        qCWarning(lcConnection) << "worker thread did not stop in time; leaving it";
        return;
    }
    delete thread;
}

ClusterConnection::ClusterConnection(const ConnectionProfile &profile,
                                     const ProfileSecrets &secrets, QObject *parent,
                                     ClusterWorker::Timeouts timeouts)
    : QObject(parent)
    , m_profile(profile)
    , m_secrets(secrets)
    , m_timeouts(timeouts)
{
    registerClusterTypes();
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(2000);
    connect(&m_refreshTimer, &QTimer::timeout, this, &ClusterConnection::refreshNow);
}

ClusterConnection::~ClusterConnection()
{
    close();
}

void ClusterConnection::open()
{
    close();
    m_thread.reset(new QThread);
    m_thread->setObjectName(QStringLiteral("cluster:") + m_profile.name);
    auto *worker = new ClusterWorker(m_profile, m_secrets, m_timeouts);
    worker->moveToThread(m_thread.get());
    connect(m_thread.get(), &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &ClusterWorker::connected, this, &ClusterConnection::onConnected);
    connect(worker, &ClusterWorker::connectFailed, this, &ClusterConnection::onConnectFailed);
    connect(worker, &ClusterWorker::snapshotReady, this, &ClusterConnection::onSnapshot);
    connect(worker, &ClusterWorker::refreshFailed, this, &ClusterConnection::onRefreshFailed);
    connect(worker, &ClusterWorker::brokerConfigsReady, this,
            [this](quint64 generation, int brokerId, const QList<ConfigEntry> &entries) {
                if (generation == m_configGeneration)
                    emit brokerConfigsReady(brokerId, entries);
            });
    connect(worker, &ClusterWorker::brokerConfigsFailed, this,
            [this](quint64 generation, int brokerId, const KafkaError &error) {
                if (generation == m_configGeneration)
                    emit brokerConfigsFailed(brokerId, error);
            });
    m_worker = worker;
    m_thread->start();

    m_lastError = {};
    m_warning = {};
    setState(ConnectionState::Connecting);
    const quint64 generation = ++m_connectGeneration;
    QMetaObject::invokeMethod(
        worker, [worker, generation] { worker->connectToCluster(generation); },
        Qt::QueuedConnection);
}

void ClusterConnection::close(int waitMs)
{
    m_refreshTimer.stop();
    m_refreshInFlight = false;
    ++m_connectGeneration;
    ++m_refreshGeneration;
    ++m_configGeneration;
    if (m_worker) {
        m_worker->requestStop();
        m_worker->disconnect(this);
    }
    if (m_thread) {
        m_thread->quit();
        if (m_thread->wait(QDeadlineTimer(waitMs)))
            m_thread.reset();
        else
            (void)m_thread.release(); // see ThreadStopper
    }
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
