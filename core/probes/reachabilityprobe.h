#pragma once

#include "types/clustertypes.h"

#include <QList>
#include <QString>

namespace Qafka {

// Checks whether this machine can open a TCP connection to the addresses brokers advertise. A
// bootstrap server that answers while the advertised addresses are unreachable is the classic
// advertised.listeners mistake (a broker in Docker advertising its container name); librdkafka
// only retries forever in that case, so Qafka looks for itself. Blocking; call on a worker thread.
class ReachabilityProbe
{
public:
    struct Result
    {
        BrokerInfo broker;
        bool reachable = false;
        QString problem; // why not, in words
    };

    static QList<Result> probe(const QList<BrokerInfo> &brokers, int timeoutMs);
    // The user-facing explanation when some brokers cannot be reached; empty when all can.
    static KafkaError explain(const QList<Result> &results, const QString &bootstrap);
};

} // namespace Qafka
