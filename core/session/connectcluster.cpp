#include "session/connectcluster.h"

#include "workers/connectworker.h"

namespace Qafka {

ConnectCluster::ConnectCluster(const ConnectClusterSettings &settings,
                               const RestEndpointSecrets &secrets, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    qRegisterMetaType<Qafka::ConnectorStatus>();
    qRegisterMetaType<QList<Qafka::ConnectorStatus>>();
    qRegisterMetaType<Qafka::ConnectPlugin>();
    qRegisterMetaType<QList<Qafka::ConnectPlugin>>();
    qRegisterMetaType<Qafka::ConnectActionRequest>();
    qRegisterMetaType<Qafka::ConnectValidation>();
    auto *worker = new ConnectWorker(settings, secrets);
    m_worker = worker;
    connect(worker, &ConnectWorker::overviewRead, &m_replies,
            [this](quint64, const QList<ConnectorStatus> &connectors, const QString &error) {
                onOverviewRead(connectors, error);
            });
    m_replies.route(worker, &ConnectWorker::tested, this, &ConnectCluster::tested);
    m_replies.route(worker, &ConnectWorker::detailsRead, this, &ConnectCluster::detailsRead);
    m_replies.route(worker, &ConnectWorker::pluginsRead, this, &ConnectCluster::pluginsRead);
    connect(worker, &ConnectWorker::acted, &m_replies,
            [this](quint64 id, const ConnectActionRequest &request, const QString &error) {
                emit acted(id, request, error);
                refreshNow(); // show what the action did without waiting for the timer
            });
    connect(worker, &ConnectWorker::connectorWritten, &m_replies,
            [this](quint64 id, const QString &name, const QString &error) {
                emit connectorWritten(id, name, error);
                refreshNow();
            });
    m_replies.route(worker, &ConnectWorker::validated, this, &ConnectCluster::validated);
    m_host = std::make_unique<WorkerHost>(
        worker, [worker] { worker->requestStop(); }, QStringLiteral("connect"));
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ConnectCluster::refreshNow);
}

ConnectCluster::~ConnectCluster()
{
    m_host->stop();
}

void ConnectCluster::setRefreshInterval(int intervalMs)
{
    m_intervalMs = intervalMs;
    if (intervalMs <= 0) {
        m_timer.stop();
        return;
    }
    if (m_inFlight)
        return; // its answer arms the timer
    // A pane shown again after a while reads at once; soon after, it waits out the interval.
    const qint64 age = m_sinceAnswer.isValid() ? m_sinceAnswer.elapsed() : intervalMs;
    if (age >= intervalMs)
        refreshNow();
    else
        m_timer.start(int(intervalMs - age));
}

void ConnectCluster::refreshNow()
{
    m_timer.stop();
    if (m_inFlight) {
        m_againWhenAnswered = true;
        return;
    }
    m_inFlight = true;
    m_sinceRequest.start();
    post("readOverview");
}

void ConnectCluster::onOverviewRead(const QList<ConnectorStatus> &connectors, const QString &error)
{
    m_inFlight = false;
    m_lastOverviewMs = m_sinceRequest.elapsed();
    m_sinceAnswer.start();
    m_lastError = error;
    if (error.isEmpty()) {
        m_connectors = connectors;
        m_hasOverview = true;
    }
    emit overviewChanged();
    if (m_againWhenAnswered) {
        m_againWhenAnswered = false;
        refreshNow();
    } else if (m_intervalMs > 0) {
        m_timer.start(m_intervalMs);
    }
}

template <typename... Args> quint64 ConnectCluster::post(const char *method, Args &&...args)
{
    const quint64 id = m_nextRequestId++;
    QMetaObject::invokeMethod(m_worker, method, Qt::QueuedConnection, Q_ARG(quint64, id),
                              std::forward<Args>(args)...);
    return id;
}

quint64 ConnectCluster::test()
{
    return post("test");
}

quint64 ConnectCluster::readDetails(const QString &connector)
{
    return post("readDetails", Q_ARG(QString, connector));
}

quint64 ConnectCluster::readPlugins()
{
    return post("readPlugins");
}

quint64 ConnectCluster::act(const ConnectActionRequest &request)
{
    return post("act", Q_ARG(Qafka::ConnectActionRequest, request));
}

quint64 ConnectCluster::writeConnector(const QString &name, const QJsonObject &config, bool create)
{
    return post("writeConnector", Q_ARG(QString, name), Q_ARG(QJsonObject, config),
                Q_ARG(bool, create));
}

quint64 ConnectCluster::validate(const QJsonObject &config)
{
    return post("validate", Q_ARG(QJsonObject, config));
}

} // namespace Qafka
