#include "groups/catchupestimate.h"

#include <QLocale>
#include <QTest>

using namespace Qafka;

namespace {

// Rounds every 2 s for `seconds` seconds: the consumer commits `consume` and the producers write
// `produce` messages a second, the consumer starting `lag` behind.
CatchUpWindow steadyRates(int seconds, double consume, double produce, qint64 lag)
{
    CatchUpWindow window;
    for (int t = 0; t <= seconds; t += 2) {
        const qint64 logEnd = 100000 + qint64(produce * t);
        window.add(qint64(t) * 1000, logEnd - lag + qint64((consume - produce) * t), logEnd);
    }
    return window;
}

// Rounds every 2 s for a minute: the consumer commits `early` messages a round in the first half
// and `late` in the second, the producers write `produced` a round.
CatchUpWindow twoHalves(qint64 early, qint64 late, qint64 produced)
{
    CatchUpWindow window;
    qint64 committed = 0;
    qint64 logEnd = 10000;
    for (int t = 0; t <= 60; t += 2) {
        window.add(qint64(t) * 1000, committed, logEnd);
        committed += t < 30 ? early : late;
        logEnd += produced;
    }
    return window;
}

} // namespace

class TestCatchUpEstimate : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void caughtUpNeedsNoRates()
    {
        const CatchUpEstimate estimate = CatchUpWindow().estimate(0);
        QCOMPARE(estimate.kind, CatchUpEstimate::Kind::CaughtUp);
        QCOMPARE(catchUpShortText(estimate), QStringLiteral("caught up"));
    }

    void noNumberBeforeHalfAMinuteOfRates()
    {
        const CatchUpEstimate estimate = steadyRates(20, 120, 20, 3000).estimate(1000);
        QCOMPARE(estimate.kind, CatchUpEstimate::Kind::Unknown);
        QCOMPARE(estimate.reason, QStringLiteral("measuring rates (20 of 30 s)"));
        QCOMPARE(catchUpShortText(estimate), QStringLiteral("—"));
        QCOMPARE(catchUpDescription(estimate),
                 QStringLiteral("no estimate: measuring rates (20 of 30 s)"));
    }

    void catchingUp()
    {
        // 120 consumed, 20 produced a second: 100 a second net; 3,000 behind is 30 s.
        const CatchUpWindow window = steadyRates(40, 120, 20, 6000);
        const CatchUpEstimate estimate = window.estimate(3000);
        QCOMPARE(estimate.kind, CatchUpEstimate::Kind::CatchingUp);
        QCOMPARE(estimate.consumeRate, 120.0);
        QCOMPARE(estimate.produceRate, 20.0);
        QCOMPARE(estimate.seconds, 30.0);
        QCOMPARE(estimate.windowMs, 40000);
        QCOMPARE(catchUpShortText(estimate), QStringLiteral("≈ 30 s"));
        QCOMPARE(catchUpDescription(estimate),
                 QStringLiteral("catches up in ≈ 30 s (consumes 120 msg/s, 20 msg/s produced, "
                                "over the last 40 s)"));
    }

    void fallingBehind()
    {
        const CatchUpEstimate estimate = steadyRates(60, 10, 130, 500).estimate(8000);
        QCOMPARE(estimate.kind, CatchUpEstimate::Kind::FallingBehind);
        QCOMPARE(catchUpShortText(estimate), QStringLiteral("falling behind"));
        QVERIFY(std::isnan(estimate.seconds));
        QCOMPARE(catchUpDescription(estimate),
                 QStringLiteral("falling further behind at 120 msg/s (consumes 10 msg/s, 130 "
                                "msg/s produced, over the last 60 s)"));
    }

    void steadyWhenTheRatesAreAlmostEqual()
    {
        const CatchUpEstimate estimate = steadyRates(60, 101, 100, 500).estimate(500);
        QCOMPARE(estimate.kind, CatchUpEstimate::Kind::Steady);
        QVERIFY(std::isnan(estimate.seconds));
    }

    void commitStepsAreNotARate()
    {
        // A consumer that keeps up but commits every few seconds (kcat auto-commits every 5 s):
        // 3.3 msg/s produced, the committed offset jumps 20 at a time, so the lag at the window's
        // ends differs by one step. That is not falling behind (it was, on the sandbox's
        // demo-keeps-up).
        CatchUpWindow window;
        qint64 committed = 1000;
        for (int t = 0; t <= 58; t += 2) {
            const qint64 logEnd = 1000 + qint64(t * 10 / 3);
            if (t % 6 == 0)
                committed = logEnd; // a commit every 6 s, of everything read so far
            window.add(qint64(t) * 1000, committed, logEnd);
        }
        QCOMPARE(window.estimate(13).kind, CatchUpEstimate::Kind::Steady);
        // A consumer whose lag grows by far more than a commit step: falling behind.
        QCOMPARE(steadyRates(60, 2.0, 3.3, 500).estimate(578).kind,
                 CatchUpEstimate::Kind::FallingBehind);
    }

    void theWindowSlides()
    {
        // A minute at 50 net, then a minute and a half at 200 net: only the last minute counts.
        CatchUpWindow window;
        qint64 committed = 0;
        for (int t = 0; t <= 150; t += 2) {
            window.add(qint64(t) * 1000, committed, 1000000);
            committed += t < 60 ? 100 : 400;
        }
        const CatchUpEstimate estimate = window.estimate(10000);
        QCOMPARE(estimate.windowMs, 60000);
        QCOMPARE(estimate.consumeRate, 200.0);
        QCOMPARE(estimate.seconds, 50.0);
    }

    void unevenRatesGiveNoNumber()
    {
        // Catching up fast for half a minute, then falling behind: no honest single number.
        const CatchUpEstimate estimate = twoHalves(400, 0, 100).estimate(5000);
        QCOMPARE(estimate.kind, CatchUpEstimate::Kind::Unknown);
        QVERIFY2(estimate.reason.contains(QStringLiteral("swing")), qPrintable(estimate.reason));
        QCOMPARE(estimate.windowMs, 60000); // the rates are still reported
    }

    void aBurstThenAFlatLineGivesNoNumber()
    {
        // A new member drained most of the lag in a burst, then the lag stayed flat: the mean
        // over the window ("catches up in 47 s") would describe neither half (seen on the sandbox).
        const CatchUpEstimate estimate = twoHalves(600, 40, 40).estimate(1250);
        QCOMPARE(estimate.kind, CatchUpEstimate::Kind::Unknown);
        QVERIFY2(estimate.reason.contains(QStringLiteral("changed too much")),
                 qPrintable(estimate.reason));
        // Small rates that differ a lot are noise, not a change: still an estimate.
        const CatchUpEstimate slow = steadyRates(60, 20.4, 20.0, 600).estimate(600);
        QVERIFY(slow.kind != CatchUpEstimate::Kind::Unknown);
    }

    void oneCommitIsTooFew()
    {
        CatchUpWindow window;
        for (int t = 0; t <= 40; t += 2)
            window.add(qint64(t) * 1000, t < 20 ? 100 : 5000, 20000 + t);
        const CatchUpEstimate estimate = window.estimate(1000);
        QCOMPARE(estimate.kind, CatchUpEstimate::Kind::Unknown);
        QVERIFY(estimate.reason.startsWith(QStringLiteral("one commit")));
    }

    void holesAndRewindsStartOver()
    {
        CatchUpWindow window = steadyRates(40, 120, 20, 6000);
        QCOMPARE(window.size(), 21);
        window.add(42000, -1, 200000); // nothing committed
        QCOMPARE(window.size(), 0);
        window = steadyRates(40, 120, 20, 6000);
        window.add(42000, 10, 200000); // reset to an earlier offset
        QCOMPARE(window.size(), 1);
        QCOMPARE(window.estimate(5).kind, CatchUpEstimate::Kind::Unknown);
    }

    void durations()
    {
        QCOMPARE(approximateDuration(0.2), QStringLiteral("≈ 1 s"));
        QCOMPARE(approximateDuration(59), QStringLiteral("≈ 59 s"));
        QCOMPARE(approximateDuration(250), QStringLiteral("≈ 4 min"));
        QCOMPARE(approximateDuration(7800), QStringLiteral("≈ 2 h 10 min"));
        QCOMPARE(approximateDuration(200000), QStringLiteral("more than a day"));
    }
};

QTEST_GUILESS_MAIN(TestCatchUpEstimate)
#include "tst_catchupestimate.moc"
