// The consumer groups pane as a user meets it, offscreen, against a real broker: the group list
// fills and merges, a group's partitions show "-" where nothing is committed, its lag chart gets
// points after two refreshes, the reset dialog previews before it writes and wants the group id
// typed (checked with kafka-consumer-groups.sh), and a read-only connection cannot write.
// Screenshots go to $QAFKA_SCREENSHOT_DIR.

#include "consumergrouplistmodel.h"
#include "consumergroupspane.h"
#include "destructiveconfirmdialog.h"
#include "groupchartsview.h"
#include "grouppartitionmodel.h"
#include "kafkatestcluster.h"
#include "lagchartview.h"
#include "resetoffsetsdialog.h"
#include "screenshot.h"
#include "session/groupmonitor.h"
#include "topicgroupsview.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QInputDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace Qafka;

class TestConsumerGroupsPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void groupListPartitionsAndChart();
    void resetDialogPreviewsThenWrites();
    void readOnlyDisablesWrites();
    void groupAskedForBeforeItExistsIsSelectedOnceListed();
    void destructiveDialogsOutliveRounds();

private:
    QString cli(const QStringList &args) const;
    QString committedOffset(const QString &group, const QString &topic, int partition) const;
    std::unique_ptr<GroupMonitor> monitor(bool readOnly = false) const;
    void commitOffsets(const QString &group) const;
    // Runs act on the next modal dialog once `rounds` more lag rounds have replaced the one the
    // dialog was opened from (each frees the previous round).
    void whenModalAfterRounds(GroupMonitor *groups, int rounds,
                              std::function<void(QWidget *dialog)> act) const;

    KafkaTestCluster m_cluster{QStringLiteral("single")};
    QString m_topic;
    QString m_group;
};

QString TestConsumerGroupsPane::cli(const QStringList &args) const
{
    return KafkaTestCluster::run(QString::fromLocal8Bit(qgetenv("QAFKA_KAFKA_SCRIPT")),
                                 QStringList{QStringLiteral("consumer-groups"), m_cluster.dir(),
                                             QStringLiteral("--bootstrap-server"),
                                             m_cluster.bootstrap()} +
                                     args,
                                 90000);
}

QString TestConsumerGroupsPane::committedOffset(const QString &group, const QString &topic,
                                                int partition) const
{
    const QString output = cli({QStringLiteral("--describe"), QStringLiteral("--group"), group});
    for (const QString &line : output.split(u'\n')) {
        const QStringList fields = line.simplified().split(u' ');
        if (fields.size() >= 4 && fields.at(0) == group && fields.at(1) == topic &&
            fields.at(2) == QString::number(partition))
            return fields.at(3);
    }
    return {};
}

std::unique_ptr<GroupMonitor> TestConsumerGroupsPane::monitor(bool readOnly) const
{
    ConnectionProfile profile = ConnectionProfile::forBootstrap(m_cluster.bootstrap());
    profile.readOnly = readOnly;
    auto result = std::make_unique<GroupMonitor>(profile, ProfileSecrets{});
    result->setRefreshInterval(400);
    return result;
}

void TestConsumerGroupsPane::initTestCase()
{
    registerClusterTypes();
    registerGroupTypes();
    QVERIFY(m_cluster.isAvailable());
    m_topic = KafkaTestCluster::uniqueName(QStringLiteral("pane-lag-"));
    KafkaTestCluster::run(QString::fromLocal8Bit(qgetenv("QAFKA_KAFKA_SCRIPT")),
                          {QStringLiteral("topics"), m_cluster.dir(),
                           QStringLiteral("--bootstrap-server"), m_cluster.bootstrap(),
                           QStringLiteral("--create"), QStringLiteral("--topic"), m_topic,
                           QStringLiteral("--partitions"), QStringLiteral("3")},
                          90000);
    QByteArrayList lines;
    for (int i = 0; i < 20; ++i)
        lines.append("value-" + QByteArray::number(i));
    for (int p = 0; p < 3; ++p)
        QVERIFY(m_cluster.kcatProduce(m_topic, lines, {QStringLiteral("-p"), QString::number(p)}));
    // Committed offsets on partitions 0 and 1 only: partition 2 is assigned to nobody and has
    // nothing committed, so it is not listed; the group is an offsets-only group.
    m_group = KafkaTestCluster::uniqueName(QStringLiteral("pane-group-"));
    cli({QStringLiteral("--reset-offsets"), QStringLiteral("--group"), m_group,
         QStringLiteral("--topic"), m_topic + QStringLiteral(":0,1"), QStringLiteral("--to-offset"),
         QStringLiteral("5"), QStringLiteral("--execute")});
    QCOMPARE(committedOffset(m_group, m_topic, 0), QStringLiteral("5"));
}

