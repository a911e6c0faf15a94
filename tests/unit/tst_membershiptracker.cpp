#include "groups/grouphistorystore.h"
#include "groups/grouptypes.h"
#include "groups/membershiptracker.h"

#include <QTest>

using namespace Qafka;

namespace {

GroupMember member(const char *id, const char *clientId, const QList<int> &partitions,
                   const char *instance = "")
{
    GroupMember result;
    result.memberId = QString::fromUtf8(id);
    result.clientId = QString::fromUtf8(clientId);
    result.groupInstanceId = QString::fromUtf8(instance);
    for (const int partition : partitions)
        result.assignment.append({QStringLiteral("orders"), partition});
    return result;
}

ConsumerGroupLag group(const char *state, QList<GroupMember> members, bool described = true)
{
    ConsumerGroupLag result;
    result.groupId = QStringLiteral("g");
    result.state = QString::fromUtf8(state);
    result.described = described;
    result.members = std::move(members);
    return result;
}

} // namespace

class TestMembershipTracker : public QObject
{
    Q_OBJECT
private slots:
    void firstDescriptionIsTheBaseline()
    {
        MembershipTracker tracker;
        QVERIFY(tracker.observe(group("Stable", {member("a", "c-1", {0, 1, 2})}), 1000).isEmpty());
        QVERIFY(tracker.observe(group("Stable", {member("a", "c-1", {0, 1, 2})}), 2000).isEmpty());
    }

    void aJoinThroughARebalanceIsOneChangeDatedByItsStart()
    {
        MembershipTracker tracker;
        tracker.observe(group("Stable", {member("a", "c-1", {0, 1, 2, 3, 4, 5})}), 1000);
        // Mid-rebalance descriptions have no assignments: they must not count as moves.
        QVERIFY(
            tracker.observe(group("PreparingRebalance", {member("a", "c-1", {})}), 2000).isEmpty());
        QVERIFY(tracker
                    .observe(group("CompletingRebalance",
                                   {member("a", "c-1", {}), member("b", "c-2", {})}),
                             3000)
                    .isEmpty());
        const MembershipChange change = tracker.observe(
            group("Stable", {member("a", "c-1", {0, 1, 2}), member("b", "c-2", {3, 4, 5})}), 4000);
        QCOMPARE(change.timeMs, 2000);
        QCOMPARE(change.settledMs, 4000);
        QVERIFY(change.rebalanceSeen);
        QCOMPARE(change.joined, QStringList{QStringLiteral("c-2")});
        QVERIFY(change.left.isEmpty());
        QCOMPARE(change.membersBefore, 1);
        QCOMPARE(change.membersAfter, 2);
        QCOMPARE(membershipChangeSummary(change),
                 QStringLiteral("c-2 joined; orders 3–5 moved from c-1 to c-2"));
        // Settled again with nothing new: no further change.
        QVERIFY(tracker
                    .observe(group("Stable",
                                   {member("a", "c-1", {0, 1, 2}), member("b", "c-2", {3, 4, 5})}),
                             5000)
                    .isEmpty());
    }

    void aLeaveSeenOnlySettledIsDatedByThatRound()
    {
        MembershipTracker tracker;
        tracker.observe(
            group("Stable", {member("a", "c-1", {0, 1, 2}), member("b", "c-2", {3, 4, 5})}), 1000);
        const MembershipChange change =
            tracker.observe(group("Stable", {member("a", "c-1", {0, 1, 2, 3, 4, 5})}), 2000);
        QCOMPARE(change.timeMs, 2000);
        QVERIFY(!change.rebalanceSeen);
        QCOMPARE(membershipChangeSummary(change),
                 QStringLiteral("c-2 left; orders 3–5 moved from c-2 to c-1"));
    }

    void sharedClientIdsAreToldApartAndEmptyingIsAChange()
    {
        MembershipTracker tracker;
        tracker.observe(group("Stable", {member("rdkafka-1111aaaaaa", "rdkafka", {0}),
                                         member("rdkafka-2222bbbbbb", "rdkafka", {1})}),
                        1000);
        const MembershipChange change = tracker.observe(group("Empty", {}), 2000);
        QCOMPARE(change.left, (QStringList{QStringLiteral("rdkafka #aaaaaa"),
                                           QStringLiteral("rdkafka #bbbbbb")}));
        QCOMPARE(change.moves.size(), 2);
        QCOMPARE(change.stateAfter, QStringLiteral("Empty"));
        QVERIFY(membershipChangeSummary(change).contains(
            QStringLiteral("orders 0 no longer assigned (was rdkafka #aaaaaa)")));
    }

    void aStaticMemberRestartingIsNotAJoin()
    {
        MembershipTracker tracker;
        tracker.observe(group("Stable", {member("m-1", "c", {0, 1}, "pod-0")}), 1000);
        tracker.observe(group("PreparingRebalance", {}), 2000);
        const MembershipChange change =
            tracker.observe(group("Stable", {member("m-2", "c", {0, 1}, "pod-0")}), 3000);
        QVERIFY(change.joined.isEmpty() && change.left.isEmpty() && change.moves.isEmpty());
        QVERIFY(change.rebalanceSeen);
        QCOMPARE(membershipChangeSummary(change),
                 QStringLiteral("rebalanced, same members and assignment"));
    }

    void undescribedGroupsAreNotCompared()
    {
        MembershipTracker tracker;
        tracker.observe(group("Stable", {member("a", "c-1", {0})}), 1000);
        // A failed description leaves only the listing: no members, but nobody left.
        QVERIFY(tracker.observe(group("Stable", {}, false), 2000).isEmpty());
        QVERIFY(tracker.observe(group("Stable", {member("a", "c-1", {0})}), 3000).isEmpty());
    }

    void rangesAndAssignments()
    {
        QCOMPARE(partitionRanges({5, 0, 3, 4}), QStringLiteral("0, 3–5"));
        QCOMPARE(
            describeAssignment(
                {{QStringLiteral("b"), 1}, {QStringLiteral("a"), 0}, {QStringLiteral("a"), 1}}),
            QStringLiteral("a: 0–1; b: 1"));
    }

    void theStoreKeepsABoundedList()
    {
        GroupHistoryStore store;
        for (int i = 1; i <= GroupHistory::kMaxMembershipChanges + 20; ++i) {
            GroupLagRound round;
            round.timeMs = qint64(i) * 1000;
            ConsumerGroupLag lag = group("Stable", {});
            lag.membershipChange.timeMs = round.timeMs;
            round.groups.append(lag);
            store.record(round, [](const QString &) { return false; });
        }
        const GroupHistory *history = store.history(QStringLiteral("g"));
        QCOMPARE(history->membership.size(), GroupHistory::kMaxMembershipChanges);
        QCOMPARE(history->membership.first().timeMs, 21000);
    }
};

QTEST_GUILESS_MAIN(TestMembershipTracker)
#include "tst_membershiptracker.moc"
