#include "groups/membershiptracker.h"

#include <QMap>

#include <tuple>

namespace Qafka {

namespace {

// A static member keeps its instance id across restarts (that is what it is for).
QString memberKey(const GroupMember &member)
{
    return member.groupInstanceId.isEmpty() ? member.memberId : member.groupInstanceId;
}

QHash<QString, const GroupMember *> byKey(const QList<GroupMember> &members)
{
    QHash<QString, const GroupMember *> result;
    for (const GroupMember &member : members)
        result.insert(memberKey(member), &member);
    return result;
}

} // namespace

bool MembershipTracker::isSettled(const QString &state)
{
    return state != QLatin1String("PreparingRebalance") &&
           state != QLatin1String("CompletingRebalance") && state != QLatin1String("Assigning") &&
           state != QLatin1String("Reconciling");
}

QString MembershipTracker::memberLabel(const GroupMember &member,
                                       const QHash<QString, int> &clientIdUses)
{
    if (!member.groupInstanceId.isEmpty())
        return member.groupInstanceId;
    if (member.clientId.isEmpty())
        return member.memberId;
    if (clientIdUses.value(member.clientId) <= 1)
        return member.clientId;
    return member.clientId + QStringLiteral(" #") + member.memberId.right(6);
}

MembershipChange MembershipTracker::observe(const ConsumerGroupLag &group, qint64 nowMs)
{
    if (!group.described)
        return {};
    Snapshot &snapshot = m_groups[group.groupId];
    if (!isSettled(group.state)) {
        if (snapshot.pendingSinceMs == 0)
            snapshot.pendingSinceMs = nowMs;
        snapshot.rebalanceSeen = true;
        return {};
    }
    MembershipChange change;
    if (snapshot.hasBaseline) {
        change = compare(snapshot.members, group.members);
        const bool changed =
            !change.joined.isEmpty() || !change.left.isEmpty() || !change.moves.isEmpty();
        if (changed || snapshot.rebalanceSeen) {
            change.timeMs = snapshot.pendingSinceMs > 0 ? snapshot.pendingSinceMs : nowMs;
            change.settledMs = nowMs;
            change.rebalanceSeen = snapshot.rebalanceSeen;
            change.membersBefore = int(snapshot.members.size());
            change.membersAfter = int(group.members.size());
            change.stateAfter = group.state;
        }
    }
    snapshot.members = group.members;
    snapshot.hasBaseline = true;
    snapshot.pendingSinceMs = 0;
    snapshot.rebalanceSeen = false;
    return change.timeMs > 0 ? change : MembershipChange();
}

void MembershipTracker::retain(const QSet<QString> &present)
{
    m_groups.removeIf([&](const auto &it) { return !present.contains(it.key()); });
}

MembershipChange MembershipTracker::compare(const QList<GroupMember> &before,
                                            const QList<GroupMember> &after)
{
    const QHash<QString, const GroupMember *> old = byKey(before);
    const QHash<QString, const GroupMember *> now = byKey(after);
    QHash<QString, int> clientIdUses;
    QHash<QString, const GroupMember *> everyone = old;
    everyone.insert(now);
    for (const GroupMember *member : std::as_const(everyone))
        ++clientIdUses[member->clientId];

    MembershipChange change;
    QHash<TopicPartition, QString> oldOwners;
    QHash<TopicPartition, QString> newOwners;
    for (const GroupMember &member : before) {
        const QString label = memberLabel(member, clientIdUses);
        if (!now.contains(memberKey(member)))
            change.left.append(label);
        for (const TopicPartition &partition : member.assignment)
            oldOwners.insert(partition, label);
    }
    for (const GroupMember &member : after) {
        const QString label = memberLabel(member, clientIdUses);
        if (!old.contains(memberKey(member)))
            change.joined.append(label);
        for (const TopicPartition &partition : member.assignment)
            newOwners.insert(partition, label);
    }
    // Moves grouped by topic and by the members they went between, in a stable order.
    QMap<std::tuple<QString, QString, QString>, QList<int>> moves;
    QHash<TopicPartition, QString> all = oldOwners;
    all.insert(newOwners);
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        const QString from = oldOwners.value(it.key());
        const QString to = newOwners.value(it.key());
        if (from != to)
            moves[{it.key().topic, from, to}].append(it.key().partition);
    }
    for (auto it = moves.begin(); it != moves.end(); ++it) {
        std::sort(it->begin(), it->end());
        change.moves.append(
            {std::get<0>(it.key()), *it, std::get<1>(it.key()), std::get<2>(it.key())});
    }
    change.joined.sort();
    change.left.sort();
    return change;
}

} // namespace Qafka
