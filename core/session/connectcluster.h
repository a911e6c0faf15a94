#pragma once

#include "profiles/connectclustersettings.h"
#include "session/workerhost.h"
#include "session/workerreplies.h"
#include "types/connecttypes.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace Qafka {

class ConnectWorker;

// The GUI thread's handle on one Kafka Connect cluster. Keeps the connectors' overview fresh: one
// request (GET /connectors?expand=status&expand=info) whose reply re-arms the timer, so a slow
// Connect is never asked twice at once; after an action the overview is read again at once.
// Every other call returns a request id at once and answers through the signal of the same
// meaning. The HTTP runs on the worker's own thread; nothing here waits on the network. Callers
// keep changes away from read-only connections.
class ConnectCluster : public QObject
{
    Q_OBJECT
public:
    ConnectCluster(const ConnectClusterSettings &settings, const RestEndpointSecrets &secrets,
                   QObject *parent = nullptr);
    ~ConnectCluster() override;

    QString name() const { return m_settings.name; }
    const ConnectClusterSettings &settings() const { return m_settings; }

    // Starts (or stops, 0) reading the overview every intervalMs after the last answer.
    void setRefreshInterval(int intervalMs);
    int refreshInterval() const { return m_intervalMs; }
    void refreshNow();
    bool isRefreshing() const { return m_inFlight; }

    const QList<ConnectorStatus> &connectors() const { return m_connectors; }
    // Why the last overview failed; empty when it succeeded. The connectors of the last good
    // one stay, so a short outage does not empty the pane.
    QString lastError() const { return m_lastError; }
    bool hasOverview() const { return m_hasOverview; }
    // How long the last overview took from request to answer, in ms.
    qint64 lastOverviewMs() const { return m_lastOverviewMs; }

    quint64 test();
    quint64 readDetails(const QString &connector);
    quint64 readPlugins();
    quint64 act(const ConnectActionRequest &request);
    quint64 writeConnector(const QString &name, const QJsonObject &config, bool create);
    quint64 validate(const QJsonObject &config);

signals:
    void overviewChanged();
    void tested(quint64 id, bool ok, const QString &summary);
    void detailsRead(quint64 id, const QString &connector, const QStringList &topics,
                     const QString &topicsError, const QString &offsets,
                     const QString &offsetsError);
    void pluginsRead(quint64 id, const QList<Qafka::ConnectPlugin> &plugins, const QString &error);
    void acted(quint64 id, const Qafka::ConnectActionRequest &request, const QString &error);
    void connectorWritten(quint64 id, const QString &name, const QString &error);
    void validated(quint64 id, const Qafka::ConnectValidation &validation, const QString &error);

private:
    template <typename... Args> quint64 post(const char *method, Args &&...args);
    void onOverviewRead(const QList<ConnectorStatus> &connectors, const QString &error);

    ConnectClusterSettings m_settings;
    QPointer<ConnectWorker> m_worker;
    WorkerReplies m_replies; // the worker's signals arrive here
    WorkerHostPtr m_host;
    QTimer m_timer;
    QElapsedTimer m_sinceRequest;
    QElapsedTimer m_sinceAnswer; // invalid until the first answer
    QList<ConnectorStatus> m_connectors;
    QString m_lastError;
    qint64 m_lastOverviewMs = -1;
    int m_intervalMs = 0;
    quint64 m_nextRequestId = 1;
    bool m_inFlight = false;
    bool m_againWhenAnswered = false;
    bool m_hasOverview = false;
};

} // namespace Qafka
