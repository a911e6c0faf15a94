// bench/run produce: 1,000,000 messages of 100 bytes through the producer pane's own path
// (ClusterConnection::produce -> ProduceJob -> ProducerClient, idempotent, acks=all) against
// kcat -P sending the same messages to the same broker, in the same run: kcat as it comes
// (acks=all, not idempotent) and kcat with enable.idempotence=true (the pane's guarantee). Five
// alternating runs each, medians compared, every message acknowledged before the clock stops;
// also the CPU time the sending side used per run (steadier than wall time on a busy machine).
// Also the first message of a fresh connection until its acknowledgement, with and without the
// producer made while the form is filled in (ClusterConnection::prepareProducer, as the producer
// pane does when shown), and kcat -P sending one message (process start included).

#include "benchsupport.h"
#include "platform/guithreadallocator.h"
#include "session/clusterconnection.h"
#include "threadcpu.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryFile>
#include <QTest>
#include <QTextStream>

#include <librdkafka/rdkafka.h>

#include <algorithm>
#include <functional>
#include <sys/resource.h>

using namespace Qafka;

namespace {

QTextStream out(stdout);
// A million per run and five alternating runs: with 100,000 one run took 0.1-0.2 s and the ratio
// moved between 0.65 and 1.52 from run to run.
constexpr qint64 messageCount = 1000000;
constexpr int kRuns = 5;
constexpr int valueSize = 100;

bool createTopic(const QString &bootstrap, const QString &name)
{
    rd_kafka_t *rk = Bench::newProducer(bootstrap);
    const bool ok = rk && Bench::createTopic(rk, name, 6);
    if (rk)
        rd_kafka_destroy(rk);
    return ok;
}

QByteArray valueFor(qint64 i)
{
    QByteArray value = QByteArray::number(i).rightJustified(12, '0');
    value.append(QByteArray(valueSize - value.size(), 'x'));
    return value;
}

// CPU time (ms) of this process's producing threads: the cluster worker ("cluster:...") and
// librdkafka's ("rdk:..."). Wall time here moves by +-20 % from run to run with the machine's
// other load; the CPU a send costs moves much less.
qint64 producingCpuMs()
{
    return threadsCpuMs("cluster:") + threadsCpuMs("rdk:");
}

// CPU time (ms) of the finished children (kcat), user and system.
qint64 childrenCpuMs()
{
    struct rusage usage = {};
    getrusage(RUSAGE_CHILDREN, &usage);
    return qint64(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000 +
           qint64(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000;
}

struct Timed
{
    qint64 ms = -1;
    qint64 cpuMs = -1;
};

Timed qafkaRun(ClusterConnection &connection, const QString &topic)
{
    const QByteArray filler(valueSize, 'x');
    ProduceRequest request;
    request.topic = topic;
    request.count = messageCount;
    request.generator = [filler](qint64 sequence) {
        OutgoingMessage message;
        QByteArray value = QByteArray::number(sequence).rightJustified(12, '0');
        value.append(filler.constData(), valueSize - value.size());
        message.value = value;
        return message;
    };
    QSignalSpy finished(&connection, &ClusterConnection::produceFinished);
    const qint64 cpuBefore = producingCpuMs();
    QElapsedTimer timer;
    timer.start();
    connection.produce(request);
    if (!finished.wait(600000))
        return {};
    const qint64 elapsed = timer.elapsed();
    const auto progress = finished.first().at(1).value<ProduceProgress>();
    if (progress.delivered != messageCount) {
        out << "qafka_error: " << progress.failed << " failed, "
            << finished.first().at(2).value<KafkaError>().message << '\n';
        return {};
    }
    return {elapsed, producingCpuMs() - cpuBefore};
}

Timed kcatRun(const QString &bootstrap, const QString &topic, const QString &file, bool idempotent)
{
    QProcess kcat;
    QElapsedTimer timer;
    QStringList arguments{QStringLiteral("-P"),
                          QStringLiteral("-b"),
                          bootstrap,
                          QStringLiteral("-t"),
                          topic,
                          QStringLiteral("-l"),
                          file};
    if (idempotent)
        arguments << QStringLiteral("-X") << QStringLiteral("enable.idempotence=true");
    const qint64 cpuBefore = childrenCpuMs();
    timer.start();
    kcat.start(QStringLiteral("kcat"), arguments);
    if (!kcat.waitForFinished(600000) || kcat.exitCode() != 0)
        return {};
    const qint64 elapsed = timer.elapsed();
    return {elapsed, childrenCpuMs() - cpuBefore};
}

// A fresh connection's first message, acknowledged. prepared: the producer was made when the
// pane was shown, and the person took thinkMs to fill in the form.
qint64 firstMessage(const QString &bootstrap, const QString &topic, bool prepared)
{
    constexpr int thinkMs = 2000;
    ClusterConnection connection(ConnectionProfile::forBootstrap(bootstrap), {});
    connection.open();
    // QTest::qWaitFor sleeps between looks: processEvents() with a time limit returns at once when
    // nothing is pending, and a loop of it kept a core busy for as long as it waited.
    const bool listed = QTest::qWaitFor(
        [&] {
            const QList<TopicInfo> topics = connection.snapshot().topics;
            return std::any_of(topics.cbegin(), topics.cend(),
                               [&](const TopicInfo &t) { return t.name == topic; });
        },
        20000);
    if (!listed)
        return -1;
    if (prepared) {
        QSignalSpy ready(&connection, &ClusterConnection::producerPrepared);
        connection.prepareProducer(QStringLiteral("none"));
        if (!ready.wait(10000))
            return -1;
        QTest::qWait(thinkMs);
    }
    ProduceRequest request;
    request.topic = topic;
    request.count = 1;
    request.generator = [](qint64) {
        OutgoingMessage message;
        message.value = "first";
        return message;
    };
    QSignalSpy finished(&connection, &ClusterConnection::produceFinished);
    QElapsedTimer timer;
    timer.start();
    connection.produce(request);
    if (!finished.wait(30000) || finished.first().at(1).value<ProduceProgress>().delivered != 1)
        return -1;
    const qint64 elapsed = timer.elapsed();
    connection.close();
    return elapsed;
}

qint64 kcatOneMessage(const QString &bootstrap, const QString &topic)
{
    QProcess kcat;
    QElapsedTimer timer;
    timer.start();
    kcat.start(QStringLiteral("kcat"), {QStringLiteral("-P"), QStringLiteral("-b"), bootstrap,
                                        QStringLiteral("-t"), topic});
    kcat.write("first\n");
    kcat.closeWriteChannel();
    if (!kcat.waitForFinished(30000) || kcat.exitCode() != 0)
        return -1;
    return timer.elapsed();
}

void measureFirstMessage(const QString &bootstrap, const QString &topic)
{
    QList<qint64> cold;
    QList<qint64> prepared;
    QList<qint64> kcat;
    for (int run = 0; run < 3; ++run) {
        cold.append(firstMessage(bootstrap, topic, false));
        prepared.append(firstMessage(bootstrap, topic, true));
        kcat.append(kcatOneMessage(bootstrap, topic));
    }
    out << "first_message_cold_ms: " << Bench::withRuns(cold) << '\n';
    out << "first_message_prepared_ms: " << Bench::withRuns(prepared) << '\n';
    out << "kcat_one_message_ms: " << Bench::withRuns(kcat) << '\n';
    // Send pressed on a fresh connection whose producer pane is open: until the delivery report.
    out << "first_send_ms: " << Bench::median(prepared) << '\n';
}

} // namespace

int main(int argc, char **argv)
{
    Qafka::setUpGuiThreadAllocator(); // as Qafka's main() does
    QCoreApplication app(argc, argv);
    registerClusterTypes();
    if (app.arguments().size() < 2) {
        QTextStream(stderr) << "usage: producebench BOOTSTRAP\n";
        return 2;
    }
    const QString bootstrap = app.arguments().at(1);
    const QString suffix = QString::number(QDateTime::currentMSecsSinceEpoch());
    const QString qafkaTopic = QStringLiteral("bench-produce-qafka-") + suffix;
    const QString kcatTopic = QStringLiteral("bench-produce-kcat-") + suffix;
    if (!createTopic(bootstrap, qafkaTopic) || !createTopic(bootstrap, kcatTopic)) {
        out << "error: could not create the topics\n";
        return 1;
    }
    QTemporaryFile file;
    file.open();
    for (qint64 i = 0; i < messageCount; ++i)
        file.write(valueFor(i) + '\n');
    file.flush();

    ClusterConnection connection(ConnectionProfile::forBootstrap(bootstrap), {});
    connection.open();
    if (!QTest::qWaitFor([&] { return connection.state() == ConnectionState::Connected; }, 20000) ||
        !QTest::qWaitFor([&] { return connection.snapshot().topics.size() >= 2; }, 20000)) {
        out << "error: the connection did not list the topics\n";
        return 1;
    }

    measureFirstMessage(bootstrap, qafkaTopic);

    QList<qint64> qafka, qafkaCpu;
    QList<qint64> kcat, kcatCpu;
    QList<qint64> kcatIdempotent, kcatIdempotentCpu;
    for (int run = 0; run < kRuns; ++run) {
        const Timed q = qafkaRun(connection, qafkaTopic);
        const Timed k = kcatRun(bootstrap, kcatTopic, file.fileName(), false);
        const Timed ki = kcatRun(bootstrap, kcatTopic, file.fileName(), true);
        if (q.ms < 0 || k.ms < 0 || ki.ms < 0) {
            out << "error: a run failed (qafka " << q.ms << " ms, kcat " << k.ms
                << " ms, idempotent kcat " << ki.ms << " ms)\n";
            return 1;
        }
        qafka.append(q.ms);
        qafkaCpu.append(q.cpuMs);
        kcat.append(k.ms);
        kcatCpu.append(k.cpuMs);
        kcatIdempotent.append(ki.ms);
        kcatIdempotentCpu.append(ki.cpuMs);
    }
    out << "messages: " << messageCount << '\n';
    out << "value_bytes: " << valueSize << '\n';
    out << "qafka_ms: " << Bench::withRuns(qafka) << '\n';
    out << "kcat_ms: " << Bench::withRuns(kcat) << '\n';
    out << "kcat_idempotent_ms: " << Bench::withRuns(kcatIdempotent) << '\n';
    // CPU of the sending side only (the broker's is the same work for all three).
    out << "qafka_cpu_ms: " << Bench::withRuns(qafkaCpu) << '\n';
    out << "kcat_cpu_ms: " << Bench::withRuns(kcatCpu) << '\n';
    out << "kcat_idempotent_cpu_ms: " << Bench::withRuns(kcatIdempotentCpu) << '\n';
    out << "qafka_msgs_per_s: " << qRound64(messageCount * 1000.0 / double(Bench::median(qafka)))
        << '\n';
    out.setRealNumberPrecision(3);
    out << "cpu_ratio_vs_kcat_idempotent_produce: "
        << double(Bench::median(qafkaCpu)) / double(Bench::median(kcatIdempotentCpu)) << '\n';
    out << "ratio_vs_kcat_idempotent_produce: "
        << double(Bench::median(qafka)) / double(Bench::median(kcatIdempotent)) << '\n';
    out << "ratio_vs_kcat_produce: " << double(Bench::median(qafka)) / double(Bench::median(kcat))
        << '\n';
    return 0;
}
