#include "types/topictypes.h"

#include <algorithm>

namespace Qafka {

int TopicInfo::underReplicatedCount() const
{
    return int(std::count_if(partitions.cbegin(), partitions.cend(),
                             [](const PartitionInfo &p) { return p.isUnderReplicated(); }));
}

int TopicInfo::offlineCount() const
{
    return int(std::count_if(partitions.cbegin(), partitions.cend(),
                             [](const PartitionInfo &p) { return p.isOffline(); }));
}

int TopicInfo::underMinIsrCount(int minInsync) const
{
    if (minInsync <= 0)
        return 0;
    return int(
        std::count_if(partitions.cbegin(), partitions.cend(),
                      [minInsync](const PartitionInfo &p) { return p.isr.size() < minInsync; }));
}

qint64 TopicStats::messageCount() const
{
    if (!hasOffsets)
        return -1;
    qint64 total = 0;
    for (const PartitionOffsets &offsets : this->offsets) {
        if (offsets.count() < 0)
            return -1;
        total += offsets.count();
    }
    return total;
}

} // namespace Qafka
