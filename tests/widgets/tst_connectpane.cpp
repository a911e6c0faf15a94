// The Connect pane against a real Kafka Connect worker (the connect_worker fixture): what it lists
// and shows equals what Connect's REST API says, read by the test with its own client
// (ConnectTestWorker), and every change it makes is checked there and in the data.
#include "accessibilitychecks.h"
#include "connectorconfigdialog.h"
#include "connectordetailview.h"
#include "connectorlistmodel.h"
#include "connectpane.h"
#include "connecttaskmodel.h"
#include "connecttestworker.h"
#include "destructiveconfirmdialog.h"
#include "kafkatestcluster.h"
#include "modaldialogs.h"
#include "schemadiffmodel.h"
#include "schemadiffview.h"
#include "screenshot.h"
#include "session/connectcluster.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <memory>

using namespace Qafka;

namespace {

const QString kSinkClass = QStringLiteral("org.apache.kafka.connect.file.FileStreamSinkConnector");

QJsonObject sinkConfig(const QString &topic, const QString &file)
{
    return {{QStringLiteral("connector.class"), kSinkClass},
            {QStringLiteral("tasks.max"), QStringLiteral("1")},
            {QStringLiteral("topics"), topic},
            {QStringLiteral("file"), file}};
}

QString connectorState(const ConnectTestWorker &worker, const QString &name)
{
    return worker.connectorStatus(name)
        .value(QStringLiteral("connector"))
        .toObject()
        .value(QStringLiteral("state"))
        .toString();
}

} // namespace

class TestConnectPane : public QObject
{
    Q_OBJECT

private:
    ConnectTestWorker m_worker;
    KafkaTestCluster m_kafka{QStringLiteral("single")};
    QTemporaryDir m_tmp;
    QString m_topic;
    QString m_healthy;
    QString m_broken;
    QStringList m_created;
    std::unique_ptr<ConnectCluster> m_cluster;
    std::unique_ptr<ConnectPane> m_pane;

    ConnectClusterSettings settings(const QString &url) const
    {
        ConnectClusterSettings result;
        result.name = QStringLiteral("test-connect");
        result.endpoint.urls = url;
        return result;
    }

    void select(const QString &name)
    {
        QTRY_VERIFY_WITH_TIMEOUT(m_pane->model()->rowOf(name) >= 0, 30000);
        QVERIFY(m_pane->selectConnector(name));
        QCOMPARE(m_pane->currentConnector(), name);
    }

    void create(const QString &name, const QJsonObject &config)
    {
        QString error;
        m_created.append(name);
        QVERIFY2(m_worker.createConnector(name, config, &error), qPrintable(error));
    }

    // Triggers action and waits until Connect answered it through the pane's cluster.
    void act(ConnectAction action)
    {
        QSignalSpy acted(m_cluster.get(), &ConnectCluster::acted);
        QVERIFY(m_pane->action(action)->isEnabled());
        m_pane->action(action)->trigger();
        QVERIFY(acted.wait(30000));
        QVERIFY2(acted.first().at(2).toString().isEmpty(),
                 qPrintable(acted.first().at(2).toString()));
    }

private slots:
    void initTestCase();
    void cleanupTestCase();
    void listsConnectorsAsConnectSays();
    void failedTaskShowsItsWholeTrace();
    void detailsShowConfigurationTopicsAndOffsets();
    void pauseResumeStopAndRestart();
    void resetOffsetsAndDeleteNeedTheTypedName();
    void createChecksWithConnectFirst();
    void editShowsTheDifferenceAndSaves();
    void readOnlyOffersNoChanges();
    void failuresAreSaidInWords();
};

void TestConnectPane::initTestCase()
{
    QVERIFY2(m_worker.isAvailable(), "connect_worker fixture missing");
    QVERIFY2(m_kafka.isAvailable(), "kafka_single fixture missing");
    QVERIFY(m_tmp.isValid());
    m_topic = KafkaTestCluster::uniqueName(QStringLiteral("connect-pane"));
    m_kafka.createTopic(m_topic, 1);
    QString error;
    QVERIFY2(m_kafka.kcatProduce(m_topic, {R"("one")", R"("two")"}, {}, &error), qPrintable(error));
    m_healthy = KafkaTestCluster::uniqueName(QStringLiteral("pane-healthy"));
    m_broken = KafkaTestCluster::uniqueName(QStringLiteral("pane-broken"));
    create(m_healthy, sinkConfig(m_topic, m_tmp.filePath(QStringLiteral("healthy.txt"))));
    create(m_broken, sinkConfig(m_topic, QStringLiteral("/nonexistent-dir/out.txt")));
    m_cluster = std::make_unique<ConnectCluster>(settings(m_worker.url()), RestEndpointSecrets());
    m_pane = std::make_unique<ConnectPane>(QList<ConnectCluster *>{m_cluster.get()}, false);
    m_pane->resize(1400, 800);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
}

