#include "brokerlistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qafka;

namespace {

BrokerInfo broker(int id, int led = 0, int replicas = 0)
{
    BrokerInfo info;
    info.nodeId = id;
    info.host = QStringLiteral("127.0.0.1");
    info.port = 9090 + id;
    info.rack = id % 2 ? QStringLiteral("rack-a") : QString();
    info.partitionsLed = led;
    info.replicasHosted = replicas;
    return info;
}

ClusterSnapshot snapshot(QList<BrokerInfo> brokers, int controller, QList<int> replicaNodes = {})
{
    ClusterSnapshot s;
    s.clusterId = QStringLiteral("cid");
    s.controllerId = controller;
    for (BrokerInfo &b : brokers)
        b.isController = b.nodeId == controller;
    s.brokers = brokers;
    s.replicaNodeIds = replicaNodes;
    s.takenAtMs = 1000;
    return s;
}

QStringList render(const QAbstractItemModel &model)
{
    QStringList rows;
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < model.columnCount(); ++c)
            cells << model.index(r, c).data().toString();
        rows << cells.join(u'|');
    }
    return rows;
}

} // namespace

class TestBrokerListModel : public QObject
{
    Q_OBJECT
private slots:
    void showsSnapshot()
    {
        BrokerListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(snapshot({broker(2, 3, 6), broker(1, 4, 6), broker(3, 0, 6)}, 2));
        QCOMPARE(render(model), (QStringList{
                                    QStringLiteral("1|127.0.0.1:9091|rack-a||4|6|up"),
                                    QStringLiteral("2|127.0.0.1:9092||yes|3|6|up"),
                                    QStringLiteral("3|127.0.0.1:9093|rack-a||0|6|up"),
                                }));
        QCOMPARE(model.upCount(), 3);
        QCOMPARE(model.downCount(), 0);
    }

    void vanishedBrokerStaysAsDownAndComesBack()
    {
        BrokerListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(snapshot({broker(1), broker(2), broker(3)}, 1));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        model.setSnapshot(snapshot({broker(1), broker(3)}, 1, {1, 2, 3}));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.stateOf(2), BrokerListModel::BrokerState::Down);
        QCOMPARE(model.index(1, BrokerListModel::AddressColumn).data().toString(),
                 QStringLiteral("127.0.0.1:9092"));
        QCOMPARE(model.downCount(), 1);
        // A merge, not a reset: selection and scroll position survive.
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(removed.size(), 0);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.size(), 1);

        model.setSnapshot(snapshot({broker(1), broker(2), broker(3)}, 1));
        QCOMPARE(model.stateOf(2), BrokerListModel::BrokerState::Up);
        QCOMPARE(model.downCount(), 0);
    }

    void replicaOnlyNodeIsDown()
    {
        BrokerListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Started while node 5 was already dead: only the partitions name it.
        model.setSnapshot(snapshot({broker(4)}, 4, {4, 5}));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.stateOf(5), BrokerListModel::BrokerState::Down);
        QCOMPARE(model.index(1, BrokerListModel::AddressColumn).data().toString(),
                 QStringLiteral("(unknown)"));
    }

    void insertsNewBrokerInOrder()
    {
        BrokerListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(snapshot({broker(1), broker(3)}, 1));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.setSnapshot(snapshot({broker(1), broker(2), broker(3)}, 1));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 1);
        QCOMPARE(model.index(1, 0).data().toInt(), 2);
    }

    void unknownWhenClusterSilent()
    {
        BrokerListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(snapshot({broker(1), broker(2)}, 1));
        model.markUnknown();
        QCOMPARE(model.stateOf(1), BrokerListModel::BrokerState::Unknown);
        QCOMPARE(model.index(0, BrokerListModel::StateColumn).data().toString(),
                 QStringLiteral("unknown"));
        QCOMPARE(model.upCount(), 0);
    }

    void sortsOnRawValues()
    {
        BrokerListModel model;
        model.setSnapshot(snapshot({broker(1, 100), broker(2, 9), broker(10, 20)}, 1));
        QCOMPARE(model.index(0, BrokerListModel::PartitionsLedColumn)
                     .data(BrokerListModel::SortRole)
                     .typeId(),
                 QMetaType::Int);
        QCOMPARE(
            model.index(2, BrokerListModel::NodeIdColumn).data(BrokerListModel::SortRole).toInt(),
            10);
    }
};

QTEST_GUILESS_MAIN(TestBrokerListModel)
#include "tst_brokerlistmodel.moc"
