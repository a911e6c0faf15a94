// What changed in a group, on the lag chart: real kcat consumers join and leave a group on a real
// broker; each rebalance shows up once, at the time it began, as a marker on the lag chart (with
// its tooltip) and as a row of the Changes tab. Also the chart's other tools: comparing groups on
// one chart and exporting the charts as CSV and PNG.

#include "clusterview.h"
#include "consumergroupspane.h"
#include "groupchartsview.h"
#include "grouppickerdialog.h"
#include "kafkatestcluster.h"
#include "lagchartview.h"
#include "mainwindow.h"
#include "markedchartview.h"
#include "membershipchangemodel.h"
#include "profiles/secretstore.h"
#include "screenshot.h"
#include "session/clusterconnection.h"
#include "session/groupmonitor.h"

#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QHelpEvent>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListView>
#include <QProcess>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QToolTip>

#include <memory>

using namespace Qafka;

class TestMembershipChanges : public QObject
{
    Q_OBJECT

    KafkaTestCluster m_cluster{QStringLiteral("single")};
    QTemporaryDir m_dir;
    QString m_topic;
    QString m_group;
    QString m_otherGroup;
    std::vector<std::unique_ptr<QProcess>> m_consumers;

    // A kcat balanced consumer that stays in the group until it is terminated (and then leaves
    // it cleanly, as a consumer that shuts down does).
    QProcess *startConsumer(const QString &group, const QString &clientId)
    {
        auto process = std::make_unique<QProcess>();
        process->setStandardOutputFile(QProcess::nullDevice());
        process->start(QStringLiteral("kcat"),
                       {QStringLiteral("-b"), m_cluster.bootstrap(), QStringLiteral("-G"), group,
                        QStringLiteral("-X"), QStringLiteral("client.id=") + clientId,
                        QStringLiteral("-q"), m_topic});
        m_consumers.push_back(std::move(process));
        return m_consumers.back().get();
    }

