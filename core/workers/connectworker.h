#pragma once

#include "profiles/connectclustersettings.h"
#include "types/connecttypes.h"

#include <QObject>

#include <atomic>
#include <functional>

namespace Qafka {

class ConnectClient;
struct RestResponse;

// Talks to one Kafka Connect cluster's REST API on a thread of its own. Each slot answers once
// through the signal of the same meaning, carrying the request id it was given; error is empty on
// success and otherwise says in words what went wrong.
class ConnectWorker : public QObject
{
    Q_OBJECT
public:
    ConnectWorker(const ConnectClusterSettings &settings, const RestEndpointSecrets &secrets);
    ~ConnectWorker() override;

    void requestStop() { m_stop.store(true); }

public slots:
    void test(quint64 id);
    // Every connector with its status and configuration, in one request.
    void readOverview(quint64 id);
    // A connector's topics (2.5+) and offsets (3.6+), asked together.
    void readDetails(quint64 id, const QString &connector);
    void readPlugins(quint64 id);
    void act(quint64 id, const Qafka::ConnectActionRequest &request);
    // POST /connectors (create) or PUT /connectors/{name}/config (update).
    void writeConnector(quint64 id, const QString &name, const QJsonObject &config, bool create);
    void validate(quint64 id, const QJsonObject &config);

signals:
    void tested(quint64 id, bool ok, const QString &summary);
    void overviewRead(quint64 id, const QList<Qafka::ConnectorStatus> &connectors,
                      const QString &error);
    void detailsRead(quint64 id, const QString &connector, const QStringList &topics,
                     const QString &topicsError, const QString &offsets,
                     const QString &offsetsError);
    void pluginsRead(quint64 id, const QList<Qafka::ConnectPlugin> &plugins, const QString &error);
    void acted(quint64 id, const Qafka::ConnectActionRequest &request, const QString &error);
    void connectorWritten(quint64 id, const QString &name, const QString &error);
    void validated(quint64 id, const Qafka::ConnectValidation &validation, const QString &error);

private:
    using Done = std::function<void(const RestResponse &)>;
    // A change Connect refuses while it rebalances (409, or 500 "a rebalance is expected") is
    // sent again a moment later, up to kChangeAttempts times; any other answer is final.
    void sendChange(const QByteArray &verb, const QString &path, const QJsonDocument &body,
                    const Done &done, int attempt = 1);

    ConnectClient *m_client;
    std::atomic<bool> m_stop{false};
};

} // namespace Qafka
