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
};

QTEST_MAIN(TestGroupHistoryStore)
#include "tst_grouphistorystore.moc"
