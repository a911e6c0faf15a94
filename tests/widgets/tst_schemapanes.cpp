// The message browser and the producer pane with a real Schema Registry (Apicurio) and records
// written and read by confluent-kafka's own serializers: decoded Protobuf and JSON Schema records
// in the table and the detail view, filtered and exported as JSON; values typed as JSON in the
// producer pane, encoded with the registry's schema, read back by the Python deserializer; a
// value the schema rejects names its field and sends nothing. Screenshots to
// $QAFKA_SCREENSHOT_DIR.

#include "clusterview.h"
#include "connectiondialog.h"
#include "connectionwaiter.h"
#include "deliveryreportmodel.h"
#include "kafkatestcluster.h"
#include "localschemadialog.h"
#include "messagedetailview.h"
#include "messagelistmodel.h"
#include "messagespane.h"
#include "payloadview.h"
#include "producerpane.h"
#include "registrysettingseditor.h"
#include "schemaregistrytestserver.h"
#include "screenshot.h"
#include "session/clusterconnection.h"
#include "session/messageexportjob.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace Qafka;

class TestSchemaPanes : public QObject
{
    Q_OBJECT

    KafkaTestCluster m_cluster{QStringLiteral("single")};
    SchemaRegistryTestServer m_registry;
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ClusterView> m_view;

    MessagesPane *messages() const { return m_view->messagesPane(); }
    ProducerPane *producer() const { return m_view->producerPane(); }

    // Python's ProtobufSerializer / JSONSerializer writes these records (no Qafka code).
    void pythonProduce(const QString &topic, const QString &format, const QString &schema,
                       const QString &records, const QString &messageType = {})
    {
        QStringList args{u"produce"_qs,
                         u"--bootstrap"_qs,
                         m_cluster.bootstrap(),
                         u"--registry"_qs,
                         m_registry.url(),
                         u"--topic"_qs,
                         topic,
                         u"--format"_qs,
                         format,
                         u"--schema"_qs,
                         SchemaRegistryTestServer::schemaFile(schema),
                         u"--records"_qs,
                         SchemaRegistryTestServer::schemaFile(records)};
        if (!messageType.isEmpty())
            args << u"--message-type"_qs << messageType;
        QString error;
        QVERIFY2(!m_registry.pythonOracle(args, &error).isNull(), qPrintable(error));
    }

    void browse(const QString &topic)
    {
        BrowseRequest request;
        request.topic = topic;
        messages()->setRequest(request);
        QSignalSpy finished(messages(), &MessagesPane::loadFinished);
        QVERIFY(messages()->load());
        QVERIFY(finished.wait(60000));
    }

