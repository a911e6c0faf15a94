// The messages pane as a user drives it, against the real single-node cluster: open a topic from
// the topics pane, load, filter (text and JSON field), sort, open a JSON message, export, send it
// again, and open a 10 MB message without stalling. Screenshots go to $QAFKA_SCREENSHOT_DIR.

#include "clusterview.h"
#include "connectionwaiter.h"
#include "kafkatestcluster.h"
#include "messagedetailview.h"
#include "messagelistmodel.h"
#include "messages/messagefile.h"
#include "messagespane.h"
#include "payloadview.h"
#include "producerpane.h"
#include "screenshot.h"
#include "session/clusterconnection.h"
#include "topicspane.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qafka;

class TestMessagesPane : public QObject
{
    Q_OBJECT

    KafkaTestCluster m_cluster{QStringLiteral("single")};
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ClusterView> m_view;

    MessagesPane *pane() const { return m_view->messagesPane(); }

    QString createTopic(const QString &prefix, int partitions,
                        const QList<QPair<QString, QString>> &configs = {})
    {
        return createTopicAndWait(*m_view->connection(), prefix, partitions, -1, configs);
    }

    bool waitForLoad()
    {
        QSignalSpy finished(pane(), &MessagesPane::loadFinished);
        return pane()->isLoading() ? finished.wait(60000) : true;
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
        m_view->resize(1400, 820);
        m_view->show();
        QTRY_VERIFY_WITH_TIMEOUT(m_view->connection()->state() == ConnectionState::Connected,
                                 15000);
    }

