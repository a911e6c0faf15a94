// bench/run topics: how fast the topics pane lists a big cluster once metadata has arrived, and
// how long the GUI thread stalls while it does.
//
// Part 1 synthesises metadata for 10,000 topics / 100,000 partitions (RF 3) and feeds it to the
// topics pane exactly as ClusterConnection would (snapshot, then topic statistics, then a refresh
// merge), measuring GUI-thread time and stalls. Part 2 creates as many topics as a local broker
// takes quickly and measures the real path: connect, metadata, pane filled.

#include "platform/guithreadallocator.h"
#include "session/clusterconnection.h"
#include "topicfiltermodel.h"
#include "topiclistmodel.h"
#include "topicspane.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QTableView>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <librdkafka/rdkafka.h>

#include <algorithm>
#include <ctime>

using namespace Qafka;

namespace {

QTextStream out(stdout);

ClusterSnapshot synthesise(int topics, int partitionsPerTopic, int brokers)
{
    ClusterSnapshot snapshot;
    snapshot.clusterId = QStringLiteral("bench");
    snapshot.controllerId = 1;
    for (int b = 1; b <= brokers; ++b)
        snapshot.brokers.append(
            BrokerInfo{b, QStringLiteral("127.0.0.1"), 9000 + b, {}, b == 1, 0, 0});
    snapshot.replicaNodeIds = {1, 2, 3};
    snapshot.topics.reserve(topics);
    for (int t = 0; t < topics; ++t) {
        TopicInfo topic;
        topic.name =
            QStringLiteral("service-%1.events.v%2").arg(t, 5, 10, QLatin1Char('0')).arg(t % 3);
        topic.partitions.reserve(partitionsPerTopic);
        for (int p = 0; p < partitionsPerTopic; ++p) {
            PartitionInfo partition;
            partition.partition = p;
            partition.leader = 1 + (t + p) % brokers;
            partition.replicas = {partition.leader, 1 + (partition.leader % brokers),
                                  1 + ((partition.leader + 1) % brokers)};
            partition.isr = partition.replicas;
            topic.partitions.append(partition);
        }
        snapshot.topics.append(topic);
    }
    std::sort(snapshot.topics.begin(), snapshot.topics.end(),
              [](const TopicInfo &a, const TopicInfo &b) { return a.name < b.name; });
    snapshot.topicCount = topics;
    snapshot.partitionCount = topics * partitionsPerTopic;
    snapshot.takenAtMs = 1;
    return snapshot;
}

TopicStatsMap synthesiseStats(const ClusterSnapshot &snapshot)
{
    TopicStatsMap stats;
    stats.reserve(snapshot.topics.size());
    for (const TopicInfo &topic : snapshot.topics) {
        TopicStats s;
        s.hasOffsets = s.hasConfigs = true;
        s.cleanupPolicy = QStringLiteral("delete");
        s.retentionMs = QStringLiteral("604800000");
        s.minInsyncReplicas = 2;
        for (int p = 0; p < topic.partitions.size(); ++p)
            s.offsets.append({p * 10, p * 10 + 1000});
        stats.insert(topic.name, s);
    }
    return stats;
}

// Lateness of a 1 ms timer: the longest time the GUI thread did not turn its event loop.
class StallProbe : public QObject
{
public:
    StallProbe()
    {
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            const qint64 cpu = threadCpuNs();
            if (m_last > 0) {
                const double gap = (now - m_last) / 1e6;
                m_gaps.append(gap);
                if (gap > m_worstGap) {
                    m_worstGap = gap;
                    m_worstGapCpu = (cpu - m_lastCpu) / 1e6;
                }
            }
            m_last = now;
            m_lastCpu = cpu;
        });
        m_clock.start();
        m_timer.start();
    }
    double max() const
    {
        return m_gaps.isEmpty() ? 0 : *std::max_element(m_gaps.cbegin(), m_gaps.cend());
    }
    // GUI-thread CPU time spent inside the longest stall: far below the stall itself means the
    // thread was waiting for a core (other processes), not working.
    double worstStallCpu() const { return m_worstGapCpu; }
    static qint64 threadCpuNs()
    {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
    }
    double percentile(double p) const
    {
        if (m_gaps.isEmpty())
            return 0;
        QList<double> sorted = m_gaps;
        std::sort(sorted.begin(), sorted.end());
        return sorted.at(
            std::min<qsizetype>(sorted.size() - 1, qsizetype(p * double(sorted.size()))));
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_lastCpu = 0;
    double m_worstGap = 0;
    double m_worstGapCpu = 0;
    QList<double> m_gaps;
};

