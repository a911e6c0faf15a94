// Connect's rebalance 409 from real workers: two workers in one group (connect-worker.sh --join),
// the leader advertising its follower's port, so the follower forwards every change to itself and
// Connect refuses it with "conflicting operation (e.g. worker rebalance)". Qafka asks again a
// moment later, then says so in words; a 409 that stays ("already exists") is said at once.
// The workers' own request logs count the requests: they share no code with Qafka.

#include "connecttestworker.h"
#include "kafkatestcluster.h"
#include "session/connectcluster.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Qafka;

namespace {

const QString kSinkClass = u"org.apache.kafka.connect.file.FileStreamSinkConnector"_qs;
// A client's POST /connectors refused, as the worker's request log has it (a forwarded one carries
// "?forward=").
const QByteArray kRefusedPost = "\"POST /connectors HTTP/1.1\" 409";

QJsonObject sinkConfig(const QString &topic)
{
    return {{u"connector.class"_qs, kSinkClass},
            {u"tasks.max"_qs, u"1"_qs},
            {u"topics"_qs, topic},
            {u"file"_qs, u"/dev/null"_qs}};
}

ConnectClusterSettings settingsFor(const QString &url)
{
    ConnectClusterSettings settings;
    settings.name = u"pair"_qs;
    settings.endpoint.urls = url;
    return settings;
}

} // namespace

class TestConnectConflict : public QObject
{
    Q_OBJECT

    QString m_script = qEnvironmentVariable("QAFKA_CONNECT_SCRIPT");
    QString m_pairDir = qEnvironmentVariable("QAFKA_CONNECT_PAIR_DIR");
    ConnectTestWorker m_leader{m_pairDir + u"/leader"_qs};
    ConnectTestWorker m_follower{m_pairDir + u"/follower"_qs};

    bool start(const QString &dir, const QStringList &options)
    {
        int code = 0;
        QString stdErr;
        KafkaTestCluster::run(m_script, QStringList{u"start"_qs, dir} + options, 240000, &code,
                              &stdErr);
        if (code != 0)
            qWarning("%s", qPrintable(stdErr));
        return code == 0;
    }

    // How many times the worker in DIR logged REQUEST (e.g. "POST /connectors HTTP/1.1\" 409").
    static int logged(const ConnectTestWorker &worker, const QByteArray &request)
    {
        QFile log(worker.dir() + u"/stdout.log"_qs);
        return log.open(QIODevice::ReadOnly) ? int(log.readAll().count(request)) : -1;
    }

    // What Qafka says after writing a new connector through URL.
    static QString create(const QString &url, const QString &name, qint64 *tookMs)
    {
        ConnectCluster cluster(settingsFor(url), {});
        QSignalSpy written(&cluster, &ConnectCluster::connectorWritten);
        QElapsedTimer clock;
        clock.start();
        cluster.writeConnector(name, sinkConfig(name), true);
        if (!written.wait(60000))
            return u"(no answer)"_qs;
        *tookMs = clock.elapsed();
        return written.first().at(2).toString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!m_script.isEmpty() && !m_pairDir.isEmpty(), "QAFKA_CONNECT_PAIR_DIR missing");
        QTcpServer probe; // a free port for the follower, told to the leader first
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const QString followerPort = QString::number(probe.serverPort());
        probe.close();
        QVERIFY(start(m_leader.dir(),
                      {u"--kafka-dir"_qs, qEnvironmentVariable("QAFKA_SINGLE_CLUSTER_DIR"),
                       u"--advertise-port"_qs, followerPort}));
        QVERIFY(
            start(m_follower.dir(), {u"--join"_qs, m_leader.dir(), u"--port"_qs, followerPort}));
        QVERIFY(m_follower.isAvailable());
    }

    void cleanupTestCase()
    {
        for (const ConnectTestWorker *worker : {&m_follower, &m_leader})
            KafkaTestCluster::run(m_script, {u"stop"_qs, worker->dir()});
    }

    // The oracle first: this really is Connect's own 409, not something of Qafka's.
    void followerRefusesChangesWithConnectsConflict()
    {
        const int before = logged(m_follower, kRefusedPost);
        int status = 0;
        QByteArray body;
        const QString name = KafkaTestCluster::uniqueName(u"conflict-oracle"_qs);
        ConnectTestWorker::waitFor([&] {
            m_follower.request(
                "POST", u"/connectors"_qs,
                QJsonDocument(QJsonObject{{u"name"_qs, name}, {u"config"_qs, sinkConfig(name)}}),
                &status, &body);
            return status != 0;
        });
        QCOMPARE(status, 409);
        QVERIFY2(body.contains("conflicting operation"), body.constData());
        // Logged once the answer is sent: waited for, so that the next test counts only its own.
        QTRY_COMPARE_WITH_TIMEOUT(logged(m_follower, kRefusedPost) - before, 1, 10000);
    }

    void aRebalanceConflictIsAskedAgainThenSaid()
    {
        const int before = logged(m_follower, kRefusedPost);
        const QString name = KafkaTestCluster::uniqueName(u"conflict-retried"_qs);
        qint64 tookMs = 0;
        const QString error = create(m_follower.url(), name, &tookMs);
        QVERIFY2(error.contains(u"rebalancing"_qs) && error.contains(u"conflicting operation"_qs) &&
                     error.contains(u"Asked 3 time"_qs),
                 qPrintable(error));
        QVERIFY2(tookMs >= 3000, qPrintable(QString::number(tookMs))); // 1 s, then 2 s apart
        QTRY_COMPARE_WITH_TIMEOUT(logged(m_follower, kRefusedPost) - before, 3, 10000);
        int status = 0;
        m_leader.request("GET", u"/connectors/"_qs + name, {}, &status);
        QCOMPARE(status, 404); // nothing was created meanwhile
    }

    void aNameTakenIsSaidAtOnce()
    {
        const QString name = KafkaTestCluster::uniqueName(u"conflict-taken"_qs);
        QString oracleError;
        QVERIFY2(m_leader.createConnector(name, sinkConfig(name), &oracleError),
                 qPrintable(oracleError));
        const int before = logged(m_leader, kRefusedPost);
        qint64 tookMs = 0;
        const QString error = create(m_leader.url(), name, &tookMs);
        QVERIFY2(error.contains(u"already exists"_qs) && !error.contains(u"rebalancing"_qs),
                 qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(logged(m_leader, kRefusedPost) - before, 1, 10000);
        QVERIFY(m_leader.deleteConnector(name));
    }
};

QTEST_MAIN(TestConnectConflict)
#include "tst_connect_conflict.moc"
