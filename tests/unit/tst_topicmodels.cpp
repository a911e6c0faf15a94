#include "clusterhealth.h"
#include "partitionmodel.h"
#include "topicfiltermodel.h"
#include "topiclistmodel.h"
#include "types/topicname.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qafka;

namespace {

TopicInfo topic(const QString &name, int partitions, int rf = 1, bool internal = false)
{
    TopicInfo info;
    info.name = name;
    info.internal = internal;
    for (int p = 0; p < partitions; ++p) {
        PartitionInfo partition;
        partition.partition = p;
        partition.leader = 1;
        for (int r = 1; r <= rf; ++r)
            partition.replicas.append(r);
        partition.isr = partition.replicas;
        info.partitions.append(partition);
    }
    return info;
}

QStringList names(const QAbstractItemModel &model)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out << model.index(r, 0).data().toString();
    return out;
}

} // namespace

class TestTopicModels : public QObject
{
    Q_OBJECT
private slots:
    void mergeKeepsRowsAndEmitsMinimalSignals()
    {
        TopicListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTopics({topic(QStringLiteral("a"), 1), topic(QStringLiteral("c"), 2),
                         topic(QStringLiteral("e"), 3)});
        QCOMPARE(names(model),
                 (QStringList{QStringLiteral("a"), QStringLiteral("c"), QStringLiteral("e")}));

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setTopics({topic(QStringLiteral("b"), 1), topic(QStringLiteral("c"), 5),
                         topic(QStringLiteral("d"), 1), topic(QStringLiteral("e"), 3)});
        QCOMPARE(names(model), (QStringList{QStringLiteral("b"), QStringLiteral("c"),
                                            QStringLiteral("d"), QStringLiteral("e")}));
        QCOMPARE(reset.size(), 0);
        QCOMPARE(removed.size(), 1);  // a
        QCOMPARE(inserted.size(), 2); // b, d
        QCOMPARE(changed.size(), 1);  // c's partitions
        QCOMPARE(model.index(1, TopicListModel::PartitionsColumn).data().toInt(), 5);

        model.setTopics({});
        QCOMPARE(model.rowCount(), 0);
    }

    void statsAndHealthColumns()
    {
        TopicListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        TopicInfo degraded = topic(QStringLiteral("orders"), 3, 3);
        degraded.partitions[0].isr = {1, 2};
        degraded.partitions[1].isr = {1};
        degraded.partitions[2].leader = -1;
        degraded.partitions[2].isr = {};
        model.setTopics({degraded});
        QCOMPARE(model.index(0, TopicListModel::MessagesColumn).data().toString(), QString());
        QCOMPARE(model.index(0, TopicListModel::UnderReplicatedColumn).data().toInt(), 3);
        QCOMPARE(model.index(0, TopicListModel::OfflineColumn).data().toInt(), 1);

        TopicStats stats;
        stats.hasOffsets = true;
        stats.offsets = {{0, 10}, {5, 25}, {0, 0}};
        stats.hasConfigs = true;
        stats.minInsyncReplicas = 2;
        stats.cleanupPolicy = QStringLiteral("delete");
        stats.retentionMs = QStringLiteral("604800000");
        model.setStats({{QStringLiteral("orders"), stats}});
        QCOMPARE(model.index(0, TopicListModel::MessagesColumn)
                     .data(TopicListModel::SortRole)
                     .toLongLong(),
                 30);
        QCOMPARE(model.index(0, TopicListModel::UnderMinIsrColumn).data().toInt(), 2);
        QCOMPARE(model.index(0, TopicListModel::RetentionColumn).data().toString(),
                 QStringLiteral("7 d"));

        ClusterSnapshot snapshot;
        snapshot.brokers = {BrokerInfo{1, QStringLiteral("h"), 1, {}, true, 0, 0}};
        snapshot.replicaNodeIds = {1, 2, 3};
        snapshot.controllerId = 1;
        snapshot.topics = {degraded};
        const ClusterHealth health =
            ClusterHealth::from(snapshot, {{QStringLiteral("orders"), stats}});
        QCOMPARE(health.brokersUp, 1);
        QCOMPARE(health.brokersDown, 2);
        QCOMPARE(health.underReplicated, 3);
        QCOMPARE(health.offline, 1);
        QCOMPARE(health.underMinIsr, 2);
        QVERIFY(!health.isHealthy());
        QVERIFY(health.summary().contains(QStringLiteral("3 under-replicated")));
        QCOMPARE(ClusterHealth::from(snapshot, {}).underMinIsr, -1); // unknown, not 0
    }

