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

    // The monitor records a big round a slice at a time between other events: the slices add up
    // to exactly what one call records, gaps for missing groups included.
    void roundRecordedInSlicesIsTheWholeRound()
    {
        QList<QPair<QString, qint64>> lags;
        for (int i = 0; i < 7; ++i)
            lags.append({QStringLiteral("g%1").arg(i), i * 10});
        GroupHistoryStore whole;
        GroupHistoryStore sliced;
        const auto detailedOdd = [](const QString &id) { return id.back().digitValue() % 2 == 1; };
        for (int round = 0; round < 3; ++round) {
            GroupLagRound lagRound = roundOf(1000 + round * 2000, lags);
            if (round == 1)
                lagRound.groups.removeAt(3); // g3 is missing from the second round
            for (ConsumerGroupLag &group : lagRound.groups)
                group.maxTimeLagSeconds = round;
            whole.record(lagRound, detailedOdd);
            sliced.beginRound(lagRound);
            for (qsizetype from = 0; from < lagRound.groups.size(); from += 3)
                sliced.recordGroups(lagRound, from,
                                    std::min<qsizetype>(from + 3, lagRound.groups.size()),
                                    detailedOdd);
            sliced.endRound(lagRound);
        }
        for (const auto &[id, lag] : std::as_const(lags)) {
            const GroupHistory *expected = whole.history(id);
            const GroupHistory *actual = sliced.history(id);
            QVERIFY(expected && actual);
            const QList<double> expectedLags = expected->totalLag.recent(10);
            const QList<double> actualLags = actual->totalLag.recent(10);
            QCOMPARE(actualLags.size(), expectedLags.size());
            for (qsizetype i = 0; i < expectedLags.size(); ++i)
                QVERIFY(actualLags.at(i) == expectedLags.at(i) ||
                        (std::isnan(actualLags.at(i)) && std::isnan(expectedLags.at(i))));
            QCOMPARE(actual->timeLagSeconds.recent(10), expected->timeLagSeconds.recent(10));
        }
        QCOMPARE(sliced.history(QStringLiteral("g3"))->totalLag.recent(10).size(), 3);
        QCOMPARE(sliced.history(QStringLiteral("g1"))->timeLagSeconds.recent(10),
                 (QList<double>{0, 1, 2}));
        QVERIFY(sliced.history(QStringLiteral("g2"))->timeLagSeconds.isEmpty());
        QCOMPARE(sliced.memoryBytes(), whole.memoryBytes());
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
