#include "clusterview.h"
#include "configeditdialog.h"
#include "configentrymodel.h"
#include "createtopicdialog.h"
#include "deleterecordsdialog.h"
#include "destructiveconfirmdialog.h"
#include "kafkatestcluster.h"
#include "operationstatus.h"
#include "partitionmodel.h"
#include "session/clusterconnection.h"
#include "topicdetailsview.h"
#include "topicfiltermodel.h"
#include "topiclistmodel.h"
#include "topicspane.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Qafka;

// The topics pane against the real single-node cluster; every write is checked with Kafka's own
// CLI tools (kafka-topics.sh, kafka-configs.sh, GetOffsetShell) or kcat, never with Qafka.
class TestTopicsPane : public QObject
{
    Q_OBJECT

    KafkaTestCluster m_cluster{QStringLiteral("single")};
    std::unique_ptr<ClusterView> m_view;

    TopicsPane *pane() const { return m_view->topicsPane(); }

    QString kafkaTopics(const QStringList &args) const
    {
        return m_cluster.script(
            QStringLiteral("topics"),
            QStringList{QStringLiteral("--bootstrap-server"), m_cluster.bootstrap()} + args);
    }

    bool waitForOperation(quint64 id, bool *succeeded)
    {
        QSignalSpy finished(pane()->operationStatus(), &OperationStatus::finished);
        for (int i = 0; i < 60; ++i) {
            for (const auto &args : std::as_const(finished)) {
                if (args.at(0).toULongLong() == id) {
                    *succeeded = args.at(1).toBool();
                    return true;
                }
            }
            finished.wait(500);
        }
        return false;
    }

    bool runOk(quint64 id)
    {
        bool succeeded = false;
        if (!waitForOperation(id, &succeeded))
            return false;
        if (!succeeded)
            qWarning().noquote() << pane()->operationStatus()->text();
        return succeeded;
    }

