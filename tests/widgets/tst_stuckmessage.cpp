// The message a stuck consumer is stuck on, one action away: a real consumer reads a topic on a
// real broker, commits what it processed and stops at a message it cannot handle. In Consumer
// groups, "Show Next Message" on its partition (and, once the verdict says STOPPED, on the group
// alone) opens Messages at exactly the committed offset with that message selected and shown.

#include "clusterview.h"
#include "consumergrouplistmodel.h"
#include "consumergroupspane.h"
#include "kafkatestcluster.h"
#include "mainwindow.h"
#include "messagelistmodel.h"
#include "messagespane.h"
#include "profiles/secretstore.h"
#include "session/clusterconnection.h"
#include "session/groupmonitor.h"

#include <QAction>
#include <QElapsedTimer>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <librdkafka/rdkafka.h>

using namespace Qafka;

class TestStuckMessage : public QObject
{
    Q_OBJECT

    KafkaTestCluster m_cluster{QStringLiteral("single")};
    QTemporaryDir m_dir;
    QString m_topic;
    QString m_group;
    qint64 m_poisonOffset = -1;

    // Reads partition 0 from the beginning as group m_group, committing after each message it
    // handles, until it meets "poison": that one it cannot handle, so it commits its offset (the
    // next to read) and gives up, as a consumer that crashes on it would.
    void consumeUntilPoison()
    {
        rd_kafka_conf_t *conf = rd_kafka_conf_new();
        char error[512];
        rd_kafka_conf_set(conf, "bootstrap.servers", m_cluster.bootstrap().toUtf8().constData(),
                          error, sizeof error);
        rd_kafka_conf_set(conf, "group.id", m_group.toUtf8().constData(), error, sizeof error);
        rd_kafka_conf_set(conf, "enable.auto.commit", "false", error, sizeof error);
        rd_kafka_conf_set(conf, "auto.offset.reset", "earliest", error, sizeof error);
        rd_kafka_t *consumer = rd_kafka_new(RD_KAFKA_CONSUMER, conf, error, sizeof error);
        QVERIFY(consumer);
        rd_kafka_poll_set_consumer(consumer);
        rd_kafka_topic_partition_list_t *topics = rd_kafka_topic_partition_list_new(1);
        rd_kafka_topic_partition_list_add(topics, m_topic.toUtf8().constData(),
                                          RD_KAFKA_PARTITION_UA);
        QCOMPARE(rd_kafka_subscribe(consumer, topics), RD_KAFKA_RESP_ERR_NO_ERROR);
        rd_kafka_topic_partition_list_destroy(topics);
        QElapsedTimer timer;
        timer.start();
        while (m_poisonOffset < 0 && timer.elapsed() < 30000) {
            rd_kafka_message_t *message = rd_kafka_consumer_poll(consumer, 500);
            if (!message)
                continue;
            if (!message->err) {
                const QByteArray value(static_cast<const char *>(message->payload),
                                       qsizetype(message->len));
                if (value == "poison")
                    m_poisonOffset = message->offset;
                else
                    rd_kafka_commit_message(consumer, message, 0);
            }
            rd_kafka_message_destroy(message);
        }
        rd_kafka_consumer_close(consumer);
        rd_kafka_destroy(consumer);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_cluster.isAvailable());
        m_topic = KafkaTestCluster::uniqueName(QStringLiteral("stuck-"));
        m_group = KafkaTestCluster::uniqueName(QStringLiteral("stuck-group-"));
        m_cluster.createTopic(m_topic, 1);
        QByteArrayList lines;
        for (int i = 0; i < 7; ++i)
            lines.append("ok-" + QByteArray::number(i));
        lines.append("poison");
        for (int i = 7; i < 20; ++i)
            lines.append("ok-" + QByteArray::number(i));
        QVERIFY(m_cluster.kcatProduce(m_topic, lines, {QStringLiteral("-p"), QStringLiteral("0")}));
        consumeUntilPoison();
        QCOMPARE(m_poisonOffset, 7);
    }

    void nextMessageOfThePartitionIsTheOneItIsStuckOn()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("stuck.ini")), QSettings::IniFormat);
        SecretStore secrets(QStringLiteral("QafkaTest"));
        MainWindow window(&settings, &secrets);
        window.resize(1280, 800);
        window.show();
        window.openBootstrap(m_cluster.bootstrap());
        ClusterView *cluster = window.currentCluster();
        QTRY_VERIFY_WITH_TIMEOUT(cluster->connection()->state() == ConnectionState::Connected,
                                 15000);
        ConsumerGroupsPane *groups = cluster->groupsPane();
        groups->monitor()->setRefreshInterval(300);
        cluster->showGroup(m_group);
        QTRY_COMPARE_WITH_TIMEOUT(groups->selectedGroup(), m_group, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(groups->partitionView()->model()->rowCount(), 1, 5000);

        // From the partition's row.
        groups->partitionView()->selectRow(0);
        QVERIFY(groups->nextMessageAction()->isEnabled());
        QVERIFY(groups->partitionView()->actions().contains(groups->nextMessageAction()));
        groups->nextMessageAction()->trigger();
        verifyStuckMessageShown(cluster);

        // From the group alone, once its verdict says STOPPED (nobody reads, lag > 0).
        cluster->showGroup(m_group);
        groups->partitionView()->clearSelection();
        QTRY_VERIFY_WITH_TIMEOUT(groups->groupModel()
                                         ->index(groups->groupModel()->rowOf(m_group),
                                                 ConsumerGroupListModel::StatusColumn)
                                         .data()
                                         .toString() == QStringLiteral("STOPPED"),
                                 20000);
        QVERIFY(groups->nextMessageAction()->isEnabled());
        groups->nextMessageAction()->trigger();
        verifyStuckMessageShown(cluster);
    }

private:
    void verifyStuckMessageShown(ClusterView *cluster) const
    {
        QCOMPARE(cluster->currentPane(), int(ClusterView::MessagesPaneIndex));
        MessagesPane *messages = cluster->messagesPane();
        QTRY_VERIFY_WITH_TIMEOUT(messages->model()->rowCount() > 0, 15000);
        QTRY_VERIFY(messages->table()->currentIndex().isValid());
        const QAbstractItemModel *model = messages->table()->model();
        const int row = messages->table()->currentIndex().row();
        QCOMPARE(model->index(row, MessageListModel::OffsetColumn).data().toString(),
                 QString::number(m_poisonOffset));
        QCOMPARE(model->index(row, MessageListModel::ValueColumn).data().toString(),
                 QStringLiteral("poison"));
        QCOMPARE(model->index(0, MessageListModel::OffsetColumn).data().toString(),
                 QString::number(m_poisonOffset)); // nothing before it was read
    }
};

QTEST_MAIN(TestStuckMessage)
#include "tst_stuckmessage.moc"
