#include "rdkafka/offsetfetchplan.h"

#include <QMap>

namespace Qafka {

QList<OffsetFetchCall> planOffsetFetches(const QStringList &groupIds,
                                         const QHash<QString, int> &coordinators,
                                         const QSet<int> &batchBrokers, int groupsPerCall)
{
    QMap<int, QStringList> byCoordinator; // ordered: the same plan for the same input
    QStringList alone;
    QSet<QString> seen; // librdkafka refuses a call that names a group twice
    for (const QString &id : groupIds) {
        if (seen.contains(id))
            continue;
        seen.insert(id);
        const int coordinator = coordinators.value(id, -1);
        if (coordinator >= 0 && groupsPerCall > 1 && batchBrokers.contains(coordinator))
            byCoordinator[coordinator].append(id);
        else
            alone.append(id);
    }
    QList<OffsetFetchCall> calls;
    for (auto it = byCoordinator.cbegin(); it != byCoordinator.cend(); ++it) {
        const QStringList &ids = it.value();
        for (qsizetype start = 0; start < ids.size(); start += groupsPerCall) {
            const QStringList chunk = ids.mid(start, groupsPerCall);
            if (chunk.size() == 1)
                alone.append(chunk);
            else
                calls.append({it.key(), chunk});
        }
    }
    calls.append(singleOffsetFetches(alone));
    return calls;
}

QList<OffsetFetchCall> singleOffsetFetches(const QStringList &groupIds)
{
    QList<OffsetFetchCall> calls;
    calls.reserve(groupIds.size());
    for (const QString &id : groupIds)
        calls.append({-1, {id}});
    return calls;
}

} // namespace Qafka
