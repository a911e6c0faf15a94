#pragma once

#include "groups/grouptypes.h"

#include <QHash>
#include <QSet>

namespace Qafka {

// Finds a consumer group's membership changes between monitoring rounds. It keeps each group's
// last settled description (Stable, Empty, Dead) and reports a change once the group is settled
// again: one change per rebalance however many rounds it spans, dated by the first round that saw
// it begin. Mid-rebalance descriptions are not compared, as the broker leaves their assignments
// out.
class MembershipTracker
{
public:
    // The change that settled with this description; empty when there is none (or on a group's
    // first description, which is the baseline). Only described groups are compared.
    MembershipChange observe(const ConsumerGroupLag &group, qint64 nowMs);
    // Forgets the groups not in `present`.
    void retain(const QSet<QString> &present);

    static bool isSettled(const QString &state);
    // How a member is named in a change: its static instance id, else its client id, with the
    // end of its member id when several members share that client id.
    static QString memberLabel(const GroupMember &member, const QHash<QString, int> &clientIdUses);

private:
    struct Snapshot
    {
        QList<GroupMember> members; // the last settled description's
        bool hasBaseline = false;   // a settled description has been seen
        qint64 pendingSinceMs = 0;  // a change or rebalance began then; 0 when none
        bool rebalanceSeen = false;
    };
    static MembershipChange compare(const QList<GroupMember> &before,
                                    const QList<GroupMember> &after);

    QHash<QString, Snapshot> m_groups;
};

} // namespace Qafka
