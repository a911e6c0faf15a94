#include "brokerlistmodel.h"
#include "brokerspane.h"
#include "clusterview.h"
#include "kafkatestcluster.h"
#include "screenshot.h"
#include "session/clusterconnection.h"
#include "topiclistmodel.h"
#include "topicspane.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>

using namespace Qafka;

// The 3-node cluster loses a broker: the health line and the topics pane say so within seconds,
// nothing freezes, and everything recovers when the broker returns.
class TestClusterHealth : public QObject
{
    Q_OBJECT

    KafkaTestCluster m_cluster{QStringLiteral("triple")};

private slots:
    void initTestCase() { QVERIFY2(m_cluster.isAvailable(), "3-node fixture missing"); }

    void brokerDeathShowsAndRecovers()
    {
        ClusterView view(ConnectionProfile::forBootstrap(m_cluster.bootstrap()), {});
        view.connection()->setRefreshInterval(1000);
        view.connection()->setTopicStatsInterval(2000);
        view.resize(1200, 800);
        view.show();
        view.showPane(1);
        QTRY_VERIFY_WITH_TIMEOUT(view.connection()->state() == ConnectionState::Connected, 15000);

        const QString name = KafkaTestCluster::uniqueName(QStringLiteral("health-rf3"));
        NewTopic topic;
        topic.name = name;
        topic.partitions = 6;
        topic.replicationFactor = 3;
        QSignalSpy finished(view.connection(), &ClusterConnection::operationFinished);
        view.connection()->createTopic(topic);
        QVERIFY(finished.wait(20000));
        QVERIFY2(finished.first().at(2).value<KafkaError>().isNull(),
                 qPrintable(finished.first().at(2).value<KafkaError>().message));
        TopicListModel *topics = view.topicsPane()->topicModel();
        QTRY_VERIFY_WITH_TIMEOUT(topics->rowOf(name) >= 0, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(
            view.healthLabel()->text().contains(QStringLiteral("0 under-replicated")), 10000);

        m_cluster.script(QStringLiteral("kill-node"), {QStringLiteral("2")});
        QElapsedTimer sinceKill;
        sinceKill.start();
        // A stall detector: the GUI thread must keep turning while the broker is gone. (It starts
        // after the kill: the test's own blocking calls to the harness are not Qafka's stalls.)
        QElapsedTimer sinceTick;
        qint64 longestStall = 0;
        QTimer ticker;
        ticker.setInterval(10);
        connect(&ticker, &QTimer::timeout, this,
                [&] { longestStall = std::max(longestStall, sinceTick.restart()); });
        sinceTick.start();
        ticker.start();
        // The controller fences the node after broker.session.timeout.ms (4 s in the harness);
        // on 2 busy cores (CI builds the sanitizer tree meanwhile) the JVMs took up to 11 s, and
        // once 21 s. What is timed here is the controller's fencing, not Qafka: the log line below
        // says how long it took.
        QTRY_VERIFY_WITH_TIMEOUT(view.healthLabel()->text().contains(QStringLiteral("1 down")),
                                 4000 + 26000);
        qInfo() << "health shows 1 broker down" << sinceKill.elapsed() << "ms after SIGKILL";
        QTRY_VERIFY_WITH_TIMEOUT(
            topics->index(topics->rowOf(name), TopicListModel::UnderReplicatedColumn)
                    .data()
                    .toInt() == 6,
            5000);
        qInfo() << "broker 2 down and partitions under-replicated" << sinceKill.elapsed()
                << "ms after SIGKILL";
        QVERIFY(view.healthLabel()->text().contains(QStringLiteral("under-replicated")));
        QCOMPARE(view.brokersPane()->brokerModel()->stateOf(2), BrokerListModel::BrokerState::Down);
        QVERIFY(saveScreenshot(&view, QStringLiteral("health-degraded.png")));
        ticker.stop();
        qInfo() << "longest GUI stall while the broker was gone:" << longestStall << "ms";
        QVERIFY2(longestStall < 250, qPrintable(QString::number(longestStall)));

        m_cluster.script(QStringLiteral("start-node"), {QStringLiteral("2")}, 120000);
        QTRY_VERIFY_WITH_TIMEOUT(view.brokersPane()->brokerModel()->stateOf(2) ==
                                     BrokerListModel::BrokerState::Up,
                                 15000);
        QTRY_VERIFY_WITH_TIMEOUT(
            topics->index(topics->rowOf(name), TopicListModel::UnderReplicatedColumn)
                    .data()
                    .toInt() == 0,
            30000);
        QTRY_VERIFY_WITH_TIMEOUT(
            view.healthLabel()->text().contains(QStringLiteral("0 under-replicated")), 10000);
    }
};

QTEST_MAIN(TestClusterHealth)
#include "tst_clusterhealth.moc"
