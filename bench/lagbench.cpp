// bench/run lag: one full consumer-group lag refresh of 500 groups with committed offsets on 100
// partitions each (50,000 group-partitions), through the groups pane's own path (GroupMonitor ->
// GroupWorker on its thread -> GroupAdmin + OffsetTimestampReader), against
// `kafka-consumer-groups.sh --describe --all-groups` on the same broker, in the same run.
//
// Set-up (skipped when the broker already holds it): 5 topics of 100 partitions, a few thousand
// messages spread over them by kcat, then group i commits an offset on every partition of topic
// i % 5 through GroupAdmin::alterCommittedOffsets (AlterConsumerGroupOffsets). Offsets differ per
// group and partition, so lags are varied and some are zero.
//
// Measured: the first round (cold: creates the admin client and the timestamp reader) and the
// median of the next rounds (warm), each from refreshNow() to roundReady on the GUI thread; the
// worker's own elapsedMs; the GUI thread's CPU time per round and inside the delivery of the
// round; CPU of the worker, librdkafka and broker threads per round; then every phase of
// GroupWorker::refresh replayed alone with the same GroupAdmin calls; then the CLI, three runs.
// Headline: ratio_vs_cli = warm median / CLI median.

#include "benchsupport.h"
#include "consumergrouplistmodel.h"
#include "consumergroupspane.h"
#include "groupfixture.h"
#include "rdkafka/adminclient.h"
#include "rdkafka/groupadmin.h"
#include "rdkafka/offsettimestampreader.h"
#include "session/groupmonitor.h"
#include "stallmeter.h"
#include "threadcpu.h"
#include "tracingapplication.h"
#include "types/connectiondiagnosis.h"
#include "types/kafkaconfig.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTemporaryFile>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <librdkafka/rdkafka.h>

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <ctime>
#include <functional>
#include <memory>
#include <unistd.h>

using namespace Qafka;
using namespace GroupFixture;

