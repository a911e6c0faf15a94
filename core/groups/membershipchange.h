#pragma once

// What changed in a consumer group's membership between two settled descriptions: who joined,
// who left and which partitions moved. Kafka's describe answer carries no generation id through
// librdkafka's C API, so a rebalance is known by its effects and by the rebalancing states seen.

#include "groups/topicpartition.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Qafka {

// Partitions of one topic that went from one member to another (labels; empty = unassigned).
struct PartitionMove
{
    QString topic;
    QList<int> partitions; // ascending
    QString from;
    QString to;
};

struct MembershipChange
{
    qint64 timeMs = 0;    // the first round that saw the change begin
    qint64 settledMs = 0; // the round that saw the group settled again
    QStringList joined;   // member labels (see memberLabel)
    QStringList left;
    QList<PartitionMove> moves;
    bool rebalanceSeen = false; // a round saw the group in a rebalancing state meanwhile
    int membersBefore = 0;
    int membersAfter = 0;
    QString stateAfter;

    bool isEmpty() const { return timeMs == 0; }
};

// "c-2 left; orders 3–5 moved from c-2 to c-1" — one line for a marker's tooltip or a table.
QString membershipChangeSummary(const MembershipChange &change);

// "0, 3–5": consecutive partitions as ranges; the list need not be sorted.
QString partitionRanges(QList<int> partitions);
// "orders: 0–2, 5; payments: 1".
QString describeAssignment(const QList<TopicPartition> &assignment);

} // namespace Qafka