void TestConnectPane::cleanupTestCase()
{
    m_pane.reset();
    m_cluster.reset();
    for (const QString &name : std::as_const(m_created))
        m_worker.deleteConnector(name);
}

void TestConnectPane::listsConnectorsAsConnectSays()
{
    select(m_healthy);
    QVERIFY(ConnectTestWorker::waitFor([&] { return m_worker.taskState(m_broken) == u"FAILED"; },
                                       90000));
    m_cluster->refreshNow();
    const ConnectorListModel *model = m_pane->model();
    QTRY_COMPARE_WITH_TIMEOUT(
        model->index(model->rowOf(m_broken), ConnectorListModel::FailedColumn).data().toString(),
        u"1"_qs, 30000);
    // Every connector Connect lists, with the state its status endpoint gives.
    const QJsonArray names = m_worker.request("GET", QStringLiteral("/connectors")).array();
    QCOMPARE(model->rowCount(), names.size());
    for (const QJsonValue &name : names) {
        const int row = model->rowOf(name.toString());
        QVERIFY2(row >= 0, qPrintable(name.toString()));
        QCOMPARE(model->index(row, ConnectorListModel::StateColumn).data().toString(),
                 connectorState(m_worker, name.toString()));
    }
    QCOMPARE(model->index(model->rowOf(m_healthy), ConnectorListModel::TypeColumn).data(),
             QVariant(u"sink"_qs));
    QCOMPARE(model->index(model->rowOf(m_healthy), ConnectorListModel::ClassColumn).data(),
             QVariant(u"FileStreamSinkConnector"_qs));
    QVERIFY(m_pane->statusLabel()->text().contains(u"with failures"_qs));
    // The filter finds by name.
    m_pane->filterEdit()->setText(m_broken);
    QTRY_COMPARE(m_pane->table()->model()->rowCount(), 1);
    m_pane->filterEdit()->clear();
}

void TestConnectPane::failedTaskShowsItsWholeTrace()
{
    select(m_broken);
    ConnectorDetailView *details = m_pane->details();
    QString trace;
    m_worker.taskState(m_broken, 0, &trace);
    QTRY_COMPARE_WITH_TIMEOUT(details->traceView()->toPlainText(), trace, 15000);
    QVERIFY(trace.contains(u"ConnectException"_qs));
    QVERIFY(details->copyTraceButton()->isEnabled());
    QCOMPARE(details->taskModel()->index(0, ConnectTaskModel::StateColumn).data().toString(),
             u"FAILED"_qs);
    QVERIFY(m_pane->action(ConnectAction::RestartFailed)->isEnabled());
    QVERIFY(saveScreenshot(m_pane.get(), u"connect-pane.png"_qs));
    QStringList problems = unnamedControls(m_pane.get(), u"connect pane"_qs);
    problems += unreadableMessages(m_pane.get(), u"connect pane"_qs);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestConnectPane::detailsShowConfigurationTopicsAndOffsets()
{
    select(m_healthy);
    ConnectorDetailView *details = m_pane->details();
    QTRY_VERIFY_WITH_TIMEOUT(details->configView()->toPlainText().contains(kSinkClass), 15000);
    // A sink's topics are known once it read from them.
    QTRY_VERIFY_WITH_TIMEOUT(QFile(m_tmp.filePath(QStringLiteral("healthy.txt"))).size() > 0,
                             60000);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            m_pane->refreshAction()->trigger();
            return QTest::qWaitFor(
                [&] { return details->topicsView()->toPlainText().contains(m_topic); }, 2000);
        }(),
        60000);
    QVERIFY2(details->offsetsView()->toPlainText().contains(u"offsets"_qs),
             qPrintable(details->offsetsView()->toPlainText()));
    QTRY_VERIFY_WITH_TIMEOUT(details->pluginsView()->topLevelItemCount() >= 2, 15000);
}

