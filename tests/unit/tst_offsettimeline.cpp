#include "groups/offsettimeline.h"

#include <QTest>

#include <cstdlib>

using namespace Qafka;

namespace {

constexpr qint64 kStart = 1'700'000'000'000;

} // namespace

class TestOffsetTimeline : public QObject
{
    Q_OBJECT
private slots:
    void empty()
    {
        const OffsetTimeline timeline;
        QCOMPARE(timeline.size(), 0);
        QCOMPARE(timeline.timeOfOffset(0).timeMs, -1);
        QCOMPARE(timeline.latestTimeMs(), -1);
    }

    void steadyProducer()
    {
        // 100 messages per second, the log end sampled every 2 s for 10 minutes.
        OffsetTimeline timeline;
        qint64 now = kStart;
        qint64 logEnd = 0;
        for (int i = 0; i <= 300; ++i) {
            now = kStart + i * 2000;
            logEnd = 5000 + i * 200;
            timeline.add(now, logEnd);
        }
        QCOMPARE(timeline.size(), 301);
        const OffsetTimeline::Estimate estimate = timeline.timeOfOffset(logEnd - 500);
        QVERIFY(!estimate.extrapolated);
        QVERIFY2(std::abs(now - estimate.timeMs - 5000) <= 1,
                 qPrintable(QString::number(now - estimate.timeMs)));
        // Between samples too: 1234 behind is 12.34 s.
        QCOMPARE(now - timeline.timeOfOffset(logEnd - 1234).timeMs, 12'340);
        // Caught up: the log end reached it at the latest sample.
        QCOMPARE(timeline.timeOfOffset(logEnd).timeMs, now);
        QCOMPARE(timeline.timeOfOffset(logEnd + 1).timeMs, -1);
    }

    void quietPartitionKeepsOneSample()
    {
        // Quiet for a minute at 1000, then 200 messages between 60 s and 62 s.
        OffsetTimeline timeline;
        for (int i = 0; i <= 30; ++i)
            timeline.add(kStart + i * 2000, 1000);
        QCOMPARE(timeline.size(), 1);
        QCOMPARE(timeline.latestTimeMs(), kStart + 60'000);
        timeline.add(kStart + 62'000, 1200);
        QCOMPARE(timeline.size(), 2);
        // Offset 1100 arrived between 60 s and 62 s, not half-way through the quiet minute.
        const OffsetTimeline::Estimate estimate = timeline.timeOfOffset(1100);
        QCOMPARE(estimate.timeMs, kStart + 61'000);
        QVERIFY(!estimate.extrapolated);
        QCOMPARE(timeline.timeOfOffset(1000).timeMs, kStart);
        QVERIFY(timeline.timeOfOffset(1000).extrapolated); // it may have got there earlier
    }

    void extrapolatesBeforeTheOldestSample()
    {
        OffsetTimeline timeline;
        timeline.add(kStart + 10'000, 1000);
        const OffsetTimeline::Estimate single = timeline.timeOfOffset(10);
        QCOMPARE(single.timeMs, kStart + 10'000);
        QVERIFY(single.extrapolated);

        timeline.add(kStart + 20'000, 2000); // 100 per second
        const OffsetTimeline::Estimate before = timeline.timeOfOffset(500);
        QCOMPARE(before.timeMs, kStart + 5000);
        QVERIFY(before.extrapolated);
        QCOMPARE(timeline.timeOfOffset(1500).timeMs, kStart + 15'000);
        QVERIFY(!timeline.timeOfOffset(1500).extrapolated);
    }

    void capacityBoundsTheSamples()
    {
        OffsetTimeline timeline(5);
        for (int i = 0; i < 10; ++i)
            timeline.add(kStart + i * 1000, i * 100);
        QCOMPARE(timeline.size(), 5);
        // Offset 100 dropped out: extrapolated from the rate of the oldest two kept.
        const OffsetTimeline::Estimate estimate = timeline.timeOfOffset(100);
        QVERIFY(estimate.extrapolated);
        QCOMPARE(estimate.timeMs, kStart + 1000);
        QVERIFY(!timeline.timeOfOffset(650).extrapolated);
        QCOMPARE(timeline.timeOfOffset(650).timeMs, kStart + 6500);
    }

    void lowerOffsetStartsOver()
    {
        OffsetTimeline timeline;
        timeline.add(kStart, 1000);
        timeline.add(kStart + 1000, 2000);
        timeline.add(kStart + 2000, 50); // the topic was recreated
        QCOMPARE(timeline.size(), 1);
        QCOMPARE(timeline.latestOffset(), 50);
        QCOMPARE(timeline.timeOfOffset(1500).timeMs, -1);
    }
};

QTEST_APPLESS_MAIN(TestOffsetTimeline)
#include "tst_offsettimeline.moc"