    void browseFilterOpenExportAndSendAgain()
    {
        const QString topic = createTopic(QStringLiteral("qafka-pane-orders"), 2);
        QByteArrayList lines;
        for (int i = 0; i < 500; ++i)
            lines.append(QByteArrayLiteral("order-") + QByteArray::number(i) +
                         ":{\"customer\":{\"id\":" + QByteArray::number(i) + "},\"city\":\"" +
                         (i % 2 ? "Busan" : "Seoul") +
                         "\",\"items\":[{\"sku\":\"A1\",\"qty\":2}]}");
        QVERIFY(
            m_cluster.kcatProduce(topic, lines,
                                  {QStringLiteral("-K"), QStringLiteral(":"), QStringLiteral("-H"),
                                   QStringLiteral("__TypeId__=com.example.Order")}));

        // From the topics pane, as a user would: select the topic, Browse Messages.
        m_view->showPane(ClusterView::TopicsPaneIndex);
        m_view->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                m_view->topicsPane()->selectTopic(topic);
                return m_view->topicsPane()->selectedTopics() == QStringList{topic};
            }(),
            15000);
        QVERIFY(m_view->topicsPane()->browseAction()->isEnabled());
        m_view->topicsPane()->browseAction()->trigger();
        QCOMPARE(m_view->navigation()->currentRow(), int(ClusterView::MessagesPaneIndex));
        QVERIFY(waitForLoad());
        QCOMPARE(pane()->model()->rowCount(), 200); // the newest 100 of each partition
        QCOMPARE(pane()->lastEnd(), BrowseEnd::Completed);
        // What happened comes before the partitions' positions, which a narrow window cuts.
        const QString status = pane()->statusLabel()->text();
        QVERIFY2(status.startsWith(QStringLiteral("200 messages loaded")) &&
                     status.indexOf(u"done: reached the end") < status.indexOf(u"P0: "),
                 qPrintable(status));

        // Everything, from the beginning.
        BrowseRequest request;
        request.topic = topic;
        pane()->setRequest(request);
        QTest::mouseClick(pane()->loadButton(), Qt::LeftButton);
        QVERIFY(waitForLoad());
        QCOMPARE(pane()->model()->rowCount(), 500);

        // Text filter, then a JSON-field filter; both run off the GUI thread.
        QTest::keyClicks(pane()->filterEdit(), QStringLiteral("busan"));
        QTRY_COMPARE(pane()->model()->rowCount(), 250);
        QVERIFY2(pane()->filterStatusLabel()->text().contains(QStringLiteral("250 of 500")),
                 qPrintable(pane()->filterStatusLabel()->text()));
        pane()->filterEdit()->clear();
        pane()->jsonFieldEdit()->setText(QStringLiteral("$.customer.id == 42"));
        QTRY_COMPARE(pane()->model()->rowCount(), 1);
        pane()->jsonFieldEdit()->setText(QStringLiteral("$.customer.id >= 490"));
        QTRY_COMPARE(pane()->model()->rowCount(), 10);
        pane()->jsonFieldEdit()->setText(QStringLiteral("$.customer.id =="));
        QTRY_VERIFY(!pane()->filterStatusLabel()->text().isEmpty());
        QCOMPARE(pane()->model()->rowCount(),
                 10); // a malformed filter leaves the last one standing
        pane()->jsonFieldEdit()->setText(QStringLiteral("$.customer.id >= 490"));
        QTRY_COMPARE(pane()->model()->rowCount(), 10);

        // A running filter can be cancelled: everything shows again, the bar is cleared.
        pane()->filterEdit()->setText(QStringLiteral("Seoul"));
        pane()->applyFilter();
        QVERIFY(pane()->cancelFilterButton()->isVisibleTo(pane()));
        QTest::mouseClick(pane()->cancelFilterButton(), Qt::LeftButton);
        QCOMPARE(pane()->model()->rowCount(), 500);
        QVERIFY(pane()->filterEdit()->text().isEmpty());
        QVERIFY(pane()->jsonFieldEdit()->text().isEmpty());
        QVERIFY(!pane()->model()->isViewBusy());
        pane()->jsonFieldEdit()->setText(QStringLiteral("$.customer.id >= 490"));
        pane()->applyFilter();
        QTRY_COMPARE(pane()->model()->rowCount(), 10);

        // Sorted by offset descending, across both partitions.
        QSignalSpy ready(pane()->model(), &MessageListModel::viewReady);
        pane()->table()->sortByColumn(MessageListModel::OffsetColumn, Qt::DescendingOrder);
        QVERIFY(ready.wait());
        const int top = pane()->model()->index(0, MessageListModel::OffsetColumn).data().toInt();
        const int bottom = pane()->model()->index(9, MessageListModel::OffsetColumn).data().toInt();
        QVERIFY(top >= bottom);

        // Open a message: JSON is pretty-printed, headers and metadata shown.
        pane()->table()->setCurrentIndex(pane()->model()->index(0, MessageListModel::ValueColumn));
        MessageDetailView *detail = pane()->detailView();
        QVERIFY(detail->hasMessage());
        QCOMPARE(detail->valueView()->mode(), PayloadView::JsonMode);
        QVERIFY2(detail->valueView()->shownText().contains(
                     QStringLiteral("\"customer\": {\n        \"id\": ")),
                 qPrintable(detail->valueView()->shownText()));
        QCOMPARE(detail->headersTable()->rowCount(), 1);
        QVERIFY(detail->metadataLabel()->text().contains(QStringLiteral("CreateTime")));
        QVERIFY(saveScreenshot(m_view.get(), QStringLiteral("messages-pane.png")));

        // Export what is shown (10 messages) and read it back with the producer's reader.
        const QString path = m_dir.filePath(QStringLiteral("export.jsonl"));
        QSignalSpy exported(pane(), &MessagesPane::exportFinished);
        pane()->exportTo(path);
        QVERIFY(exported.wait(20000));
        QCOMPARE(exported.first().at(0).toLongLong(), 10);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QList<OutgoingMessage> messages;
        QStringList errors;
        QVERIFY(MessageFile::readJsonLines(&file, &messages, &errors));
        QCOMPARE(messages.size(), 10);
        QCOMPARE(messages.first().value, detail->message().value);
        QCOMPARE(messages.first().headers.size(), 1);

        // Send again: the producer pane opens with this message.
        QTest::mouseClick(detail->sendAgainButton(), Qt::LeftButton);
        QCOMPARE(m_view->navigation()->currentRow(), int(ClusterView::ProducerPaneIndex));
        const ProducerTemplate form = m_view->producerPane()->form();
        QCOMPARE(form.topic, topic);
        QCOMPARE(form.value.toUtf8(), *detail->message().value);
        QCOMPARE(form.key.toUtf8(), *detail->message().key);
        QCOMPARE(form.headers.size(), 1);
        QCOMPARE(form.headers.first().second, QStringLiteral("com.example.Order"));
        m_view->showPane(ClusterView::MessagesPaneIndex);
    }

    void searchTopicKeepsOnlyMatchesAndSaysWhatItRead()
    {
        const QString topic = createTopic(QStringLiteral("qafka-pane-search"), 3);
        for (int p = 0; p < 3; ++p) {
            QByteArrayList lines;
            for (int i = 0; i < 10000; ++i)
                lines.append((i % 5000 == 1234 ? "needle-" : "hay-") + QByteArray::number(i));
            QVERIFY(
                m_cluster.kcatProduce(topic, lines, {QStringLiteral("-p"), QString::number(p)}));
        }
        BrowseRequest request;
        request.topic = topic;
        pane()->setRequest(request);
        pane()->jsonFieldEdit()->clear();
        pane()->filterEdit()->clear();
        // Nothing to search for: said, nothing starts.
        QTest::mouseClick(pane()->searchTopicButton(), Qt::LeftButton);
        QVERIFY(!pane()->isLoading());
        QVERIFY2(pane()->filterStatusLabel()->text().contains(QStringLiteral("use Load")),
                 qPrintable(pane()->filterStatusLabel()->text()));

        pane()->filterEdit()->setText(QStringLiteral("needle"));
        QTest::mouseClick(pane()->searchTopicButton(), Qt::LeftButton);
        QVERIFY(pane()->isSearching());
        QVERIFY(waitForLoad());
        QCOMPARE(pane()->lastEnd(), BrowseEnd::Completed);
        // The table is still sorted by the earlier test's column: the sort catches up off the
        // GUI thread.
        QTRY_COMPARE(pane()->model()->rowCount(), 6);
        QCOMPARE(pane()->lastProgress().scanned, 30000);
        for (int row = 0; row < 6; ++row)
            QVERIFY(pane()
                        ->model()
                        ->index(row, MessageListModel::ValueColumn)
                        .data()
                        .toString()
                        .startsWith(QStringLiteral("needle-")));
        const QString status = pane()->statusLabel()->text();
        // No translator is installed here: plurals read "match(es)".
        QVERIFY2(status.contains(QStringLiteral("6 match")) &&
                     status.contains(QStringLiteral("messages of ") + topic +
                                     QStringLiteral(" searched")),
                 qPrintable(status));
        // Which part of the topic was read, per partition.
        QVERIFY2(pane()->statusLabel()->toolTip().contains(QStringLiteral("P1: 0–9999 of 0–9999")),
                 qPrintable(pane()->statusLabel()->toolTip()));
        QVERIFY2(pane()->filterStatusLabel()->text().contains(QStringLiteral("6 message")),
                 qPrintable(pane()->filterStatusLabel()->text()));
        QVERIFY(saveScreenshot(m_view.get(), QStringLiteral("messages-search.png")));

        // The filter bar then narrows the matches down, locally.
        pane()->filterEdit()->setText(QStringLiteral("needle-6234"));
        QTRY_COMPARE(pane()->model()->rowCount(), 3);
        pane()->filterEdit()->clear();
        QTRY_COMPARE(pane()->model()->rowCount(), 6);

        // Looking only in keys (these messages have none) finds nothing, after reading it all.
        pane()->scopeCombo()->setCurrentIndex(
            pane()->scopeCombo()->findText(QStringLiteral("In key")));
        pane()->filterEdit()->setText(QStringLiteral("needle"));
        QVERIFY(pane()->searchTopic());
        QVERIFY(waitForLoad());
        QCOMPARE(pane()->lastProgress().scanned, 30000);
        QTRY_COMPARE(pane()->model()->rowCount(), 0);
        pane()->scopeCombo()->setCurrentIndex(
            pane()->scopeCombo()->findText(QStringLiteral("In value")));
        QVERIFY(pane()->searchTopic());
        QVERIFY(waitForLoad());
        QTRY_COMPARE(pane()->model()->rowCount(), 6);
        pane()->scopeCombo()->setCurrentIndex(0);

        // A malformed pattern is said before anything is read.
        pane()->regexCheck()->setChecked(true);
        pane()->filterEdit()->setText(QStringLiteral("needle-("));
        QVERIFY(!pane()->searchTopic());
        QVERIFY(!pane()->isLoading());
        QCOMPARE(pane()->model()->rowCount(), 6);
        pane()->regexCheck()->setChecked(false);
        pane()->filterEdit()->clear();
    }

    void tenMegabyteMessageOpensAtOnce()
    {
        const QString topic =
            createTopic(QStringLiteral("qafka-pane-huge"), 1,
                        {{QStringLiteral("max.message.bytes"), QStringLiteral("12000000")}});
        QByteArray huge = "{\"blob\":\"" + QByteArray(10 * 1000 * 1000, 'z') + "\"}";
        QVERIFY(m_cluster.kcatProduce(topic, {"small", huge}));
        pane()->jsonFieldEdit()->clear();
        pane()->filterEdit()->clear();
        pane()->applyFilter();
        BrowseRequest request;
        request.topic = topic;
        pane()->setRequest(request);
        QVERIFY(pane()->load());
        QVERIFY(waitForLoad());
        QTRY_COMPARE(pane()->model()->rowCount(), 2);
        const int row =
            pane()->model()->index(0, MessageListModel::OffsetColumn).data().toInt() == 1 ? 0 : 1;
        QElapsedTimer timer;
        timer.start();
        pane()->table()->setCurrentIndex(
            pane()->model()->index(row, MessageListModel::ValueColumn));
        QCoreApplication::processEvents();
        const qint64 openMs = timer.elapsed();
        qInfo() << "10 MB message opened in" << openMs << "ms";
        QVERIFY2(openMs < 1000, qPrintable(QString::number(openMs)));
        PayloadView *value = pane()->detailView()->valueView();
        QVERIFY(value->isTruncated());
        QVERIFY2(value->statusLabel()->text().contains(QStringLiteral("First")),
                 qPrintable(value->statusLabel()->text()));
        QVERIFY(value->shownText().size() < 100 * 1024);
        // The table shows a short preview of it, not 10 MB of text.
        QVERIFY(
            pane()->model()->index(row, MessageListModel::ValueColumn).data().toString().size() <
            300);
        value->showAll();
        QCOMPARE(value->shownText().size(), huge.size());
        QVERIFY(saveScreenshot(m_view.get(), QStringLiteral("messages-pane-huge.png")));
    }

    // A live tail follows the newest rows while the reader is at the end; scrolled up, the table
    // holds still as rows arrive and as the cap drops the oldest ones from under it.
    void tableFollowsNewestRowsOrHoldsStill()
    {
        const QString topic = createTopic(QStringLiteral("qafka-pane-follow"), 1);
        QVERIFY(m_cluster.kcatProduce(topic, numberedValues(0, 300)));
        pane()->jsonFieldEdit()->clear();
        pane()->filterEdit()->clear();
        pane()->applyFilter();
        pane()->table()->sortByColumn(-1, Qt::AscendingOrder); // arrival order again
        const qint64 capMessages = pane()->model()->store().maxMessages();
        const qint64 capMegabytes = pane()->model()->store().maxPayloadBytes() >> 20;
        BrowseRequest request;
        request.topic = topic;
        request.follow = true;
        pane()->setRequest(request);
        QVERIFY(pane()->load());
        QTableView *table = pane()->table();
        QScrollBar *bar = table->verticalScrollBar();
        const auto topOffset = [table] {
            return table->indexAt(QPoint(5, 1))
                .siblingAtColumn(MessageListModel::OffsetColumn)
                .data()
                .toLongLong();
        };
        const auto newestInView = [this, table] {
            const QModelIndex last = pane()->model()->index(pane()->model()->rowCount() - 1, 0);
            const QRect row = table->visualRect(last); // (Ctrl+End scrolls sideways too)
            return row.top() >= 0 && row.bottom() < table->viewport()->height();
        };
        QTRY_COMPARE(pane()->model()->rowCount(), 300);
        QVERIFY(bar->maximum() > 0);
        QTRY_VERIFY(newestInView());
        // Following has no end to show progress towards: no busy bar (which repainted the window
        // at the style's animation rate), the status line says it follows.
        const auto *status = pane()->findChild<QLabel *>(QStringLiteral("browseStatus"));
        QTRY_VERIFY(status->text().contains(QStringLiteral("following new messages")));
        QVERIFY(pane()->findChild<QProgressBar *>(QStringLiteral("browseProgress"))->isHidden());
        QCOMPARE(status->textInteractionFlags(), Qt::NoTextInteraction);
        m_view->resize(1280, 800);
        QVERIFY(saveScreenshot(m_view.get(), QStringLiteral("messages-pane-following.png")));
        m_view->resize(1400, 820);

        // The reader scrolls up: new rows do not move the table.
        table->scrollTo(pane()->model()->index(100, 0), QAbstractItemView::PositionAtTop);
        QCOMPARE(topOffset(), 100);
        QVERIFY(m_cluster.kcatProduce(topic, numberedValues(300, 200)));
        QTRY_COMPARE(pane()->model()->rowCount(), 500);
        QCOMPARE(topOffset(), 100);
        QVERIFY(!newestInView());

        // A lower cap drops the oldest 120 rows (down to 95 % of it): the message at the top
        // stays there, and so does the one the reader selected.
        const auto currentOffset = [table] {
            return table->currentIndex()
                .siblingAtColumn(MessageListModel::OffsetColumn)
                .data()
                .toLongLong();
        };
        table->scrollTo(pane()->model()->index(350, 0), QAbstractItemView::PositionAtTop);
        table->selectRow(360);
        QCOMPARE(pane()->detailView()->shownIndex(), 360);
        pane()->setCap(400, capMegabytes);
        QCOMPARE(pane()->model()->droppedCount(), 120);
        QCOMPARE(topOffset(), 350);
        QCOMPARE(currentOffset(), 360);

        // Full, the table takes new messages in place of its oldest (MessageListModel::
        // shiftInAtCap): 20 more rows fit, 80 of the oldest go, and the rows stay 400. What the
        // reader looks at holds still all the same.
        QVERIFY(m_cluster.kcatProduce(topic, numberedValues(500, 100)));
        QTRY_COMPARE(pane()->model()->droppedCount(), 200);
        QCOMPARE(pane()->model()->rowCount(), 400);
        QCOMPARE(topOffset(), 350);
        QCOMPARE(currentOffset(), 360);
        QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(pane()->detailView()->shownIndex(), 360);

        // Back at the end (End key): it follows again, the newest in view as 50 more replace
        // as many of the oldest.
        table->setFocus();
        QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier);
        const qint64 selectedAtEnd = currentOffset();
        QVERIFY(m_cluster.kcatProduce(topic, numberedValues(600, 50)));
        QTRY_COMPARE(pane()->model()->rowCount() + pane()->model()->droppedCount(), 650);
        QCOMPARE(pane()->model()->rowCount(), 400);
        QTRY_VERIFY(newestInView());
        QCOMPARE(currentOffset(), selectedAtEnd);

        // A selected message that the cap drops is no longer shown in detail.
        table->selectRow(0);
        QCOMPARE(pane()->detailView()->shownIndex(), 250);
        QVERIFY(m_cluster.kcatProduce(topic, numberedValues(650, 10)));
        QTRY_COMPARE(pane()->model()->droppedCount(), 260);
        QVERIFY(!table->currentIndex().isValid());
        QVERIFY(!pane()->detailView()->hasMessage());
        pane()->stop();
        QVERIFY(waitForLoad());
        pane()->setCap(capMessages, capMegabytes);
    }

private:
    static QList<QByteArray> numberedValues(int first, int count)
    {
        QList<QByteArray> values;
        for (int i = first; i < first + count; ++i)
            values.append("m-" + QByteArray::number(i));
        return values;
    }
};

QTEST_MAIN(TestMessagesPane)
#include "tst_messagespane.moc"
