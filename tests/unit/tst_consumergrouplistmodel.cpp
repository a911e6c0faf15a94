// The consumer-groups table model: a round is merged into the rows by group id, and only rows
// that show something new are announced (a sorted view re-sorts what is announced), the trend
// column always.

#include "consumergrouplistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qafka;

namespace {

ConsumerGroupLag group(const QString &id, qint64 lag)
{
    ConsumerGroupLag g;
    g.groupId = id;
    g.state = QStringLiteral("Empty");
    g.totalLag = lag;
    g.maxLag = lag;
    g.partitions.append(GroupPartitionLag{});
    return g;
}

QList<QPair<int, int>> changedRows(const QSignalSpy &spy, int column)
{
    QList<QPair<int, int>> rows;
    for (const QList<QVariant> &signal : spy) {
        const auto from = signal.at(0).value<QModelIndex>();
        const auto to = signal.at(1).value<QModelIndex>();
        if (from.column() <= column && column <= to.column())
            rows.append({from.row(), to.row()});
    }
    return rows;
}

} // namespace

class TestConsumerGroupListModel : public QObject
{
    Q_OBJECT

private slots:
    void mergesByGroupIdAndAnnouncesOnlyChangedRows()
    {
        ConsumerGroupListModel model(nullptr);
        QAbstractItemModelTester tester(&model);
        model.setGroups({group(QStringLiteral("a"), 0), group(QStringLiteral("c"), 0),
                         group(QStringLiteral("e"), 0), group(QStringLiteral("g"), 0)});
        QCOMPARE(model.rowCount(), 4);

        // c and e moved, g did not; b is new, a is gone.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setGroups({group(QStringLiteral("b"), 0), group(QStringLiteral("c"), 5),
                         group(QStringLiteral("e"), 7), group(QStringLiteral("g"), 0)});
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.rowOf(QStringLiteral("a")), -1);
        QCOMPARE(model.rowOf(QStringLiteral("b")), 0);
        QCOMPARE(model.rowOf(QStringLiteral("g")), 3);
        QCOMPARE(model.index(1, ConsumerGroupListModel::TotalLagColumn).data().toString(),
                 QStringLiteral("5"));
        const QList<QPair<int, int>> lagRows =
            changedRows(changed, ConsumerGroupListModel::TotalLagColumn);
        QCOMPARE(lagRows, (QList<QPair<int, int>>{{1, 2}}));
        QCOMPARE(changedRows(changed, ConsumerGroupListModel::TrendColumn),
                 (QList<QPair<int, int>>{{0, 3}}));

        // The same round again: nothing but the trend.
        changed.clear();
        model.setGroups({group(QStringLiteral("b"), 0), group(QStringLiteral("c"), 5),
                         group(QStringLiteral("e"), 7), group(QStringLiteral("g"), 0)});
        QVERIFY(changedRows(changed, ConsumerGroupListModel::TotalLagColumn).isEmpty());
        QCOMPARE(changed.size(), 1);

        // A NaN time lag that stays NaN is no change; a verdict that moves is.
        changed.clear();
        QList<ConsumerGroupLag> next = {
            group(QStringLiteral("b"), 0), group(QStringLiteral("c"), 5),
            group(QStringLiteral("e"), 7), group(QStringLiteral("g"), 0)};
        next[3].verdict.status = LagStatus::Stalled;
        model.setGroups(next);
        QCOMPARE(changedRows(changed, ConsumerGroupListModel::StatusColumn),
                 (QList<QPair<int, int>>{{3, 3}}));
    }

    // The usual round of a big cluster lists the same groups again: the rows take its list as it
    // is, so the GUI thread copies and frees no row, and changed runs are still announced.
    void sameGroupsTakeTheRoundWhole()
    {
        ConsumerGroupListModel model(nullptr);
        QAbstractItemModelTester tester(&model);
        QList<ConsumerGroupLag> first;
        for (int i = 0; i < 6; ++i)
            first.append(group(QStringLiteral("g%1").arg(i), 0));
        model.setGroups(first);
        QList<ConsumerGroupLag> next = first;
        next[1].totalLag = 3;
        next[2].state = QStringLiteral("Stable");
        next[5].maxLag = 9;
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setGroups(next);
        QCOMPARE(&model.groupAt(0), &std::as_const(next).at(0)); // shared, not copied
        QCOMPARE(changedRows(changed, ConsumerGroupListModel::StateColumn),
                 (QList<QPair<int, int>>{{1, 2}, {5, 5}}));
        QCOMPARE(model.index(2, ConsumerGroupListModel::StateColumn).data().toString(),
                 QStringLiteral("Stable"));
        for (int i = 0; i < 6; ++i)
            QCOMPARE(model.rowOf(QStringLiteral("g%1").arg(i)), i);
        QCOMPARE(model.rowOf(QStringLiteral("g")), -1);
        QCOMPARE(model.rowOf(QStringLiteral("g10")), -1);
        QCOMPARE(model.rowOf(QStringLiteral("h")), -1);
    }
};

QTEST_MAIN(TestConsumerGroupListModel)
#include "tst_consumergrouplistmodel.moc"
