// bench/run soak [--minutes N]: an hour (by default) of what a user leaves running. The groups
// pane monitors 500 groups (bench/run lag's set-up) every 2 s, with 10 of them watched, their
// details kept and their charts shown in turn; the messages pane follows a topic that a separate
// process (kcat fed at a steady pace) writes 5,000 messages a second into, with a cap of
// 1,000,000 messages. Every minute: resident memory, the GUI thread's longest stall (and that
// stall less the time it waited for a core), the CPU per lag round (the group worker's thread),
// the whole process's CPU, the messages held; resident memory is split into mapped files and
// malloc's heap (held and freed-but-kept), to tell growth from fragmentation.
// Headline: resident memory growth after the first 10 minutes, in per cent (goal <= 5).
// The curve is drawn with QtCharts into the PNG named on the command line.

#include "benchsupport.h"
#include "consumergroupspane.h"
#include "groupfixture.h"
#include "messagelistmodel.h"
#include "messagespane.h"
#include "session/clusterconnection.h"
#include "session/groupmonitor.h"
#include "stallmeter.h"
#include "threadcpu.h"
#include "tracingapplication.h"

#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QProcess>
#include <QTabWidget>
#include <QValueAxis>

#include <malloc.h>
#include <sys/resource.h>

using namespace Qafka;
using namespace GroupFixture;

namespace {

constexpr int kRatePerSecond = 5000;
constexpr qint64 kCap = 1'000'000;
constexpr int kWatchedGroups = 10;

struct Minute
{
    int minute = 0;
    double rssMb = 0;
    double rssFileMb = 0;   // of it, mapped files (code and data of the libraries, fonts)
    double heapInUseMb = 0; // malloc's: what the program holds
    double heapFreeMb = 0;  // malloc's: freed but kept (fragments the arenas cannot return)
    double stallMaxMs = 0;
    double ownStallMaxMs = 0;
    double cpuPerRoundMs = 0; // the group worker's thread and its librdkafka threads
    double processCpuPercent = 0;
    int rounds = 0;
    qint64 held = 0;
    qint64 historyBytes = 0;
};

double processCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0 +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
}

// kcat -P fed by a Python loop that writes kRatePerSecond keyed lines a second, in 10 ms steps:
// the load comes from another process, as a real producer's would.
void startProducer(QProcess &producer, const QString &bootstrap, const QString &topic)
{
    const QString pacer =
        QStringLiteral("import sys, time\n"
                       "rate = %1\n"
                       "start = time.monotonic(); sent = 0\n"
                       "while True:\n"
                       "    due = int((time.monotonic() - start) * rate)\n"
                       "    lines = ''.join('k%d:{\"n\":%d,\"soak\":\"steady\"}\\n' % (i, i)"
                       " for i in range(sent, due))\n"
                       "    sys.stdout.write(lines); sys.stdout.flush(); sent = due\n"
                       "    time.sleep(0.01)\n")
            .arg(kRatePerSecond);
    producer.setProgram(QStringLiteral("sh"));
    producer.setArguments(
        {QStringLiteral("-c"),
         QStringLiteral("python3 -c \"$0\" | kcat -P -b %1 -t %2 -K:").arg(bootstrap, topic),
         pacer});
    producer.start();
}

void drawCurve(const QList<Minute> &minutes, const QString &png)
{
    auto *rss = new QLineSeries;
    rss->setName(QStringLiteral("resident memory (MB)"));
    auto *cpu = new QLineSeries;
    cpu->setName(QStringLiteral("group worker CPU per lag round (ms)"));
    double top = 1;
    for (const Minute &m : minutes) {
        rss->append(m.minute, m.rssMb);
        cpu->append(m.minute, m.cpuPerRoundMs);
        top = std::max({top, m.rssMb, m.cpuPerRoundMs});
    }
    auto *chart = new QChart;
    chart->setTitle(QStringLiteral("bench/run soak: %1 minutes").arg(minutes.size()));
    chart->addSeries(rss);
    chart->addSeries(cpu);
    auto *x = new QValueAxis;
    x->setTitleText(QStringLiteral("minute"));
    x->setLabelFormat(QStringLiteral("%d"));
    x->setRange(0, std::max<qsizetype>(1, minutes.size()));
    x->setTickCount(int(std::min<qsizetype>(13, minutes.size() + 1)));
    auto *y = new QValueAxis;
    y->setRange(0, top * 1.1);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries *series : {rss, cpu}) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
    QChartView view(chart);
    view.setRenderHint(QPainter::Antialiasing);
    view.resize(1000, 560);
    view.grab().save(png);
}

} // namespace

