#include "groups/laghistory.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace Qafka;

namespace {

constexpr qint64 kStart = 1'700'000'000'000; // a realistic epoch time in ms
constexpr qint64 kStep = 2000;
constexpr qint64 kHour = 3'600'000;
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

qsizetype pointCount(const QList<QList<QPointF>> &segments)
{
    qsizetype count = 0;
    for (const QList<QPointF> &segment : segments)
        count += segment.size();
    return count;
}

// The highest point over all segments.
QPointF highest(const QList<QList<QPointF>> &segments)
{
    QPointF best(0, -1e300);
    for (const QList<QPointF> &segment : segments) {
        for (const QPointF &point : segment) {
            if (point.y() > best.y())
                best = point;
        }
    }
    return best;
}

bool inTimeOrder(const QList<QList<QPointF>> &segments)
{
    double previous = -1e300;
    for (const QList<QPointF> &segment : segments) {
        for (const QPointF &point : segment) {
            if (point.x() < previous)
                return false;
            previous = point.x();
        }
    }
    return true;
}

// A gently varying lag between 100 and 300.
double wave(qsizetype i)
{
    return 200 + 100 * std::sin(double(i) / 50);
}

} // namespace

class TestLagHistory : public QObject
{
    Q_OBJECT
private slots:
    void empty()
    {
        const LagHistory history;
        QVERIFY(history.isEmpty());
        QCOMPARE(history.firstTimeMs(), -1);
        QCOMPARE(history.lastTimeMs(), -1);
        QVERIFY(std::isnan(history.lastValue()));
        QVERIFY(history.recent(10).isEmpty());
        QVERIFY(history.segments(0, kStart, 100).isEmpty());
    }

    void basicsAndRecent()
    {
        LagHistory history;
        history.append(kStart, 5);
        history.append(kStart + kStep, 7);
        history.appendGap(kStart + 2 * kStep);
        QVERIFY(std::isnan(history.lastValue()));
        history.append(kStart + 3 * kStep, 9);
        QCOMPARE(history.firstTimeMs(), kStart);
        QCOMPARE(history.lastTimeMs(), kStart + 3 * kStep);
        QCOMPARE(history.lastValue(), 9.0);
        const QList<double> last3 = history.recent(3);
        QCOMPARE(last3.size(), 3);
        QCOMPARE(last3.at(0), 7.0);
        QVERIFY(std::isnan(last3.at(1)));
        QCOMPARE(last3.at(2), 9.0);
        QCOMPARE(history.recent(100).size(), 4);
        QCOMPARE(history.recent(100).first(), 5.0);
    }

    void fewPointsComeBackRaw()
    {
        LagHistory history;
        for (int i = 0; i < 10; ++i)
            history.append(kStart + i * kStep, i * 10);
        const auto segments = history.segments(kStart + 2 * kStep, kStart + 5 * kStep, 100);
        QCOMPARE(segments.size(), 1);
        QCOMPARE(segments.first(), (QList<QPointF>{{double(kStart + 2 * kStep), 20},
                                                   {double(kStart + 3 * kStep), 30},
                                                   {double(kStart + 4 * kStep), 40},
                                                   {double(kStart + 5 * kStep), 50}}));
    }

