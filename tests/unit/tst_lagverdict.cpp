#include "groups/lagverdict.h"
#include "groups/partitionlagwindow.h"

#include <QLocale>
#include <QTest>

#include <utility>

using namespace Qafka;

namespace {

// Observations every 2 s from t = 0, as (committed, lag) pairs; by default the window is exactly
// full (a verdict needs a full window).
PartitionLagWindow window(const QList<std::pair<qint64, qint64>> &points, int capacity = 0)
{
    PartitionLagWindow result(capacity > 0 ? capacity : int(points.size()));
    qint64 time = 0;
    for (const auto &[committed, lag] : points) {
        result.add(LagObservation{time, committed, lag});
        time += 2000;
    }
    return result;
}

// What CatchUpWindow says of a consumer reading 5 of the 15 messages a second produced.
CatchUpEstimate slowerThanProduced()
{
    CatchUpEstimate estimate;
    estimate.kind = CatchUpEstimate::Kind::FallingBehind;
    estimate.consumeRate = 5;
    estimate.produceRate = 15;
    estimate.windowMs = 60000;
    return estimate;
}

} // namespace

class TestLagVerdict : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void statusNamesAndSeverity()
    {
        QCOMPARE(lagStatusName(LagStatus::Ok), QStringLiteral("OK"));
        QCOMPARE(lagStatusName(LagStatus::FallingBehind), QStringLiteral("FALLING BEHIND"));
        QCOMPARE(lagStatusName(LagStatus::Rewound), QStringLiteral("REWOUND"));
        QCOMPARE(lagStatusName(LagStatus::Stalled), QStringLiteral("STALLED"));
        QCOMPARE(lagStatusName(LagStatus::Stopped), QStringLiteral("STOPPED"));
        QVERIFY(!lagStatusName(LagStatus::Unknown).isEmpty());
        const QList<LagStatus> order{LagStatus::Unknown,       LagStatus::Ok,
                                     LagStatus::FallingBehind, LagStatus::Rewound,
                                     LagStatus::Stalled,       LagStatus::Stopped};
        for (int i = 0; i < order.size(); ++i)
            QCOMPARE(lagStatusSeverity(order.at(i)), i);
    }

    void worstOfPicksHigherSeverity()
    {
        const LagVerdict ok{LagStatus::Ok, QStringLiteral("a")};
        const LagVerdict otherOk{LagStatus::Ok, QStringLiteral("b")};
        const LagVerdict stalled{LagStatus::Stalled, QStringLiteral("c")};
        const LagVerdict unknown{LagStatus::Unknown, QStringLiteral("d")};
        QCOMPARE(worstOf(ok, stalled), stalled);
        QCOMPARE(worstOf(stalled, ok), stalled);
        QCOMPARE(worstOf(ok, otherOk), ok); // a tie keeps a
        QCOMPARE(worstOf(otherOk, ok), otherOk);
        QCOMPARE(worstOf(unknown, ok), ok);
    }

    void warmingUpUntilTheWindowIsFull()
    {
        const LagVerdict verdict = window({{10, 5}, {20, 5}}, 10).evaluate(4000, true);
        QCOMPARE(verdict.status, LagStatus::Unknown);
        QCOMPARE(verdict.reason, QStringLiteral("warming up: 2 of 10 samples"));
        QCOMPARE(PartitionLagWindow().evaluate(0, true).reason,
                 QStringLiteral("warming up: 0 of 10 samples"));
        // Lag 0 needs no history.
        QCOMPARE(window({{10, 0}}, 10).evaluate(0, true).status, LagStatus::Ok);
        // A full window is judged.
        QVERIFY(window({{10, 5}, {20, 5}, {30, 5}}, 3).evaluate(4000, true).status !=
                LagStatus::Unknown);
    }

    void consumerThatKeepsUpIsNotFlaggedWhileWarmingUp()
    {
        // The sandbox's demo-keeps-up: 20 messages a second, polled every 2 s, offsets committed
        // every 5 s. Its first samples show lag only growing and the offset not moving.
        const QList<std::pair<qint64, qint64>> samples{{100, 10}, {100, 50}, {100, 90}, {190, 40},
                                                       {190, 80}, {290, 30}, {290, 70}, {290, 110},
                                                       {390, 50}, {390, 90}};
        PartitionLagWindow w(10);
        qint64 time = 0;
        for (const auto &[committed, lag] : samples) {
            w.add(LagObservation{time, committed, lag});
            const LagVerdict verdict = w.evaluate(time, true);
            if (w.size() < w.capacity())
                QCOMPARE(verdict.status, LagStatus::Unknown);
            else
                QCOMPARE(verdict.status, LagStatus::Ok);
            time += 2000;
        }
        // Judged on its first three samples alone it would have been stalled.
        QCOMPARE(window(samples.first(3)).evaluate(4000, true).status, LagStatus::Stalled);
    }

    void unknownWithoutCommittedOffsetOrLag()
    {
        const LagVerdict noCommit = window({{10, 5}, {20, 5}, {-1, 5}}).evaluate(5000, true);
        QCOMPARE(noCommit.status, LagStatus::Unknown);
        QCOMPARE(noCommit.reason, QStringLiteral("no committed offset"));
        QCOMPARE(window({{10, 5}, {20, 5}, {30, -1}}).evaluate(5000, true).status,
                 LagStatus::Unknown);
        // Earlier observations without a committed offset do not make it unknown.
        QCOMPARE(window({{-1, -1}, {20, 5}, {30, 0}}).evaluate(5000, true).status, LagStatus::Ok);
    }

    void okWhenCaughtUp()
    {
        // Even a committed offset that never moves is fine when there is nothing to read.
        const LagVerdict verdict = window({{50, 0}, {50, 0}, {50, 0}}).evaluate(5000, false);
        QCOMPARE(verdict.status, LagStatus::Ok);
        QCOMPARE(verdict.reason, QStringLiteral("lag is 0"));
    }

    void okWhenLagWasZeroInTheWindow()
    {
        // Rates say falling behind, but the lag touched 0 in the window (Burrow's rule 1).
        const LagVerdict verdict = window({{100, 0}, {110, 5}, {120, 9}, {130, 12}})
                                       .evaluate(7000, true, slowerThanProduced());
        QCOMPARE(verdict.status, LagStatus::Ok);
        QCOMPARE(window({{100, 3}, {110, 5}, {120, 9}, {130, 12}})
                     .evaluate(7000, true, slowerThanProduced())
                     .status,
                 LagStatus::FallingBehind);
    }

    void okWhenLagShrinks()
    {
        const LagVerdict verdict =
            window({{100, 50}, {150, 40}, {200, 45}, {260, 30}}).evaluate(7000, true);
        QCOMPARE(verdict.status, LagStatus::Ok);
        QVERIFY(verdict.reason.contains(QStringLiteral("30")));
    }

    void stalled()
    {
        // A live member holds the partition but the committed offset does not move.
        const LagVerdict verdict = window({{100, 5}, {100, 10}, {100, 20}}).evaluate(5000, true);
        QCOMPARE(verdict.status, LagStatus::Stalled);
        QCOMPARE(
            verdict.reason,
            QStringLiteral("committed offset stuck at 100 for 5 s while lag went from 5 to 20"));
        // Moving commits are not stalled.
        QVERIFY(window({{100, 5}, {101, 10}, {102, 20}}).evaluate(5000, true).status !=
                LagStatus::Stalled);
    }

    void stalledCountsFromTheLastCommitChange()
    {
        // The change from 10 to 20 fell out of the 3-observation window but is remembered.
        const PartitionLagWindow w = window({{10, 5}, {20, 5}, {20, 6}, {20, 7}, {20, 8}}, 3);
        QCOMPARE(w.size(), 3);
        QCOMPARE(w.lastCommitChangeMs(), 2000);
        const LagVerdict verdict = w.evaluate(9000, true);
        QCOMPARE(verdict.status, LagStatus::Stalled);
        QCOMPARE(verdict.reason,
                 QStringLiteral("committed offset stuck at 20 for 7 s while lag went from 6 to 8"));
    }

    void stoppedWithoutConsumer()
    {
        const LagVerdict verdict = window({{100, 5}, {100, 10}, {100, 20}}).evaluate(9000, false);
        QCOMPARE(verdict.status, LagStatus::Stopped);
        QCOMPARE(verdict.reason, QStringLiteral("no consumer has committed for 9 s; lag is 20"));
        // Even with lag unchanged: nobody is reading.
        QCOMPARE(window({{100, 20}, {100, 20}, {100, 20}}).evaluate(5000, false).status,
                 LagStatus::Stopped);
    }

    void stoppedWhenLastCommitIsOlderThanTheWindow()
    {
        // Commits moved at t = 2 s and the window spans 4 s (Burrow's rule 4).
        const PartitionLagWindow w = window({{10, 30}, {20, 25}, {20, 26}});
        QCOMPARE(w.lastCommitChangeMs(), 2000);
        const LagVerdict late = w.evaluate(10000, false);
        QCOMPARE(late.status, LagStatus::Stopped);
        QCOMPARE(late.reason, QStringLiteral("no consumer has committed for 8 s; lag is 26"));
        // Not yet older than the window's span.
        QCOMPARE(w.evaluate(5000, false).status, LagStatus::Ok);
        // A live member means the rule does not apply.
        QCOMPARE(w.evaluate(10000, true).status, LagStatus::Ok);
    }

    void rewound()
    {
        const LagVerdict verdict = window({{100, 10}, {50, 60}, {60, 55}}).evaluate(5000, true);
        QCOMPARE(verdict.status, LagStatus::Rewound);
        QCOMPARE(verdict.reason, QStringLiteral("committed offset went back from 100 to 50"));
        // Committed offsets that only move forward are not a rewind.
        QVERIFY(window({{50, 10}, {60, 60}, {100, 55}}).evaluate(5000, true).status !=
                LagStatus::Rewound);
        // A missing committed offset in between is not a rewind either.
        QVERIFY(window({{100, 10}, {-1, -1}, {110, 5}}).evaluate(5000, true).status !=
                LagStatus::Rewound);
    }

    void fallingBehindWhenConsumedSlowerThanProduced()
    {
        const LagVerdict verdict = window({{100, 10}, {110, 15}, {120, 15}, {130, 20}})
                                       .evaluate(7000, true, slowerThanProduced());
        QCOMPARE(verdict.status, LagStatus::FallingBehind);
        QCOMPARE(verdict.reason,
                 QStringLiteral("consumer is committing but slower than the producers: falling "
                                "further behind at 10 msg/s (consumes 5.0 msg/s, 15 msg/s "
                                "produced, over the last 60 s); lag 10 → 20"));
        // Lag that only grew in a short window is no verdict without the rates to back it: the
        // sandbox's consumer that keeps up shows that between every two commits.
        QCOMPARE(window({{100, 10}, {110, 15}, {120, 15}, {130, 20}}).evaluate(7000, true).status,
                 LagStatus::Ok);
        CatchUpEstimate steady = slowerThanProduced();
        steady.kind = CatchUpEstimate::Kind::Steady;
        QCOMPARE(window({{100, 10}, {110, 15}, {120, 15}, {130, 20}})
                     .evaluate(7000, true, steady)
                     .status,
                 LagStatus::Ok);
    }

    void stalledAndRewoundComeBeforeTheRates()
    {
        QCOMPARE(window({{100, 5}, {100, 10}, {100, 20}})
                     .evaluate(5000, true, slowerThanProduced())
                     .status,
                 LagStatus::Stalled);
        QCOMPARE(window({{100, 10}, {50, 60}, {60, 55}})
                     .evaluate(5000, true, slowerThanProduced())
                     .status,
                 LagStatus::Rewound);
    }

    void ringKeepsTheLatest()
    {
        PartitionLagWindow w(4);
        for (int i = 0; i < 10; ++i)
            w.add(LagObservation{qint64(i) * 1000, 100 + i, 10});
        QCOMPARE(w.size(), 4);
        QCOMPARE(w.observations().first().timeMs, 6000);
        QCOMPARE(w.observations().last().committed, 109);
        QCOMPARE(w.lastCommitChangeMs(), 9000);
        w.clear();
        QCOMPARE(w.size(), 0);
        QCOMPARE(w.lastCommitChangeMs(), -1);
        QCOMPARE(PartitionLagWindow(1).capacity(), PartitionLagWindow::kMinimumObservations);
    }

    void numbersUseTheLocale()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const LagVerdict verdict =
            window({{1234567, 5000}, {1234567, 6000}, {1234567, 7000}}).evaluate(5000, true);
        QLocale::setDefault(QLocale::c());
        QVERIFY2(verdict.reason.contains(QStringLiteral("1.234.567")), qPrintable(verdict.reason));
        QVERIFY2(verdict.reason.contains(QStringLiteral("7.000")), qPrintable(verdict.reason));
    }
};

QTEST_APPLESS_MAIN(TestLagVerdict)
#include "tst_lagverdict.moc"
