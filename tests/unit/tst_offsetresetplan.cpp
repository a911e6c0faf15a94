#include "groups/offsetresetplan.h"

#include <QTest>

#include <limits>

using namespace Qafka;

namespace {

PartitionOffsetState state(const char *topic, int partition, qint64 committed, qint64 earliest,
                           qint64 latest, qint64 offsetForTimestamp = -1)
{
    return PartitionOffsetState{QString::fromUtf8(topic), partition, committed, earliest, latest,
                                offsetForTimestamp};
}

// One partition: committed 500 in [100, 1000], 700 the first offset at the timestamp.
OffsetResetRow planOne(OffsetResetMode mode, qint64 value = 0, qint64 committed = 500,
                       qint64 offsetForTimestamp = 700)
{
    const QList<OffsetResetRow> rows =
        planOffsetReset({state("orders", 0, committed, 100, 1000, offsetForTimestamp)},
                        OffsetResetSpec{mode, value});
    return rows.value(0);
}

} // namespace

class TestOffsetResetPlan : public QObject
{
    Q_OBJECT
private slots:
    void earliestAndLatest()
    {
        const OffsetResetRow earliest = planOne(OffsetResetMode::Earliest);
        QCOMPARE(earliest.topic, QStringLiteral("orders"));
        QCOMPARE(earliest.current, 500);
        QCOMPARE(earliest.target, 100);
        QCOMPARE(earliest.lagAfter, 900);
        QVERIFY(earliest.changes);
        QVERIFY(earliest.note.isEmpty());

        const OffsetResetRow latest = planOne(OffsetResetMode::Latest);
        QCOMPARE(latest.target, 1000);
        QCOMPARE(latest.lagAfter, 0);
        QVERIFY(latest.changes);

        // A group without a committed offset gets one.
        const OffsetResetRow fresh = planOne(OffsetResetMode::Earliest, 0, -1);
        QCOMPARE(fresh.current, -1);
        QCOMPARE(fresh.target, 100);
        QVERIFY(fresh.changes);
    }

    void timestamp()
    {
        const OffsetResetRow found = planOne(OffsetResetMode::Timestamp, 1'700'000'000'000);
        QCOMPARE(found.target, 700);
        QCOMPARE(found.lagAfter, 300);
        QVERIFY(found.note.isEmpty());

        const OffsetResetRow none = planOne(OffsetResetMode::Timestamp, 1'700'000'000'000, 500, -1);
        QCOMPARE(none.target, 1000);
        QCOMPARE(none.lagAfter, 0);
        QCOMPARE(none.note, QStringLiteral("no message at or after the time: latest offset"));
    }

    void offsetIsClampedAtBothEnds()
    {
        const OffsetResetRow inside = planOne(OffsetResetMode::Offset, 250);
        QCOMPARE(inside.target, 250);
        QCOMPARE(inside.lagAfter, 750);
        QVERIFY(inside.note.isEmpty());

        const OffsetResetRow low = planOne(OffsetResetMode::Offset, 5);
        QCOMPARE(low.target, 100);
        QCOMPARE(low.note, QStringLiteral("clamped to the earliest offset"));

        const OffsetResetRow high = planOne(OffsetResetMode::Offset, 5000);
        QCOMPARE(high.target, 1000);
        QCOMPARE(high.note, QStringLiteral("clamped to the latest offset"));

        // The bounds themselves are not clamping.
        QVERIFY(planOne(OffsetResetMode::Offset, 100).note.isEmpty());
        QVERIFY(planOne(OffsetResetMode::Offset, 1000).note.isEmpty());
    }

    void unchangedTarget()
    {
        const OffsetResetRow same = planOne(OffsetResetMode::Offset, 500);
        QCOMPARE(same.target, 500);
        QVERIFY(!same.changes);
        QVERIFY(!planOne(OffsetResetMode::ShiftBy, 0).changes);
    }

    void shiftBy()
    {
        const OffsetResetRow back = planOne(OffsetResetMode::ShiftBy, -200);
        QCOMPARE(back.target, 300);
        QCOMPARE(back.lagAfter, 700);
        QVERIFY(back.changes);
        QVERIFY(back.note.isEmpty());

        const OffsetResetRow forward = planOne(OffsetResetMode::ShiftBy, 200);
        QCOMPARE(forward.target, 700);

        const OffsetResetRow tooFarBack = planOne(OffsetResetMode::ShiftBy, -10'000);
        QCOMPARE(tooFarBack.target, 100);
        QCOMPARE(tooFarBack.note, QStringLiteral("clamped to the earliest offset"));

        const OffsetResetRow tooFarForward = planOne(OffsetResetMode::ShiftBy, 10'000);
        QCOMPARE(tooFarForward.target, 1000);
        QCOMPARE(tooFarForward.note, QStringLiteral("clamped to the latest offset"));

        // No overflow at the extremes.
        QCOMPARE(planOne(OffsetResetMode::ShiftBy, std::numeric_limits<qint64>::max()).target,
                 1000);
        QCOMPARE(planOne(OffsetResetMode::ShiftBy, std::numeric_limits<qint64>::min()).target, 100);

        const OffsetResetRow nothing = planOne(OffsetResetMode::ShiftBy, -200, -1);
        QCOMPARE(nothing.target, -1);
        QCOMPARE(nothing.lagAfter, 0);
        QVERIFY(!nothing.changes);
        QCOMPARE(nothing.note, QStringLiteral("no committed offset to shift from: left unchanged"));
    }

    void rowsAreSortedByTopicThenPartition()
    {
        const QList<OffsetResetRow> rows =
            planOffsetReset({state("payments", 1, 10, 0, 20), state("orders", 10, 10, 0, 20),
                             state("payments", 0, 10, 0, 20), state("orders", 2, 10, 0, 20)},
                            OffsetResetSpec{OffsetResetMode::Latest, 0});
        QCOMPARE(rows.size(), 4);
        QStringList order;
        for (const OffsetResetRow &row : rows)
            order.append(row.topic + QLatin1Char('/') + QString::number(row.partition));
        QCOMPARE(order, (QStringList{QStringLiteral("orders/2"), QStringLiteral("orders/10"),
                                     QStringLiteral("payments/0"), QStringLiteral("payments/1")}));
        for (const OffsetResetRow &row : rows) {
            QCOMPARE(row.target, 20);
            QCOMPARE(row.lagAfter, 0);
        }
        QVERIFY(planOffsetReset({}, OffsetResetSpec{}).isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestOffsetResetPlan)
#include "tst_offsetresetplan.moc"