    static const ConsumerGroupLag *settledGroup(GroupMonitor *monitor, const QString &id,
                                                int members)
    {
        const ConsumerGroupLag *group = monitor->group(id);
        if (!group || group->state != QStringLiteral("Stable") || group->members.size() != members)
            return nullptr;
        for (const GroupMember &member : group->members)
            if (member.assignment.isEmpty())
                return nullptr;
        return group;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_cluster.isAvailable());
        m_topic = KafkaTestCluster::uniqueName(QStringLiteral("members-"));
        m_group = KafkaTestCluster::uniqueName(QStringLiteral("members-group-"));
        m_otherGroup = KafkaTestCluster::uniqueName(QStringLiteral("members-other-"));
        m_cluster.createTopic(m_topic, 6);
        QVERIFY(m_cluster.kcatProduce(m_topic, {"a", "b", "c", "d", "e", "f"}));
    }

    void cleanupTestCase()
    {
        for (const auto &process : m_consumers) {
            process->terminate();
            if (!process->waitForFinished(10000))
                process->kill();
        }
    }

    void aJoinAndALeaveAreMarkedOnceEach()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("members.ini")), QSettings::IniFormat);
        SecretStore secrets(QStringLiteral("QafkaTest"));
        MainWindow window(&settings, &secrets);
        window.resize(1280, 800);
        window.show();
        startConsumer(m_group, QStringLiteral("member-a"));
        startConsumer(m_otherGroup, QStringLiteral("other-a"));
        window.openBootstrap(m_cluster.bootstrap());
        ClusterView *cluster = window.currentCluster();
        QTRY_VERIFY_WITH_TIMEOUT(cluster->connection()->state() == ConnectionState::Connected,
                                 15000);
        ConsumerGroupsPane *pane = cluster->groupsPane();
        GroupMonitor *monitor = pane->monitor();
        monitor->setRefreshInterval(300);
        cluster->showGroup(m_group);
        QTRY_COMPARE_WITH_TIMEOUT(pane->selectedGroup(), m_group, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(settledGroup(monitor, m_group, 1), 30000);
        // The first settled description is the baseline, not a change.
        QCOMPARE(pane->changeModel()->rowCount(), 0);

        const qint64 beforeJoin = QDateTime::currentMSecsSinceEpoch();
        QProcess *second = startConsumer(m_group, QStringLiteral("member-b"));
        QTRY_VERIFY_WITH_TIMEOUT(settledGroup(monitor, m_group, 2), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(pane->changeModel()->rowCount(), 1, 5000);
        const qint64 joinSeen = QDateTime::currentMSecsSinceEpoch();
        const MembershipChange join = monitor->histories().history(m_group)->membership.last();
        QVERIFY2(join.timeMs >= beforeJoin && join.timeMs <= joinSeen,
                 qPrintable(QStringLiteral("%1 not in [%2, %3]")
                                .arg(join.timeMs)
                                .arg(beforeJoin)
                                .arg(joinSeen)));
        QCOMPARE(join.joined, QStringList{QStringLiteral("member-b")});
        QCOMPARE(join.membersAfter, 2);
        const QString joinText = membershipChangeSummary(join);
        QVERIFY2(joinText.contains(QStringLiteral("member-b joined")) &&
                     joinText.contains(QStringLiteral("moved from member-a to member-b")),
                 qPrintable(joinText));
        verifyOneMarker(pane, joinText);

        second->terminate();
        QVERIFY(second->waitForFinished(15000));
        QTRY_VERIFY_WITH_TIMEOUT(settledGroup(monitor, m_group, 1), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(pane->changeModel()->rowCount(), 2, 5000);
        // Newest first in the table.
        const QString leaveRow =
            pane->changeModel()->index(0, MembershipChangeModel::ChangeColumn).data().toString();
        QVERIFY2(leaveRow.contains(QStringLiteral("member-b left")) &&
                     leaveRow.contains(QStringLiteral("moved from member-b to member-a")),
                 qPrintable(leaveRow));
        QCOMPARE(pane->charts()->lagChart()->chartView()->markers().size(), 2);
        QCOMPARE(pane->detailTabs()->tabText(ConsumerGroupsPane::ChangesTab),
                 QStringLiteral("Chan&ges (2)"));

        verifyMarkersFollowTheAxis(pane);
        compareGroups(pane);
        exportCharts(pane);
    }

private:
    void verifyOneMarker(ConsumerGroupsPane *pane, const QString &text)
    {
        pane->detailTabs()->setCurrentIndex(ConsumerGroupsPane::ChartsTab);
        MarkedChartView *view = pane->charts()->lagChart()->chartView();
        QTRY_COMPARE(view->markers().size(), 1);
        QCOMPARE(view->markers().first().text, text);
        const int x = view->markerX(view->markers().first());
        QVERIFY(x > 0 && x < view->viewport()->width());
        // The tooltip a person sees when pointing at the marker's line.
        const QPoint at(x, view->viewport()->height() / 2);
        QHelpEvent help(QEvent::ToolTip, at, view->viewport()->mapToGlobal(at));
        QApplication::sendEvent(view->viewport(), &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY2(QToolTip::text().contains(text), qPrintable(QToolTip::text()));
        QVERIFY(view->markerToolTip(QPoint(x + 40, at.y())).isEmpty());
        QVERIFY(saveScreenshot(pane->window(), QStringLiteral("membership-marker.png")));
        QToolTip::hideText();
        pane->detailTabs()->setCurrentIndex(ConsumerGroupsPane::ChangesTab);
        QCOMPARE(pane->changeView()->model()->rowCount(), 1);
        QVERIFY(saveScreenshot(pane->window(), QStringLiteral("membership-changes.png")));
        QVERIFY(pane->changeView()
                    ->model()
                    ->index(0, MembershipChangeModel::ChangeColumn)
                    .data()
                    .toString()
                    .contains(text));
    }

    // What the screen shows (the window's backing store, not a fresh render): as rounds move the
    // time axis, each marker's flag is painted where the marker now is.
    void verifyMarkersFollowTheAxis(ConsumerGroupsPane *pane)
    {
        pane->detailTabs()->setCurrentIndex(ConsumerGroupsPane::ChartsTab);
        MarkedChartView *view = pane->charts()->lagChart()->chartView();
        const QList<LagChartMarker> markers = view->markers();
        const int firstX = view->markerX(markers.first());
        // 300 ms rounds over a 5-minute axis: the marker moves left one pixel every 3 or so.
        QTRY_VERIFY_WITH_TIMEOUT(view->markerX(markers.first()) < firstX - 15, 20000);
        const int top = view->mapFromScene(view->chart()->plotArea().topLeft()).y() + 2;
        QWidget *window = pane->window();
        const QImage screen = window->screen()->grabWindow(window->winId()).toImage();
        for (const LagChartMarker &marker : markers) {
            const QPoint at = view->viewport()->mapTo(window, QPoint(view->markerX(marker), top));
            const QColor colour = screen.pixelColor(at);
            QVERIFY2(
                colour.blue() > 180 && colour.green() < 120,
                qPrintable(
                    QStringLiteral("no marker flag at x=%1: %2").arg(at.x()).arg(colour.name())));
        }
    }

    void compareGroups(ConsumerGroupsPane *pane)
    {
        GroupChartsView *charts = pane->charts();
        QTRY_VERIFY(pane->monitor()->group(m_otherGroup));
        GroupPickerDialog picker({m_otherGroup, QStringLiteral("unrelated")}, {}, pane);
        picker.filterEdit()->setText(QStringLiteral("members-other"));
        QCOMPARE(picker.listView()->model()->rowCount(), 1);
        picker.setChecked(m_otherGroup, true);
        QCOMPARE(picker.checkedGroups(), QStringList{m_otherGroup});
        charts->setComparedGroups(picker.checkedGroups());
        QCOMPARE(charts->lagChart()->lineCount(), 2);
        QStringList names;
        for (QLineSeries *series : charts->lagChart()->series())
            names.append(series->name());
        QVERIFY(names.contains(m_group) && names.contains(m_otherGroup));
        QVERIFY(!charts->linesBox()->isEnabled());
        QVERIFY(charts->compareButton()->text().contains(QStringLiteral("(1)")));
    }

    void exportCharts(ConsumerGroupsPane *pane)
    {
        GroupChartsView *charts = pane->charts();
        QString error;
        const QString csvPath = m_dir.filePath(QStringLiteral("lag.csv"));
        QVERIFY2(charts->exportCsv(csvPath, &error), qPrintable(error));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> rows = csv.readAll().split('\n');
        QCOMPARE(rows.first().trimmed(), QByteArray("time_utc,time_ms,chart,line,value"));
        // Each line's points as drawn: an idle stretch is its first and last sample (one run),
        // so a line has at least two rows and ends at the group's last round.
        for (const QString &group : {m_group, m_otherGroup}) {
            const QByteArray lagLine = ",Lag," + group.toUtf8() + ',';
            QList<qint64> times;
            for (const QByteArray &row : rows) {
                if (row.contains(lagLine))
                    times.append(row.split(',').at(1).toLongLong());
            }
            const GroupHistory *history = pane->monitor()->histories().history(group);
            QVERIFY(history);
            QVERIFY2(times.size() >= 2, qPrintable(group));
            QCOMPARE(times.last(), history->totalLag.lastTimeMs());
            QVERIFY(times.first() < times.last());
        }
        const QString pngPath = m_dir.filePath(QStringLiteral("lag.png"));
        QVERIFY2(charts->savePng(pngPath, &error), qPrintable(error));
        const QImage png(pngPath);
        QVERIFY(png.width() > 300 && png.height() > 300);
        QVERIFY(!charts->exportCsv(m_dir.filePath(QStringLiteral("missing/dir/x.csv")), &error));
        QVERIFY(error.contains(QStringLiteral("could not be written")));
    }
};

QTEST_MAIN(TestMembershipChanges)
#include "tst_membershipchanges.moc"