    QString cell(int row, int column) const
    {
        return messages()->model()->index(row, column).data().toString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_cluster.isAvailable(), "single-node fixture missing");
        QVERIFY2(m_registry.isAvailable(), "schema_registry fixture missing");
        m_settings =
            std::make_unique<QSettings>(m_dir.filePath(u"qafka.ini"_qs), QSettings::IniFormat);
        ConnectionProfile profile = ConnectionProfile::forBootstrap(m_cluster.bootstrap());
        profile.registry.urls = m_registry.url();
        m_view =
            std::make_unique<ClusterView>(profile, ProfileSecrets{}, nullptr, m_settings.get());
        m_view->resize(1400, 820);
        m_view->show();
        QTRY_VERIFY_WITH_TIMEOUT(m_view->connection()->state() == ConnectionState::Connected,
                                 15000);
    }

    void browserShowsDecodedProtobuf()
    {
        const QString topic = createTopicAndWait(*m_view->connection(), u"sr-orders"_qs, 1);
        pythonProduce(topic, u"protobuf"_qs, u"orders.proto"_qs, u"orders.jsonl"_qs, u"Order"_qs);
        m_view->showPane(ClusterView::MessagesPaneIndex);
        browse(topic);
        const int rows = messages()->model()->rowCount();
        QVERIFY(rows >= 2);
        // The table shows JSON once the schema arrived (off the GUI thread), not \x00 bytes.
        QTRY_VERIFY_WITH_TIMEOUT(cell(0, MessageListModel::ValueColumn).startsWith(u"{\"id\":"),
                                 20000);
        QVERIFY2(cell(0, MessageListModel::ValueColumn).contains(u"\"order-1\""),
                 qPrintable(cell(0, MessageListModel::ValueColumn)));
        const QString tip = messages()
                                ->model()
                                ->index(0, MessageListModel::ValueColumn)
                                .data(Qt::ToolTipRole)
                                .toString();
        QVERIFY2(tip.startsWith(u"PROTOBUF, schema id"), qPrintable(tip));

        // The detail view: decoded, pretty and highlighted, with its schema one choice away.
        messages()->table()->selectRow(0);
        PayloadView *value = messages()->detailView()->valueView();
        QTRY_COMPARE_WITH_TIMEOUT(value->mode(), PayloadView::DecodedMode, 10000);
        QVERIFY(value->shownText().contains(u"\"pickup_store\": \"Store 7\""));
        QVERIFY2(value->statusLabel()->text().contains(u"message qafka.test.orders.Order"),
                 qPrintable(value->statusLabel()->text()));
        QVERIFY(saveScreenshot(m_view.get(), u"schema-protobuf.png"_qs));
        value->setMode(PayloadView::SchemaMode);
        QVERIFY2(value->shownText().contains(u"Order") || value->shownText().size() > 20,
                 qPrintable(value->shownText()));
        value->setMode(PayloadView::HexMode);
        QVERIFY(value->shownText().startsWith(u"00000000  00 00 00"));
        value->setMode(PayloadView::DecodedMode);

        // Filters look at the decoded JSON.
        messages()->jsonFieldEdit()->setText(u"$.pickup_store == \"Store 7\""_qs);
        messages()->applyFilter();
        QTRY_COMPARE_WITH_TIMEOUT(messages()->model()->rowCount(), 1, 20000);
        messages()->jsonFieldEdit()->clear();
        messages()->applyFilter();
        QTRY_COMPARE_WITH_TIMEOUT(messages()->model()->rowCount(), rows, 20000);

        // Export: the decoded JSON beside the bytes, which stay for a lossless re-import.
        const QString path = m_dir.filePath(u"orders.jsonl"_qs);
        QSignalSpy exported(messages(), &MessagesPane::exportFinished);
        messages()->exportTo(path);
        QVERIFY(exported.wait(30000));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray first = file.readLine();
        const auto line = nlohmann::json::parse(first.constData());
        QVERIFY2(line.contains("valueDecoded") && line.contains("valueSchemaId"),
                 first.constData());
        QCOMPARE(line["valueDecoded"]["id"].get<std::string>(), std::string("order-1"));
        QVERIFY(line["value"].contains("base64"));
    }

    // No registry involved: a JSON Schema file on disk attached to the value.
    void localSchemaFilesDecodeWithoutRegistry()
    {
        const QString topic = createTopicAndWait(*m_view->connection(), u"local-people"_qs, 1);
        QVERIFY(m_cluster.kcatProduce(
            topic, {R"({"name":"Ada","age":36})", R"({"name":"Bob","age":"old"})"}));
        m_view->showPane(ClusterView::MessagesPaneIndex);
        LocalSchemaDialog dialog(topic, {}, {}, m_view.get());
        dialog.findChild<QLineEdit *>(u"localValuePath"_qs)
            ->setText(SchemaRegistryTestServer::schemaFile(u"person.schema.json"_qs));
        QVERIFY(dialog.load());
        QVERIFY(dialog.valueSchema());
        messages()->setLocalSchemas(topic, dialog.keySchema(), dialog.valueSchema());
        browse(topic);
        QCOMPARE(messages()->model()->rowCount(), 2);
        const auto tip = [this](int row) {
            return messages()
                ->model()
                ->index(row, MessageListModel::ValueColumn)
                .data(Qt::ToolTipRole)
                .toString();
        };
        QTRY_VERIFY_WITH_TIMEOUT(tip(0).startsWith(u"JSON, local schema file"), 10000);
        // Each row decodes when a view first asks for it: wait for this one too.
        QTRY_VERIFY2_WITH_TIMEOUT(tip(1).contains(u"Does not match its schema: $.age"),
                                  qPrintable(tip(1)), 10000);

        // A message type the .proto does not have is refused in words.
        LocalSchemaDialog wrong(topic, {}, {}, m_view.get());
        wrong.findChild<QLineEdit *>(u"localValuePath"_qs)
            ->setText(SchemaRegistryTestServer::schemaFile(u"orders.proto"_qs));
        wrong.findChild<QComboBox *>(u"localValueType"_qs)->setCurrentText(u"Nope"_qs);
        QVERIFY(!wrong.load());
        QVERIFY2(wrong.findChild<QLabel *>(u"localSchemaError"_qs)->text().contains(u"Nope"),
                 qPrintable(wrong.findChild<QLabel *>(u"localSchemaError"_qs)->text()));
    }

    void producerEncodesWhatPythonReads()
    {
        const QString topic = createTopicAndWait(*m_view->connection(), u"sr-people"_qs, 1);
        // The subject <topic>-value exists once Python wrote one record with it.
        pythonProduce(topic, u"json"_qs, u"person.schema.json"_qs, u"person.jsonl"_qs);
        m_view->showPane(ClusterView::ProducerPaneIndex);
        ProducerTemplate form;
        form.topic = topic;
        form.valueMode = ProducerTemplate::Mode::Schema;
        form.value = u"{\"name\": \"user-{{seq}}\", \"age\": {{seq}}, \"tags\": [\"qafka\"]}"_qs;
        form.count = 3;
        producer()->setForm(form);
        QCOMPARE(producer()->form().valueSchema.subject, topic + u"-value");
        QSignalSpy finished(producer(), &ProducerPane::sendFinished);
        producer()->send();
        QVERIFY2(finished.wait(30000), qPrintable(producer()->summaryLabel()->text()));
        const auto progress = finished.first().at(1).value<ProduceProgress>();
        QCOMPARE(progress.delivered, 3);

        QString error;
        const QString out =
            m_registry.pythonOracle({u"consume"_qs, u"--bootstrap"_qs, m_cluster.bootstrap(),
                                     u"--registry"_qs, m_registry.url(), u"--topic"_qs, topic,
                                     u"--format"_qs, u"json"_qs, u"--count"_qs, u"5"_qs},
                                    &error);
        QVERIFY2(!out.isNull(), qPrintable(error));
        const QStringList lines = out.trimmed().split(u'\n');
        QCOMPARE(lines.size(), 5);
        for (int i = 0; i < 3; ++i) {
            const auto value = nlohmann::json::parse(lines.at(2 + i).toStdString())["value"];
            QCOMPARE(value["name"].get<std::string>(), "user-" + std::to_string(i));
            QCOMPARE(value["age"].get<int>(), i);
        }
    }

    void browserShowsDecodedAvro()
    {
        const QString topic = createTopicAndWait(*m_view->connection(), u"sr-everything"_qs, 1);
        pythonProduce(topic, u"avro"_qs, u"everything.avsc"_qs, u"everything.jsonl"_qs);
        m_view->showPane(ClusterView::MessagesPaneIndex);
        browse(topic);
        QVERIFY(messages()->model()->rowCount() >= 1);
        QTRY_VERIFY_WITH_TIMEOUT(cell(0, MessageListModel::ValueColumn).startsWith(u'{'), 20000);
        messages()->table()->selectRow(0);
        PayloadView *value = messages()->detailView()->valueView();
        QTRY_COMPARE_WITH_TIMEOUT(value->mode(), PayloadView::DecodedMode, 10000);
        QVERIFY2(value->statusLabel()->text().contains(topic + u"-value"),
                 qPrintable(value->statusLabel()->text()));
        QVERIFY(saveScreenshot(m_view.get(), u"schema-avro.png"_qs));
    }

    // The connection dialog's registry tab: Test asks the real registry and says so.
    void connectionDialogTestsTheRegistry()
    {
        ConnectionDialog dialog;
        ConnectionProfile profile = ConnectionProfile::forBootstrap(m_cluster.bootstrap());
        profile.registry.urls = m_registry.rootUrl();
        dialog.setProfile(profile, {});
        dialog.findChild<QTabWidget *>(u"connectionTabs"_qs)->setCurrentIndex(1);
        dialog.resize(760, 560);
        dialog.show();
        RegistrySettingsEditor *editor = dialog.registryEditor();
        QSignalSpy tested(editor, &RegistrySettingsEditor::tested);
        QTest::mouseClick(editor->testButton(), Qt::LeftButton);
        QVERIFY(tested.wait(30000));
        QVERIFY2(editor->testResult()->text().contains(u"/apis/ccompat/v7"),
                 qPrintable(editor->testResult()->text()));
        const QString dir = qEnvironmentVariable("QAFKA_SCREENSHOT_DIR");
        // The answer's lines are laid out on the next pass of the event loop.
        QCoreApplication::sendPostedEvents();
        QTRY_VERIFY(editor->testResult()->height() > editor->testResult()->fontMetrics().height());
        if (!dir.isEmpty())
            QVERIFY(dialog.grab().save(dir + u"/connection-registry.png"));
    }

    // JSON Lines sent with a schema: each line encoded, a line the schema rejects reported with
    // its reason and not sent.
    void producerEncodesAJsonLinesFile()
    {
        const QString topic = createTopicAndWait(*m_view->connection(), u"sr-file"_qs, 1);
        pythonProduce(topic, u"json"_qs, u"person.schema.json"_qs, u"person.jsonl"_qs);
        const QString path = m_dir.filePath(u"people.jsonl"_qs);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"value\": {\"name\": \"Di\", \"age\": 3}}\n"
                   "{\"value\": {\"name\": \"Ed\", \"age\": \"x\"}}\n"
                   "{\"value\": {\"name\": \"Flo\", \"age\": 5}}\n");
        file.close();
        ProducerTemplate form;
        form.topic = topic;
        form.valueMode = ProducerTemplate::Mode::Schema;
        producer()->setForm(form);
        QSignalSpy finished(producer(), &ProducerPane::sendFinished);
        producer()->sendFile(path);
        QVERIFY2(finished.wait(30000), qPrintable(producer()->summaryLabel()->text()));
        const auto progress = finished.first().at(1).value<ProduceProgress>();
        QCOMPARE(progress.delivered, 2);
        QCOMPARE(progress.failed, 1);
        bool reported = false;
        for (int row = 0; row < producer()->reportModel()->rowCount(); ++row) {
            const DeliveryReport &report = producer()->reportModel()->report(row);
            reported = reported || (report.errorCode == u"NOT_ENCODED" &&
                                    report.errorMessage.contains(u"message 2") &&
                                    report.errorMessage.contains(u"$.age"));
        }
        QVERIFY(reported);
    }

    // Opt-in: the producer registers a schema file under a subject nobody wrote to yet.
    void producerRegistersASchemaFileFirst()
    {
        const QString topic = createTopicAndWait(*m_view->connection(), u"sr-register"_qs, 1);
        ProducerTemplate form;
        form.topic = topic;
        form.valueMode = ProducerTemplate::Mode::Schema;
        form.valueSchema.registerFile =
            SchemaRegistryTestServer::schemaFile(u"person.schema.json"_qs);
        form.value = u"{\"name\": \"Cy\", \"age\": 7}"_qs;
        producer()->setForm(form);
        QSignalSpy finished(producer(), &ProducerPane::sendFinished);
        producer()->send();
        QVERIFY2(finished.wait(30000), qPrintable(producer()->summaryLabel()->text()));
        QCOMPARE(finished.first().at(1).value<ProduceProgress>().delivered, 1);
        QString error;
        const QString out =
            m_registry.pythonOracle({u"consume"_qs, u"--bootstrap"_qs, m_cluster.bootstrap(),
                                     u"--registry"_qs, m_registry.url(), u"--topic"_qs, topic,
                                     u"--format"_qs, u"json"_qs, u"--count"_qs, u"1"_qs},
                                    &error);
        QVERIFY2(!out.isNull(), qPrintable(error));
        const auto value = nlohmann::json::parse(out.trimmed().toStdString())["value"];
        QCOMPARE(value["name"].get<std::string>(), std::string("Cy"));
    }

    void producerNamesTheWrongFieldAndSendsNothing()
    {
        const QString topic = createTopicAndWait(*m_view->connection(), u"sr-wrong"_qs, 1);
        pythonProduce(topic, u"json"_qs, u"person.schema.json"_qs, u"person.jsonl"_qs);
        ProducerTemplate form;
        form.topic = topic;
        form.valueMode = ProducerTemplate::Mode::Schema;
        form.value = u"{\"name\": \"x\", \"age\": \"old\"}"_qs;
        producer()->setForm(form);
        QSignalSpy started(producer(), &ProducerPane::sendStarted);
        producer()->send();
        QTRY_VERIFY_WITH_TIMEOUT(
            producer()->summaryLabel()->text().contains(u"does not fit its schema"), 20000);
        QVERIFY2(producer()->summaryLabel()->text().contains(u"$.age"),
                 qPrintable(producer()->summaryLabel()->text()));
        QCOMPARE(started.count(), 0);
        QVERIFY(saveScreenshot(m_view.get(), u"schema-producer-error.png"_qs));

        // An unknown subject says so too (Confluent answers 40401, Apicurio 40402).
        form.valueSchema.subject = u"no-such-subject"_qs;
        producer()->setForm(form);
        producer()->send();
        QTRY_VERIFY_WITH_TIMEOUT(producer()->summaryLabel()->text().contains(u"(4040"), 20000);
        QVERIFY2(producer()->summaryLabel()->text().contains(u"no-such-subject"),
                 qPrintable(producer()->summaryLabel()->text()));
        QCOMPARE(started.count(), 0);
    }
};

QTEST_MAIN(TestSchemaPanes)
#include "tst_schemapanes.moc"
