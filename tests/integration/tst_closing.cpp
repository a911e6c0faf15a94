// Closing a cluster tab returns to the event loop within 100 ms, and every worker thread and
// librdkafka handle of it is gone within 1 s, in every state a cluster can be in: healthy,
// unreachable, a port that accepts and never answers, a broker frozen with SIGSTOP (a network
// partition seen from the client), a produce of 100k messages in flight, a browse following a
// busy topic. Quitting the real application exits within 1 s against a frozen broker too.

#include "clusterview.h"
#include "connectionwaiter.h"
#include "consumergroupspane.h"
#include "kafkatestcluster.h"
#include "messagelistmodel.h"
#include "messagespane.h"
#include "session/clusterconnection.h"
#include "session/groupmonitor.h"
#include "session/workerhost.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <librdkafka/rdkafka.h>

#include <csignal>
#include <functional>
#include <sys/types.h>

using namespace Qafka;

namespace {

constexpr qint64 kCloseBudgetMs = 100;
constexpr int kExitBudgetMs = 1000; // the app's process, from quitting to its end
// A retired cluster worker's own end, worst case: a metadata slice already waiting on a frozen
// broker (0.5 s) and then the grace for messages in flight (0.5 s), with sanitizer overhead.
// The process never waits for it that long (quitting waits 0.6 s, then leaves it to the end).
constexpr int kThreadsEndBudgetMs = 1500;

// SIGSTOP on a broker for as long as it lives; SIGCONT however the test ends.
class FrozenBroker
{
public:
    explicit FrozenBroker(pid_t pid)
        : m_pid(pid)
    {
        m_frozen = m_pid > 0 && ::kill(m_pid, SIGSTOP) == 0;
    }
    ~FrozenBroker()
    {
        if (m_frozen)
            ::kill(m_pid, SIGCONT);
    }
    bool isFrozen() const { return m_frozen; }

private:
    pid_t m_pid;
    bool m_frozen = false;
};

} // namespace

class TestClosing : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void healthy();
    void unreachable();
    void portThatNeverAnswers();
    void frozenBroker();
    void produceInFlight();
    void browseFollowingBusyTopic();
    void quittingTheAppWithAFrozenBroker();

private:
    std::unique_ptr<ClusterView> openView(const QString &bootstrap);
    // Closes the view the way MainWindow does and checks both budgets and that nothing leaked.
    void closeAndCheck(std::unique_ptr<ClusterView> view);
    pid_t brokerPid() const;
    QString busyTopic(ClusterView *view, const QString &prefix);

    KafkaTestCluster m_cluster{QStringLiteral("single")};
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    int m_rdkafkaThreadsBefore = 0;
};

void TestClosing::initTestCase()
{
    registerClusterTypes();
    QVERIFY(m_cluster.isAvailable());
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("qafka.ini")),
                                             QSettings::IniFormat);
    m_rdkafkaThreadsBefore = rd_kafka_thread_cnt();
}

pid_t TestClosing::brokerPid() const
{
    return pid_t(m_cluster.file(QStringLiteral("node-1/pid")).toInt());
}

std::unique_ptr<ClusterView> TestClosing::openView(const QString &bootstrap)
{
    auto view = std::make_unique<ClusterView>(ConnectionProfile::forBootstrap(bootstrap),
                                              ProfileSecrets{}, nullptr, m_settings.get());
    view->resize(1100, 700);
    view->show();
    return view;
}

void TestClosing::closeAndCheck(std::unique_ptr<ClusterView> view)
{
    QElapsedTimer clock;
    clock.start();
    view.reset();
    const qint64 closeMs = clock.elapsed();
    QVERIFY2(closeMs <= kCloseBudgetMs,
             qPrintable(QStringLiteral("closing took %1 ms").arg(closeMs)));

    clock.restart();
    QVERIFY2(waitForRetiredWorkerThreads(kThreadsEndBudgetMs),
             qPrintable(QStringLiteral("%1 worker thread(s) still running after %2 ms")
                            .arg(retiredWorkerThreadCount())
                            .arg(clock.elapsed())));
    QCOMPARE(retiredWorkerThreadCount(), 0);
    // Every handle destroyed: librdkafka's own threads are gone too.
    QTRY_COMPARE_WITH_TIMEOUT(rd_kafka_thread_cnt(), m_rdkafkaThreadsBefore, 1000);
    qInfo("closed in %lld ms; worker threads ended %lld ms later", closeMs, clock.elapsed());
}

QString TestClosing::busyTopic(ClusterView *view, const QString &prefix)
{
    return createTopicAndWait(*view->connection(), prefix, 3);
}

void TestClosing::healthy()
{
    auto view = openView(m_cluster.bootstrap());
    QTRY_VERIFY_WITH_TIMEOUT(view->connection()->state() == ConnectionState::Connected, 20000);
    view->showPane(ClusterView::GroupsPaneIndex);
    QTRY_VERIFY_WITH_TIMEOUT(view->groupMonitor()->roundsReceived() > 0, 20000);
    closeAndCheck(std::move(view));
}

