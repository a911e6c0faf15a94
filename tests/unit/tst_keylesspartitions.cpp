// Where runs of keyless messages go: the online partitions in turn, from a random one; nowhere
// chosen (librdkafka's choice) for a topic without online partitions; a partition the producer
// did not know is left out until the next list.

#include "rdkafka/keylesspartitions.h"

#include <QSet>
#include <QTest>

using namespace Qafka;

class TestKeylessPartitions : public QObject
{
    Q_OBJECT

private slots:
    void unknownTopicLeavesTheChoiceToLibrdkafka()
    {
        KeylessPartitions partitions;
        QCOMPARE(partitions.next(QStringLiteral("orders")), -1);
        partitions.setOnline(QStringLiteral("orders"), {0, 1});
        QCOMPARE(partitions.next(QStringLiteral("payments")), -1);
    }

    void onlinePartitionsTakeTurns()
    {
        KeylessPartitions partitions;
        partitions.setOnline(QStringLiteral("orders"), {0, 2, 5});
        QList<int> chosen;
        for (int i = 0; i < 9; ++i)
            chosen.append(partitions.next(QStringLiteral("orders")));
        for (int i = 0; i < 9; ++i) {
            QVERIFY(QList<int>({0, 2, 5}).contains(chosen.at(i)));
            if (i >= 3)
                QCOMPARE(chosen.at(i), chosen.at(i - 3)); // the same turn every third run
        }
        QCOMPARE(QSet<int>(chosen.cbegin(), chosen.cbegin() + 3), QSet<int>({0, 2, 5}));
    }

    void unchangedMetadataKeepsTheTurn()
    {
        KeylessPartitions partitions;
        partitions.setOnline(QStringLiteral("orders"), {0, 1, 2, 3});
        const int first = partitions.next(QStringLiteral("orders"));
        partitions.setOnline(QStringLiteral("orders"), {0, 1, 2, 3});
        QCOMPARE(partitions.next(QStringLiteral("orders")), (first + 1) % 4);
    }

    void partitionThatLostItsLeaderIsLeftOut()
    {
        KeylessPartitions partitions;
        partitions.setOnline(QStringLiteral("orders"), {0, 1, 2});
        partitions.setOnline(QStringLiteral("orders"), {0, 2});
        for (int i = 0; i < 10; ++i)
            QVERIFY(partitions.next(QStringLiteral("orders")) != 1);
        partitions.setOnline(QStringLiteral("orders"), {});
        QCOMPARE(partitions.next(QStringLiteral("orders")), -1);
    }

    void partitionTheProducerDidNotKnowIsLeftOutUntilTheNextList()
    {
        KeylessPartitions partitions;
        partitions.setOnline(QStringLiteral("orders"), {0, 1, 2, 3});
        const int refused = partitions.next(QStringLiteral("orders"));
        const int following = partitions.next(QStringLiteral("orders"));
        partitions.leaveOut(QStringLiteral("orders"), refused);
        int expected = (following + 1) % 4; // the turn goes on after the one taken last
        if (expected == refused)
            expected = (expected + 1) % 4;
        QCOMPARE(partitions.next(QStringLiteral("orders")), expected);
        for (int i = 0; i < 6; ++i)
            QVERIFY(partitions.next(QStringLiteral("orders")) != refused);
        partitions.leaveOut(QStringLiteral("orders"), 9); // not in the turns: nothing changes
        partitions.setOnline(QStringLiteral("orders"), {0, 1, 2, 3});
        QSet<int> chosen;
        for (int i = 0; i < 4; ++i)
            chosen.insert(partitions.next(QStringLiteral("orders")));
        QCOMPARE(chosen, QSet<int>({0, 1, 2, 3}));
        for (const int each : {0, 1, 2, 3})
            partitions.leaveOut(QStringLiteral("orders"), each);
        QCOMPARE(partitions.next(QStringLiteral("orders")), -1);
    }

    void sendsStartAtDifferentPartitions()
    {
        QSet<int> starts;
        for (int i = 0; i < 60; ++i) {
            KeylessPartitions partitions;
            partitions.setOnline(QStringLiteral("orders"), {0, 1, 2});
            starts.insert(partitions.next(QStringLiteral("orders")));
        }
        // A fixed start would give one value; a random one all three (chance of fewer: 1e-10).
        QCOMPARE(starts, QSet<int>({0, 1, 2}));
    }
};

QTEST_GUILESS_MAIN(TestKeylessPartitions)
#include "tst_keylesspartitions.moc"