namespace {

constexpr int kWarmRounds = 5; // QAFKA_BENCH_ROUNDS overrides

qint64 threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

double medianOf(QList<double> values)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

double maxOf(const QList<double> &values)
{
    return values.isEmpty() ? -1 : *std::max_element(values.begin(), values.end());
}

QList<qint64> brokerPidsOf(const QString &clusterDir)
{
    QList<qint64> pids;
    const QDir dir(clusterDir);
    for (const QString &node : dir.entryList({QStringLiteral("node-*")}, QDir::Dirs)) {
        bool ok = false;
        const qint64 pid =
            readSmall(dir.filePath(node) + QStringLiteral("/pid")).trimmed().toLongLong(&ok);
        if (ok)
            pids.append(pid);
    }
    return pids;
}

// With a monitor to watch: the GUI thread's CPU and wall time spent delivering its queued calls
// (the worker's roundReady reaching GroupMonitor::onRound, and everything onRound does). With
// QAFKA_BENCH_TRACE set, slow events are named too (TracingApplication).
class BenchApplication : public TracingApplication
{
public:
    using TracingApplication::TracingApplication;
    bool notify(QObject *receiver, QEvent *event) override
    {
        if (!watched || receiver != watched || event->type() != QEvent::MetaCall)
            return TracingApplication::notify(receiver, event);
        QElapsedTimer wall;
        wall.start();
        const qint64 cpu = threadCpuNs();
        const bool result = TracingApplication::notify(receiver, event);
        deliveryCpuNs += threadCpuNs() - cpu;
        deliveryWallNs += wall.nsecsElapsed();
        return result;
    }
    QObject *watched = nullptr;
    qint64 deliveryCpuNs = 0;
    qint64 deliveryWallNs = 0;
};

struct Round
{
    double wallMs = 0;
    qint64 elapsedMs = 0;
    double guiCpuMs = 0;      // GUI thread, refreshNow() until the round is delivered
    double deliveryCpuMs = 0; // GUI thread, inside the delivery of the round
    double deliveryWallMs = 0;
    qint64 workerCpuMs = 0;
    qint64 librdkafkaCpuMs = 0;
    qint64 brokerCpuMs = -1;
    int groups = 0;
    int described = 0;
    qint64 groupPartitions = 0;
    qint64 totalLag = 0;
    int exact = 0;
    int estimated = 0;
    QString warning;
};

Round runRound(BenchApplication &app, GroupMonitor &monitor, const QList<qint64> &brokerPids)
{
    Round round;
    QEventLoop loop;
    bool arrived = false;
    QString failure;
    const auto ready = QObject::connect(&monitor, &GroupMonitor::roundReady, &loop, [&] {
        arrived = true;
        loop.quit();
    });
    const auto failed =
        QObject::connect(&monitor, &GroupMonitor::roundFailed, &loop, [&](const KafkaError &error) {
            failure = error.message;
            loop.quit();
        });
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    app.deliveryCpuNs = 0;
    app.deliveryWallNs = 0;
    const CpuSample before = sampleCpu(brokerPids);
    QElapsedTimer wall;
    wall.start();
    const qint64 cpu = threadCpuNs();
    if (qEnvironmentVariableIsSet("QAFKA_BENCH_TRACE"))
        qInfo("lagbench: refreshNow");
    monitor.refreshNow();
    loop.exec();
    if (qEnvironmentVariableIsSet("QAFKA_BENCH_TRACE"))
        qInfo("lagbench: round delivered");
    round.guiCpuMs = ms(threadCpuNs() - cpu);
    round.wallMs = ms(wall.nsecsElapsed());
    const CpuSample after = sampleCpu(brokerPids);
    QObject::disconnect(ready);
    QObject::disconnect(failed);
    if (!arrived)
        die(failure.isEmpty() ? QStringLiteral("no round within 120 s")
                              : QStringLiteral("round failed: ") + failure);
    round.deliveryCpuMs = ms(app.deliveryCpuNs);
    round.deliveryWallMs = ms(app.deliveryWallNs);
    round.workerCpuMs = after.worker - before.worker;
    round.librdkafkaCpuMs = after.librdkafka - before.librdkafka;
    if (before.broker >= 0 && after.broker >= 0)
        round.brokerCpuMs = after.broker - before.broker;
    const GroupLagRound &result = monitor.lastRound();
    round.elapsedMs = result.elapsedMs;
    round.groups = int(result.groups.size());
    for (const ConsumerGroupLag &group : result.groups) {
        round.groupPartitions += group.partitions.size();
        round.totalLag += group.totalLag;
    }
    round.exact = result.exactTimeLags;
    round.described = result.describedGroups;
    round.estimated = result.estimatedTimeLags;
    round.warning = result.warning;
    int withProblems = 0;
    QString firstProblem;
    for (const ConsumerGroupLag &group : result.groups) {
        if (!group.problem.isEmpty() && withProblems++ == 0)
            firstProblem = group.groupId + QStringLiteral(": ") + group.problem;
    }
    if (round.groups != shape.groups ||
        round.groupPartitions != qint64(shape.groups) * shape.partitions)
        die(QStringLiteral("the round saw %1 groups and %2 group-partitions, not %3 and %4 (a "
                           "cluster with other groups? warning: %5; %6 groups with a problem, "
                           "the first %7)")
                .arg(round.groups)
                .arg(round.groupPartitions)
                .arg(shape.groups)
                .arg(qint64(shape.groups) * shape.partitions)
                .arg(round.warning)
                .arg(withProblems)
                .arg(firstProblem));
    return round;
}

// Lowers the brokers' share of the cores for as long as it lives: their sessions' autogroups
// (Linux shares the cores between sessions first) at nice 10, as a broker on another machine
// takes none of them; each back to its old value at the end (raising a nice needs no privilege,
// nor does going back down to 0 or above). Brokers left at 10 by die() go with bench/run's
// cluster.
class BrokerYielding
{
public:
    explicit BrokerYielding(const QList<qint64> &brokerPids)
    {
        const QString own = autogroupOf(QCoreApplication::applicationPid()).first;
        for (qint64 pid : brokerPids) {
            const auto [group, nice] = autogroupOf(pid);
            if (group.isEmpty() || group == own) // lowering our own session is not the point
                return;
            m_before.append({pid, nice});
            if (!setNice(pid, kNice))
                return;
        }
        m_applied = !m_before.isEmpty();
    }
    ~BrokerYielding()
    {
        for (const auto &[pid, nice] : std::as_const(m_before))
            setNice(pid, nice);
    }
    BrokerYielding(const BrokerYielding &) = delete;
    BrokerYielding &operator=(const BrokerYielding &) = delete;
    bool applied() const { return m_applied; }

private:
    static constexpr int kNice = 10;

