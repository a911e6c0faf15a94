// How a lag round splits its groups into ListConsumerGroupOffsets calls: many groups of one
// coordinator together, any other group alone.

#include "rdkafka/offsetfetchplan.h"

#include <QTest>

using namespace Qafka;

namespace {

QStringList names(const char *spaced)
{
    return QString::fromLatin1(spaced).split(u' ');
}

// "a=2 b=1": group a's coordinator is broker 2, b's is 1.
QHash<QString, int> coordinatorsOf(const char *spaced)
{
    QHash<QString, int> coordinators;
    for (const QString &pair : names(spaced))
        coordinators.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1).toInt());
    return coordinators;
}

} // namespace

class TestOffsetFetchPlan : public QObject
{
    Q_OBJECT

private slots:
    void groupsOfOneCoordinatorGoTogether()
    {
        const QStringList ids = names("a b c d e");
        const QHash<QString, int> coordinators = coordinatorsOf("a=2 b=1 c=2 d=1 e=2");
        const QList<OffsetFetchCall> expected{{1, names("b d")}, {2, names("a c e")}};
        QCOMPARE(planOffsetFetches(ids, coordinators, {1, 2}, 200), expected);
    }

    void callsHoldAtMostTheLimit()
    {
        QStringList ids;
        QHash<QString, int> coordinators;
        for (int i = 0; i < 7; ++i) {
            ids.append(QString::number(i));
            coordinators.insert(ids.last(), 3);
        }
        // 3 + 3, and the seventh would be alone in its call: asked alone.
        const QList<OffsetFetchCall> expected{
            {3, names("0 1 2")}, {3, names("3 4 5")}, {-1, names("6")}};
        QCOMPARE(planOffsetFetches(ids, coordinators, {3}, 3), expected);
    }

    void unknownOrUnbatchedCoordinatorsGoAlone()
    {
        const QStringList ids = names("known unknown old1 old2 negative lonely known2");
        const QHash<QString, int> coordinators =
            coordinatorsOf("known=1 old1=5 old2=5 negative=-1 lonely=2 known2=1");
        // Broker 5 takes one group per request (not in batchBrokers); broker 2 has one group.
        const QList<OffsetFetchCall> expected{{1, names("known known2")}, {-1, names("unknown")},
                                              {-1, names("old1")},        {-1, names("old2")},
                                              {-1, names("negative")},    {-1, names("lonely")}};
        QCOMPARE(planOffsetFetches(ids, coordinators, {1, 2}, 200), expected);
    }

    void everyGroupIsAskedOnce()
    {
        QStringList ids;
        QHash<QString, int> coordinators;
        for (int i = 0; i < 1000; ++i) {
            ids.append(QStringLiteral("g%1").arg(i));
            if (i % 7)
                coordinators.insert(ids.last(), i % 3);
        }
        QStringList asked;
        for (const OffsetFetchCall &call : planOffsetFetches(ids, coordinators, {0, 1}, 50)) {
            QVERIFY(call.groupIds.size() <= 50);
            QVERIFY(call.brokerId < 0 ? call.groupIds.size() == 1 : call.groupIds.size() > 1);
            for (const QString &id : call.groupIds)
                QCOMPARE(coordinators.value(id, -1) == call.brokerId || call.brokerId < 0, true);
            asked.append(call.groupIds);
        }
        std::sort(asked.begin(), asked.end());
        QStringList sorted = ids;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(asked, sorted);
    }

    void noLimitMeansAlone()
    {
        const QList<OffsetFetchCall> expected{{-1, names("a")}, {-1, names("b")}};
        QCOMPARE(planOffsetFetches(names("a b"), coordinatorsOf("a=1 b=1"), {1}, 1), expected);
        QCOMPARE(singleOffsetFetches(names("a b")), expected);
    }
};

QTEST_GUILESS_MAIN(TestOffsetFetchPlan)
#include "tst_offsetfetchplan.moc"
