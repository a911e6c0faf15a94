// What a newcomer sees first, on a real cluster and registry: the first window takes a large share
// of the screen (and a saved one is kept); at 1280×800 and 1920×1080 every pane shows every
// column title whole, a message's value is in view beside its key, and the group charts fit under
// the group table without scrolling. Screenshots of each pane go to $QAFKA_SCREENSHOT_DIR.

#include "clusterview.h"
#include "connectionwaiter.h"
#include "consumergrouplistmodel.h"
#include "consumergroupspane.h"
#include "kafkatestcluster.h"
#include "mainwindow.h"
#include "messagelistmodel.h"
#include "messagespane.h"
#include "profiles/secretstore.h"
#include "schemaregistrytestserver.h"
#include "screenshot.h"
#include "session/clusterconnection.h"
#include "windowplacement.h"

#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QMenu>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qafka;

namespace {

// Titles of visible columns that are narrower than their title needs (elided), as "pane/view:
// title" for a readable failure.
QStringList elidedTitles(const QWidget *pane)
{
    QStringList elided;
    for (const QTableView *view : pane->findChildren<QTableView *>()) {
        if (!view->isVisible() || !view->model())
            continue;
        const QHeaderView *header = view->horizontalHeader();
        for (int column = 0; column < header->count(); ++column) {
            if (header->isSectionHidden(column))
                continue;
            if (header->sectionSize(column) < header->sectionSizeHint(column)) {
                elided.append(view->objectName() + u':' +
                              view->model()->headerData(column, Qt::Horizontal).toString());
            }
        }
    }
    return elided;
}

} // namespace

class TestFirstWindow : public QObject
{
    Q_OBJECT

    KafkaTestCluster m_cluster{QStringLiteral("single")};
    SchemaRegistryTestServer m_registry;
    QTemporaryDir m_dir;
    QString m_topic;
    QString m_group;

    QString cli(const QString &tool, const QStringList &args) const
    {
        return KafkaTestCluster::run(QString::fromLocal8Bit(qgetenv("QAFKA_KAFKA_SCRIPT")),
                                     QStringList{tool, m_cluster.dir(),
                                                 QStringLiteral("--bootstrap-server"),
                                                 m_cluster.bootstrap()} +
                                         args,
                                     90000);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_cluster.isAvailable());
        QVERIFY(m_registry.isAvailable());
        m_topic = KafkaTestCluster::uniqueName(QStringLiteral("first-window-"));
        m_cluster.createTopic(m_topic, 2);
        QByteArrayList lines;
        for (int i = 0; i < 30; ++i)
            lines.append("customer-" + QByteArray::number(i) + "|{\"orderId\":" +
                         QByteArray::number(i) + ",\"amount\":12.5,\"currency\":\"EUR\"}");
        QVERIFY(m_cluster.kcatProduce(m_topic, lines, {QStringLiteral("-K"), QStringLiteral("|")}));
        m_group = KafkaTestCluster::uniqueName(QStringLiteral("first-window-group-"));
        cli(QStringLiteral("consumer-groups"),
            {QStringLiteral("--reset-offsets"), QStringLiteral("--group"), m_group,
             QStringLiteral("--topic"), m_topic, QStringLiteral("--to-offset"), QStringLiteral("3"),
             QStringLiteral("--execute")});
    }

    void firstGeometryIsALargeShareOfTheScreen()
    {
        // Small screens: all of the available area; larger ones: 85%, centred.
        QCOMPARE(firstWindowGeometry(QRect(0, 0, 1280, 800)), QRect(0, 0, 1280, 800));
        QCOMPARE(firstWindowGeometry(QRect(0, 32, 1366, 736)), QRect(0, 32, 1366, 736));
        QCOMPARE(firstWindowGeometry(QRect(0, 0, 1920, 1080)), QRect(144, 81, 1632, 918));
        QCOMPARE(firstWindowGeometry(QRect(1920, 0, 2560, 1440)).size(), QSize(2176, 1224));
        QCOMPARE(firstWindowGeometry(QRect(0, 0, 1600, 1000)).size(), QSize(1360, 850));
    }

    void firstWindowUsesTheScreenAndKeepsWhatTheUserChose()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("geometry.ini")), QSettings::IniFormat);
        SecretStore secrets(QStringLiteral("QafkaTest"));
        {
            MainWindow window(&settings, &secrets);
            QCOMPARE(window.geometry(), firstWindowGeometry(window.screen()->availableGeometry()));
            window.show();
            window.resize(700, 500);
            QVERIFY(window.close());
        }
        MainWindow again(&settings, &secrets);
        QCOMPARE(again.size(), QSize(700, 500));
    }

    void everyPaneFits_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1280x800") << QSize(1280, 800);
        QTest::newRow("1920x1080") << QSize(1920, 1080);
    }

    void everyPaneFits()
    {
        QFETCH(QSize, size);
        QSettings settings(m_dir.filePath(QStringLiteral("panes-%1.ini").arg(size.width())),
                           QSettings::IniFormat);
        SecretStore secrets(QStringLiteral("QafkaTest"));
        MainWindow window(&settings, &secrets);
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openBootstrap(m_cluster.bootstrap(), m_registry.url());
        ClusterView *cluster = window.currentCluster();
        QTRY_VERIFY_WITH_TIMEOUT(cluster->connection()->state() == ConnectionState::Connected,
                                 15000);
        const QString suffix = u'-' + QString::number(size.width()) + u'x' +
                               QString::number(size.height()) + QStringLiteral(".png");
        const QStringList names{QStringLiteral("brokers"),  QStringLiteral("topics"),
                                QStringLiteral("messages"), QStringLiteral("producer"),
                                QStringLiteral("groups"),   QStringLiteral("schemas")};
        for (int pane = 0; pane < names.size(); ++pane) {
            if (pane == ClusterView::MessagesPaneIndex)
                cluster->browseTopic(m_topic);
            else if (pane == ClusterView::GroupsPaneIndex)
                cluster->showGroup(m_group);
            else
                cluster->showPane(pane);
            QWidget *widget = window.findChild<QTabWidget *>()->currentWidget();
            QTest::qWait(0);
            QCoreApplication::processEvents();
            const QStringList elided = elidedTitles(widget);
            QVERIFY2(elided.isEmpty(), qPrintable(names.at(pane) + QStringLiteral(": ") +
                                                  elided.join(QStringLiteral(", "))));
            if (pane == ClusterView::MessagesPaneIndex)
                verifyValueInView(cluster->messagesPane());
            if (pane == ClusterView::GroupsPaneIndex)
                verifyGroupTableAndCharts(cluster->groupsPane());
            QVERIFY(saveScreenshot(&window, names.at(pane) + suffix));
        }
    }

    void hiddenColumnsComeBackFromTheHeaderMenu()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("columns.ini")), QSettings::IniFormat);
        SecretStore secrets(QStringLiteral("QafkaTest"));
        MainWindow window(&settings, &secrets);
        window.show();
        window.openBootstrap(m_cluster.bootstrap());
        QTableView *table = window.currentCluster()->messagesPane()->table();
        QHeaderView *header = table->horizontalHeader();
        QVERIFY(header->isSectionHidden(MessageListModel::TimestampTypeColumn));
        // The header's context menu lists every column; checking "Time type" shows it.
        QStringList titles;
        QTimer::singleShot(0, this, [&titles] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            QVERIFY(menu);
            for (QAction *action : menu->actions()) {
                titles.append(action->text());
                if (action->text() == QStringLiteral("Time type"))
                    action->trigger();
            }
            menu->close();
        });
        emit header->customContextMenuRequested(QPoint(10, 5));
        QCOMPARE(titles.size(), int(MessageListModel::ColumnCount));
        QVERIFY(!header->isSectionHidden(MessageListModel::TimestampTypeColumn));
        QVERIFY(header->sectionSize(MessageListModel::TimestampTypeColumn) > 0);
    }

