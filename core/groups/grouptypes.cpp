#include "groups/grouptypes.h"

#include <algorithm>

namespace Qafka {

void registerGroupTypes()
{
    qRegisterMetaType<TopicPartition>();
    qRegisterMetaType<GroupLagRound>();
    qRegisterMetaType<OffsetResetSpec>();
    qRegisterMetaType<OffsetResetPreview>();
}

qsizetype indexOfGroup(const QList<ConsumerGroupLag> &groups, const QString &groupId)
{
    const auto it = std::lower_bound(
        groups.cbegin(), groups.cend(), groupId,
        [](const ConsumerGroupLag &group, const QString &id) { return group.groupId < id; });
    return it != groups.cend() && it->groupId == groupId ? it - groups.cbegin() : -1;
}

} // namespace Qafka
