#include "groups/grouphistorystore.h"

#include <cmath>

namespace Qafka {

namespace {

template <typename Key> LagHistory &perPartitionLine(QHash<Key, LagHistory> &lines, const Key &key)
{
    auto line = lines.find(key);
    if (line == lines.end())
        line = lines.insert(key, LagHistory(GroupHistory::kPerPartitionLimits));
    return *line;
}

} // namespace

void GroupHistoryStore::record(const GroupLagRound &round, const Detailed &detailed)
{
    beginRound(round);
    recordGroups(round, 0, round.groups.size(), detailed);
    endRound(round);
}

void GroupHistoryStore::beginRound(const GroupLagRound &round)
{
    // Reserved: 10,000 new groups rehashed the table a dozen times on the GUI thread.
    if (round.groups.size() > m_histories.size())
        m_histories.reserve(round.groups.size());
    ++m_rounds;
}

void GroupHistoryStore::recordGroups(const GroupLagRound &round, qsizetype from, qsizetype to,
                                     const Detailed &detailed)
{
    const qint64 now = round.timeMs;
    for (qsizetype i = from; i < to; ++i) {
        const ConsumerGroupLag &group = round.groups.at(i);
        GroupHistory &history = m_histories[group.groupId];
        history.lastRound = m_rounds;
        history.totalLag.append(now, double(group.totalLag));
        if (!group.membershipChange.isEmpty()) {
            if (history.membership.size() >= GroupHistory::kMaxMembershipChanges)
                history.membership.removeFirst();
            history.membership.append(group.membershipChange);
        }
        if (detailed(group.groupId))
            recordDetails(group, now, &history);
    }
}

void GroupHistoryStore::recordDetails(const ConsumerGroupLag &group, qint64 now,
                                      GroupHistory *history)
{
    history->timeLagSeconds.append(now, group.maxTimeLagSeconds);
    history->produceRate.append(now, group.produceRate);
    history->consumeRate.append(now, group.consumeRate);
    QHash<QString, qint64> topicTotals;
    for (const GroupPartitionLag &row : group.partitions) {
        const double lag = row.lag >= 0 ? double(row.lag) : std::nan("");
        perPartitionLine(history->partitionLag, TopicPartition{row.topic, row.partition})
            .append(now, lag);
        topicTotals[row.topic] += std::max<qint64>(row.lag, 0);
    }
    for (auto it = topicTotals.cbegin(); it != topicTotals.cend(); ++it)
        perPartitionLine(history->topicLag, it.key()).append(now, double(it.value()));
}

void GroupHistoryStore::endRound(const GroupLagRound &round)
{
    // A group that is gone keeps its history (it may come back), drawn with a gap meanwhile.
    for (auto it = m_histories.begin(); it != m_histories.end(); ++it) {
        if (it->lastRound != m_rounds && !std::isnan(it->totalLag.lastValue()))
            it->totalLag.appendGap(round.timeMs);
    }
}

void GroupHistoryStore::breakLag(qint64 nowMs)
{
    for (GroupHistory &history : m_histories) {
        history.totalLag.appendGap(nowMs);
        history.timeLagSeconds.appendGap(nowMs);
        for (LagHistory &line : history.partitionLag)
            line.appendGap(nowMs);
        for (LagHistory &line : history.topicLag)
            line.appendGap(nowMs);
    }
}

void GroupHistoryStore::breakAll(qint64 nowMs)
{
    breakLag(nowMs);
    for (GroupHistory &history : m_histories) {
        history.produceRate.appendGap(nowMs);
        history.consumeRate.appendGap(nowMs);
    }
}

const GroupHistory *GroupHistoryStore::history(const QString &groupId) const
{
    const auto it = m_histories.constFind(groupId);
    return it == m_histories.cend() ? nullptr : &*it;
}

qsizetype GroupHistoryStore::memoryBytes() const
{
    qsizetype bytes = 0;
    for (const GroupHistory &history : m_histories) {
        bytes += history.totalLag.memoryBytes() + history.timeLagSeconds.memoryBytes() +
                 history.produceRate.memoryBytes() + history.consumeRate.memoryBytes() +
                 history.membership.capacity() * qsizetype(sizeof(MembershipChange));
        for (const LagHistory &line : history.partitionLag)
            bytes += line.memoryBytes();
        for (const LagHistory &line : history.topicLag)
            bytes += line.memoryBytes();
    }
    return bytes;
}

} // namespace Qafka
