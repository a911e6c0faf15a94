// Connect's JSON answers read into values, the connectors table built from them, and the
// configuration editor's reading of pasted JSON. The JSON here is the shape Connect 4.1 answers
// (tst_connectpane checks the same code against a real worker).
#include "connectorconfigdialog.h"
#include "connectorlistmodel.h"
#include "http/connectanswers.h"
#include "http/connecterrors.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qafka;

namespace {

QJsonDocument overview(const QString &brokenTaskState)
{
    const QByteArray json = R"({
      "sink-a": {
        "status": {"name": "sink-a", "type": "sink",
                   "connector": {"state": "RUNNING", "worker_id": "10.0.0.1:8083"},
                   "tasks": [{"id": 1, "state": ")" +
                            brokenTaskState.toUtf8() + R"(",
                              "worker_id": "10.0.0.2:8083",
                              "trace": "org.apache.kafka.connect.errors.ConnectException: boom\n\tat X"},
                             {"id": 0, "state": "RUNNING", "worker_id": "10.0.0.1:8083"}]},
        "info": {"name": "sink-a", "type": "sink",
                 "config": {"connector.class": "org.apache.kafka.connect.file.FileStreamSinkConnector",
                            "tasks.max": "2", "topics": "t", "password": "[hidden]"},
                 "tasks": [{"connector": "sink-a", "task": 0}]}
      },
      "a-stopped": {
        "status": {"name": "a-stopped", "connector": {"state": "STOPPED", "worker_id": "w"},
                   "tasks": []},
        "info": {"name": "a-stopped", "type": "source", "config": {}, "tasks": []}
      }
    })";
    return QJsonDocument::fromJson(json);
}

} // namespace

class TestConnectAnswers : public QObject
{
    Q_OBJECT
private slots:
    void readsTheExpandedOverview()
    {
        const QList<ConnectorStatus> connectors =
            ConnectAnswers::connectors(overview(u"FAILED"_qs));
        QCOMPARE(connectors.size(), 2);
        QCOMPARE(connectors.at(0).name, u"a-stopped"_qs);
        QCOMPARE(connectors.at(0).type, u"source"_qs); // from info when status lacks it
        QCOMPARE(connectors.at(0).state, u"STOPPED"_qs);
        const ConnectorStatus &sink = connectors.at(1);
        QCOMPARE(sink.className, u"org.apache.kafka.connect.file.FileStreamSinkConnector"_qs);
        QCOMPARE(sink.tasks.size(), 2);
        QCOMPARE(sink.tasks.at(0).id, 0); // sorted by id
        QCOMPARE(sink.tasks.at(1).state, u"FAILED"_qs);
        QVERIFY(sink.tasks.at(1).trace.startsWith(u"org.apache.kafka.connect.errors"_qs));
        QCOMPARE(sink.failedTaskCount(), 1);
        QCOMPARE(sink.config.value(u"password"_qs).toString(), u"[hidden]"_qs); // stays masked
    }

    void toleratesWhatIsNotConnect()
    {
        QVERIFY(ConnectAnswers::connectors(QJsonDocument::fromJson("[1,2]")).isEmpty());
        const auto odd = ConnectAnswers::connectors(QJsonDocument::fromJson(R"({"x": 5})"));
        QCOMPARE(odd.size(), 1);
        QCOMPARE(odd.first().state, QString());
        QVERIFY(ConnectAnswers::plugins(QJsonDocument::fromJson("{}")).isEmpty());
        QCOMPARE(ConnectAnswers::validation(QJsonDocument()).errorCount, 0);
    }