    void memoryStaysConstantAfterWrapping()
    {
        LagHistory history;
        const qsizetype initial = history.memoryBytes();
        qsizetype at50k = 0;
        for (qsizetype i = 1; i <= 100'000; ++i) {
            history.append(kStart + i * kStep, wave(i));
            if (i == 50'000)
                at50k = history.memoryBytes();
        }
        QVERIFY(at50k > initial);
        QCOMPARE(history.memoryBytes(), at50k);
        // 1800 raw samples and 2880 buckets, with no slack from QList's own growth.
        QVERIFY2(at50k < 120'000, qPrintable(QString::number(at50k)));
        // The oldest data held is 24 h of buckets back.
        QVERIFY(history.firstTimeMs() >= history.lastTimeMs() - 24 * kHour);
        QVERIFY(history.firstTimeMs() <= history.lastTimeMs() - 24 * kHour + 30'000);
    }

    void dayOfHistoryAtTwoSeconds()
    {
        LagHistory history;
        const qsizetype samples = 25 * kHour / kStep; // more than the day the buckets hold
        for (qsizetype i = 0; i < samples; ++i)
            history.append(kStart + i * kStep, wave(i));
        const qint64 now = history.lastTimeMs();
        const auto segments = history.segments(now - 24 * kHour, now, 2000);
        QCOMPARE(segments.size(), 1); // no false gap where buckets hand over to raw samples
        QVERIFY(inTimeOrder(segments));
        const double first = segments.first().first().x();
        QVERIFY2(first >= now - 24 * kHour && first <= now - 24 * kHour + 30'000,
                 qPrintable(QString::number((first - (now - 24 * kHour)) / 1000)));
        QCOMPARE(segments.last().last().x(), double(now));
        QVERIFY(pointCount(segments) <= 2000 + 2);
        QVERIFY(pointCount(segments) >= 1500);
        for (const QPointF &point : segments.first())
            QVERIFY(point.y() >= 99 && point.y() <= 301);
    }

    void spikeSurvivesDownsampling_data()
    {
        QTest::addColumn<qsizetype>("spikeAt");
        QTest::newRow("in the buckets") << qsizetype(1000);
        QTest::newRow("in the raw samples") << qsizetype(43'000);
    }

    void spikeSurvivesDownsampling()
    {
        QFETCH(qsizetype, spikeAt);
        LagHistory history;
        for (qsizetype i = 0; i < 43'200; ++i)
            history.append(kStart + i * kStep, i == spikeAt ? 1e6 : double(100 + i % 3));
        const auto segments = history.segments(kStart, history.lastTimeMs(), 500);
        QVERIFY(pointCount(segments) <= 502);
        const QPointF top = highest(segments);
        QCOMPARE(top.y(), 1e6);
        QVERIFY(std::abs(top.x() - double(kStart + spikeAt * kStep)) <= 30'000);
        // So does a dip.
        LagHistory dipped;
        for (qsizetype i = 0; i < 43'200; ++i)
            dipped.append(kStart + i * kStep, i == spikeAt ? 1 : double(100 + i % 3));
        double lowest = 1e300;
        for (const QList<QPointF> &segment : dipped.segments(kStart, dipped.lastTimeMs(), 500)) {
            for (const QPointF &point : segment)
                lowest = std::min(lowest, point.y());
        }
        QCOMPARE(lowest, 1.0);
    }

    void gapsSplitSegments_data()
    {
        QTest::addColumn<int>("maxPoints");
        QTest::newRow("raw") << 10'000;
        QTest::newRow("downsampled") << 40;
    }

    void gapsSplitSegments()
    {
        QFETCH(int, maxPoints);
        LagHistory history;
        qint64 time = kStart;
        for (int i = 0; i < 100; ++i, time += kStep)
            history.append(time, 10);
        history.appendGap(time);
        time += kStep;
        for (int i = 0; i < 100; ++i, time += kStep)
            history.append(time, 20);
        const qint64 jumpFrom = time - kStep;
        time += 60'000; // a 60-s hole in 2-s data
        for (int i = 0; i < 100; ++i, time += kStep)
            history.append(time, 30);

        const auto segments = history.segments(kStart, time, maxPoints);
        QCOMPARE(segments.size(), 3);
        QVERIFY(inTimeOrder(segments));
        QVERIFY(pointCount(segments) <= maxPoints + 2 * 3);
        QCOMPARE(segments.at(0).last().y(), 10.0);
        QCOMPARE(segments.at(1).first().y(), 20.0);
        QCOMPARE(segments.at(1).last().x(), double(jumpFrom));
        QCOMPARE(segments.at(2).first().y(), 30.0);
        QCOMPARE(segments.at(2).first().x(), double(jumpFrom + 62'000));
    }

    void gapsSplitSegmentsInTheBuckets()
    {
        LagHistory history;
        qint64 time = kStart;
        qsizetype i = 0;
        for (; i < 2 * kHour / kStep; ++i, time += kStep) {
            const qint64 minute = (time - kStart) / 60'000;
            if (minute >= 10 && minute < 20)
                continue; // nothing at all for ten minutes
            history.append(time, minute >= 30 && minute < 31 ? kNaN : wave(i));
        }
        // Both holes are older than the raw samples (the last hour). Bucket points sit at fixed
        // places in their bucket, so edges are exact to a bucket (30 s).
        const auto segments = history.segments(kStart, time, 1000);
        QCOMPARE(segments.size(), 3);
        QVERIFY(inTimeOrder(segments));
        const auto minutes = [](double x) { return (x - double(kStart)) / 60'000; };
        QVERIFY(minutes(segments.at(0).last().x()) < 10);
        QVERIFY(minutes(segments.at(1).first().x()) >= 19.5);
        QVERIFY(minutes(segments.at(1).last().x()) < 30);
        QVERIFY(minutes(segments.at(2).first().x()) >= 30.5);
        // The last 14.4-s slice keeps the last sample.
        QCOMPARE(segments.at(2).last().x(), double(history.lastTimeMs()));
    }

    void maxPointsRespected_data()
    {
        QTest::addColumn<int>("maxPoints");
        QTest::newRow("10") << 10;
        QTest::newRow("100") << 100;
        QTest::newRow("777") << 777;
    }

    void maxPointsRespected()
    {
        QFETCH(int, maxPoints);
        LagHistory history;
        for (qsizetype i = 0; i < 20'000; ++i) {
            // Noisy values and a gap every 5000 samples.
            if (i % 5000 == 4999)
                history.appendGap(kStart + i * kStep);
            else
                history.append(kStart + i * kStep, double((i * 7919) % 1000));
        }
        const auto segments = history.segments(kStart, history.lastTimeMs(), maxPoints);
        QCOMPARE(segments.size(), 4);
        QVERIFY2(pointCount(segments) <= maxPoints + 2 * segments.size(),
                 qPrintable(QString::number(pointCount(segments))));
        QVERIFY(pointCount(segments) >= maxPoints / 2);
        QVERIFY(inTimeOrder(segments));
        for (const QList<QPointF> &segment : segments) {
            for (const QPointF &point : segment) {
                QVERIFY(point.x() >= double(kStart));
                QVERIFY(point.x() <= double(history.lastTimeMs()));
            }
        }
    }

    void idleSeriesStaysSmall()
    {
        LagHistory history;
        const qsizetype samples = 25 * kHour / kStep;
        for (qsizetype i = 0; i < samples; ++i)
            history.append(kStart + i * kStep, 42);
        // One run in each ring, in their first allocation.
        QVERIFY2(history.memoryBytes() < 1000, qPrintable(QString::number(history.memoryBytes())));
        QCOMPARE(history.firstTimeMs(), kStart);
        QCOMPARE(history.lastTimeMs(), kStart + (samples - 1) * kStep);
        QCOMPARE(history.recent(3), (QList<double>{42, 42, 42}));
        const qint64 now = history.lastTimeMs();
        const auto segments = history.segments(now - 24 * kHour, now, 500);
        QCOMPARE(segments,
                 (QList<QList<QPointF>>{{{double(now - 24 * kHour), 42}, {double(now), 42}}}));
        // A change after a day of one value is exact to the sample.
        history.append(now + kStep, 43);
        QCOMPARE(history.recent(2), (QList<double>{42, 43}));
        QCOMPARE(history.segments(now - kHour, now + kStep, 500).first().last(),
                 QPointF(double(now + kStep), 43));
    }

    void pauseInARunIsAGap_data()
    {
        QTest::addColumn<bool>("pushedIntoBuckets");
        QTest::newRow("raw") << false;
        QTest::newRow("buckets") << true;
    }

    // A run of one value does not swallow a pause: the chart shows the hole.
    void pauseInARunIsAGap()
    {
        QFETCH(bool, pushedIntoBuckets);
        LagHistory history(LagHistory::Limits{10, 1000, 1000});
        qint64 time = kStart;
        for (int i = 0; i < 40; ++i, time += 500)
            history.append(time, 50);
        const qint64 pauseFrom = time - 500;
        time += 30'000;
        const qint64 pauseTo = time;
        for (int i = 0; i < 40; ++i, time += 500)
            history.append(time, 50);
        if (pushedIntoBuckets) {
            for (int i = 0; i < 20; ++i, time += 500)
                history.append(time, 60 + i);
        }
        const auto segments = history.segments(kStart, time, 1000);
        QCOMPARE(segments.size(), 2);
        QVERIFY(inTimeOrder(segments));
        QVERIFY(segments.at(0).last().x() <= double(pauseFrom));
        QVERIFY(segments.at(0).last().x() >= double(pauseFrom - 1000));
        QVERIFY(segments.at(1).first().x() >= double(pauseTo - 1000));
        QCOMPARE(segments.at(0).first(), QPointF(double(kStart), 50));
        for (const QPointF &point : segments.at(0))
            QCOMPARE(point.y(), 50.0);
    }

    // A value that changes inside the bucket a run of buckets is filling shows in that bucket.
    void changeInsideABucketRun()
    {
        LagHistory history(LagHistory::Limits{2, 1000, 100});
        qint64 time = kStart;
        for (; time <= kStart + 8000; time += 250)
            history.append(time, 50); // a run of nine 1-s buckets, the last just begun
        history.append(kStart + 8100, 70);
        history.append(kStart + 8200, 50);
        for (time = kStart + 10'000; time < kStart + 12'000; time += 250)
            history.append(time, double(time - kStart)); // the raw ring (2 runs) moves past it
        const auto segments = history.segments(kStart, time, 1000);
        QCOMPARE(segments.size(), 1);
        QVERIFY(inTimeOrder(segments));
        QList<QPointF> older;
        for (const QPointF &point : segments.first()) {
            if (point.x() < double(kStart + 9000))
                older.append(point);
        }
        QCOMPARE(older.first(), QPointF(double(kStart), 50));
        QCOMPARE(highest({older}), QPointF(double(kStart + 8500), 70));
    }

    void rangeOutsideTheData()
    {
        LagHistory history;
        for (int i = 0; i < 100; ++i)
            history.append(kStart + i * kStep, 1);
        QVERIFY(history.segments(0, kStart - 1, 100).isEmpty());
        QVERIFY(history.segments(kStart + kHour, kStart + 2 * kHour, 100).isEmpty());
        QVERIFY(history.segments(kStart + 10, kStart, 100).isEmpty());
    }

    void smallLimits()
    {
        LagHistory history(LagHistory::Limits{10, 1000, 5});
        for (int i = 0; i < 1000; ++i)
            history.append(kStart + i * 500, i);
        QCOMPARE(history.recent(100).size(), 10);
        QCOMPARE(history.recent(1).first(), 999.0);
        // 5 buckets of 1 s: the held data starts about 5 s back.
        QVERIFY(history.firstTimeMs() >= history.lastTimeMs() - 5000);
        const auto segments = history.segments(0, history.lastTimeMs(), 1000);
        QCOMPARE(segments.size(), 1);
        QCOMPARE(segments.first().last().y(), 999.0);
        QVERIFY(segments.first().first().x() >= double(history.lastTimeMs() - 5000));
    }
};

QTEST_APPLESS_MAIN(TestLagHistory)
#include "tst_laghistory.moc"
