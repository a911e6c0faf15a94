// Jumping into a big topic: the real MessagesPane (offscreen, shown) on a topic of 20,000,000
// orders (written by `searchbench seed`), asked to start at an offset in the middle of every
// partition and at a timestamp in the middle, five times each. Measured from load() to the
// first rows in the table, and how long the broker takes to answer the offset lookup the load
// starts with (ListOffsets, timed alone on a warm client), so "within 200 ms of the broker
// answering" can be read off: seek_first_rows_ms - broker_list_offsets_ms.
//   seekbench BOOTSTRAP TOPIC

#include "benchsupport.h"
#include "messagelistmodel.h"
#include "messagespane.h"
#include "ordertopic.h"
#include "session/clusterconnection.h"
#include "stallmeter.h"
#include "tracingapplication.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTableView>
#include <QTextStream>

using namespace Qafka;
using namespace Bench;

namespace {

QTextStream out(stdout);

// Milliseconds from load() until the table has rows; -1 when none came within 30 s.
qint64 firstRows(MessagesPane &pane, const BrowseRequest &request)
{
    pane.stop();
    pane.setRequest(request);
    QElapsedTimer timer;
    timer.start();
    if (!pane.load())
        return -1;
    while (pane.model()->rowCount() == 0 && timer.elapsed() < 30000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
    const qint64 ms = pane.model()->rowCount() > 0 ? timer.elapsed() : -1;
    QSignalSpy finished(&pane, &MessagesPane::loadFinished);
    if (pane.isLoading())
        finished.wait(30000);
    return ms;
}

// One ListOffsets round trip by timestamp on a client that is already connected.
qint64 brokerListOffsetsMs(const QString &bootstrap, const QString &topic, qint64 timestampMs)
{
    rd_kafka_t *rk = Bench::newProducer(bootstrap);
    const QByteArray name = topic.toUtf8();
    const auto lookup = [&] {
        rd_kafka_topic_partition_list_t *list = rd_kafka_topic_partition_list_new(kOrderPartitions);
        for (int p = 0; p < kOrderPartitions; ++p)
            rd_kafka_topic_partition_list_add(list, name.constData(), p)->offset = timestampMs;
        QElapsedTimer timer;
        timer.start();
        rd_kafka_offsets_for_times(rk, list, 10000);
        rd_kafka_topic_partition_list_destroy(list);
        return timer.elapsed();
    };
    lookup(); // connects and learns the leaders
    QList<qint64> runs;
    for (int i = 0; i < 5; ++i)
        runs.append(lookup());
    rd_kafka_destroy(rk);
    return Bench::median(runs);
}

} // namespace

int main(int argc, char **argv)
{
    TracingApplication app(argc, argv);
    if (app.arguments().size() != 3) {
        QTextStream(stderr) << "usage: seekbench BOOTSTRAP TOPIC\n";
        return 2;
    }
    const QString bootstrap = app.arguments().at(1);
    const QString topic = app.arguments().at(2);
    ClusterConnection connection(ConnectionProfile::forBootstrap(bootstrap), {});
    connection.open();
    MessagesPane pane(&connection);
    pane.resize(1400, 820);
    pane.show();
    QElapsedTimer wait;
    wait.start();
    while (connection.state() != ConnectionState::Connected && wait.elapsed() < 20000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);

    rd_kafka_t *rk = Bench::newProducer(bootstrap);
    const qint64 total = messagesIn(rk, topic.toUtf8());
    rd_kafka_destroy(rk);
    const qint64 perPartition = total / kOrderPartitions;
    BrowseRequest request;
    request.topic = topic;
    request.start = BrowseRequest::Start::Offset;
    request.maxMessages = 600;
    QList<qint64> byOffset, byTime;
    StallMeter meter;
    meter.start();
    qint64 middleTime = -1;
    for (int run = 0; run < 5; ++run) {
        request.start = BrowseRequest::Start::Offset;
        request.offset = perPartition / 2 + run * perPartition / 20; // about the middle
        byOffset.append(firstRows(pane, request));
        if (pane.model()->rowCount() == 0) {
            out << "error: no rows at offset " << request.offset << '\n';
            return 1;
        }
        middleTime = pane.model()->record(pane.model()->absoluteIndex(0)).timestampMs;
        request.start = BrowseRequest::Start::Timestamp;
        request.timestampMs = middleTime;
        byTime.append(firstRows(pane, request));
    }
    meter.stop();
    if (byOffset.contains(-1) || byTime.contains(-1)) {
        out << "error: a seek showed no rows within 30 s\n";
        return 1;
    }
    const qint64 broker = brokerListOffsetsMs(bootstrap, topic, middleTime);
    out << "topic_messages: " << total << '\n';
    out << "broker_list_offsets_ms: " << broker << '\n';
    out << "seek_offset_first_rows_ms: " << Bench::withRuns(byOffset) << '\n';
    out << "seek_time_first_rows_ms: " << Bench::withRuns(byTime) << '\n';
    out << "gui_stall_max_ms: " << meter.maxMs() << '\n';
    out << "seek_first_rows_ms: " << qMax(Bench::median(byOffset), Bench::median(byTime)) << '\n';
    return 0;
}
