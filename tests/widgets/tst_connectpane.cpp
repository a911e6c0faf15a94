// The Connect pane against a real Kafka Connect worker (the connect_worker fixture): what it lists
// and shows equals what Connect's REST API says, read by the test with its own client
// (ConnectTestWorker), and every change it makes is checked there and in the data.
#include "accessibilitychecks.h"
#include "connectorconfigdialog.h"
#include "connectorconfigform.h"
#include "connectordetailview.h"
#include "connectorlistmodel.h"
#include "connectoroffsetsdialog.h"
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
#include <QComboBox>
#include <QElapsedTimer>
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
const QString kSourceClass =
    QStringLiteral("org.apache.kafka.connect.file.FileStreamSourceConnector");

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
    void alterOffsetsRewindsASink();
    void resetOffsetsAndDeleteNeedTheTypedName();
    void createWithATakenNameSaysSo();
    void createChecksWithConnectFirst();
    void createFromThePluginsFields();
    void pastedBodyBecomesFieldsOfItsPlugin();
    void editShowsTheDifferenceAndSaves();
    void readOnlyOffersNoChanges();
    void failuresAreSaidInWords();
    void shownAgainReadsAtOnce();
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

void TestConnectPane::alterOffsetsRewindsASink()
{
    // The stopped sink has read both messages; set it back to the second one.
    select(m_healthy);
    const QString offsetsPath = u"/connectors/"_qs + m_healthy + u"/offsets"_qs;
    const auto committed = [&] {
        const QJsonArray offsets =
            m_worker.request("GET", offsetsPath).object().value(u"offsets"_qs).toArray();
        return offsets.isEmpty() ? -1
                                 : offsets.first()
                                       .toObject()
                                       .value(u"offset"_qs)
                                       .toObject()
                                       .value(u"kafka_offset"_qs)
                                       .toInt(-1);
    };
    QVERIFY(ConnectTestWorker::waitFor([&] { return committed() == 2; }, 30000));
    QTRY_VERIFY_WITH_TIMEOUT(m_pane->action(ConnectAction::AlterOffsets)->isEnabled(), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_pane->details()->offsetsView()->toPlainText().contains(u"kafka_offset"_qs), 15000);
    whenModal([this](QWidget *widget) {
        auto *dialog = qobject_cast<ConnectorOffsetsDialog *>(widget);
        QVERIFY(dialog);
        // It starts from the offsets Connect has now.
        QString text = dialog->editor()->toPlainText();
        QVERIFY2(text.contains(u"\"kafka_offset\": 2"_qs), qPrintable(text));
        QVERIFY(saveScreenshot(dialog, u"connector-offsets.png"_qs));
        QStringList problems = unnamedControls(dialog, u"offsets dialog"_qs);
        problems += unreadableMessages(dialog, u"offsets dialog"_qs);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        // Not Connect's form: said, and the dialog stays.
        dialog->editor()->setPlainText(u"{\"offsets\": 1}"_qs);
        dialog->alterButton()->click();
        QVERIFY(!dialog->statusLabel()->text().isEmpty());
        QVERIFY(dialog->isVisible());
        text.replace(u"\"kafka_offset\": 2"_qs, u"\"kafka_offset\": 1"_qs);
        dialog->editor()->setPlainText(text);
        dialog->alterButton()->click();
    });
    // The typed-name confirmation opens once the offsets dialog has closed.
    const ModalWatch confirmation("Qafka::DestructiveConfirmDialog", [this](QWidget *confirm) {
        auto *typed = qobject_cast<DestructiveConfirmDialog *>(confirm);
        QVERIFY(typed);
        QVERIFY(!typed->confirmButton()->isEnabled());
        typed->nameEdit()->setText(m_healthy);
        typed->confirmButton()->click();
    });
    act(ConnectAction::AlterOffsets);
    QVERIFY(confirmation.acted());
    QCOMPARE(committed(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_pane->details()->offsetsView()->toPlainText().contains(u"\"kafka_offset\": 1"_qs), 15000);
    // And the data says so: resumed, the sink writes the second message again.
    QFile out(m_tmp.filePath(QStringLiteral("healthy.txt")));
    const auto lines = [&out] {
        if (!out.open(QIODevice::ReadOnly))
            return -1;
        const int count = int(out.readAll().count('\n'));
        out.close();
        return count;
    };
    QCOMPARE(lines(), 2);
    m_worker.request("PUT", u"/connectors/"_qs + m_healthy + u"/resume"_qs);
    QVERIFY(ConnectTestWorker::waitFor([&] { return lines() == 3; }, 60000));
    m_worker.request("PUT", u"/connectors/"_qs + m_healthy + u"/stop"_qs);
    QVERIFY(ConnectTestWorker::waitFor(
        [&] { return connectorState(m_worker, m_healthy) == u"STOPPED"; }, 30000));
    m_cluster->refreshNow();
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

void TestConnectPane::createWithATakenNameSaysSo()
{
    // Connect's 409 for a name in use is not a rebalance: said as Connect says it, nothing lost.
    whenModal([&](QWidget *widget) {
        auto *dialog = qobject_cast<ConnectorConfigDialog *>(widget);
        QVERIFY(dialog);
        dialog->tabs()->setCurrentWidget(dialog->editor());
        dialog->nameEdit()->setText(m_broken);
        dialog->editor()->setPlainText(QString::fromUtf8(
            QJsonDocument(sinkConfig(m_topic, m_tmp.filePath(QStringLiteral("taken.txt"))))
                .toJson()));
        dialog->saveButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->statusLabel()->text().contains(u"already exists"_qs),
                                 30000);
        QVERIFY2(!dialog->statusLabel()->text().contains(u"rebalancing"_qs),
                 qPrintable(dialog->statusLabel()->text()));
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->editor()->toPlainText().contains(u"taken.txt"_qs));
        dialog->reject();
    });
    m_pane->createAction()->trigger();
    // The connector of that name is untouched.
    const QJsonObject config =
        m_worker.request("GET", u"/connectors/"_qs + m_broken + u"/config"_qs).object();
    QCOMPARE(config.value(u"file"_qs).toString(), u"/nonexistent-dir/out.txt"_qs);
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
        dialog->tabs()->setCurrentWidget(dialog->editor());
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

void TestConnectPane::createFromThePluginsFields()
{
    const QString name = KafkaTestCluster::uniqueName(QStringLiteral("pane-form"));
    m_created.append(name);
    const QString out = m_tmp.filePath(QStringLiteral("form.txt"));
    QTRY_VERIFY_WITH_TIMEOUT(m_pane->details()->pluginsView()->topLevelItemCount() >= 2, 15000);
    whenModal([&](QWidget *widget) {
        auto *dialog = qobject_cast<ConnectorConfigDialog *>(widget);
        QVERIFY(dialog);
        QCOMPARE(dialog->tabs()->currentWidget(), dialog->form());
        const int plugin = dialog->pluginBox()->findData(kSinkClass);
        QVERIFY(plugin > 0);
        dialog->pluginBox()->setCurrentIndex(plugin);
        emit dialog->pluginBox()->activated(plugin);
        // The fields the plugin declares, from Connect.
        ConnectorConfigForm *form = dialog->form();
        QTRY_VERIFY_WITH_TIMEOUT(form->editorOf(u"file"_qs), 30000);
        QVERIFY(form->editorOf(u"errors.tolerance"_qs));
        dialog->nameEdit()->setText(name);
        qobject_cast<QLineEdit *>(form->editorOf(u"file"_qs))->setText(out);
        // Without topics, Connect's error stands under the field, and nothing is created.
        QVERIFY(form->errorLabelOf(u"topics"_qs)->text().isEmpty()); // nothing checked yet
        dialog->saveButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!form->errorLabelOf(u"topics"_qs)->text().isEmpty(), 30000);
        QVERIFY(dialog->saveButton()->isEnabled());
        form->focusField(u"topics"_qs);
        QVERIFY(saveScreenshot(dialog, u"connector-form.png"_qs));
        QStringList problems = unnamedControls(dialog, u"connector form"_qs);
        problems += unreadableMessages(dialog, u"connector form"_qs);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QVERIFY2(form->errorLabelOf(u"topics"_qs)->text().contains(u"topics.regex"_qs),
                 qPrintable(form->errorLabelOf(u"topics"_qs)->text()));
        QVERIFY(dialog->isVisible());
        int status = 0;
        m_worker.request("GET", u"/connectors/"_qs + name, {}, &status);
        QCOMPARE(status, 404);
        qobject_cast<QLineEdit *>(form->editorOf(u"topics"_qs))->setText(m_topic);
        dialog->saveButton()->click();
        const auto said = [dialog] {
            QString text = dialog->statusLabel()->text();
            for (int i = 0; i < dialog->errorList()->topLevelItemCount(); ++i)
                text += u' ' + dialog->errorList()->topLevelItem(i)->text(0) + u": "_qs +
                        dialog->errorList()->topLevelItem(i)->text(1);
            return text;
        };
        QTRY_VERIFY2_WITH_TIMEOUT(!dialog->isVisible(), qPrintable(said()), 30000);
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
    });
    m_pane->createAction()->trigger();
    // Exactly the fields filled in: every default stays Connect's.
    QJsonObject expected = sinkConfig(m_topic, out);
    expected.insert(u"name"_qs, name);
    QCOMPARE(m_worker.request("GET", u"/connectors/"_qs + name + u"/config"_qs).object(), expected);
    QVERIFY(
        ConnectTestWorker::waitFor([&] { return m_worker.taskState(name) == u"RUNNING"; }, 60000));
}