void TestClosing::unreachable()
{
    // Nothing listens on port 1: the connection gives up with a diagnosis, while the lag
    // worker's admin handle keeps retrying in the background.
    auto view = openView(QStringLiteral("127.0.0.1:1"));
    view->showPane(ClusterView::GroupsPaneIndex);
    QTRY_VERIFY_WITH_TIMEOUT(!view->groupMonitor()->lastError().isNull(), 20000);
    closeAndCheck(std::move(view));
}

void TestClosing::portThatNeverAnswers()
{
    QTcpServer silent; // accepts connections, never reads or writes a byte
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    auto view = openView(QStringLiteral("127.0.0.1:%1").arg(silent.serverPort()));
    view->showPane(ClusterView::GroupsPaneIndex);
    QTRY_VERIFY_WITH_TIMEOUT(silent.hasPendingConnections(), 10000);
    QCOMPARE(view->connection()->state(), ConnectionState::Connecting);
    closeAndCheck(std::move(view));
}

void TestClosing::frozenBroker()
{
    auto view = openView(m_cluster.bootstrap());
    QTRY_VERIFY_WITH_TIMEOUT(view->connection()->state() == ConnectionState::Connected, 20000);
    const QString topic = busyTopic(view.get(), QStringLiteral("closing-frozen"));
    QVERIFY(!topic.isEmpty());
    view->showPane(ClusterView::GroupsPaneIndex);
    QTRY_VERIFY_WITH_TIMEOUT(view->groupMonitor()->roundsReceived() > 0, 20000);

    FrozenBroker frozen(brokerPid());
    QVERIFY(frozen.isFrozen());
    // Requests of every kind now wait on the frozen broker: metadata, a lag round, a send.
    view->connection()->refreshNow();
    view->groupMonitor()->refreshNow();
    view->connection()->produce(numberedRequest(topic, 1000, "frozen "));
    QTRY_VERIFY_WITH_TIMEOUT(view->connection()->messagesInFlight() > 0, 10000);
    closeAndCheck(std::move(view));
}

void TestClosing::produceInFlight()
{
    auto view = openView(m_cluster.bootstrap());
    QTRY_VERIFY_WITH_TIMEOUT(view->connection()->state() == ConnectionState::Connected, 20000);
    const QString topic = busyTopic(view.get(), QStringLiteral("closing-produce"));
    QVERIFY(!topic.isEmpty());
    QSignalSpy progress(view->connection(), &ClusterConnection::produceProgress);
    view->connection()->produce(numberedRequest(topic, 100000, QByteArray(200, 'x')));
    QVERIFY(progress.wait(20000));
    QVERIFY(view->connection()->messagesInFlight() > 0);
    closeAndCheck(std::move(view));
}

void TestClosing::browseFollowingBusyTopic()
{
    auto view = openView(m_cluster.bootstrap());
    QTRY_VERIFY_WITH_TIMEOUT(view->connection()->state() == ConnectionState::Connected, 20000);
    const QString topic = busyTopic(view.get(), QStringLiteral("closing-browse"));
    QVERIFY(!topic.isEmpty());
    // The topic keeps getting messages while the browser follows it.
    view->connection()->produce(numberedRequest(topic, 1000000, "busy "));
    BrowseRequest browse;
    browse.topic = topic;
    browse.start = BrowseRequest::Start::Beginning;
    browse.follow = true;
    view->messagesPane()->setRequest(browse);
    view->showPane(ClusterView::MessagesPaneIndex);
    QVERIFY(view->messagesPane()->load());
    QTRY_VERIFY_WITH_TIMEOUT(view->messagesPane()->model()->rowCount() > 1000, 30000);
    closeAndCheck(std::move(view));
}

void TestClosing::quittingTheAppWithAFrozenBroker()
{
    const QString app = qEnvironmentVariable("QAFKA_APP");
    QVERIFY2(!app.isEmpty(), "QAFKA_APP names the qafka binary");
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    process.setProcessEnvironment(env);
    process.setProgram(app);
    // Connected first, then the broker freezes, then the user quits while requests hang on it.
    process.setArguments({QStringLiteral("--bootstrap"), m_cluster.bootstrap(),
                          QStringLiteral("--quit-after-ms"), QStringLiteral("1500")});
    process.start();
    QVERIFY(process.waitForStarted());
    QByteArray output;
    QVERIFY(QTest::qWaitFor(
        [&] {
            output += process.readAllStandardOutput();
            return output.contains("brokers-shown") || process.state() == QProcess::NotRunning;
        },
        30000));
    QVERIFY2(output.contains("brokers-shown"), output.constData());
    auto frozen = std::make_unique<FrozenBroker>(brokerPid());
    QVERIFY(frozen->isFrozen());
    QVERIFY(QTest::qWaitFor(
        [&] {
            output += process.readAllStandardOutput();
            return output.contains("quitting") || process.state() == QProcess::NotRunning;
        },
        30000));
    QElapsedTimer clock;
    clock.start();
    QVERIFY2(output.contains("quitting"), output.constData());
    QVERIFY(process.waitForFinished(10000));
    const qint64 exitMs = clock.elapsed();
    frozen.reset();
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(exitMs <= kExitBudgetMs, qPrintable(QStringLiteral("exit took %1 ms").arg(exitMs)));
    qInfo("the app exited %lld ms after quitting with its broker frozen", exitMs);
}

QTEST_MAIN(TestClosing)
#include "tst_closing.moc"