void spin(int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
}

// Part 1: the GUI-thread work of listing 10,000 topics / 100,000 partitions.
double modelPart(double *stallMax, double *stallP99)
{
    const ClusterSnapshot snapshot = synthesise(10000, 10, 3);
    const TopicStatsMap stats = synthesiseStats(snapshot);
    TopicListModel model;
    TopicFilterModel filter;
    filter.setSourceModel(&model);
    QTableView view;
    view.setModel(&filter);
    view.setSortingEnabled(true);
    view.sortByColumn(TopicListModel::NameColumn, Qt::AscendingOrder);
    view.resize(1200, 700);
    view.show();
    spin(200);

    StallProbe probe;
    spin(50);
    QElapsedTimer timer;
    timer.start();
    model.setTopics(snapshot.topics);
    view.viewport()->repaint(); // the first paint is part of "listed"
    const double listMs = timer.nsecsElapsed() / 1e6;
    spin(50);
    timer.restart();
    model.setStats(stats);
    const double statsMs = timer.nsecsElapsed() / 1e6;
    spin(50);
    ClusterSnapshot refreshed = snapshot;
    refreshed.topics[42].partitions[0].isr = {1};
    refreshed.topics.removeAt(7);
    timer.restart();
    model.setTopics(refreshed.topics);
    const double mergeMs = timer.nsecsElapsed() / 1e6;
    timer.restart();
    filter.setFilter(QStringLiteral("service-0[0-4].*v1"), true);
    const double filterMs = timer.nsecsElapsed() / 1e6;
    spin(100);
    *stallMax = probe.max();
    out << "gui_cpu_in_worst_stall_ms: " << probe.worstStallCpu() << '\n';
    *stallP99 = probe.percentile(0.99);
    out << "synthetic_topics: " << snapshot.topics.size() << '\n';
    out << "synthetic_partitions: " << snapshot.partitionCount << '\n';
    out << "model_fill_and_paint_ms: " << listMs << '\n';
    out << "stats_merge_ms: " << statsMs << '\n';
    out << "refresh_merge_ms: " << mergeMs << '\n';
    out << "regex_filter_ms: " << filterMs << " (" << filter.rowCount() << " rows match)\n";
    return listMs;
}

bool createTopics(const QString &bootstrap, int count, QString *error)
{
    char errstr[512];
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    rd_kafka_conf_set(conf, "bootstrap.servers", bootstrap.toUtf8().constData(), errstr,
                      sizeof errstr);
    rd_kafka_t *rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf, errstr, sizeof errstr);
    rd_kafka_queue_t *queue = rd_kafka_queue_new(rk);
    bool ok = true;
    constexpr int batch = 250;
    for (int first = 0; first < count && ok; first += batch) {
        QList<rd_kafka_NewTopic_t *> topics;
        for (int i = first; i < std::min(count, first + batch); ++i) {
            const QByteArray name =
                QStringLiteral("bench-topic-%1").arg(i, 5, 10, QLatin1Char('0')).toUtf8();
            topics.append(rd_kafka_NewTopic_new(name.constData(), 1, 1, errstr, sizeof errstr));
        }
        rd_kafka_AdminOptions_t *options =
            rd_kafka_AdminOptions_new(rk, RD_KAFKA_ADMIN_OP_CREATETOPICS);
        rd_kafka_AdminOptions_set_operation_timeout(options, 60000, errstr, sizeof errstr);
        rd_kafka_CreateTopics(rk, topics.data(), size_t(topics.size()), options, queue);
        rd_kafka_event_t *event = rd_kafka_queue_poll(queue, 120000);
        if (!event || rd_kafka_event_error(event)) {
            *error = event ? QString::fromUtf8(rd_kafka_event_error_string(event))
                           : QStringLiteral("timed out");
            ok = false;
        }
        if (event)
            rd_kafka_event_destroy(event);
        rd_kafka_AdminOptions_destroy(options);
        for (rd_kafka_NewTopic_t *topic : topics)
            rd_kafka_NewTopic_destroy(topic);
    }
    // Creation returns before every partition has a leader; measuring then would time the
    // broker's own start-up of 2,000 partitions on two cores, not Qafka.
    QElapsedTimer settle;
    settle.start();
    while (ok && settle.elapsed() < 180000) {
        const rd_kafka_metadata_t *metadata = nullptr;
        if (rd_kafka_metadata(rk, 1, nullptr, &metadata, 10000) == RD_KAFKA_RESP_ERR_NO_ERROR) {
            int ready = 0;
            for (int t = 0; t < metadata->topic_cnt; ++t) {
                const rd_kafka_metadata_topic_t &topic = metadata->topics[t];
                if (qstrncmp(topic.topic, "bench-topic-", 12) == 0 && topic.partition_cnt > 0 &&
                    topic.partitions[0].leader >= 0)
                    ++ready;
            }
            rd_kafka_metadata_destroy(metadata);
            if (ready >= count)
                break;
        }
        QThread::msleep(500);
    }
    out << "e2e_settle_ms: " << settle.elapsed() << '\n';
    rd_kafka_queue_destroy(queue);
    rd_kafka_destroy(rk);
    return ok;
}