void TestConnectPane::pauseResumeStopAndRestart()
{
    select(m_healthy);
    QTRY_VERIFY(m_pane->action(ConnectAction::Pause)->isEnabled());
    act(ConnectAction::Pause);
    QVERIFY(ConnectTestWorker::waitFor(
        [&] { return connectorState(m_worker, m_healthy) == u"PAUSED"; }, 30000));
    QTRY_VERIFY_WITH_TIMEOUT(m_pane->action(ConnectAction::Resume)->isEnabled(), 15000);
    act(ConnectAction::Resume);
    QVERIFY(ConnectTestWorker::waitFor(
        [&] { return connectorState(m_worker, m_healthy) == u"RUNNING"; }, 30000));
    QTRY_VERIFY_WITH_TIMEOUT(m_pane->action(ConnectAction::Restart)->isEnabled(), 15000);
    act(ConnectAction::RestartAll);
    QTRY_VERIFY_WITH_TIMEOUT(m_pane->action(ConnectAction::Stop)->isEnabled(), 15000);
    act(ConnectAction::Stop);
    QVERIFY(ConnectTestWorker::waitFor(
        [&] { return connectorState(m_worker, m_healthy) == u"STOPPED"; }, 30000));
    QTRY_VERIFY_WITH_TIMEOUT(m_pane->action(ConnectAction::ResetOffsets)->isEnabled(), 15000);
    QVERIFY(!m_pane->action(ConnectAction::Pause)->isEnabled());

    // The broken sink's one task, restarted by itself: it fails again, as its file is still
    // unwritable, and says so.
    select(m_broken);
    QTRY_VERIFY(m_pane->details()->taskModel()->rowCount() == 1);
    m_pane->details()->taskTable()->selectRow(0);
    act(ConnectAction::RestartTask);
    act(ConnectAction::RestartFailed);
    QVERIFY(ConnectTestWorker::waitFor([&] { return m_worker.taskState(m_broken) == u"FAILED"; },
                                       60000));
}

void TestConnectPane::resetOffsetsAndDeleteNeedTheTypedName()
{
    select(m_healthy);
    QTRY_VERIFY_WITH_TIMEOUT(m_pane->action(ConnectAction::ResetOffsets)->isEnabled(), 15000);
    const QString offsetsPath = u"/connectors/"_qs + m_healthy + u"/offsets"_qs;
    QVERIFY(
        !m_worker.request("GET", offsetsPath).object().value(u"offsets"_qs).toArray().isEmpty());
    whenModal([this](QWidget *widget) {
        auto *dialog = qobject_cast<DestructiveConfirmDialog *>(widget);
        QVERIFY(dialog);
        QVERIFY(!dialog->confirmButton()->isEnabled());
        dialog->nameEdit()->setText(m_healthy);
        dialog->confirmButton()->click();
    });
    act(ConnectAction::ResetOffsets);
    QVERIFY(m_worker.request("GET", offsetsPath).object().value(u"offsets"_qs).toArray().isEmpty());

    // Cancelling a delete changes nothing; typing the name deletes.
    whenModal([](QWidget *widget) { qobject_cast<QDialog *>(widget)->reject(); });
    m_pane->action(ConnectAction::Delete)->trigger();
    QCOMPARE(connectorState(m_worker, m_healthy), u"STOPPED"_qs);
    whenModal([this](QWidget *widget) {
        auto *dialog = qobject_cast<DestructiveConfirmDialog *>(widget);
        QVERIFY(dialog);
        dialog->nameEdit()->setText(m_healthy);
        dialog->confirmButton()->click();
    });
    act(ConnectAction::Delete);
    int status = 0;
    m_worker.request("GET", u"/connectors/"_qs + m_healthy, {}, &status);
    QCOMPARE(status, 404);
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->model()->rowOf(m_healthy), -1, 15000);
}

void TestConnectPane::createChecksWithConnectFirst()
{
    const QString name = KafkaTestCluster::uniqueName(QStringLiteral("pane-created"));
    m_created.append(name);
    const QString out = m_tmp.filePath(QStringLiteral("created.txt"));
    whenModal([&](QWidget *widget) {
        auto *dialog = qobject_cast<ConnectorConfigDialog *>(widget);
        QVERIFY(dialog);
        QVERIFY(dialog->isCreating());
        // Pasted as POST /connectors' body, without the topics a sink needs: Connect says so
        // per field, and nothing is created.
        QJsonObject config = sinkConfig(m_topic, out);
        config.remove(u"topics"_qs);
        dialog->editor()->setPlainText(QString::fromUtf8(
            QJsonDocument(QJsonObject{{u"name"_qs, name}, {u"config"_qs, config}}).toJson()));
        dialog->saveButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->errorList()->topLevelItemCount() > 0, 30000);
        QCOMPARE(dialog->nameEdit()->text(), name);
        int status = 0;
        m_worker.request("GET", u"/connectors/"_qs + name, {}, &status);
        QCOMPARE(status, 404);
        // Fixed, it is created.
        config.insert(u"topics"_qs, m_topic);
        dialog->editor()->setPlainText(QString::fromUtf8(QJsonDocument(config).toJson()));
        dialog->saveButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), 30000);
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
    });
    m_pane->createAction()->trigger();
    QVERIFY(
        ConnectTestWorker::waitFor([&] { return m_worker.taskState(name) == u"RUNNING"; }, 60000));
    // And it does its work: the topic's messages reach its file.
    QTRY_VERIFY_WITH_TIMEOUT(QFile(out).size() > 0, 60000);
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->currentConnector(), name, 15000);
}