void TestConnectPane::pastedBodyBecomesFieldsOfItsPlugin()
{
    const QString name = KafkaTestCluster::uniqueName(QStringLiteral("pane-pasted"));
    QTRY_VERIFY_WITH_TIMEOUT(m_pane->details()->pluginsView()->topLevelItemCount() >= 2, 15000);
    whenModal([&](QWidget *widget) {
        auto *dialog = qobject_cast<ConnectorConfigDialog *>(widget);
        QVERIFY(dialog);
        ConnectorConfigForm *form = dialog->form();
        QVERIFY(!form->hasFields());
        // POST /connectors' body pasted: the Fields tab takes its name and asks for its fields.
        dialog->tabs()->setCurrentWidget(dialog->editor());
        QJsonObject config = sinkConfig(m_topic, m_tmp.filePath(QStringLiteral("pasted.txt")));
        config.insert(u"transforms"_qs, QString());
        dialog->editor()->setPlainText(QString::fromUtf8(
            QJsonDocument(QJsonObject{{u"name"_qs, name}, {u"config"_qs, config}}).toJson()));
        dialog->tabs()->setCurrentWidget(form);
        QCOMPARE(dialog->nameEdit()->text(), name);
        QTRY_VERIFY_WITH_TIMEOUT(form->editorOf(u"file"_qs), 30000);
        QCOMPARE(qobject_cast<QLineEdit *>(form->editorOf(u"file"_qs))->text(),
                 config.value(u"file"_qs).toString());
        QCOMPARE(form->values(), config); // the empty "transforms" too
        // Another plugin: the sink's own fields go; a value typed into one goes with it, the
        // pasted ones stay (shown in the JSON) until removed there.
        qobject_cast<QLineEdit *>(form->editorOf(u"topics.regex"_qs))->setText(u"typed.*"_qs);
        const int source = dialog->pluginBox()->findData(kSourceClass);
        QVERIFY(source > 0);
        dialog->pluginBox()->setCurrentIndex(source);
        emit dialog->pluginBox()->activated(source);
        QTRY_VERIFY_WITH_TIMEOUT(!form->editorOf(u"topics.regex"_qs), 30000);
        QVERIFY(form->editorOf(u"file"_qs));  // both plugins have it
        QVERIFY(form->editorOf(u"topic"_qs)); // the source's
        const QJsonObject shown = form->values();
        QCOMPARE(shown.value(u"connector.class"_qs).toString(), kSourceClass);
        QVERIFY(!shown.contains(u"topics.regex"_qs));
        QCOMPARE(shown.value(u"topics"_qs).toString(), m_topic);
        dialog->reject();
    });
    m_pane->createAction()->trigger();
    int status = 0;
    m_worker.request("GET", u"/connectors/"_qs + name, {}, &status);
    QCOMPARE(status, 404);
}

