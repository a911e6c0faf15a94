#include "probes/reachabilityprobe.h"

#include "types/connectiondiagnosis.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QTcpSocket>

#include <memory>
#include <vector>

namespace Qafka {

QList<ReachabilityProbe::Result> ReachabilityProbe::probe(const QList<BrokerInfo> &brokers,
                                                          int timeoutMs)
{
    // Connect to all at once, so a cluster of many black-holed brokers still costs one timeout.
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (const BrokerInfo &broker : brokers) {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(broker.host, quint16(broker.port));
        sockets.push_back(std::move(socket));
    }
    QList<Result> results;
    QDeadlineTimer deadline(timeoutMs);
    for (qsizetype i = 0; i < brokers.size(); ++i) {
        QTcpSocket &socket = *sockets[size_t(i)];
        Result result;
        result.broker = brokers.at(i);
        result.reachable =
            socket.state() == QAbstractSocket::ConnectedState ||
            socket.waitForConnected(int(std::max<qint64>(1, deadline.remainingTime())));
        if (!result.reachable) {
            switch (socket.error()) {
            case QAbstractSocket::HostNotFoundError:
                result.problem = QCoreApplication::translate("ReachabilityProbe", "host not found");
                break;
            case QAbstractSocket::ConnectionRefusedError:
                result.problem =
                    QCoreApplication::translate("ReachabilityProbe", "connection refused");
                break;
            case QAbstractSocket::SocketTimeoutError:
                result.problem =
                    QCoreApplication::translate("ReachabilityProbe", "no answer within %1 ms")
                        .arg(timeoutMs);
                break;
            default:
                result.problem = socket.errorString();
            }
        }
        socket.abort();
        results.append(result);
    }
    return results;
}

KafkaError ReachabilityProbe::explain(const QList<Result> &results, const QString &bootstrap)
{
    QStringList unreachable;
    for (const Result &result : results) {
        if (!result.reachable)
            unreachable.append(
                QCoreApplication::translate("ReachabilityProbe", "broker %1 at %2 (%3)")
                    .arg(result.broker.nodeId)
                    .arg(result.broker.address(), result.problem));
    }
    if (unreachable.isEmpty())
        return {};
    return ConnectionDiagnosis::advertisedListenerError(bootstrap, unreachable,
                                                        unreachable.size() == results.size());
}

} // namespace Qafka
