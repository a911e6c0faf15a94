#include "clusterview.h"
#include "connectionwaiter.h"
#include "deliveryreportmodel.h"
#include "kafkatestcluster.h"
#include "messages/messageexport.h"
#include "messages/messagefile.h"
#include "messages/messagestore.h"
#include "producerpane.h"
#include "session/clusterconnection.h"
#include "session/messagefilereadjob.h"
#include "session/messageloader.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qafka;

// The producer pane against the real single-node cluster; what landed is read back with kcat.
class TestProducerPane : public QObject
{
    Q_OBJECT

    KafkaTestCluster m_cluster{QStringLiteral("single")};
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ClusterView> m_view;

    ProducerPane *pane() const { return m_view->producerPane(); }

    QString createTopic(const QString &prefix, int partitions,
                        const QList<QPair<QString, QString>> &configs = {})
    {
        return createTopicAndWait(*m_view->connection(), prefix, partitions, -1, configs);
    }

    ProduceProgress sendAndWait(const std::function<quint64()> &send, KafkaError *error = nullptr)
    {
        QSignalSpy finished(pane(), &ProducerPane::sendFinished);
        const quint64 id = send();
        if (id == 0 || !finished.wait(60000))
            return {};
        if (error)
            *error = finished.first().at(2).value<KafkaError>();
        return finished.first().at(1).value<ProduceProgress>();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_cluster.isAvailable(), "single-node fixture missing");
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("qafka.ini")),
                                                 QSettings::IniFormat);
        m_view =
            std::make_unique<ClusterView>(ConnectionProfile::forBootstrap(m_cluster.bootstrap()),
                                          ProfileSecrets{}, nullptr, m_settings.get());
        m_view->resize(1100, 800);
        m_view->show();
        m_view->showPane(ClusterView::ProducerPaneIndex);
        QTRY_VERIFY_WITH_TIMEOUT(m_view->connection()->state() == ConnectionState::Connected,
                                 15000);
    }

    void templatedBatchLandsWhereReported()
    {
        const QString topic = createTopic(QStringLiteral("produce-batch"), 3);
        ProducerTemplate form;
        form.topic = topic;
        form.partition = 1;
        form.key = QStringLiteral("key-{{seq:100}}");
        form.value =
            QStringLiteral("{\"n\": {{seq}}, \"id\": \"{{uuid}}\", \"pick\": \"{{pick:a|b}}\"}");
        form.headers = {{QStringLiteral("__TypeId__"), QStringLiteral("com.example.Order")},
                        {QStringLiteral("attempt"), QStringLiteral("{{random:1:3}}")}};
        form.count = 5;
        pane()->setForm(form);
        QCOMPARE(pane()->validationError(), QString());
        const ProduceProgress progress = sendAndWait([this] { return pane()->send(); });
        QCOMPARE(progress.delivered, 5);
        QCOMPARE(progress.failed, 0);
        QVERIFY(pane()->summaryLabel()->text().contains(QStringLiteral("5 of 5 delivered")));
        // Each report says where the message landed...
        QCOMPARE(pane()->reportModel()->rowCount(), 5);
        for (int row = 0; row < 5; ++row) {
            QCOMPARE(pane()->reportModel()->report(row).partition, 1);
            QCOMPARE(pane()->reportModel()->report(row).offset, qint64(row));
        }
        // ... and kcat finds them there, templates expanded.
        const QList<QJsonObject> messages = m_cluster.kcatReadJson(topic, 5);
        QCOMPARE(messages.size(), 5);
        for (int i = 0; i < 5; ++i) {
            const QJsonObject &m = messages.at(i);
            QCOMPARE(m[QStringLiteral("partition")].toInt(), 1);
            QCOMPARE(m[QStringLiteral("offset")].toInteger(), i);
            QCOMPARE(m[QStringLiteral("key")].toString(), QStringLiteral("key-%1").arg(100 + i));
            const QJsonObject value =
                QJsonDocument::fromJson(m[QStringLiteral("payload")].toString().toUtf8()).object();
            QCOMPARE(value[QStringLiteral("n")].toInt(), i);
            QCOMPARE(value[QStringLiteral("id")].toString().size(), 36);
            QVERIFY(value[QStringLiteral("pick")].toString() == u"a" ||
                    value[QStringLiteral("pick")].toString() == u"b");
            const QJsonArray headers = m[QStringLiteral("headers")].toArray();
            QCOMPARE(headers.size(), 4); // kcat -J: name, value, name, value
            QCOMPARE(headers.at(0).toString(), QStringLiteral("__TypeId__"));
            QCOMPARE(headers.at(1).toString(), QStringLiteral("com.example.Order"));
            const int attempt = headers.at(3).toString().toInt();
            QVERIFY(attempt >= 1 && attempt <= 3);
        }
    }

    void nullEmptyAndTombstoneAreDistinct()
    {
        const QString topic = createTopic(QStringLiteral("produce-null"), 1);
        ProducerTemplate form;
        form.topic = topic;
        form.keyMode = ProducerTemplate::Mode::Null;
        form.valueMode = ProducerTemplate::Mode::Text;
        form.value = QStringLiteral("no key");
        pane()->setForm(form);
        QCOMPARE(sendAndWait([this] { return pane()->send(); }).delivered, 1);
        form.keyMode = ProducerTemplate::Mode::Empty;
        form.valueMode = ProducerTemplate::Mode::Empty;
        pane()->setForm(form);
        QCOMPARE(sendAndWait([this] { return pane()->send(); }).delivered, 1);
        form.keyMode = ProducerTemplate::Mode::Text;
        form.key = QStringLiteral("gone");
        form.valueMode = ProducerTemplate::Mode::Null;
        pane()->setForm(form);
        QCOMPARE(sendAndWait([this] { return pane()->send(); }).delivered, 1);

        const QList<QJsonObject> messages = m_cluster.kcatReadJson(topic, 3);
        QCOMPARE(messages.size(), 3);
        QVERIFY(messages.at(0)[QStringLiteral("key")].isNull());
        QCOMPARE(messages.at(0)[QStringLiteral("payload")].toString(), QStringLiteral("no key"));
        QVERIFY(messages.at(1)[QStringLiteral("key")].isString());
        QCOMPARE(messages.at(1)[QStringLiteral("key")].toString(), QString());
        QVERIFY(messages.at(1)[QStringLiteral("payload")].isString());
        QCOMPARE(messages.at(1)[QStringLiteral("payload")].toString(), QString());
        QCOMPARE(messages.at(2)[QStringLiteral("key")].toString(), QStringLiteral("gone"));
        QVERIFY(messages.at(2)[QStringLiteral("payload")].isNull()); // a tombstone
    }

    void jsonLinesFileRoundTrip()
    {
        const QString topic = createTopic(QStringLiteral("produce-file"), 2);
        QList<OutgoingMessage> original;
        for (int i = 0; i < 4; ++i) {
            OutgoingMessage message;
            message.key = QByteArray("k") + QByteArray::number(i);
            message.value = QByteArray("{\"line\":") + QByteArray::number(i) + "}";
            message.partition = i % 2;
            message.headers = {{QStringLiteral("source"), QByteArray("file")}};
            original.append(message);
        }
        const QString path = m_dir.filePath(QStringLiteral("messages.jsonl"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (const OutgoingMessage &message : original)
            file.write(MessageFile::toJsonLine(message) + '\n');
        file.close();

        QList<OutgoingMessage> loaded;
        QString error;
        QVERIFY2(MessageFileReadJob::read(path, &loaded, &error), qPrintable(error));
        QCOMPARE(loaded, original);
        ProducerTemplate form;
        form.topic = topic;
        pane()->setForm(form);
        // Send File reads off the GUI thread, then sends what it read.
        QSignalSpy sent(pane(), &ProducerPane::sendFinished);
        pane()->sendFile(path);
        QVERIFY(pane()->isSending());
        QVERIFY(sent.wait(60000));
        QCOMPARE(sent.first().at(1).value<ProduceProgress>().delivered, 4);
        // A file that cannot be read says so in words, and sends nothing.
        pane()->sendFile(m_dir.filePath(QStringLiteral("missing.jsonl")));
        QTRY_VERIFY(!pane()->isSending());
        QVERIFY2(pane()->summaryLabel()->text().contains(QStringLiteral("Cannot read")),
                 qPrintable(pane()->summaryLabel()->text()));
        QCOMPARE(sent.size(), 1);
        const QList<QJsonObject> messages = m_cluster.kcatReadJson(topic, 4);
        QCOMPARE(messages.size(), 4);
        for (const QJsonObject &m : messages) {
            const int i = m[QStringLiteral("key")].toString().mid(1).toInt();
            QCOMPARE(m[QStringLiteral("partition")].toInt(), i % 2);
            QCOMPARE(m[QStringLiteral("payload")].toString(),
                     QStringLiteral("{\"line\":%1}").arg(i));
        }
    }

    // kcat as a byte-exact oracle: "%p|%K|%S|" then the raw key and value bytes, so binary data,
    // null (length -1) and empty (0) come back exactly as the broker stored them.
    QList<OutgoingMessage> readBackRaw(const QString &topic, int expected)
    {
        QProcess kcat;
        kcat.start(QStringLiteral("kcat"),
                   {QStringLiteral("-C"), QStringLiteral("-b"), m_cluster.bootstrap(),
                    QStringLiteral("-t"), topic, QStringLiteral("-o"), QStringLiteral("beginning"),
                    QStringLiteral("-c"), QString::number(expected), QStringLiteral("-e"),
                    QStringLiteral("-q"), QStringLiteral("-f"), QStringLiteral("%p|%K|%S|%k%s")});
        if (!kcat.waitForFinished(30000))
            return {};
        const QByteArray out = kcat.readAllStandardOutput();
        QList<OutgoingMessage> messages;
        qsizetype at = 0;
        const auto field = [&]() -> qint64 {
            const qsizetype bar = out.indexOf('|', at);
            const qint64 value = out.mid(at, bar - at).toLongLong();
            at = bar + 1;
            return value;
        };
        while (at < out.size()) {
            OutgoingMessage message;
            message.partition = int(field());
            const qint64 keyLength = field();
            const qint64 valueLength = field();
            if (keyLength >= 0)
                message.key = out.mid(at, keyLength);
            at += qMax<qint64>(0, keyLength);
            if (valueLength >= 0)
                message.value = out.mid(at, valueLength);
            at += qMax<qint64>(0, valueLength);
            messages.append(message);
        }
        return messages;
    }

    void binaryRoundTripThroughExportIsByteExact()
    {
        // Random bytes (invalid UTF-8, NULs, newlines, a BOM), and null/empty in both places.
        QRandomGenerator random(20261121);
        QList<OutgoingMessage> original;
        for (int i = 0; i < 40; ++i) {
            OutgoingMessage message;
            QByteArray key(random.bounded(0, 40), Qt::Uninitialized);
            QByteArray value(random.bounded(0, 300), Qt::Uninitialized);
            for (char &c : key)
                c = char(random.bounded(256));
            for (char &c : value)
                c = char(random.bounded(256));
            if (i % 7 == 0)
                value.prepend("\xEF\xBB\xBF");
            message.key = key;
            message.value = value;
            if (i % 10 == 3)
                message.key.reset();
            if (i % 10 == 4)
                message.value.reset();
            if (i % 10 == 5)
                message.value = QByteArray();
            message.partition = 0;
            original.append(message);
        }
        const QString first = createTopic(QStringLiteral("produce-binary-a"), 1);
        const QString second = createTopic(QStringLiteral("produce-binary-b"), 1);
        ProducerTemplate form;
        form.topic = first;
        pane()->setForm(form);
        QCOMPARE(sendAndWait([&] { return pane()->sendMessages(original); }).delivered, 40);
        QCOMPARE(readBackRaw(first, 40), original);

        // Browse it, export it as the message browser does, import that file into the producer.
        MessageLoader loader(ConnectionProfile::forBootstrap(m_cluster.bootstrap()), {});
        MessageStore store;
        connect(&loader, &MessageLoader::batchReady, this,
                [&store](quint64, const MessageBatch &batch, const BrowseProgress &) {
                    store.append(batch);
                });
        QSignalSpy loaded(&loader, &MessageLoader::finished);
        BrowseRequest request;
        request.topic = first;
        loader.start(request);
        QVERIFY(loaded.wait(30000));
        QCOMPARE(store.size(), 40);
        const QString path = m_dir.filePath(QStringLiteral("binary.jsonl"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (qint64 i = 0; i < store.size(); ++i)
            file.write(MessageExport::jsonLine(first, store.record(i), store.bytes(i)) + '\n');
        file.close();
        QList<OutgoingMessage> imported;
        QString error;
        QVERIFY2(MessageFileReadJob::read(path, &imported, &error), qPrintable(error));
        QCOMPARE(imported, original);
        form.topic = second;
        pane()->setForm(form);
        QCOMPARE(sendAndWait([&] { return pane()->sendMessages(imported); }).delivered, 40);
        QCOMPARE(readBackRaw(second, 40), original);
    }

    void errorsAreReportedPerMessage()
    {
        // Unknown topic: refused before anything is sent, with the reason; nothing is created.
        ProducerTemplate form;
        form.topic = KafkaTestCluster::uniqueName(QStringLiteral("no-such-topic"));
        form.value = QStringLiteral("x");
        form.count = 3;
        pane()->setForm(form);
        KafkaError error;
        ProduceProgress progress = sendAndWait([this] { return pane()->send(); }, &error);
        QCOMPARE(progress.delivered, 0);
        QCOMPARE(error.code, QStringLiteral("UNKNOWN_TOPIC_OR_PART"));
        QVERIFY(pane()->summaryLabel()->text().contains(QStringLiteral("does not exist")));
        QVERIFY(!m_cluster
                     .script(QStringLiteral("topics"),
                             {QStringLiteral("--bootstrap-server"), m_cluster.bootstrap(),
                              QStringLiteral("--list")})
                     .contains(form.topic));

        // Larger than the topic's max.message.bytes: the broker's refusal, per message.
        const QString small =
            createTopic(QStringLiteral("produce-small"), 1,
                        {{QStringLiteral("max.message.bytes"), QStringLiteral("1000")}});
        form.topic = small;
        form.value = QString(5000, u'x');
        form.count = 2;
        pane()->setForm(form);
        progress = sendAndWait([this] { return pane()->send(); });
        QCOMPARE(progress.failed, 2);
        QVERIFY2(pane()->reportModel()->report(0).errorCode.contains(QStringLiteral("TOO_LARGE")),
                 qPrintable(pane()->reportModel()->report(0).errorCode));

        // A malformed template is refused before anything is sent.
        form.value = QStringLiteral("{{random:9:1}}");
        pane()->setForm(form);
        QVERIFY(!pane()->validationError().isEmpty());
        QCOMPARE(pane()->send(), quint64(0));
    }

    void cancelStopsALongPacedSend()
    {
        const QString topic = createTopic(QStringLiteral("produce-cancel"), 1);
        ProducerTemplate form;
        form.topic = topic;
        form.value = QStringLiteral("{{seq}}");
        form.count = 1000;
        form.intervalMs = 20;
        pane()->setForm(form);
        QSignalSpy finished(pane(), &ProducerPane::sendFinished);
        pane()->send();
        QTRY_VERIFY_WITH_TIMEOUT(pane()->reportModel()->rowCount() >= 5, 20000); // under way
        pane()->cancel();
        QVERIFY(finished.wait(20000));
        const auto progress = finished.first().at(1).value<ProduceProgress>();
        QVERIFY(progress.cancelled);
        QVERIFY(progress.produced < 1000);
        QCOMPARE(progress.delivered + progress.failed, progress.produced);
        QVERIFY(pane()->summaryLabel()->text().contains(QStringLiteral("never sent")));
        const QString shot =
            qEnvironmentVariable("QAFKA_SCREENSHOT_DIR", QDir::tempPath()) + u"/producerpane.png";
        QVERIFY(m_view->grab().save(shot));
    }

    void templatesAndHistoryPersist()
    {
        ProducerTemplateStore store(m_settings.get(), m_view->connection()->profile().id);
        QVERIFY(store.history().size() >= 3); // the sends above
        ProducerTemplate saved = pane()->form();
        saved.name = QStringLiteral("order created");
        saved.value = QStringLiteral("{\"type\": \"created\", \"n\": {{seq}}}");
        store.saveTemplate(saved);
        ProducerTemplateStore reread(m_settings.get(), m_view->connection()->profile().id);
        QCOMPARE(reread.templates().size(), 1);
        QCOMPARE(reread.templates().first(), saved);
    }

    void theProducerIsMadeWhileTheFormIsFilledIn()
    {
        // An idempotent producer takes about a second to get its producer id; showing the pane
        // makes it, so the first Send does not wait for that.
        ClusterView view(ConnectionProfile::forBootstrap(m_cluster.bootstrap()), {}, nullptr,
                         m_settings.get());
        QSignalSpy prepared(view.connection(), &ClusterConnection::producerPrepared);
        view.show();
        view.showPane(ClusterView::ProducerPaneIndex);
        QTRY_COMPARE_WITH_TIMEOUT(prepared.count(), 1, 15000);
        QCOMPARE(prepared.first().at(0).toString(), QStringLiteral("none"));
        // Another compression is another producer handle: made when it is chosen.
        auto *compression = view.producerPane()->findChild<QComboBox *>(u"produceCompression"_qs);
        compression->setCurrentIndex(compression->findData(u"lz4"_qs));
        QTRY_COMPARE_WITH_TIMEOUT(prepared.count(), 2, 10000);
        QCOMPARE(prepared.last().at(0).toString(), QStringLiteral("lz4"));
        // The send uses the prepared producer rather than making another.
        ProducerTemplate form = view.producerPane()->form();
        form.topic = createTopic(QStringLiteral("produce-prepared"), 1);
        form.value = QStringLiteral("first");
        view.producerPane()->setForm(form);
        QTRY_VERIFY_WITH_TIMEOUT(view.producerPane()->validationError().isEmpty(), 15000);
        QSignalSpy finished(view.producerPane(), &ProducerPane::sendFinished);
        QVERIFY(view.producerPane()->send() != 0);
        QVERIFY(finished.wait(15000));
        QCOMPARE(finished.first().at(1).value<ProduceProgress>().delivered, 1);
        QCOMPARE(prepared.count(), 2);
    }

    void readOnlyCannotProduce()
    {
        ConnectionProfile profile = ConnectionProfile::forBootstrap(m_cluster.bootstrap());
        profile.readOnly = true;
        ClusterView view(profile, {}, nullptr, m_settings.get());
        QSignalSpy prepared(view.connection(), &ClusterConnection::producerPrepared);
        view.show();
        view.showPane(ClusterView::ProducerPaneIndex);
        QTRY_VERIFY_WITH_TIMEOUT(view.connection()->state() == ConnectionState::Connected, 15000);
        QVERIFY(!view.producerPane()->sendButton()->isEnabled());
        ProducerTemplate form;
        form.topic = QStringLiteral("anything");
        form.value = QStringLiteral("x");
        view.producerPane()->setForm(form);
        QCOMPARE(view.producerPane()->send(), quint64(0));
        // Even asked directly, the connection refuses.
        QSignalSpy finished(view.connection(), &ClusterConnection::produceFinished);
        ProduceRequest request;
        request.topic = QStringLiteral("anything");
        request.generator = [](qint64) { return OutgoingMessage{}; };
        view.connection()->produce(request);
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().at(2).value<KafkaError>().code,
                 QStringLiteral("READ_ONLY_CONNECTION"));
        QCOMPARE(prepared.count(), 0); // nor is a producer made
    }
};

QTEST_MAIN(TestProducerPane)
#include "tst_producerpane.moc"