void TestConnectPane::editShowsTheDifferenceAndSaves()
{
    const QString name = KafkaTestCluster::uniqueName(QStringLiteral("pane-edited"));
    QJsonObject before = sinkConfig(m_topic, m_tmp.filePath(QStringLiteral("before.txt")));
    before.insert(u"transforms"_qs, QString()); // empty is a value: it must stay
    create(name, before);
    m_cluster->refreshNow();
    select(name);
    const QString after = m_tmp.filePath(QStringLiteral("after.txt"));
    whenModal([&](QWidget *widget) {
        auto *dialog = qobject_cast<ConnectorConfigDialog *>(widget);
        QVERIFY(dialog);
        QVERIFY(!dialog->isCreating());
        // The form shows the configuration in force once Connect named the plugin's fields.
        ConnectorConfigForm *form = dialog->form();
        QTRY_VERIFY_WITH_TIMEOUT(form->editorOf(u"file"_qs), 30000);
        auto *file = qobject_cast<QLineEdit *>(form->editorOf(u"file"_qs));
        QCOMPARE(file->text(), m_tmp.filePath(QStringLiteral("before.txt")));
        file->setText(after);
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
    QVERIFY(config.contains(u"transforms"_qs));
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
          ConnectAction::ResetOffsets, ConnectAction::AlterOffsets, ConnectAction::Delete})
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

// The overview timer re-arms on each answer; a pane shown again after longer than the interval
// reads at once instead of showing an old list for another interval.
void TestConnectPane::shownAgainReadsAtOnce()
{
    ConnectCluster cluster(settings(m_worker.url()), {});
    QSignalSpy changed(&cluster, &ConnectCluster::overviewChanged);
    cluster.setRefreshInterval(60000); // shown: the first read goes at once
    QVERIFY(cluster.isRefreshing());
    QVERIFY(changed.wait(30000));
    cluster.setRefreshInterval(0); // hidden
    QElapsedTimer hidden;
    hidden.start();
    QTRY_VERIFY(hidden.elapsed() > 300);
    cluster.setRefreshInterval(300); // shown again, longer than the interval after the answer
    QVERIFY(cluster.isRefreshing());
    QVERIFY(changed.wait(30000));
    // Soon after an answer, it waits out the rest of the interval.
    cluster.setRefreshInterval(0);
    cluster.setRefreshInterval(60000);
    QVERIFY(!cluster.isRefreshing());
}

QTEST_MAIN(TestConnectPane)
#include "tst_connectpane.moc"
