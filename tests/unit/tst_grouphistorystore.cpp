// The per-group history store: every group in a round gets its total lag; a group missing from a
// round keeps its history with a gap, and its line goes on when it comes back.

#include "groups/grouphistorystore.h"

#include <QTest>

#include <cmath>

using namespace Qafka;

namespace {

GroupLagRound roundOf(qint64 timeMs, const QList<QPair<QString, qint64>> &lags)
{
    GroupLagRound round;
    round.timeMs = timeMs;
    for (const auto &[id, lag] : lags) {
        ConsumerGroupLag group;
        group.groupId = id;
        group.totalLag = lag;
        round.groups.append(group);
    }
    return round;
}

bool nobodyDetailed(const QString &)
{
    return false;
}

} // namespace

class TestGroupHistoryStore : public QObject
{
    Q_OBJECT

private slots:
    void missingGroupGetsAGapAndComesBack()
    {
        const QString a = QStringLiteral("a");
        const QString b = QStringLiteral("b");
        GroupHistoryStore store;
        store.record(roundOf(1000, {{a, 5}, {b, 7}}), nobodyDetailed);
        store.record(roundOf(3000, {{a, 6}}), nobodyDetailed);
        QCOMPARE(store.history(a)->totalLag.recent(2), (QList<double>{5, 6}));
        const QList<double> gone = store.history(b)->totalLag.recent(2);
        QCOMPARE(gone.first(), 7.0);
        QVERIFY(std::isnan(gone.last()));

        // Still gone: one gap is enough, not one per round.
        store.record(roundOf(5000, {{a, 6}}), nobodyDetailed);
        QCOMPARE(store.history(b)->totalLag.recent(10).size(), 2);

        store.record(roundOf(7000, {{a, 6}, {b, 9}}), nobodyDetailed);
        QCOMPARE(store.history(b)->totalLag.lastValue(), 9.0);
        QCOMPARE(store.history(a)->totalLag.recent(10), (QList<double>{5, 6, 6, 6}));
    }

    // A detailed group's per-partition and per-topic lines are the small kind: a group on many
    // partitions would otherwise hold an hour of raw samples for each.
    void perPartitionLinesKeepLess()
    {
        const QString a = QStringLiteral("a");
        GroupHistoryStore store;
        for (int round = 0; round < 1000; ++round) {
            GroupLagRound lagRound = roundOf(1000 + round * 2000, {{a, round}});
            for (int p = 0; p < 3; ++p) {
                GroupPartitionLag row;
                row.topic = QStringLiteral("t");
                row.partition = p;
                row.lag = round + p; // changes every round: no runs
                lagRound.groups.first().partitions.append(row);
            }
            store.record(lagRound, [](const QString &) { return true; });
        }
        const GroupHistory *history = store.history(a);
        QCOMPARE(history->partitionLag.size(), 3);
        const LagHistory &partition =
            history->partitionLag.value(TopicPartition{QStringLiteral("t"), 1});
        QCOMPARE(partition.limits().finePoints, GroupHistory::kPerPartitionLimits.finePoints);
        QCOMPARE(partition.recent(1000).size(), GroupHistory::kPerPartitionLimits.finePoints);
        QCOMPARE(partition.lastValue(), 1000.0);
        QCOMPARE(history->topicLag.value(QStringLiteral("t")).limits().bucketMs,
                 GroupHistory::kPerPartitionLimits.bucketMs);
        QCOMPARE(history->totalLag.recent(1000).size(), 1000); // the group's own line: an hour
    }
};

QTEST_MAIN(TestGroupHistoryStore)
#include "tst_grouphistorystore.moc"
