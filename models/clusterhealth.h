#pragma once

#include "types/clustertypes.h"

#include <QString>

namespace Qafka {

// The numbers an operator checks first, computed from the latest metadata and topic statistics.
struct ClusterHealth
{
    int brokersUp = 0;
    int brokersDown = 0; // nodes that partitions name as replicas but metadata does not list
    int controllerId = -1;
    int underReplicated = 0;
    int offline = 0;
    int underMinIsr = -1; // -1 until topic configs are known
    int partitions = 0;

    static ClusterHealth from(const ClusterSnapshot &snapshot, const TopicStatsMap &stats);
    bool isHealthy() const
    {
        return brokersDown == 0 && underReplicated == 0 && offline == 0 && underMinIsr <= 0;
    }
    QString summary() const; // one line of rich text
};

} // namespace Qafka