    void produce(const QString &topic, int partition, int count)
    {
        QProcess kcat;
        kcat.start(QStringLiteral("kcat"),
                   {QStringLiteral("-P"), QStringLiteral("-b"), m_cluster.bootstrap(),
                    QStringLiteral("-t"), topic, QStringLiteral("-p"), QString::number(partition)});
        QVERIFY(kcat.waitForStarted());
        for (int i = 0; i < count; ++i)
            kcat.write(QByteArray("message ") + QByteArray::number(i) + '\n');
        kcat.closeWriteChannel();
        QVERIFY(kcat.waitForFinished(30000));
        QCOMPARE(kcat.exitCode(), 0);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_cluster.isAvailable(), "single-node fixture missing");
        ConnectionProfile profile = ConnectionProfile::forBootstrap(m_cluster.bootstrap());
        m_view = std::make_unique<ClusterView>(profile, ProfileSecrets{});
        m_view->connection()->setRefreshInterval(500);
        m_view->connection()->setTopicStatsInterval(1000);
        m_view->resize(1200, 800);
        m_view->show();
        m_view->showPane(1);
        QTRY_VERIFY_WITH_TIMEOUT(m_view->connection()->state() == ConnectionState::Connected,
                                 15000);
    }

    void createShowsTopicAndMatchesKafkaTopics()
    {
        QAbstractItemModelTester tester(pane()->topicModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString name = KafkaTestCluster::uniqueName(QStringLiteral("pane-create"));
        NewTopic topic;
        topic.name = name;
        topic.partitions = 4;
        topic.configs = {{QStringLiteral("retention.ms"), QStringLiteral("3600000")},
                         {QStringLiteral("cleanup.policy"), QStringLiteral("compact")}};
        QVERIFY(runOk(pane()->createTopic(topic)));
        QVERIFY(pane()->operationStatus()->text().contains(QStringLiteral("done")));
        QTRY_VERIFY_WITH_TIMEOUT(pane()->topicModel()->rowOf(name) >= 0, 5000);

        // Oracle: kafka-topics.sh --describe.
        const QString described =
            kafkaTopics({QStringLiteral("--describe"), QStringLiteral("--topic"), name});
        QVERIFY2(described.contains(QStringLiteral("PartitionCount: 4")), qPrintable(described));
        QVERIFY(described.contains(QStringLiteral("retention.ms=3600000")));
        QVERIFY(described.contains(QStringLiteral("cleanup.policy=compact")));

        // The details pane shows the same partitions, leaders, replicas and ISR.
        pane()->selectTopic(name);
        QTRY_COMPARE_WITH_TIMEOUT(pane()->details()->partitionModel()->rowCount(), 4, 5000);
        const PartitionModel *partitions = pane()->details()->partitionModel();
        static const QRegularExpression line(QStringLiteral(
            "Partition: (\\d+)\\s+Leader: (\\d+)\\s+Replicas: ([\\d,]+)\\s+Isr: ([\\d,]+)"));
        int compared = 0;
        for (auto it = line.globalMatch(described); it.hasNext();) {
            const auto match = it.next();
            const int p = match.captured(1).toInt();
            QCOMPARE(partitions->index(p, PartitionModel::LeaderColumn).data().toString(),
                     match.captured(2));
            QCOMPARE(partitions->index(p, PartitionModel::ReplicasColumn).data().toString(),
                     match.captured(3));
            QCOMPARE(partitions->index(p, PartitionModel::IsrColumn).data().toString(),
                     match.captured(4));
            ++compared;
        }
        QCOMPARE(compared, 4);
        // And the configuration tab, sources included.
        QTRY_VERIFY_WITH_TIMEOUT(pane()->details()->configModel()->rowCount() > 20, 5000);
        const ConfigEntryModel *configs = pane()->details()->configModel();
        bool found = false;
        for (int r = 0; r < configs->rowCount(); ++r) {
            if (configs->entry(r).name == u"retention.ms") {
                QCOMPARE(configs->entry(r).value, QStringLiteral("3600000"));
                QCOMPARE(configs->entry(r).source, ConfigSource::DynamicTopic);
                found = true;
            }
        }
        QVERIFY(found);
    }

    void brokerRefusalIsShownVerbatim()
    {
        NewTopic topic;
        topic.name = KafkaTestCluster::uniqueName(QStringLiteral("pane-rf3"));
        topic.replicationFactor = 3;
        bool succeeded = true;
        QVERIFY(waitForOperation(pane()->createTopic(topic), &succeeded));
        QVERIFY(!succeeded);
        const QString text = pane()->operationStatus()->text();
        // The broker's own words, verbatim (Kafka 4.1: "...cannot be reached because only 1
        // broker(s) are registered.").
        QVERIFY2(text.contains(QStringLiteral("only 1 broker(s) are registered")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("INVALID_REPLICATION_FACTOR")));
    }

    void messageCountsAddPartitionsAndDeleteRecords()
    {
        const QString name = KafkaTestCluster::uniqueName(QStringLiteral("pane-records"));
        NewTopic topic;
        topic.name = name;
        topic.partitions = 2;
        QVERIFY(runOk(pane()->createTopic(topic)));
        produce(name, 0, 30);
        produce(name, 1, 12);
        m_view->connection()->refreshTopicStatsNow();
        TopicListModel *model = pane()->topicModel();
        QTRY_COMPARE_WITH_TIMEOUT(model->index(model->rowOf(name), TopicListModel::MessagesColumn)
                                      .data(TopicListModel::SortRole)
                                      .toLongLong(),
                                  qint64(42), 10000);

        QVERIFY(runOk(pane()->addPartitions(name, 5)));
        QVERIFY(kafkaTopics({QStringLiteral("--describe"), QStringLiteral("--topic"), name})
                    .contains(QStringLiteral("PartitionCount: 5")));
        QTRY_COMPARE_WITH_TIMEOUT(
            model->index(model->rowOf(name), TopicListModel::PartitionsColumn).data().toInt(), 5,
            5000);
        // Shrinking is refused by the broker, with its reason.
        bool succeeded = true;
        QVERIFY(waitForOperation(pane()->addPartitions(name, 3), &succeeded));
        QVERIFY(!succeeded);

        // Delete records: the dialog previews the count, then partition 0 is truncated before 10.
        TopicInfo info = model->topic(model->rowOf(name));
        QTRY_VERIFY_WITH_TIMEOUT(model->stats(model->rowOf(name)).offsets.size() == 5, 10000);
        DeleteRecordsDialog dialog(info, model->stats(model->rowOf(name)));
        dialog.partitionCombo()->setCurrentIndex(1); // partition 0
        dialog.beforeOffsetRadio()->setChecked(true);
        dialog.offsetEdit()->setText(QStringLiteral("10"));
        QCOMPARE(dialog.messagesToDelete(), qint64(10));
        QVERIFY(dialog.previewLabel()->text().contains(QStringLiteral("10 message")));
        QVERIFY(!dialog.deleteButton()->isEnabled());
        dialog.nameEdit()->setText(name);
        QVERIFY(dialog.deleteButton()->isEnabled());
        QVERIFY(runOk(pane()->deleteRecords(name, dialog.deletions())));
        const QString offsets = m_cluster.script(
            QStringLiteral("get-offsets"),
            {QStringLiteral("--bootstrap-server"), m_cluster.bootstrap(), QStringLiteral("--topic"),
             name, QStringLiteral("--time"), QStringLiteral("-2")});
        QVERIFY2(offsets.contains(name + QStringLiteral(":0:10")), qPrintable(offsets));
        QVERIFY(offsets.contains(name + QStringLiteral(":1:0")));

        // Purge partition 1.
        QVERIFY(runOk(pane()->deleteRecords(name, {{1, -1}})));
        const QString purged = m_cluster.script(
            QStringLiteral("get-offsets"),
            {QStringLiteral("--bootstrap-server"), m_cluster.bootstrap(), QStringLiteral("--topic"),
             name, QStringLiteral("--time"), QStringLiteral("-2")});
        QVERIFY2(purged.contains(name + QStringLiteral(":1:12")), qPrintable(purged));
        QTRY_COMPARE_WITH_TIMEOUT(model->index(model->rowOf(name), TopicListModel::MessagesColumn)
                                      .data(TopicListModel::SortRole)
                                      .toLongLong(),
                                  qint64(20), 10000);
    }

    // Connections to the pane's OperationStatus::finished. QObject::receivers() is protected; a
    // pointer to it taken inside a derived class applies to any QObject (no cast involved).
    int receiversOfFinished() const
    {
        struct Receivers : QObject
        {
            static int of(const QObject *object, const char *signal)
            {
                return (object->*(&Receivers::receivers))(signal);
            }
        };
        return Receivers::of(pane()->operationStatus(), SIGNAL(finished(quint64, bool)));
    }

    void configEditChangesOnlyOneConfig()
    {
        const QString name = KafkaTestCluster::uniqueName(QStringLiteral("pane-config"));
        NewTopic topic;
        topic.name = name;
        topic.configs = {{QStringLiteral("max.message.bytes"), QStringLiteral("2000000")}};
        QVERIFY(runOk(pane()->createTopic(topic)));

        ConfigEntry retention;
        retention.name = QStringLiteral("retention.ms");
        retention.value = QStringLiteral("604800000");
        retention.isDefault = true;
        retention.source = ConfigSource::Default;
        ConfigEditDialog dialog(QStringLiteral("topic ") + name, retention);
        QVERIFY(!dialog.applyButton()->isEnabled());
        dialog.valueEdit()->setText(QStringLiteral("86400000"));
        QCOMPARE(dialog.diffText(), QStringLiteral("retention.ms: 604800000 → 86400000"));
        const int listeners = receiversOfFinished();
        QVERIFY(runOk(pane()->changeConfig(name, dialog.change())));
        // An edit adds no connection of its own: the pane's one listener serves every edit.
        QCOMPARE(receiversOfFinished(), listeners);

        const QStringList configArgs{QStringLiteral("--bootstrap-server"),
                                     m_cluster.bootstrap(),
                                     QStringLiteral("--describe"),
                                     QStringLiteral("--entity-type"),
                                     QStringLiteral("topics"),
                                     QStringLiteral("--entity-name"),
                                     name};
        QString described = m_cluster.script(QStringLiteral("configs"), configArgs);
        QVERIFY2(described.contains(QStringLiteral("retention.ms=86400000")),
                 qPrintable(described));
        QVERIFY2(described.contains(QStringLiteral("max.message.bytes=2000000")),
                 qPrintable(described));

        // Reset to default removes only that override.
        QVERIFY(runOk(pane()->changeConfig(
            name, {QStringLiteral("retention.ms"), {}, ConfigChange::Op::Delete})));
        described = m_cluster.script(QStringLiteral("configs"), configArgs);
        QVERIFY(!described.contains(QStringLiteral("retention.ms=")));
        QVERIFY(described.contains(QStringLiteral("max.message.bytes=2000000")));
    }

    void deleteNeedsConfirmationAndRemovesTopics()
    {
        const QString first = KafkaTestCluster::uniqueName(QStringLiteral("pane-del-a"));
        const QString second = KafkaTestCluster::uniqueName(QStringLiteral("pane-del-b"));
        for (const QString &name : {first, second}) {
            NewTopic topic;
            topic.name = name;
            QVERIFY(runOk(pane()->createTopic(topic)));
        }
        DestructiveConfirmDialog single(QStringLiteral("Delete"), QStringLiteral("?"), {first},
                                        QStringLiteral("Delete"));
        QVERIFY(single.requiresTypedName());
        QVERIFY(!single.confirmButton()->isEnabled());
        single.nameEdit()->setText(first.left(5));
        QVERIFY(!single.confirmButton()->isEnabled());
        single.nameEdit()->setText(first);
        QVERIFY(single.confirmButton()->isEnabled());
        DestructiveConfirmDialog several(QStringLiteral("Delete"), QStringLiteral("?"),
                                         {first, second}, QStringLiteral("Delete"));
        QVERIFY(!several.requiresTypedName());

        QVERIFY(runOk(pane()->deleteTopics({first, second})));
        const QString listed = kafkaTopics({QStringLiteral("--list")});
        QVERIFY(!listed.contains(first));
        QVERIFY(!listed.contains(second));
        QTRY_VERIFY_WITH_TIMEOUT(pane()->topicModel()->rowOf(first) < 0, 5000);
    }

    void filterAndInternalTopics()
    {
        // Kafka's internal topics start with "__" (__consumer_offsets appears only once a group
        // exists, so the test makes one of its own).
        const QString internal = KafkaTestCluster::uniqueName(QStringLiteral("__qafka_internal"));
        NewTopic internalTopic;
        internalTopic.name = internal;
        QVERIFY(runOk(pane()->createTopic(internalTopic)));
        pane()->filterEdit()->setText(QStringLiteral("pane-config"));
        QTRY_VERIFY_WITH_TIMEOUT(
            pane()->filterModel()->rowCount() < pane()->topicModel()->rowCount(), 2000);
        pane()->regexCheck()->setChecked(true);
        pane()->filterEdit()->setText(u'^' + QRegularExpression::escape(internal) + u'$');
        QTRY_COMPARE_WITH_TIMEOUT(pane()->filterModel()->rowCount(), 0, 2000); // internal hidden
        pane()->internalCheck()->setChecked(true);
        QTRY_COMPARE_WITH_TIMEOUT(pane()->filterModel()->rowCount(), 1, 2000);
        pane()->filterEdit()->setText(QStringLiteral("pane-create"));
        pane()->regexCheck()->setChecked(false);
        QTRY_VERIFY_WITH_TIMEOUT(pane()->filterModel()->rowCount() >= 1, 2000);
        pane()->selectTopic(
            pane()->filterModel()->index(0, 0).data(TopicListModel::NameRole).toString());
        QTRY_VERIFY_WITH_TIMEOUT(pane()->details()->configModel()->rowCount() > 0, 5000);
        const QString shot =
            qEnvironmentVariable("QAFKA_SCREENSHOT_DIR", QDir::tempPath()) + u"/topicspane.png";
        QVERIFY(m_view->grab().save(shot));
        pane()->filterEdit()->clear();
    }

    void createDialogValidates()
    {
        CreateTopicDialog dialog({QStringLiteral("orders"), QStringLiteral("my_topic")}, 1);
        auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("topicNameEdit"));
        auto *create = dialog.findChild<QPushButton *>(QStringLiteral("createButton"));
        name->setText(QStringLiteral("bad name"));
        QVERIFY(!create->isEnabled());
        name->setText(QStringLiteral("orders"));
        QVERIFY(dialog.validationError().contains(QStringLiteral("exists already")));
        name->setText(QStringLiteral("my.topic"));
        QVERIFY(create->isEnabled());
        QVERIFY(dialog.messageLabel()->text().contains(QStringLiteral("collides")));
        QCOMPARE(dialog.topic().replicationFactor, -1);
    }

    void readOnlyConnectionCannotWrite()
    {
        ConnectionProfile profile = ConnectionProfile::forBootstrap(m_cluster.bootstrap());
        profile.readOnly = true;
        ClusterView view(profile, {});
        view.showPane(1);
        QTRY_VERIFY_WITH_TIMEOUT(view.connection()->state() == ConnectionState::Connected, 15000);
        TopicsPane *readOnly = view.topicsPane();
        QTRY_VERIFY_WITH_TIMEOUT(readOnly->topicModel()->rowCount() > 0, 5000);
        readOnly->selectTopic(readOnly->topicModel()->topic(0).name);
        QVERIFY(!readOnly->createAction()->isEnabled());
        QVERIFY(!readOnly->deleteAction()->isEnabled());
        QVERIFY(!readOnly->addPartitionsAction()->isEnabled());
        QVERIFY(!readOnly->deleteRecordsAction()->isEnabled());
        QVERIFY(!readOnly->details()->editConfigButton()->isEnabled());

        // Even when asked directly, the connection refuses, and the cluster is untouched.
        const QString name = KafkaTestCluster::uniqueName(QStringLiteral("readonly"));
        NewTopic topic;
        topic.name = name;
        QSignalSpy finished(view.connection(), &ClusterConnection::operationFinished);
        view.connection()->createTopic(topic);
        view.connection()->deleteTopics({readOnly->topicModel()->topic(0).name});
        QTRY_COMPARE(finished.size(), 2);
        for (const auto &args : std::as_const(finished))
            QCOMPARE(args.at(2).value<KafkaError>().code, QStringLiteral("READ_ONLY_CONNECTION"));
        QVERIFY(!kafkaTopics({QStringLiteral("--list")}).contains(name));
    }
};

QTEST_MAIN(TestTopicsPane)
#include "tst_topicspane.moc"