int main(int argc, char **argv)
{
    TracingApplication app(argc, argv);
    if (app.arguments().size() < 4) {
        QTextStream(stderr) << "usage: soakbench BOOTSTRAP MINUTES PLOT_PNG\n";
        return 2;
    }
    const QString bootstrap = app.arguments().at(1);
    const int totalMinutes = std::max(1, app.arguments().at(2).toInt());
    registerGroupTypes();
    {
        auto admin = connectTo(bootstrap);
        setUp(bootstrap, *admin);
    }
    const QString followed = topicName(0);

    // The groups pane, its monitor every 2 s, ten groups on the followed topic watched.
    GroupMonitor monitor(ConnectionProfile::forBootstrap(bootstrap), {});
    monitor.setRefreshInterval(2000);
    QStringList watched;
    for (int g = 0; watched.size() < kWatchedGroups; g += shape.topics)
        watched.append(groupName(g));
    for (const QString &group : std::as_const(watched)) {
        monitor.trackDetails(group);
        monitor.setWatched(group, true, 1000);
    }
    ConsumerGroupsPane groups(&monitor);
    groups.resize(1400, 820);
    groups.show();
    groups.detailTabs()->setCurrentIndex(ConsumerGroupsPane::ChartsTab);

    // The messages pane follows the written topic from its end, with a cap of a million.
    ClusterConnection connection(ConnectionProfile::forBootstrap(bootstrap), {});
    connection.open();
    MessagesPane messages(&connection);
    messages.resize(1400, 820);
    messages.show();
    messages.setCap(kCap, 4096);
    BrowseRequest request;
    request.topic = followed;
    request.start = BrowseRequest::Start::End;
    request.follow = true;
    messages.setRequest(request);
    runEventLoopUntil([&] { return connection.state() == ConnectionState::Connected; }, 30000);
    messages.load();
    QProcess producer;
    startProducer(producer, bootstrap, followed);

    out << "groups: " << shape.groups << "\nwatched_groups: " << kWatchedGroups
        << "\nfollow_rate_msgs_per_s: " << kRatePerSecond << "\nfollow_cap: " << kCap
        << "\nminutes: " << totalMinutes << '\n';
    out.flush();
    QList<Minute> minutes;
    StallMeter meter;
    int shown = 0;
    for (int minute = 1; minute <= totalMinutes; ++minute) {
        const int roundsBefore = monitor.roundsReceived();
        const double cpuBefore = processCpuMs();
        const qint64 workerBefore = sampleCpu({}).worker;
        meter.start();
        for (int half = 0; half < 2; ++half) { // the next watched group's charts every 30 s
            groups.selectGroup(watched.at(shown++ % watched.size()));
            runEventLoopFor(30000);
        }
        meter.stop();
        Minute m;
        m.minute = minute;
        m.rssMb = Bench::statusMb("VmRSS");
        m.rssFileMb = Bench::statusMb("RssFile");
        const struct mallinfo2 heap = mallinfo2(); // every arena
        m.heapInUseMb = double(heap.uordblks + heap.hblkhd) / (1024.0 * 1024.0);
        m.heapFreeMb = double(heap.fordblks) / (1024.0 * 1024.0);
        m.stallMaxMs = meter.maxMs();
        m.ownStallMaxMs = meter.maxOwnMs();
        m.rounds = monitor.roundsReceived() - roundsBefore;
        m.cpuPerRoundMs =
            m.rounds > 0 ? double(sampleCpu({}).worker - workerBefore) / m.rounds : -1;
        m.processCpuPercent = (processCpuMs() - cpuBefore) / 600.0; // of one core, per minute
        m.held = messages.model()->loadedCount();
        m.historyBytes = monitor.histories().memoryBytes();
        minutes.append(m);
        out << "minute " << minute << ": rss_mb " << QString::number(m.rssMb, 'f', 1) << " (files "
            << QString::number(m.rssFileMb, 'f', 1) << ", heap in use "
            << QString::number(m.heapInUseMb, 'f', 1) << ", heap free "
            << QString::number(m.heapFreeMb, 'f', 1) << "), gui_stall_max_ms "
            << QString::number(m.stallMaxMs, 'f', 1) << " (own "
            << QString::number(m.ownStallMaxMs, 'f', 1) << "), cpu_per_round_ms "
            << QString::number(m.cpuPerRoundMs, 'f', 1) << " (" << m.rounds
            << " rounds), process_cpu_percent " << QString::number(m.processCpuPercent, 'f', 0)
            << ", messages_held " << m.held << ", history_bytes " << m.historyBytes << '\n';
        out.flush();
    }
    producer.kill();
    producer.waitForFinished();
    messages.stop();
    drawCurve(minutes, app.arguments().at(3));

    // Growth is measured after the first 10 minutes (half of a shorter run): from the resident
    // memory at that minute to the highest after it.
    const qsizetype settled = std::max<qsizetype>(1, std::min<qsizetype>(10, minutes.size() / 2));
    const double base = minutes.at(settled - 1).rssMb;
    double peak = base, stall = 0, ownStall = 0;
    for (const Minute &m : std::as_const(minutes)) {
        if (m.minute > settled)
            peak = std::max(peak, m.rssMb);
        stall = std::max(stall, m.stallMaxMs);
        ownStall = std::max(ownStall, m.ownStallMaxMs);
    }
    const auto cpuOf = [&](qsizetype from, qsizetype to) {
        double sum = 0;
        int count = 0;
        for (qsizetype i = from; i < to; ++i)
            if (minutes.at(i).cpuPerRoundMs >= 0) {
                sum += minutes.at(i).cpuPerRoundMs;
                ++count;
            }
        return count ? sum / count : -1;
    };
    const qsizetype tenth = std::max<qsizetype>(1, minutes.size() / 10);
    out << "rss_mb_at_minute_" << settled << ": " << QString::number(base, 'f', 1) << '\n';
    out << "rss_mb_peak_after: " << QString::number(peak, 'f', 1) << '\n';
    out << "rss_mb_end: " << QString::number(minutes.last().rssMb, 'f', 1) << '\n';
    out << "gui_stall_max_ms: " << QString::number(stall, 'f', 1) << '\n';
    out << "gui_stall_own_max_ms: " << QString::number(ownStall, 'f', 1) << '\n';
    out << "cpu_per_round_ms_first_tenth: " << QString::number(cpuOf(0, tenth), 'f', 1) << '\n';
    out << "cpu_per_round_ms_last_tenth: "
        << QString::number(cpuOf(minutes.size() - tenth, minutes.size()), 'f', 1) << '\n';
    out << "messages_held_end: " << minutes.last().held << '\n';
    out << "plot: " << app.arguments().at(3) << '\n';
    out << "rss_growth_after_settling_percent: "
        << QString::number((peak - base) * 100.0 / base, 'f', 2) << '\n';
    out.flush();
    monitor.close();
    return 0;
}