    // "/autogroup-42 nice 0" -> ("/autogroup-42", 0); empty without autogroups.
    static QPair<QString, int> autogroupOf(qint64 pid)
    {
        const QStringList fields =
            QString::fromLatin1(readSmall(QStringLiteral("/proc/%1/autogroup").arg(pid)))
                .simplified()
                .split(u' ');
        if (fields.size() != 3 || fields.at(1) != QLatin1String("nice"))
            return {};
        return {fields.at(0), fields.at(2).toInt()};
    }
    // Linux takes one change of an autogroup's nice per 100 ms from an unprivileged process.
    static bool setNice(qint64 pid, int nice)
    {
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < 2000) {
            QFile file(QStringLiteral("/proc/%1/autogroup").arg(pid));
            if (file.open(QIODevice::WriteOnly | QIODevice::Unbuffered) &&
                file.write(QByteArray::number(nice)) > 0) {
                file.close();
                return autogroupOf(pid).second == nice;
            }
            QThread::msleep(20);
        }
        return false;
    }

    QList<QPair<qint64, int>> m_before;
    bool m_applied = false;
};

// The groups pane on the same monitor, shown (offscreen): every group listed, and the GUI
// thread's stalls while rounds of all of them arrive, are merged and painted. Each figure is
// printed with prefix after "pane_".
void measurePane(BenchApplication &app, GroupMonitor &monitor, const QList<qint64> &brokerPids,
                 const QString &prefix = {})
{
    ConsumerGroupsPane pane(&monitor);
    pane.resize(1400, 820);
    pane.show();
    StallMeter meter;
    meter.start();
    if (qEnvironmentVariableIsSet("QAFKA_BENCH_TRACE")) {
        timespec now{}; // the clock of the trace's slow-event lines
        clock_gettime(CLOCK_MONOTONIC, &now);
        qInfo("lagbench: pane stall meter started at %lld.%03ld",
              static_cast<long long>(now.tv_sec), now.tv_nsec / 1000000);
    }
    for (int i = 0; i < 3; ++i)
        runRound(app, monitor, brokerPids);
    QElapsedTimer settle; // the last round's rows are painted
    settle.start();
    while (settle.elapsed() < 500)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    meter.stop();
    out << "pane_" << prefix << "groups_listed: " << pane.groupModel()->rowCount() << '\n';
    out << "pane_" << prefix << "gui_stall_p99_ms: " << meter.p99Ms() << '\n';
    // Without the time the GUI thread waited for a core (the broker and librdkafka share two).
    out << "pane_" << prefix << "gui_stall_max_own_ms: " << meter.maxOwnMs() << " (the worst ended "
        << meter.worstOwnEndedAtS() << " s into " << meter.elapsedS() << " s)\n";
    out << "pane_" << prefix << "gui_stall_max_ms: " << meter.maxMs() << '\n';
    if (pane.groupModel()->rowCount() != shape.groups)
        die(QStringLiteral("the groups pane lists %1 of %2 groups")
                .arg(pane.groupModel()->rowCount())
                .arg(shape.groups));
}

// One phase of GroupWorker::refresh replayed alone: median wall time of `runs` calls.
double timePhase(int runs, const std::function<void()> &phase, QList<double> *all = nullptr)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        phase();
        times.append(ms(timer.nsecsElapsed()));
    }
    if (all)
        *all = times;
    return medianOf(times);
}

QString runsText(const QList<double> &values, int precision = 0)
{
    QStringList parts;
    for (double value : values)
        parts.append(QString::number(value, 'f', precision));
    return parts.join(QStringLiteral(", "));
}

struct CliRun
{
    qint64 wallMs = -1;
    qint64 rows = 0;
    qint64 lag = 0;
};

CliRun runCli(const QString &script, const QString &clusterDir, const QString &bootstrap)
{
    QProcess cli;
    CliRun run;
    QElapsedTimer timer;
    timer.start();
    cli.start(script,
              {QStringLiteral("consumer-groups"), clusterDir, QStringLiteral("--bootstrap-server"),
               bootstrap, QStringLiteral("--describe"), QStringLiteral("--all-groups")});
    if (!cli.waitForFinished(300000) || cli.exitStatus() != QProcess::NormalExit ||
        cli.exitCode() != 0)
        die(QStringLiteral("kafka-consumer-groups.sh failed: ") +
            QString::fromLocal8Bit(cli.readAllStandardError().right(2000)));
    run.wallMs = timer.elapsed();
    // GROUP TOPIC PARTITION CURRENT-OFFSET LOG-END-OFFSET LAG CONSUMER-ID HOST CLIENT-ID
    for (const QByteArray &line : cli.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        bool partitionOk = false;
        if (fields.size() < 6 ||
            !fields.at(0).startsWith((shape.prefix + QStringLiteral("-g")).toUtf8()))
            continue;
        fields.at(2).toInt(&partitionOk);
        if (!partitionOk)
            continue;
        ++run.rows;
        run.lag += std::max<qint64>(0, fields.at(5).toLongLong());
    }
    return run;
}

} // namespace

