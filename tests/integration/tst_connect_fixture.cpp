// The connect_worker fixture is wired up: a real Kafka Connect worker answers on the single
// cluster, a FileStreamSink copies a topic that kcat wrote into a file, and a sink that cannot open
// its file fails its task with a trace while the connector keeps running.
#include "connecttestworker.h"
#include "kafkatestcluster.h"

#include <QFile>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestConnectFixture : public QObject
{
    Q_OBJECT

    ConnectTestWorker m_worker;
    KafkaTestCluster m_kafka{QStringLiteral("single")};
    QTemporaryDir m_tmp;
    QStringList m_connectors; // created here, deleted in cleanupTestCase

    static QStringList fileLines(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
    }

    bool createSink(const QString &name, const QString &topic, const QString &file, QString *error)
    {
        const QJsonObject config{
            {QStringLiteral("connector.class"),
             QStringLiteral("org.apache.kafka.connect.file.FileStreamSinkConnector")},
            {QStringLiteral("tasks.max"), QStringLiteral("1")},
            {QStringLiteral("topics"), topic},
            {QStringLiteral("file"), file},
        };
        m_connectors.append(name);
        return m_worker.createConnector(name, config, error);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_worker.isAvailable(),
                 qPrintable(
                     QStringLiteral("connect_worker fixture missing in '%1'").arg(m_worker.dir())));
        QVERIFY2(m_kafka.isAvailable(), "kafka_single fixture missing");
        QVERIFY(m_tmp.isValid());
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("kcat")).isEmpty(),
                 "kcat is required (scripts/install-deps.sh)");
    }

    void workerRunsOnTheSingleCluster()
    {
        QVERIFY(m_worker.url().startsWith(QStringLiteral("http://127.0.0.1:")));
        QCOMPARE(m_worker.bootstrap(), m_kafka.bootstrap());

        int status = 0;
        const QJsonObject root = m_worker.request("GET", QStringLiteral("/"), {}, &status).object();
        QCOMPARE(status, 200);
        QVERIFY(!root.value(QStringLiteral("version")).toString().isEmpty());
        QCOMPARE(root.value(QStringLiteral("kafka_cluster_id")).toString(),
                 m_kafka.file(QStringLiteral("cluster-id")));

        const QJsonArray plugins =
            m_worker.request("GET", QStringLiteral("/connector-plugins"), {}, &status).array();
        QCOMPARE(status, 200);
        QStringList classes;
        for (const QJsonValue &plugin : plugins)
            classes.append(plugin.toObject().value(QStringLiteral("class")).toString());
        QVERIFY2(classes.contains(
                     QStringLiteral("org.apache.kafka.connect.file.FileStreamSinkConnector")),
                 qPrintable(classes.join(u' ')));
        QVERIFY2(classes.contains(
                     QStringLiteral("org.apache.kafka.connect.file.FileStreamSourceConnector")),
                 qPrintable(classes.join(u' ')));
    }

    void sinkCopiesTopicIntoFile()
    {
        const QString topic = KafkaTestCluster::uniqueName(QStringLiteral("connect-fixture"));
        m_kafka.createTopic(topic, 1);
        const QString name = KafkaTestCluster::uniqueName(QStringLiteral("connect-fixture-sink"));
        const QString out = m_tmp.filePath(QStringLiteral("sink.txt"));
        QString error;
        QVERIFY2(createSink(name, topic, out, &error), qPrintable(error));

        // JsonConverter without schemas: each value is JSON; a JSON string reaches the file as
        // its text.
        QVERIFY2(
            m_kafka.kcatProduce(topic, {R"("line-1")", R"("line-2")", R"("line-3")"}, {}, &error),
            qPrintable(error));
        const QStringList expected{QStringLiteral("line-1"), QStringLiteral("line-2"),
                                   QStringLiteral("line-3")};
        QTRY_VERIFY2_WITH_TIMEOUT(fileLines(out) == expected,
                                  qPrintable(fileLines(out).join(u'|') + QStringLiteral(" / ") +
                                             m_worker.taskState(name)),
                                  90000);
        QCOMPARE(m_worker.taskState(name), QStringLiteral("RUNNING"));
    }

    void unwritableFileFailsTheTask()
    {
        const QString topic = KafkaTestCluster::uniqueName(QStringLiteral("connect-fixture-fail"));
        m_kafka.createTopic(topic, 1);
        const QString name = KafkaTestCluster::uniqueName(QStringLiteral("connect-fixture-broken"));
        QString error;
        QVERIFY2(createSink(name, topic, QStringLiteral("/nonexistent-dir/out.txt"), &error),
                 qPrintable(error));

        QString trace;
        QVERIFY2(ConnectTestWorker::waitFor(
                     [&] { return m_worker.taskState(name, 0, &trace) == u"FAILED"; }, 90000),
                 QJsonDocument(m_worker.connectorStatus(name)).toJson().constData());
        QVERIFY2(trace.contains(QStringLiteral("ConnectException")), qPrintable(trace));
        QVERIFY2(trace.contains(QStringLiteral("/nonexistent-dir/out.txt")), qPrintable(trace));
        // Only the task failed: the connector itself keeps running.
        QCOMPARE(m_worker.connectorStatus(name)
                     .value(QStringLiteral("connector"))
                     .toObject()
                     .value(QStringLiteral("state"))
                     .toString(),
                 QStringLiteral("RUNNING"));
    }

    void cleanupTestCase()
    {
        if (!m_worker.isAvailable())
            return;
        for (const QString &name : std::as_const(m_connectors))
            QVERIFY2(m_worker.deleteConnector(name), qPrintable(name));
        int status = 0;
        const QJsonArray left =
            m_worker.request("GET", QStringLiteral("/connectors"), {}, &status).array();
        QCOMPARE(status, 200);
        for (const QJsonValue &name : left)
            QVERIFY2(!m_connectors.contains(name.toString()), qPrintable(name.toString()));
    }
};

QTEST_GUILESS_MAIN(TestConnectFixture)
#include "tst_connect_fixture.moc"
