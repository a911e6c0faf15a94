#include "groups/membershipchange.h"

#include <QCoreApplication>
#include <QMap>

#include <algorithm>

namespace Qafka {

namespace {

QString describeMove(const PartitionMove &move)
{
    const QString partitions = move.topic + u' ' + partitionRanges(move.partitions);
    if (move.from.isEmpty())
        return QCoreApplication::translate("MembershipChange", "%1 assigned to %2")
            .arg(partitions, move.to);
    if (move.to.isEmpty())
        return QCoreApplication::translate("MembershipChange", "%1 no longer assigned (was %2)")
            .arg(partitions, move.from);
    return QCoreApplication::translate("MembershipChange", "%1 moved from %2 to %3")
        .arg(partitions, move.from, move.to);
}

} // namespace

QString partitionRanges(QList<int> partitions)
{
    std::sort(partitions.begin(), partitions.end());
    QStringList ranges;
    for (qsizetype i = 0; i < partitions.size();) {
        qsizetype end = i;
        while (end + 1 < partitions.size() && partitions.at(end + 1) == partitions.at(end) + 1)
            ++end;
        ranges.append(end == i
                          ? QString::number(partitions.at(i))
                          : QStringLiteral("%1–%2").arg(partitions.at(i)).arg(partitions.at(end)));
        i = end + 1;
    }
    return ranges.join(QStringLiteral(", "));
}

QString describeAssignment(const QList<TopicPartition> &assignment)
{
    QMap<QString, QList<int>> byTopic;
    for (const TopicPartition &partition : assignment)
        byTopic[partition.topic].append(partition.partition);
    QStringList topics;
    for (auto it = byTopic.cbegin(); it != byTopic.cend(); ++it)
        topics.append(it.key() + QStringLiteral(": ") + partitionRanges(it.value()));
    return topics.join(QStringLiteral("; "));
}

QString membershipChangeSummary(const MembershipChange &change)
{
    QStringList parts;
    for (const QString &member : change.joined)
        parts.append(QCoreApplication::translate("MembershipChange", "%1 joined").arg(member));
    for (const QString &member : change.left)
        parts.append(QCoreApplication::translate("MembershipChange", "%1 left").arg(member));
    for (const PartitionMove &move : change.moves)
        parts.append(describeMove(move));
    if (parts.isEmpty())
        parts.append(change.rebalanceSeen
                         ? QCoreApplication::translate("MembershipChange",
                                                       "rebalanced, same members and assignment")
                         : QCoreApplication::translate("MembershipChange", "no change"));
    return parts.join(QStringLiteral("; "));
}

} // namespace Qafka
