#pragma once

#include "groups/grouptypes.h"
#include "groups/laghistory.h"

#include <QHash>

#include <functional>

namespace Qafka {

// The lines the charts of one consumer group draw, each a bounded LagHistory.
struct GroupHistory
{
    // A group on 100 partitions has 100 of these: they keep ten minutes of raw samples (the
    // shortest chart range) and one-minute buckets for the day, about 42 KB each at most.
    static constexpr LagHistory::Limits kPerPartitionLimits{300, 60000, 1440};

    LagHistory totalLag;
    LagHistory timeLagSeconds;
    LagHistory produceRate;
    LagHistory consumeRate;
    QHash<TopicPartition, LagHistory> partitionLag; // with kPerPartitionLimits
    QHash<QString, LagHistory> topicLag;            // with kPerPartitionLimits
    // Joins, leaves and moved partitions, oldest first; the newest kMaxMembershipChanges.
    QList<MembershipChange> membership;
    static constexpr qsizetype kMaxMembershipChanges = 500;
    quint64 lastRound = 0; // the store's count of rounds when this group was last in one
};

// What the lag rounds said over time, per group: a plain value store that the group monitor fills
// and the models and charts read, on the GUI thread. No threads, no I/O.
class GroupHistoryStore
{
public:
    using Detailed = std::function<bool(const QString &groupId)>;
    // Appends a round. Every group gets its total lag; detailed(groupId) says whether it also gets
    // its time lag, rates and per-partition and per-topic lines (a group open in a pane or
    // watched). A group missing from the round keeps its history, with a gap.
    void record(const GroupLagRound &round, const Detailed &detailed);
    // The same in parts, so that a round of many groups can be recorded a slice at a time between
    // other events: beginRound, recordGroups over consecutive ranges of round.groups, endRound.
    void beginRound(const GroupLagRound &round);
    void recordGroups(const GroupLagRound &round, qsizetype from, qsizetype to,
                      const Detailed &detailed);
    void endRound(const GroupLagRound &round);
    // No figures for this moment (a failed round): every line shows a break at nowMs.
    void breakAll(qint64 nowMs);
    // Lag means something else from nowMs on (read_committed switched): the lag lines break.
    void breakLag(qint64 nowMs);

    const GroupHistory *history(const QString &groupId) const;
    qsizetype memoryBytes() const;

private:
    static void recordDetails(const ConsumerGroupLag &group, qint64 now, GroupHistory *history);

    QHash<QString, GroupHistory> m_histories;
    quint64 m_rounds = 0; // recorded so far
};

} // namespace Qafka
