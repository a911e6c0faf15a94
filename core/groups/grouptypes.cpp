#include "groups/grouptypes.h"

namespace Qafka {

void registerGroupTypes()
{
    qRegisterMetaType<TopicPartition>();
    qRegisterMetaType<GroupLagRound>();
    qRegisterMetaType<OffsetResetSpec>();
    qRegisterMetaType<OffsetResetPreview>();
}

} // namespace Qafka
