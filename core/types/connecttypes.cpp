#include "types/connecttypes.h"

#include <algorithm>

namespace Qafka {

int ConnectorStatus::failedTaskCount() const
{
    return int(std::count_if(tasks.cbegin(), tasks.cend(), [](const ConnectTaskStatus &task) {
        return task.state == u"FAILED";
    }));
}

} // namespace Qafka