    void readsPluginsTopicsAndValidation()
    {
        const auto plugins = ConnectAnswers::plugins(
            QJsonDocument::fromJson(R"([{"class": "a.B", "type": "sink", "version": "4.1.1"}])"));
        QCOMPARE(plugins.size(), 1);
        QCOMPARE(plugins.first().version, u"4.1.1"_qs);
        QCOMPARE(
            ConnectAnswers::topics(QJsonDocument::fromJson(R"({"c": {"topics": ["b", "a"]}})")),
            QStringList({u"a"_qs, u"b"_qs}));
        const ConnectValidation validation = ConnectAnswers::validation(QJsonDocument::fromJson(
            R"({"name": "x", "error_count": 1, "configs": [
                 {"definition": {"name": "topics", "required": false, "documentation": "d"},
                  "value": {"name": "topics", "value": null,
                            "errors": ["Must configure one of topics or topics.regex"]}},
                 {"definition": {"name": "file", "required": true},
                  "value": {"name": "file", "value": "/tmp/x", "errors": []}}]})"));
        QCOMPARE(validation.errorCount, 1);
        QCOMPARE(validation.fields.size(), 2);
        QCOMPARE(validation.fields.at(0).errors.size(), 1);
        QVERIFY(validation.fields.at(1).required);
        QCOMPARE(validation.fields.at(1).value, u"/tmp/x"_qs);
    }

    // Connect 4.1.1's own 409 and 500 bodies: a rebalance is worth trying again, a name taken or
    // a failure is not.
    void conflictsSayWhichConflict()
    {
        bool passing = false;
        const auto said = [&passing](int status, const QByteArray &body) {
            RestResponse response;
            response.httpStatus = status;
            response.url = u"http://connect/connectors"_qs;
            ConnectErrors::describe(response, QNetworkReply::ContentConflictError, {}, {},
                                    "application/json", body);
            passing = ConnectErrors::isPassingConflict(response);
            return response.error;
        };
        const auto body = [](const char *message, int status = 409) {
            return QJsonDocument(QJsonObject{{u"error_code"_qs, status},
                                             {u"message"_qs, QString::fromUtf8(message)}})
                .toJson();
        };
        QString error = said(409, body("Cannot complete request because of a conflicting "
                                       "operation (e.g. worker rebalance)"));
        QVERIFY2(error.contains(u"rebalancing"_qs) && error.contains(u"Try again"_qs),
                 qPrintable(error));
        QVERIFY(passing);
        error = said(409, body("Cannot complete request momentarily due to stale configuration "
                               "(typically caused by a concurrent config change)"));
        QVERIFY2(error.contains(u"Try again"_qs), qPrintable(error));
        QVERIFY(passing);
        error = said(409, body("Connector sink-a already exists"));
        QVERIFY2(error.contains(u"Connector sink-a already exists"_qs) &&
                     !error.contains(u"rebalancing"_qs),
                 qPrintable(error));
        QVERIFY(!passing);
        // A worker that must rebalance first (DistributedHerder.checkRebalanceNeeded) says so as
        // a server error.
        error = said(500, body("Request cannot be completed because a rebalance is expected", 500));
        QVERIFY2(error.contains(u"rebalancing"_qs) && error.contains(u"HTTP 500"_qs) &&
                     error.contains(u"Try again"_qs),
                 qPrintable(error));
        QVERIFY(passing);
        error = said(500, body("Failed to find any class that implements Connector", 500));
        QVERIFY2(error.contains(u"Connect failed (HTTP 500)"_qs), qPrintable(error));
        QVERIFY(!passing);
        error = said(401, "{\"error_code\":401,\"message\":\"User cannot access the resource.\"}");
        QVERIFY2(error.contains(u"401"_qs), qPrintable(error));
    }

    // A refresh with the same connectors changes rows in place; a new one resets the table.
    void tableUpdatesRowsInPlace()
    {
        ConnectorListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setConnectors(ConnectAnswers::connectors(overview(u"FAILED"_qs)));
        QCOMPARE(model.rowCount(), 2);
        const int sink = model.rowOf(u"sink-a"_qs);
        QCOMPARE(model.index(sink, ConnectorListModel::TasksColumn).data().toString(),
                 u"1 of 2"_qs);
        QCOMPARE(model.index(sink, ConnectorListModel::FailedColumn).data().toString(), u"1"_qs);
        QCOMPARE(model.failedConnectorCount(), 1);
        QVERIFY(model.index(sink, 0)
                    .data(Qt::AccessibleDescriptionRole)
                    .toString()
                    .contains(u"sink-a"_qs));

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setConnectors(ConnectAnswers::connectors(overview(u"FAILED"_qs)));
        QCOMPARE(changed.size(), 0); // nothing new, nothing announced
        model.setConnectors(ConnectAnswers::connectors(overview(u"RUNNING"_qs)));
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), sink);
        QCOMPARE(model.failedConnectorCount(), 0);
        model.setConnectors({});
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 0);
    }

    void configEditorReadsPastedJson()
    {
        QString name;
        QString error;
        QJsonObject config = ConnectorConfigDialog::parseConfig(
            uR"({"name": "n1", "config": {"tasks.max": 2, "enabled": true, "topics": "t"}})"_qs,
            &name, &error);
        QCOMPARE(error, QString());
        QCOMPARE(name, u"n1"_qs);
        QCOMPARE(config.value(u"tasks.max"_qs).toString(), u"2"_qs); // strings only
        QCOMPARE(config.value(u"enabled"_qs).toString(), u"true"_qs);
        ConnectorConfigDialog::parseConfig(u"{\"a\": [1]}"_qs, nullptr, &error);
        QVERIFY2(error.contains(u"“a”"_qs), qPrintable(error));
        ConnectorConfigDialog::parseConfig(u"{oops"_qs, nullptr, &error);
        QVERIFY2(error.contains(u"not JSON"_qs), qPrintable(error));
        ConnectorConfigDialog::parseConfig(u"[]"_qs, nullptr, &error);
        QVERIFY2(error.contains(u"JSON object"_qs), qPrintable(error));
    }
};

QTEST_MAIN(TestConnectAnswers)
#include "tst_connectanswers.moc"
