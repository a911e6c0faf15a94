// The groups table's sorting view: sorted by group id it compares row numbers (the rows are
// sorted by id already), which must give exactly the order of comparing the ids, both ways and
// as groups come and go; other columns sort on their values.

#include "consumergroupfiltermodel.h"
#include "consumergrouplistmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

#include <algorithm>

using namespace Qafka;

namespace {

ConsumerGroupLag group(const QString &id, qint64 lag)
{
    ConsumerGroupLag g;
    g.groupId = id;
    g.totalLag = lag;
    return g;
}

QList<ConsumerGroupLag> groupsOf(QStringList ids)
{
    std::sort(ids.begin(), ids.end()); // as the monitor's rounds are
    QList<ConsumerGroupLag> groups;
    for (qsizetype i = 0; i < ids.size(); ++i)
        groups.append(group(ids.at(i), (i * 7) % 5));
    return groups;
}

QStringList shownIds(const QAbstractItemModel &view)
{
    QStringList ids;
    for (int row = 0; row < view.rowCount(); ++row)
        ids.append(view.index(row, ConsumerGroupListModel::GroupColumn).data().toString());
    return ids;
}

} // namespace

class TestConsumerGroupFilterModel : public QObject
{
    Q_OBJECT

private slots:
    void sortsByGroupIdAsTheIdsCompare()
    {
        // Upper before lower case, digits before letters, non-ASCII last: QString's order.
        const QStringList ids = {QStringLiteral("orders"), QStringLiteral("Orders"),
                                 QStringLiteral("a-10"),   QStringLiteral("a-9"),
                                 QStringLiteral("été"),    QStringLiteral("Z"),
                                 QStringLiteral("0-first")};
        ConsumerGroupListModel groups(nullptr);
        ConsumerGroupFilterModel view(&groups);
        QAbstractItemModelTester tester(&view);
        view.sort(ConsumerGroupListModel::GroupColumn, Qt::DescendingOrder);
        groups.setGroups(groupsOf(ids));
        QStringList expected = ids;
        std::sort(expected.begin(), expected.end(), std::greater<>());
        QCOMPARE(shownIds(view), expected);

        view.sort(ConsumerGroupListModel::GroupColumn, Qt::AscendingOrder);
        std::sort(expected.begin(), expected.end());
        QCOMPARE(shownIds(view), expected);

        // Groups come and go: new rows land where their ids belong.
        QStringList next = ids;
        next.removeAll(QStringLiteral("a-9"));
        next << QStringLiteral("B") << QStringLiteral("b") << QStringLiteral("zz");
        groups.setGroups(groupsOf(next));
        std::sort(next.begin(), next.end());
        QCOMPARE(shownIds(view), next);

        // Case-insensitive sorting is not the rows' order: compared as the base class does.
        view.setSortCaseSensitivity(Qt::CaseInsensitive);
        const QStringList shown = shownIds(view);
        for (qsizetype i = 1; i < shown.size(); ++i)
            QVERIFY2(shown.at(i - 1).compare(shown.at(i), Qt::CaseInsensitive) <= 0,
                     qPrintable(shown.join(u' ')));
    }

    void otherColumnsSortOnTheirValues()
    {
        ConsumerGroupListModel groups(nullptr);
        ConsumerGroupFilterModel view(&groups);
        groups.setGroups({group(QStringLiteral("a"), 30), group(QStringLiteral("b"), 4),
                          group(QStringLiteral("c"), 100)});
        view.sort(ConsumerGroupListModel::TotalLagColumn, Qt::AscendingOrder);
        QCOMPARE(shownIds(view),
                 (QStringList{QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("c")}));
    }

    void filtersOnTheGroupIdIgnoringCase()
    {
        ConsumerGroupListModel groups(nullptr);
        ConsumerGroupFilterModel view(&groups);
        groups.setGroups(groupsOf({QStringLiteral("Billing"), QStringLiteral("orders"),
                                   QStringLiteral("billing-retry")}));
        view.setFilterFixedString(QStringLiteral("BILL"));
        view.sort(ConsumerGroupListModel::GroupColumn, Qt::AscendingOrder);
        QCOMPARE(shownIds(view),
                 (QStringList{QStringLiteral("Billing"), QStringLiteral("billing-retry")}));
    }
};

QTEST_MAIN(TestConsumerGroupFilterModel)
#include "tst_consumergroupfiltermodel.moc"