private:
    void verifyValueInView(MessagesPane *pane)
    {
        QTRY_VERIFY_WITH_TIMEOUT(pane->model()->rowCount() == 30, 20000);
        const QTableView *table = pane->table();
        const QHeaderView *header = table->horizontalHeader();
        const int valueLeft = header->sectionViewportPosition(MessageListModel::ValueColumn);
        const int keyLeft = header->sectionViewportPosition(MessageListModel::KeyColumn);
        const int minimum = table->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 20;
        // Key and value side by side, the value at least 20 characters wide and wholly in view.
        QVERIFY(keyLeft >= 0);
        QVERIFY2(header->sectionSize(MessageListModel::ValueColumn) >= minimum,
                 qPrintable(QString::number(header->sectionSize(MessageListModel::ValueColumn))));
        QVERIFY2(valueLeft + minimum <= table->viewport()->width(),
                 qPrintable(QStringLiteral("value at %1, viewport %2")
                                .arg(valueLeft)
                                .arg(table->viewport()->width())));
        QCOMPARE(table->horizontalScrollBar()->value(), 0);
    }

    void verifyGroupTableAndCharts(ConsumerGroupsPane *pane)
    {
        QTRY_COMPARE_WITH_TIMEOUT(pane->selectedGroup(), m_group, 20000);
        // Every column of the group table, the trend included, in view without scrolling.
        const QTableView *groups = pane->groupView();
        const QHeaderView *header = groups->horizontalHeader();
        const int last = header->logicalIndex(header->count() - 1);
        QVERIFY2(header->sectionViewportPosition(last) + header->sectionSize(last) <=
                     groups->viewport()->width(),
                 "the group table scrolls sideways");
        QVERIFY(header->sectionSize(last) >= 100);
        // The three charts fit under it.
        pane->detailTabs()->setCurrentIndex(2);
        const auto *scroll = pane->findChild<QScrollArea *>(QStringLiteral("groupChartsScroll"));
        QVERIFY(scroll);
        QTRY_VERIFY(scroll->isVisible());
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        const int needed = scroll->widget()->minimumSizeHint().height();
        QVERIFY2(scroll->viewport()->height() >= needed,
                 qPrintable(QStringLiteral("the charts need %1 px, they have %2")
                                .arg(needed)
                                .arg(scroll->viewport()->height())));
    }
};

QTEST_MAIN(TestFirstWindow)
#include "tst_firstwindow.moc"
