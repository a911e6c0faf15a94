#include "brokerlistmodel.h"
#include "brokerspane.h"
#include "clusterview.h"
#include "configentrymodel.h"
#include "connectpane.h"
#include "consumergroupspane.h"
#include "kafkatestcluster.h"
#include "operationstatus.h"
#include "schemaspane.h"
#include "screenshot.h"
#include "session/clusterconnection.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Qafka;

class TestBrokersPane : public QObject
{
    Q_OBJECT

    KafkaTestCluster m_cluster{QStringLiteral("single")};

private slots:
    void initTestCase() { QVERIFY2(m_cluster.isAvailable(), "single-node fixture missing"); }

    void showsBrokersAndConfig()
    {
        ConnectionProfile profile = ConnectionProfile::forBootstrap(m_cluster.bootstrap());
        profile.name = QStringLiteral("Local sandbox");
        profile.color = QColor(0x2e, 0x7d, 0x32);
        ClusterView view(profile, {});
        view.resize(1100, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        BrokersPane *pane = view.brokersPane();
        QAbstractItemModelTester tester(pane->brokerModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(
            pane->brokerView()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester configTester(
            pane->configView()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        QTRY_COMPARE_WITH_TIMEOUT(pane->brokerView()->model()->rowCount(), 1, 15000);
        const QAbstractItemModel *brokers = pane->brokerView()->model();
        QCOMPARE(brokers->index(0, BrokerListModel::AddressColumn).data().toString(),
                 m_cluster.bootstrap());
        QCOMPARE(brokers->index(0, BrokerListModel::StateColumn).data().toString(),
                 QStringLiteral("up"));
        QCOMPARE(brokers->index(0, BrokerListModel::ControllerColumn).data().toString(),
                 QStringLiteral("yes"));
        auto *summary = pane->findChild<QLabel *>(QStringLiteral("clusterSummary"));
        QVERIFY(summary->text().contains(m_cluster.clusterId()));
        // How the controller was learned, in words: ZooKeeper-mode brokers have no KRaft quorum.
        QTRY_VERIFY2_WITH_TIMEOUT(summary->text().contains(m_cluster.usesZooKeeper()
                                                               ? QStringLiteral("ZooKeeper mode")
                                                               : QStringLiteral("DescribeQuorum")),
                                  qPrintable(summary->text()), 5000);

        // The first broker is selected and its configuration loads.
        QTRY_VERIFY_WITH_TIMEOUT(pane->configView()->model()->rowCount() > 100, 10000);
        pane->configSearch()->setText(QStringLiteral("num.io.threads"));
        QTRY_COMPARE_WITH_TIMEOUT(pane->configView()->model()->rowCount(), 1, 2000);
        QCOMPARE(
            pane->configView()->model()->index(0, ConfigEntryModel::ValueColumn).data().toString(),
            QStringLiteral("2"));
        pane->configSearch()->setText(QStringLiteral("log."));
        QTRY_VERIFY_WITH_TIMEOUT(pane->configView()->model()->rowCount() > 5, 2000);

        // Brokers, Topics, Messages, Produce, Consumer groups, Schemas, Connect and Access
        // control all open.
        QCOMPARE(view.navigation()->count(), 8);
        for (int row = 0; row < 8; ++row)
            QVERIFY(view.navigation()->item(row)->flags() & Qt::ItemIsEnabled);
        view.showPane(ClusterView::GroupsPaneIndex);
        QVERIFY(view.groupsPane()->isVisibleTo(&view));
        // Without a registry, the Schemas pane says how to add one.
        view.showPane(ClusterView::SchemasPaneIndex);
        QVERIFY(view.schemasPane()->isVisibleTo(&view));
        QVERIFY(view.schemasPane()
                    ->findChild<QLabel *>(QStringLiteral("noRegistryLabel"))
                    ->isVisibleTo(&view));
        // Without a Connect cluster, the Connect pane says how to add one.
        view.showPane(ClusterView::ConnectPaneIndex);
        QVERIFY(view.connectPane()
                    ->findChild<QLabel *>(QStringLiteral("connectEmptyLabel"))
                    ->isVisibleTo(&view));
        view.showPane(ClusterView::BrokersPaneIndex);

        // Accessible names, for screen readers and external test tools.
        QCOMPARE(pane->brokerView()->accessibleName(), QStringLiteral("Brokers"));
        QCOMPARE(pane->configView()->accessibleName(), QStringLiteral("Broker configuration"));

        QVERIFY(saveScreenshot(&view, QStringLiteral("brokerspane.png")));
    }

    void brokerConfigEditIsIncremental()
    {
        ClusterView view(ConnectionProfile::forBootstrap(m_cluster.bootstrap()), {});
        view.show();
        BrokersPane *pane = view.brokersPane();
        QTRY_COMPARE_WITH_TIMEOUT(pane->brokerView()->model()->rowCount(), 1, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(pane->configView()->model()->rowCount() > 100, 10000);
        const QStringList describe{QStringLiteral("--bootstrap-server"),
                                   m_cluster.bootstrap(),
                                   QStringLiteral("--describe"),
                                   QStringLiteral("--entity-type"),
                                   QStringLiteral("brokers"),
                                   QStringLiteral("--entity-name"),
                                   QStringLiteral("1")};
        QSignalSpy finished(pane->operationStatus(), &OperationStatus::finished);

        // Two dynamic overrides; changing one must leave the other alone.
        pane->changeBrokerConfig(
            1, {QStringLiteral("log.cleaner.threads"), QStringLiteral("2"), ConfigChange::Op::Set});
        QVERIFY(finished.wait(15000));
        pane->changeBrokerConfig(1, {QStringLiteral("log.cleaner.backoff.ms"),
                                     QStringLiteral("20000"), ConfigChange::Op::Set});
        QVERIFY(finished.wait(15000));
        QVERIFY(finished.at(0).at(1).toBool() && finished.at(1).at(1).toBool());
        QString described = m_cluster.script(QStringLiteral("configs"), describe);
        QVERIFY2(described.contains(QStringLiteral("log.cleaner.threads=2")),
                 qPrintable(described));
        QVERIFY(described.contains(QStringLiteral("log.cleaner.backoff.ms=20000")));

        pane->changeBrokerConfig(
            1, {QStringLiteral("log.cleaner.threads"), {}, ConfigChange::Op::Delete});
        QVERIFY(finished.wait(15000));
        described = m_cluster.script(QStringLiteral("configs"), describe);
        QVERIFY(!described.contains(QStringLiteral("log.cleaner.threads=")));
        QVERIFY(described.contains(QStringLiteral("log.cleaner.backoff.ms=20000")));
        pane->changeBrokerConfig(
            1, {QStringLiteral("log.cleaner.backoff.ms"), {}, ConfigChange::Op::Delete});
        QVERIFY(finished.wait(15000));

        // A read-only static config is refused by the broker, with its words.
        pane->changeBrokerConfig(
            1, {QStringLiteral("log.dirs"), QStringLiteral("/tmp/x"), ConfigChange::Op::Set});
        QVERIFY(finished.wait(15000));
        QVERIFY(!finished.last().at(1).toBool());
        QVERIFY2(pane->operationStatus()->text().contains(QStringLiteral("log.dirs")),
                 qPrintable(pane->operationStatus()->text()));
    }

    void failedConnectionShowsBanner()
    {
        ClusterView view(
            ConnectionProfile::forBootstrap(QStringLiteral("qafka-no-such-host.invalid:9092")), {});
        view.resize(900, 500);
        view.show();
        QTRY_VERIFY_WITH_TIMEOUT(view.banner()->isVisible(), 12000);
        QVERIFY(view.banner()->text().contains(QStringLiteral("cannot be resolved")));
        const QString shot = qEnvironmentVariable("QAFKA_SCREENSHOT_DIR", QDir::tempPath()) +
                             u"/connection-failed.png";
        QVERIFY(view.grab().save(shot));
    }
};

QTEST_MAIN(TestBrokersPane)
#include "tst_brokerspane.moc"