int main(int argc, char **argv)
{
    BenchApplication app(argc, argv);
    if (app.arguments().size() < 4) {
        QTextStream(stderr)
            << "usage: lagbench BOOTSTRAP KAFKA_CLUSTER_SH CLUSTER_DIR [groups10k]\n";
        return 2;
    }
    const bool tenThousandGroups =
        app.arguments().size() > 4 && app.arguments().at(4) == QStringLiteral("groups10k");
    if (tenThousandGroups)
        shape = kTenThousandGroups;
    const QString bootstrap = app.arguments().at(1);
    const QString script = app.arguments().at(2);
    const QString clusterDir = app.arguments().at(3);
    const QList<qint64> brokerPids = brokerPidsOf(clusterDir);
    registerGroupTypes();

    {
        auto admin = connectTo(bootstrap);
        setUp(bootstrap, *admin);
    }
    out << "groups: " << shape.groups << '\n';
    out << "topics: " << shape.topics << '\n';
    out << "partitions_per_topic: " << shape.partitions << '\n';
    out.flush();

    // The pane's path. Nothing is "viewing", so the monitor never re-arms its own timer: every
    // round is one refreshNow().
    QList<Round> rounds;
    {
        GroupMonitor monitor(ConnectionProfile::forBootstrap(bootstrap), {});
        app.watched = &monitor;
        const int warmRounds = qEnvironmentVariableIntValue("QAFKA_BENCH_ROUNDS") > 0
                                   ? qEnvironmentVariableIntValue("QAFKA_BENCH_ROUNDS")
                                   : kWarmRounds;
        for (int i = 0; i <= warmRounds; ++i)
            rounds.append(runRound(app, monitor, brokerPids));
        app.watched = nullptr;
        if (tenThousandGroups) {
            // Once with the broker yielding this machine's two cores as a remote broker would
            // (first, so that it also pays for the pane's first showing), once with it sharing
            // them: what is left in the first is the pane's own.
            {
                const BrokerYielding yielding(brokerPids);
                if (yielding.applied()) {
                    out << "pane_broker_remote_autogroup_nice: 10 (kernel.sched_autogroup_enabled "
                        << readSmall(QStringLiteral("/proc/sys/kernel/sched_autogroup_enabled"))
                               .trimmed()
                        << ")\n";
                    measurePane(app, monitor, brokerPids, QStringLiteral("broker_remote_"));
                } else {
                    out << "pane_broker_remote_gui_stall_max_ms: not measured (the broker's "
                           "autogroup could not be changed)\n";
                }
            }
            measurePane(app, monitor, brokerPids);
        }
        out << "history_bytes: " << monitor.histories().memoryBytes() << '\n';
        monitor.close();
    }
    const Round &cold = rounds.first();
    const QList<Round> warm = rounds.mid(1);
    const auto warmList = [&warm](const std::function<double(const Round &)> &of) {
        QList<double> values;
        for (const Round &round : warm)
            values.append(of(round));
        return values;
    };
    const QList<double> warmWall = warmList([](const Round &r) { return r.wallMs; });
    const QList<double> warmElapsed = warmList([](const Round &r) { return double(r.elapsedMs); });
    const QList<double> warmGuiCpu = warmList([](const Round &r) { return r.guiCpuMs; });
    const QList<double> warmDeliveryCpu = warmList([](const Round &r) { return r.deliveryCpuMs; });
    const QList<double> warmDeliveryWall =
        warmList([](const Round &r) { return r.deliveryWallMs; });
    out.setRealNumberNotation(QTextStream::FixedNotation);
    out.setRealNumberPrecision(1);
    out << "groups_seen: " << cold.groups << '\n';
    out << "group_partitions: " << cold.groupPartitions << '\n';
    out << "total_lag: " << cold.totalLag << '\n';
    if (!cold.warning.isEmpty())
        out << "round_warning: " << cold.warning << '\n';
    out << "described_groups (rounds): "
        << runsText(warmList([](const Round &r) { return double(r.described); })) << " (cold "
        << cold.described << ")\n";
    out << "exact_time_lags (rounds): "
        << runsText(warmList([](const Round &r) { return double(r.exact); })) << " (cold "
        << cold.exact << ")\n";
    out << "estimated_time_lags (rounds): "
        << runsText(warmList([](const Round &r) { return double(r.estimated); })) << " (cold "
        << cold.estimated << ")\n";
    out << "worker_cpu_ms (rounds): "
        << runsText(warmList([](const Round &r) { return double(r.workerCpuMs); })) << " (cold "
        << cold.workerCpuMs << ")\n";
    out << "librdkafka_cpu_ms (rounds): "
        << runsText(warmList([](const Round &r) { return double(r.librdkafkaCpuMs); })) << " (cold "
        << cold.librdkafkaCpuMs << ")\n";
    if (cold.brokerCpuMs >= 0)
        out << "broker_cpu_ms (rounds): "
            << runsText(warmList([](const Round &r) { return double(r.brokerCpuMs); })) << " (cold "
            << cold.brokerCpuMs << ")\n";
    out << "gui_cpu_per_round_ms: " << medianOf(warmGuiCpu) << " (max " << maxOf(warmGuiCpu)
        << ", cold " << cold.guiCpuMs << ")\n";
    out << "gui_round_delivery_cpu_ms: " << medianOf(warmDeliveryCpu) << " (max "
        << maxOf(warmDeliveryCpu) << ", cold " << cold.deliveryCpuMs << ")\n";
    out << "gui_round_delivery_wall_ms: " << medianOf(warmDeliveryWall) << " (max "
        << maxOf(warmDeliveryWall) << ")\n";
    out << "round_elapsed_ms (worker, warm runs): " << runsText(warmElapsed) << '\n';
    out << "round_elapsed_ms: " << medianOf(warmElapsed) << " (cold " << cold.elapsedMs << ")\n";
    out << "cold_round_ms: " << cold.wallMs << '\n';
    out << "warm_round_ms (runs): " << runsText(warmWall) << '\n';
    out << "warm_round_max_ms: " << maxOf(warmWall) << '\n';
    out << "warm_round_ms: " << medianOf(warmWall) << '\n';
    out.flush();

    // Where a round's time goes: GroupWorker::refresh's phases, each replayed alone with the
    // same GroupAdmin calls on a client of the bench's own (warm), 3 runs, median.
    {
        auto admin = connectTo(bootstrap);
        QList<GroupListing> listings;
        QString warning;
        KafkaError error;
        admin->groups->listGroups(kTimeoutMs, &listings, &warning, &error); // connects
        const double listMs = timePhase(3, [&] {
            if (!admin->groups->listGroups(kTimeoutMs, &listings, &warning, &error))
                die(QStringLiteral("listGroups: ") + error.message);
        });
        const QStringList ids = benchGroups(listings);
        QHash<QString, ConsumerGroupLag> described;
        const double describeMs = timePhase(3, [&] {
            described.clear();
            if (!admin->groups->describeGroups(ids, kTimeoutMs, &described, &error))
                die(QStringLiteral("describeGroups: ") + error.message);
        });
        // As a round asks: the groups of one coordinator (their descriptions name it) together.
        QHash<QString, int> coordinators;
        for (auto it = described.cbegin(); it != described.cend(); ++it)
            coordinators.insert(it.key(), it->coordinatorId);
        QHash<QString, QHash<TopicPartition, qint64>> committed;
        const auto committedPhase = [&](const QHash<QString, int> &named, QList<double> *runs) {
            return timePhase(
                3,
                [&] {
                    committed.clear();
                    QHash<QString, QString> failures;
                    if (!admin->groups->listCommittedOffsets(ids, kTimeoutMs, &committed, &failures,
                                                             &error, named))
                        die(QStringLiteral("listCommittedOffsets: ") + error.message);
                },
                runs);
        };
        QList<double> aloneRuns;
        const double aloneMs = committedPhase({}, &aloneRuns); // one group per request, as before
        const int aloneCalls = admin->groups->offsetFetchCalls();
        QList<double> committedRuns;
        const double committedMs = committedPhase(coordinators, &committedRuns);
        const int committedCalls = admin->groups->offsetFetchCalls();
        // The same, one group at a time: the cost of one request round trip.
        const double oneGroupMs = timePhase(20, [&] {
            QHash<QString, QHash<TopicPartition, qint64>> one;
            QHash<QString, QString> failures;
            admin->groups->listCommittedOffsets({ids.first()}, kTimeoutMs, &one, &failures, &error);
        });
        const QList<TopicPartition> partitions = allPartitions();
        QHash<TopicPartition, qint64> ends;
        const double endsMs = timePhase(3, [&] {
            ends.clear();
            if (!admin->groups->listOffsets(partitions, GroupAdmin::kLatest, false, kTimeoutMs,
                                            &ends, &error))
                die(QStringLiteral("listOffsets: ") + error.message);
        });
        // Time-lag reads as a round asks them: one position per partition (the committed offset
        // of the first group, in turn, with a lag there); 500 here, within GroupWorker's default
        // budget of 2,000.
        const auto positionsFor = [&](int skip) {
            QHash<TopicPartition, qint64> positions;
            for (qsizetype g = 0; g < ids.size(); ++g) {
                const QString &id = ids.at((g + skip) % ids.size());
                const QHash<TopicPartition, qint64> &offsets = committed.value(id);
                for (auto it = offsets.cbegin(); it != offsets.cend(); ++it)
                    if (it.value() < ends.value(it.key()) && !positions.contains(it.key()))
                        positions.insert(it.key(), it.value());
            }
            return positions;
        };
        KafkaError readerError;
        QElapsedTimer createClock;
        createClock.start();
        auto reader = OffsetTimestampReader::create(
            KafkaConfig::forProfile(ConnectionProfile::forBootstrap(bootstrap), {}), false,
            &readerError);
        if (!reader)
            die(QStringLiteral("OffsetTimestampReader: ") + readerError.message);
        const double readerCreateMs = ms(createClock.nsecsElapsed());
        std::atomic_bool stop = false;
        QList<double> readRuns;
        int asked = 0, answered = 0;
        for (int i = 0; i < 3; ++i) {
            const QHash<TopicPartition, qint64> positions = positionsFor(i * 7);
            QElapsedTimer timer;
            timer.start();
            const auto found = reader->read(positions, 1500, &stop);
            readRuns.append(ms(timer.nsecsElapsed()));
            asked = int(positions.size());
            answered = int(found.size());
        }
        out << "phase_list_groups_ms: " << listMs << '\n';
        out << "phase_describe_groups_ms: " << describeMs << " (all " << ids.size()
            << " groups; a warm round describes only the described_groups above)\n";
        out << "phase_committed_offsets_alone_ms: " << aloneMs << " (runs " << runsText(aloneRuns)
            << "; " << aloneCalls << " requests, one group each)\n";
        out << "phase_committed_offsets_ms: " << committedMs << " (runs " << runsText(committedRuns)
            << "; " << committedCalls << " requests, the groups of one coordinator together)\n";
        out << "phase_committed_offsets_one_group_ms: " << oneGroupMs << '\n';
        out << "phase_list_offsets_ms: " << endsMs << " (" << partitions.size() << " partitions)\n";
        out << "phase_time_lag_reader_create_ms: " << readerCreateMs << '\n';
        out << "phase_time_lag_read_ms (runs): " << runsText(readRuns) << " (" << answered << " of "
            << asked << " positions answered; the first run connects)\n";
        out << "phase_time_lag_read_ms: " << medianOf(readRuns) << '\n';
        out << "phases_sum_ms: " << listMs + describeMs + committedMs + endsMs + medianOf(readRuns)
            << '\n';
        out.flush();
    }

    // The peer: the real CLI from the same jars, as a user runs it (JVM start included).
    QList<double> cliMs;
    for (int i = 0; i < shape.cliRuns; ++i) {
        const CliRun run = runCli(script, clusterDir, bootstrap);
        if (run.rows != qint64(shape.groups) * shape.partitions)
            die(QStringLiteral("kafka-consumer-groups.sh printed %1 rows, not %2")
                    .arg(run.rows)
                    .arg(qint64(shape.groups) * shape.partitions));
        // Nothing produces or commits meanwhile: both must add up to the same lag.
        if (run.lag != cold.totalLag)
            die(QStringLiteral("kafka-consumer-groups.sh adds up a lag of %1, Qafka %2")
                    .arg(run.lag)
                    .arg(cold.totalLag));
        cliMs.append(double(run.wallMs));
    }
    out << "cli_rows: " << qint64(shape.groups) * shape.partitions << '\n';
    out << "cli_ms (runs): " << runsText(cliMs) << '\n';
    out << "cli_ms: " << medianOf(cliMs) << '\n';
    out.setRealNumberPrecision(3);
    out << "ratio_vs_cli: " << medianOf(warmWall) / medianOf(cliMs) << '\n';
    if (tenThousandGroups) {
        out.setRealNumberPrecision(1);
        out << "lag_round_10k_groups_ms: " << medianOf(warmWall) << '\n';
    }
    return 0;
}