void TestConsumerGroupsPane::groupListPartitionsAndChart()
{
    auto groups = monitor();
    ConsumerGroupsPane pane(groups.get());
    QAbstractItemModelTester tester(pane.groupModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    pane.resize(1200, 800);
    pane.show();
    QVERIFY(groups->isRunning()); // the pane is visible
    QTRY_VERIFY_WITH_TIMEOUT(pane.groupModel()->rowOf(m_group) >= 0, 20000);

    pane.selectGroup(m_group);
    QCOMPARE(pane.selectedGroup(), m_group);
    QTRY_COMPARE_WITH_TIMEOUT(pane.partitionModel()->rowCount(), 2, 5000);
    const QAbstractItemModel *partitions = pane.partitionView()->model();
    QCOMPARE(partitions->index(0, GroupPartitionModel::CommittedColumn).data().toString(),
             QStringLiteral("5"));
    QCOMPARE(partitions->index(0, GroupPartitionModel::LagColumn).data().toString(),
             QStringLiteral("15"));
    QCOMPARE(partitions->index(0, GroupPartitionModel::ConsumerColumn).data().toString(),
             QStringLiteral("-"));
    const int row = pane.groupModel()->rowOf(m_group);
    QCOMPARE(
        pane.groupModel()->index(row, ConsumerGroupListModel::TotalLagColumn).data().toString(),
        QLocale().toString(30));
    QVERIFY(pane.deleteGroupAction()->isEnabled());
    QVERIFY(pane.resetAction()->isEnabled());

    // The filter hides other groups; the selection survives merges of later rounds.
    pane.filterEdit()->setText(m_group);
    QTRY_COMPARE(pane.groupView()->model()->rowCount(), 1);

    // Lag over time: two more rounds, then the chart has points.
    pane.detailTabs()->setCurrentIndex(ConsumerGroupsPane::ChartsTab);
    const int rounds = groups->roundsReceived();
    QTRY_VERIFY_WITH_TIMEOUT(groups->roundsReceived() >= rounds + 2, 20000);
    QCOMPARE(pane.selectedGroup(), m_group);
    QTRY_VERIFY_WITH_TIMEOUT(pane.charts()->lagChart()->pointCount() >= 2, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(pane.charts()->timeLagChart()->pointCount() >= 2, 5000);
    pane.charts()->linesBox()->setCurrentIndex(GroupChartsView::PerPartition);
    QCOMPARE(pane.charts()->lagChart()->lineCount(), 2);
    pane.charts()->linesBox()->setCurrentIndex(GroupChartsView::TotalLine);
    QCOMPARE(pane.charts()->lagChart()->lineCount(), 1);
    // Sparkline data in the group list.
    // Looked up each time: groups of other tests on the same cluster come and go, rows move.
    const auto trendOf = [&] {
        return pane.groupModel()
            ->index(pane.groupModel()->rowOf(m_group), ConsumerGroupListModel::TrendColumn)
            .data(ConsumerGroupListModel::TrendRole)
            .value<QList<double>>();
    };
    // The lag history's recent points: under load the third may not be recorded yet.
    QTRY_VERIFY_WITH_TIMEOUT(trendOf().size() >= 3, 10000);
    const QList<double> trend = trendOf();
    QCOMPARE(trend.last(), 30.0);
    pane.filterEdit()->clear();
    QVERIFY(saveScreenshot(&pane, QStringLiteral("consumer-groups-pane.png")));

    // Accessible names for screen readers and external tools.
    QCOMPARE(pane.groupView()->accessibleName(), QStringLiteral("Consumer groups"));
    QVERIFY(!pane.charts()->lagChart()->accessibleName().isEmpty());

    // Hidden and unwatched: no more rounds. Watched: rounds go on with the pane hidden.
    pane.hide();
    QVERIFY(!groups->isRunning());
    pane.setWatched(m_group, true, 1000);
    QVERIFY(groups->isRunning());
    pane.setWatched(m_group, false, -1);

    // The topic's side: which groups read it.
    TopicGroupsView topicView;
    topicView.setMonitor(groups.get());
    topicView.setTopic(m_topic);
    topicView.show();
    QTRY_COMPARE_WITH_TIMEOUT(topicView.table()->rowCount(), 1, 10000);
    QCOMPARE(topicView.table()->item(0, 0)->text(), m_group);
    QCOMPARE(topicView.table()->item(0, 3)->text(), QLocale().toString(30));
    topicView.resize(800, 200);
    QVERIFY(saveScreenshot(&topicView, QStringLiteral("topic-groups-view.png")));
}

void TestConsumerGroupsPane::resetDialogPreviewsThenWrites()
{
    auto groups = monitor();
    groups->refreshNow();
    QTRY_VERIFY_WITH_TIMEOUT(groups->group(m_group), 20000);
    ResetOffsetsDialog dialog(groups.get(), *groups->group(m_group));
    dialog.show();
    dialog.modeBox()->setCurrentIndex(dialog.modeBox()->findData(int(OffsetResetMode::ShiftBy)));
    dialog.valueEdit()->setText(QStringLiteral("-2"));
    QVERIFY(!dialog.resetButton()->isEnabled()); // no preview yet
    QTest::mouseClick(dialog.previewButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog.previewTable()->rowCount(), 2, 20000);
    QCOMPARE(dialog.previewTable()->item(0, 2)->text(), QStringLiteral("5"));
    QCOMPARE(dialog.previewTable()->item(0, 3)->text(), QStringLiteral("3"));
    QCOMPARE(dialog.previewTable()->item(0, 4)->text(), QStringLiteral("17"));
    // Nothing written by the preview.
    QCOMPARE(committedOffset(m_group, m_topic, 0), QStringLiteral("5"));
    QVERIFY(!dialog.resetButton()->isEnabled()); // group id not typed
    dialog.confirmEdit()->setText(m_group.left(m_group.size() - 1));
    QVERIFY(!dialog.resetButton()->isEnabled());
    dialog.confirmEdit()->setText(m_group);
    QVERIFY(dialog.resetButton()->isEnabled());
    QVERIFY(saveScreenshot(&dialog, QStringLiteral("reset-offsets-dialog.png")));
    QSignalSpy done(&dialog, &ResetOffsetsDialog::resetDone);
    QTest::mouseClick(dialog.resetButton(), Qt::LeftButton);
    QVERIFY(done.wait(30000));
    QCOMPARE(done.first().at(0).toBool(), true);
    QCOMPARE(committedOffset(m_group, m_topic, 0), QStringLiteral("3"));
    QCOMPARE(committedOffset(m_group, m_topic, 1), QStringLiteral("3"));
}

// qafka --group G: the pane selects G as soon as a round lists it, even if it did not exist yet.
void TestConsumerGroupsPane::groupAskedForBeforeItExistsIsSelectedOnceListed()
{
    const QString group = KafkaTestCluster::uniqueName(QStringLiteral("pane-asked-"));
    auto groups = monitor();
    ConsumerGroupsPane pane(groups.get());
    pane.show();
    pane.selectGroupWhenListed(group);
    QVERIFY(pane.selectedGroup().isEmpty());
    commitOffsets(group);
    QTRY_COMPARE_WITH_TIMEOUT(pane.selectedGroup(), group, 20000);
}

void TestConsumerGroupsPane::readOnlyDisablesWrites()
{
    auto groups = monitor(true);
    ConsumerGroupsPane pane(groups.get());
    pane.show();
    QTRY_VERIFY_WITH_TIMEOUT(pane.groupModel()->rowOf(m_group) >= 0, 20000);
    pane.selectGroup(m_group);
    QVERIFY(pane.watchAction()->isEnabled()); // watching reads only
    QVERIFY(!pane.resetAction()->isEnabled());
    QVERIFY(!pane.deleteGroupAction()->isEnabled());
    QVERIFY(!pane.deleteOffsetsAction()->isEnabled());

    ResetOffsetsDialog dialog(groups.get(), *groups->group(m_group));
    dialog.show();
    QTest::mouseClick(dialog.previewButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.previewTable()->rowCount() == 2, 20000);
    dialog.confirmEdit()->setText(m_group);
    QVERIFY(!dialog.resetButton()->isEnabled());
    // Even asked directly, the delete is refused and the group stays.
    QSignalSpy finished(groups.get(), &GroupMonitor::operationFinished);
    pane.deleteGroup(m_group);
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().at(2).value<KafkaError>().code,
             QStringLiteral("READ_ONLY_CONNECTION"));
    QVERIFY(cli({QStringLiteral("--list")}).split(u'\n').contains(m_group));
}

void TestConsumerGroupsPane::commitOffsets(const QString &group) const
{
    cli({QStringLiteral("--reset-offsets"), QStringLiteral("--group"), group,
         QStringLiteral("--topic"), m_topic + QStringLiteral(":0,1"), QStringLiteral("--to-offset"),
         QStringLiteral("4"), QStringLiteral("--execute")});
}

void TestConsumerGroupsPane::whenModalAfterRounds(GroupMonitor *groups, int rounds,
                                                  std::function<void(QWidget *dialog)> act) const
{
    QTimer::singleShot(0, groups, [groups, rounds, act] {
        QWidget *dialog = nullptr;
        QVERIFY(QTest::qWaitFor([&] { return (dialog = QApplication::activeModalWidget()); }));
        const int seen = groups->roundsReceived();
        QVERIFY(QTest::qWaitFor([&] { return groups->roundsReceived() >= seen + rounds; }, 20000));
        act(dialog);
    });
}

void TestConsumerGroupsPane::destructiveDialogsOutliveRounds()
{
    // Rounds every 50 ms while each destructive dialog is open: under ASan, anything the pane kept
    // pointing into the round it opened the dialog from is a use-after-free.
    const QString group = KafkaTestCluster::uniqueName(QStringLiteral("pane-dialogs-"));
    commitOffsets(group);
    auto groups = monitor();
    groups->setRefreshInterval(50);
    ConsumerGroupsPane pane(groups.get());
    pane.show();
    QTRY_VERIFY_WITH_TIMEOUT(pane.groupModel()->rowOf(group) >= 0, 20000);
    pane.selectGroup(group);
    QSignalSpy finished(groups.get(), &GroupMonitor::operationFinished);

    // Reset offsets: opened, rounds arrive, cancelled.
    whenModalAfterRounds(groups.get(), 3, [](QWidget *dialog) {
        QVERIFY(qobject_cast<ResetOffsetsDialog *>(dialog));
        qobject_cast<QDialog *>(dialog)->reject();
    });
    pane.resetAction()->trigger();

    // Delete topic offsets: the topic chooser, then the typed confirmation, rounds during both.
    whenModalAfterRounds(groups.get(), 3, [this, groups = groups.get(), group](QWidget *chooser) {
        auto *input = qobject_cast<QInputDialog *>(chooser);
        QVERIFY(input);
        QCOMPARE(input->textValue(), m_topic);
        whenModalAfterRounds(groups, 3, [group](QWidget *dialog) {
            auto *confirm = qobject_cast<DestructiveConfirmDialog *>(dialog);
            QVERIFY(confirm);
            confirm->nameEdit()->setText(group);
            confirm->confirmButton()->click();
        });
        input->accept();
    });
    pane.deleteOffsetsAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QVERIFY2(finished.first().at(2).value<KafkaError>().isNull(),
             qPrintable(finished.first().at(2).value<KafkaError>().message));
    QCOMPARE(committedOffset(group, m_topic, 0), QString());

    // Delete the group: typed confirmation with rounds arriving meanwhile.
    commitOffsets(group);
    QTRY_VERIFY_WITH_TIMEOUT(groups->group(group) && !groups->group(group)->partitions.isEmpty(),
                             20000);
    pane.selectGroup(group);
    whenModalAfterRounds(groups.get(), 3, [group](QWidget *dialog) {
        auto *confirm = qobject_cast<DestructiveConfirmDialog *>(dialog);
        QVERIFY(confirm);
        confirm->nameEdit()->setText(group);
        confirm->confirmButton()->click();
    });
    pane.deleteGroupAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);
    QVERIFY2(finished.at(1).at(2).value<KafkaError>().isNull(),
             qPrintable(finished.at(1).at(2).value<KafkaError>().message));
    QVERIFY(!cli({QStringLiteral("--list")}).split(u'\n').contains(group));
}

QTEST_MAIN(TestConsumerGroupsPane)
#include "tst_consumergroupspane.moc"
