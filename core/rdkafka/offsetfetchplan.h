#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

namespace Qafka {

// One ListConsumerGroupOffsets call: many groups of one coordinator, asked in one OffsetFetch
// request (v8+, KIP-709; librdkafka patch 0006), or one group whose coordinator librdkafka looks
// up itself.
struct OffsetFetchCall
{
    int brokerId = -1; // the coordinator of all groupIds; -1: one group, coordinator looked up
    QStringList groupIds;

    bool operator==(const OffsetFetchCall &other) const = default;
};

// What one pass of ListConsumerGroupOffsets calls found, besides the offsets and failures.
struct OffsetFetchPass
{
    QSet<QString> requestsFailed; // groups whose request failed
    QStringList coordinatorMoved; // ... because their coordinator moved
    QStringList askAlone;         // groups of a many-group call, to be asked one by one
};

// Splits groupIds into calls. A group whose coordinator is known (coordinators, by group id) and
// one of batchBrokers goes with the other groups of that coordinator, at most groupsPerCall in a
// call; any other group, and a group that would be alone in its call, is asked on its own.
// Calls keep the order of groupIds within each coordinator; the single calls come last. A group
// named twice is asked once.
QList<OffsetFetchCall> planOffsetFetches(const QStringList &groupIds,
                                         const QHash<QString, int> &coordinators,
                                         const QSet<int> &batchBrokers, int groupsPerCall);

// One call per group: librdkafka finds each group's coordinator.
QList<OffsetFetchCall> singleOffsetFetches(const QStringList &groupIds);

} // namespace Qafka