    void filterSubstringRegexAndInternal()
    {
        TopicListModel model;
        TopicFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTopics({topic(QStringLiteral("__consumer_offsets"), 5, 1, true),
                         topic(QStringLiteral("orders"), 1), topic(QStringLiteral("orders.dlq"), 1),
                         topic(QStringLiteral("payments"), 1)});
        QCOMPARE(filter.rowCount(), 3);
        filter.setShowInternal(true);
        QCOMPARE(filter.rowCount(), 4);
        QVERIFY(filter.setFilter(QStringLiteral("ORD"), false));
        QCOMPARE(filter.rowCount(), 2);
        QVERIFY(filter.setFilter(QStringLiteral("^orders$|^pay"), true));
        filter.sort(0);
        QCOMPARE(names(filter),
                 (QStringList{QStringLiteral("orders"), QStringLiteral("payments")}));
        QVERIFY(!filter.setFilter(QStringLiteral("(unclosed"), true));
        QVERIFY(!filter.filterError().isEmpty());
        QCOMPARE(filter.rowCount(), 2); // the previous filter stays
    }

    void sortsNumbersAsNumbers()
    {
        TopicListModel model;
        TopicFilterModel filter;
        filter.setSourceModel(&model);
        model.setTopics({topic(QStringLiteral("a"), 10), topic(QStringLiteral("b"), 9),
                         topic(QStringLiteral("c"), 100)});
        filter.sort(TopicListModel::PartitionsColumn, Qt::AscendingOrder);
        QCOMPARE(names(filter),
                 (QStringList{QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("c")}));
    }

    void partitionModelShowsMissingReplicas()
    {
        PartitionModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        TopicInfo info = topic(QStringLiteral("t"), 2, 3);
        info.partitions[1].isr = {1, 3};
        TopicStats stats;
        stats.hasOffsets = true;
        stats.offsets = {{0, 4}, {2, 9}};
        model.setTopic(info, stats);
        QCOMPARE(model.index(1, PartitionModel::ReplicasColumn).data().toString(),
                 QStringLiteral("1,2,3"));
        QCOMPARE(model.index(1, PartitionModel::IsrColumn).data().toString(),
                 QStringLiteral("1,3"));
        QCOMPARE(model.index(1, PartitionModel::MissingColumn).data().toString(),
                 QStringLiteral("2"));
        QVERIFY(model.index(1, PartitionModel::MissingColumn).data(Qt::ForegroundRole).isValid());
        QCOMPARE(
            model.index(1, PartitionModel::CountColumn).data(PartitionModel::SortRole).toLongLong(),
            7);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setTopic(info, stats); // same topic: in place
        QCOMPARE(reset.size(), 0);
    }

    void topicNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::addRow("simple") << "orders" << true;
        QTest::addRow("all legal chars") << "a-Z_0.9" << true;
        QTest::addRow("empty") << "" << false;
        QTest::addRow("dot") << "." << false;
        QTest::addRow("dotdot") << ".." << false;
        QTest::addRow("space") << "my topic" << false;
        QTest::addRow("slash") << "a/b" << false;
        QTest::addRow("unicode") << "주문" << false;
        QTest::addRow("249") << QString(249, u'x') << true;
        QTest::addRow("250") << QString(250, u'x') << false;
    }
    void topicNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QCOMPARE(TopicName::validate(name).isEmpty(), valid);
    }

    void topicNameCollision()
    {
        QVERIFY(
            TopicName::collisionWarning(QStringLiteral("my.topic"), {QStringLiteral("my_topic")})
                .contains(QStringLiteral("my_topic")));
        QVERIFY(TopicName::collisionWarning(QStringLiteral("my.topic"), {QStringLiteral("other")})
                    .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTopicModels)
#include "tst_topicmodels.moc"