// Part 2: the real path against a broker: connect, metadata, pane filled.
void endToEndPart(const QString &bootstrap, int topicCount)
{
    QElapsedTimer timer;
    timer.start();
    QString error;
    if (!createTopics(bootstrap, topicCount, &error)) {
        out << "e2e_error: " << error << '\n';
        return;
    }
    out << "e2e_topics_created: " << topicCount << " in " << timer.elapsed() << " ms\n";
    // Three cold connects, median reported: open the connection, wait for the pane to list them.
    QList<qint64> listed;
    for (int run = 0; run < 3; ++run) {
        ClusterConnection probeConnection(ConnectionProfile::forBootstrap(bootstrap), {});
        TopicsPane probePane(&probeConnection);
        timer.restart();
        probeConnection.open();
        while (probePane.topicModel()->rowCount() < topicCount && timer.elapsed() < 60000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        listed.append(timer.elapsed());
    }
    std::sort(listed.begin(), listed.end());
    out << "e2e_connect_to_listed_ms: " << listed.at(1) << " (of " << listed.first() << ", "
        << listed.at(1) << ", " << listed.last() << ")\n";
    ClusterConnection connection(ConnectionProfile::forBootstrap(bootstrap), {});
    TopicsPane pane(&connection);
    pane.resize(1200, 700);
    pane.show();
    connection.open();
    timer.restart();
    while (pane.topicModel()->rowCount() < topicCount && timer.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    spin(500);
    // Steady state: metadata refreshes every 2 s and topic statistics every 10 s of a big
    // cluster, stalls measured throughout.
    StallProbe probe;
    spin(12000);
    out << "e2e_rows: " << pane.topicModel()->rowCount() << '\n';
    out << "e2e_gui_stall_p99_ms: " << probe.percentile(0.99) << '\n';
    out << "e2e_gui_stall_max_ms: " << probe.max() << '\n';
    out << "e2e_gui_cpu_in_worst_stall_ms: " << probe.worstStallCpu() << '\n';
    connection.close();
}

} // namespace

int main(int argc, char **argv)
{
    Qafka::setUpGuiThreadAllocator(); // as Qafka's main() does
    QApplication app(argc, argv);
    registerClusterTypes();
    const QStringList args = app.arguments();
    out.setRealNumberPrecision(4);
    if (args.size() > 1)
        endToEndPart(args.at(1), args.size() > 2 ? args.at(2).toInt() : 2000);
    double stallMax = 0;
    double stallP99 = 0;
    const double listMs = modelPart(&stallMax, &stallP99);
    out << "gui_stall_p99_ms: " << stallP99 << '\n';
    out << "gui_stall_max_ms: " << stallMax << '\n';
    out << "topics_list_ms: " << listMs << '\n';
    return 0;
}