void TestConnectPane::editShowsTheDifferenceAndSaves()
{
    const QString name = KafkaTestCluster::uniqueName(QStringLiteral("pane-edited"));
    create(name, sinkConfig(m_topic, m_tmp.filePath(QStringLiteral("before.txt"))));
    m_cluster->refreshNow();
    select(name);
    const QString after = m_tmp.filePath(QStringLiteral("after.txt"));
    whenModal([&](QWidget *widget) {
        auto *dialog = qobject_cast<ConnectorConfigDialog *>(widget);
        QVERIFY(dialog);
        QVERIFY(!dialog->isCreating());
        QString text = dialog->editor()->toPlainText();
        text.replace(m_tmp.filePath(QStringLiteral("before.txt")), after);
        dialog->editor()->setPlainText(text);
        QVERIFY2(dialog->diffView()->summaryLabel()->text().contains(u"1 changed"_qs),
                 qPrintable(dialog->diffView()->summaryLabel()->text()));
        dialog->saveButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), 30000);
    });
    m_pane->editAction()->trigger();
    const QJsonObject config =
        m_worker.request("GET", u"/connectors/"_qs + name + u"/config"_qs).object();
    QCOMPARE(config.value(u"file"_qs).toString(), after);
    QCOMPARE(config.value(u"topics"_qs).toString(), m_topic); // the rest untouched
    // The task runs with the new configuration.
    QVERIFY(ConnectTestWorker::waitFor(
        [&] {
            const QJsonArray tasks =
                m_worker.request("GET", u"/connectors/"_qs + name + u"/tasks"_qs).array();
            return !tasks.isEmpty() &&
                   tasks.first().toObject().value(u"config"_qs).toObject().value(u"file"_qs) ==
                       after;
        },
        30000));
}

void TestConnectPane::readOnlyOffersNoChanges()
{
    ConnectPane readOnly(QList<ConnectCluster *>{m_cluster.get()}, true);
    readOnly.show();
    QTRY_VERIFY_WITH_TIMEOUT(readOnly.model()->rowOf(m_broken) >= 0, 30000);
    QVERIFY(readOnly.selectConnector(m_broken));
    QVERIFY(!readOnly.createAction()->isEnabled());
    QVERIFY(!readOnly.editAction()->isEnabled());
    for (ConnectAction action :
         {ConnectAction::Pause, ConnectAction::Resume, ConnectAction::Stop, ConnectAction::Restart,
          ConnectAction::RestartAll, ConnectAction::RestartFailed, ConnectAction::RestartTask,
          ConnectAction::ResetOffsets, ConnectAction::Delete})
        QVERIFY(!readOnly.action(action)->isEnabled());
    QVERIFY(readOnly.refreshAction()->isEnabled());
}

void TestConnectPane::failuresAreSaidInWords()
{
    const auto firstError = [this](const QString &url) {
        ConnectCluster cluster(settings(url), {});
        QSignalSpy changed(&cluster, &ConnectCluster::overviewChanged);
        cluster.refreshNow();
        return changed.wait(30000) ? cluster.lastError() : u"(no answer)"_qs;
    };
    QString error = firstError(u"http://127.0.0.1:1"_qs);
    QVERIFY2(error.contains(u"Nothing accepts connections at 127.0.0.1:1"_qs), qPrintable(error));
    // Connect's own server, but not its REST root.
    error = firstError(m_worker.url() + u"/not-connect"_qs);
    QVERIFY2(error.contains(u"not a Kafka Connect REST API"_qs), qPrintable(error));
    // A Kafka broker's port speaks another protocol.
    error = firstError(u"http://"_qs + m_kafka.bootstrap());
    QVERIFY2(!error.isEmpty(), "a Kafka port answered like Connect");
    // The pane keeps the last good list through an outage and says why it is old.
    QVERIFY(m_pane->model()->rowCount() > 0);
}

QTEST_MAIN(TestConnectPane)
#include "tst_connectpane.moc"
