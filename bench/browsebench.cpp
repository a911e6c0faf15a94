// bench/run consume|memory|stall|filter: the message browser on a real local broker.
//
//  consume  1,000,000 messages (16-byte keys, 100-byte values, 6 partitions) loaded through
//           MessageLoader into MessageListModel, against `kcat -C -e -o beginning` writing the
//           same messages to /dev/null; median of 3, alternating.
//  memory   bytes per loaded message above the payload: the store's own accounting, and the
//           process's resident memory growth measured around a load.
//  stall    the GUI thread's lateness (a 1 ms timer) while a QTableView shows the model during
//           the 1M load, and while tailing a topic a producer thread writes to at full speed.
//  filter   a regex over 1,000,000 loaded values, run as the browser runs it (MessageViewJob on
//           a worker thread), from request to result.

#include "benchsupport.h"
#include "messagelistmodel.h"
#include "messages/messagefilter.h"
#include "messages/messageviewbuilder.h"
#include "messagespane.h"
#include "platform/freedmemory.h"
#include "platform/threadpriority.h"
#include "session/clusterconnection.h"
#include "session/messageloader.h"
#include "stallmeter.h"
#include "tracingapplication.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QProcess>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <librdkafka/rdkafka.h>

#include <algorithm>
#include <atomic>
#include <sys/resource.h>
#include <unistd.h>

using namespace Qafka;

namespace {

QTextStream out(stdout);
constexpr qint64 kMessages = 1'000'000;
constexpr int kPartitions = 6;
constexpr int kKeySize = 16;
constexpr int kValueSize = 100;

rd_kafka_t *newProducer(const QString &bootstrap)
{
    return Bench::newProducer(bootstrap, {{"linger.ms", "20"},
                                          {"batch.size", "1000000"},
                                          {"queue.buffering.max.messages", "2000000"}});
}

bool createTopic(rd_kafka_t *rk, const QString &name)
{
    return Bench::createTopic(rk, name, kPartitions);
}

void produceOne(rd_kafka_t *rk, rd_kafka_topic_t *topic, qint64 i)
{
    char key[40];
    char value[kValueSize + 40];
    std::snprintf(key, sizeof key, "key-%012lld", static_cast<long long>(i));
    std::snprintf(value, sizeof value, "{\"seq\":%012lld,\"pad\":\"", static_cast<long long>(i));
    const size_t used = std::strlen(value);
    std::memset(value + used, 'x', kValueSize - used - 2);
    value[kValueSize - 2] = '"';
    value[kValueSize - 1] = '}';
    while (rd_kafka_produce(topic, RD_KAFKA_PARTITION_UA, RD_KAFKA_MSG_F_COPY, value, kValueSize,
                            key, kKeySize, nullptr) == -1)
        rd_kafka_poll(rk, 10); // queue full: let deliveries drain
}

bool seed(rd_kafka_t *rk, const QString &name, qint64 count)
{
    rd_kafka_topic_t *topic = rd_kafka_topic_new(rk, name.toUtf8().constData(), nullptr);
    for (qint64 i = 0; i < count; ++i) {
        produceOne(rk, topic, i);
        if (i % 10000 == 0)
            rd_kafka_poll(rk, 0);
    }
    const bool ok = rd_kafka_flush(rk, 120000) == RD_KAFKA_RESP_ERR_NO_ERROR;
    rd_kafka_topic_destroy(topic);
    return ok;
}

struct LoadResult
{
    qint64 ms = -1;
    qint64 loaded = 0;
};

LoadResult loadInto(MessageListModel &model, const QString &bootstrap, const QString &topic,
                    bool follow = false, qint64 max = 0)
{
    MessageLoader loader(ConnectionProfile::forBootstrap(bootstrap), {});
    QElapsedTimer timer;
    qint64 firstMs = -1;
    qint64 appendNs = 0;
    int batches = 0;
    QObject::connect(&loader, &MessageLoader::batchReady, &model,
                     [&](quint64, const MessageBatch &batch, const BrowseProgress &) {
                         if (firstMs < 0 && !batch.records.isEmpty())
                             firstMs = timer.elapsed();
                         QElapsedTimer append;
                         append.start();
                         model.appendBatch(batch);
                         appendNs += append.nsecsElapsed();
                         ++batches;
                     });
    QSignalSpy finished(&loader, &MessageLoader::finished);
    BrowseRequest request;
    request.topic = topic;
    request.follow = follow;
    request.maxMessages = max;
    timer.start();
    loader.start(request);
    if (!finished.wait(300000))
        return {};
    const auto end = finished.first().at(1).value<BrowseEnd>();
    if (end == BrowseEnd::Failed) {
        out << "error: " << finished.first().at(3).value<KafkaError>().message << '\n';
        return {};
    }
    if (qEnvironmentVariableIsSet("QAFKA_BENCH_TRACE"))
        QTextStream(stderr) << "load: first batch after " << firstMs << " ms, " << batches
                            << " batches, appending took " << appendNs / 1000000 << " ms, total "
                            << timer.elapsed() << " ms\n";
    return {timer.elapsed(), model.loadedCount()};
}

qint64 kcatConsume(const QString &bootstrap, const QString &topic)
{
    QProcess kcat;
    kcat.setStandardOutputFile(QStringLiteral("/dev/null"));
    QElapsedTimer timer;
    timer.start();
    kcat.start(QStringLiteral("kcat"),
               {QStringLiteral("-C"), QStringLiteral("-b"), bootstrap, QStringLiteral("-t"), topic,
                QStringLiteral("-e"), QStringLiteral("-o"), QStringLiteral("beginning"),
                QStringLiteral("-q")});
    if (!kcat.waitForFinished(300000) || kcat.exitCode() != 0)
        return -1;
    return timer.elapsed();
}

qint64 residentBytes()
{
    QFile status(QStringLiteral("/proc/self/statm"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = status.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * 4096 : 0;
}

// With QAFKA_BENCH_TRACE set, names every GUI-thread event that took 10 ms or more.
} // namespace

int main(int argc, char **argv)
{
    TracingApplication app(argc, argv);
    registerBrowseTypes();
    if (app.arguments().size() < 3) {
        QTextStream(stderr) << "usage: browsebench consume|memory|stall|filter BOOTSTRAP\n";
        return 2;
    }
    const QString mode = app.arguments().at(1);
    const QString bootstrap = app.arguments().at(2);
    const QString topic =
        QStringLiteral("bench-browse-") + QString::number(QDateTime::currentMSecsSinceEpoch());

    rd_kafka_t *producer = newProducer(bootstrap);
    QElapsedTimer seedClock;
    seedClock.start();
    if (!createTopic(producer, topic) || !seed(producer, topic, kMessages)) {
        out << "error: could not create and fill " << topic << '\n';
        return 1;
    }
    out << "messages: " << kMessages << '\n';
    out << "partitions: " << kPartitions << '\n';
    out << "key_bytes: " << kKeySize << '\n';
    out << "value_bytes: " << kValueSize << '\n';
    out << "seed_ms: " << seedClock.elapsed() << '\n';
    out.flush();

    if (mode == QLatin1String("consume")) {
        QList<qint64> qafka, kcat;
        for (int run = 0; run < 3; ++run) {
            MessageListModel model;
            model.setCap(0, 0);
            const LoadResult result = loadInto(model, bootstrap, topic);
            const qint64 k = kcatConsume(bootstrap, topic);
            if (result.ms < 0 || result.loaded != kMessages || k < 0) {
                out << "error: a run failed (qafka " << result.ms << " ms, " << result.loaded
                    << " messages; kcat " << k << " ms)\n";
                return 1;
            }
            qafka.append(result.ms);
            kcat.append(k);
        }
        out << "qafka_ms: " << Bench::median(qafka) << " (runs " << qafka.at(0) << ", "
            << qafka.at(1) << ", " << qafka.at(2) << ")\n";
        out << "kcat_ms: " << Bench::median(kcat) << " (runs " << kcat.at(0) << ", " << kcat.at(1)
            << ", " << kcat.at(2) << ")\n";
        out << "qafka_msgs_per_s: " << qRound64(kMessages * 1000.0 / double(Bench::median(qafka)))
            << '\n';
        out.setRealNumberPrecision(3);
        out << "ratio_vs_kcat: " << double(Bench::median(qafka)) / double(Bench::median(kcat))
            << '\n';
    } else if (mode == QLatin1String("memory")) {
        // Resident memory moves by ±20 % from one load to the next (allocator and page-cache
        // noise), so three loads into fresh models; the headline is the store's own accounting,
        // which is exact, with the RSS median and its runs next to it.
        QList<qint64> rssPerMessage;
        double storePerMessage = 0;
        qint64 payload = 0;
        for (int run = 0; run < 3; ++run) {
            returnFreedMemoryToSystem();
            const qint64 before = residentBytes();
            auto model = std::make_unique<MessageListModel>();
            model->setCap(0, 0);
            const LoadResult result = loadInto(*model, bootstrap, topic);
            if (result.loaded != kMessages) {
                out << "error: loaded " << result.loaded << '\n';
                return 1;
            }
            returnFreedMemoryToSystem(); // as the worker does after each load
            const qint64 after = residentBytes();
            payload = model->store().payloadBytes();
            storePerMessage = double(model->store().overheadBytes()) / double(kMessages);
            rssPerMessage.append(qRound64(double(after - before - payload) / double(kMessages)));
        }
        out << "payload_bytes: " << payload << '\n';
        out << "rss_overhead_bytes_per_message: " << Bench::median(rssPerMessage) << " (runs "
            << rssPerMessage.at(0) << ", " << rssPerMessage.at(1) << ", " << rssPerMessage.at(2)
            << ")\n";
        out << "store_overhead_bytes_per_message: " << storePerMessage << '\n';
        out << "overhead_bytes_per_message: " << qRound64(storePerMessage) << '\n';
    } else if (mode == QLatin1String("stall")) {
        // The real pane, shown, as a user sees it: its table, status line and detail view.
        ClusterConnection connection(ConnectionProfile::forBootstrap(bootstrap), {});
        connection.open();
        MessagesPane pane(&connection);
        pane.resize(1400, 820);
        pane.show();
        // On screen before the load starts, as in a session: the window's first paint (its
        // fonts and styles looked up, 12-21 ms of CPU here) is opening the pane, not loading.
        if (!QTest::qWaitForWindowExposed(&pane)) {
            out << "error: the pane was never shown\n";
            return 1;
        }
        pane.repaint();
        pane.setCap(2'000'000, 4096);
        const auto loadAndWait = [&pane](const BrowseRequest &request, int timeoutMs) {
            QSignalSpy finished(&pane, &MessagesPane::loadFinished);
            pane.setRequest(request);
            pane.load();
            return finished.wait(timeoutMs);
        };
        StallMeter meter;
        BrowseRequest request;
        request.topic = topic;
        QElapsedTimer loadClock;
        loadClock.start();
        meter.start();
        if (!loadAndWait(request, 300000) || pane.model()->loadedCount() != kMessages) {
            out << "error: the pane did not load " << kMessages << " messages\n";
            return 1;
        }
        meter.stop();
        out << "load_ms: " << loadClock.elapsed() << '\n';
        out << "load_stall_p99_ms: " << meter.p99Ms() << '\n';
        out << "load_stall_max_own_ms: " << meter.maxOwnMs()
            << '\n'; // not waiting for a core or the host
        out << "load_stall_max_ms: " << meter.maxMs() << '\n';
        const double loadP99 = meter.p99Ms(), loadMax = meter.maxMs();

        // Live tail: a producer thread writes for 60 s (QAFKA_BENCH_TAIL_SECONDS) while the pane
        // follows the topic's end; after 10 s the cap (2,000,000) drops the oldest rows.
        const QString tailTopic = topic + QStringLiteral("-tail");
        createTopic(producer, tailTopic);
        std::atomic_bool producing = true;
        std::atomic<qint64> produced = 0;
        std::atomic_int producerNice = 0;
        // Paced (QAFKA_BENCH_TAIL_RATE msg/s, default 200,000: twice the goal) so that on two
        // cores the producer does not starve the broker and the browser it is measuring.
        const qint64 rate = qEnvironmentVariableIntValue("QAFKA_BENCH_TAIL_RATE") > 0
                                ? qEnvironmentVariableIntValue("QAFKA_BENCH_TAIL_RATE")
                                : 200000;
        // The load stands for producers on other machines, so it runs at the nice value of
        // Qafka's own background threads, and so do its librdkafka threads (made here, they
        // inherit it): on two shared cores it competes with the broker and Qafka's consumer, not
        // with the GUI thread under test.
        QThread *writer = QThread::create([&] {
            lowerCurrentThreadPriority();
            producerNice.store(getpriority(PRIO_PROCESS, id_t(gettid())));
            rd_kafka_t *tailProducer = newProducer(bootstrap);
            rd_kafka_topic_t *t =
                rd_kafka_topic_new(tailProducer, tailTopic.toUtf8().constData(), nullptr);
            QElapsedTimer clock;
            clock.start();
            for (qint64 i = 0; producing.load(); ++i) {
                // Naps of 5 ms (bursts of about 1,000 messages): with naps of 0.5 ms the
                // other core idled in gaps shorter than the kernel's migration cost, so it no
                // longer pulled waiting threads over (perf sched: the GUI thread runnable for
                // 4–9 ms behind the broker while that core idled every 0.55 ms).
                while (i > clock.elapsed() * rate / 1000)
                    QThread::msleep(5);
                produceOne(tailProducer, t, i);
                produced.store(i + 1);
                if (i % 10000 == 0)
                    rd_kafka_poll(tailProducer, 0);
            }
            rd_kafka_flush(tailProducer, 60000);
            rd_kafka_topic_destroy(t);
            rd_kafka_destroy(tailProducer);
        });
        request.topic = tailTopic;
        request.start = BrowseRequest::Start::End;
        request.follow = true;
        pane.setRequest(request);
        // A topic created a moment ago may not be in every metadata answer yet.
        for (int attempt = 0; attempt < 20; ++attempt) {
            pane.load();
            runEventLoopFor(2000); // the consumer is assigned before the producer starts
            if (pane.isLoading())
                break;
        }
        const auto received = [&pane] {
            return pane.model()->loadedCount() + pane.model()->droppedCount();
        };
        meter.start();
        QElapsedTimer tailClock;
        tailClock.start();
        writer->start();
        const int tailSeconds = qEnvironmentVariableIntValue("QAFKA_BENCH_TAIL_SECONDS") > 0
                                    ? qEnvironmentVariableIntValue("QAFKA_BENCH_TAIL_SECONDS")
                                    : 60;
        runEventLoopFor(tailSeconds * 1000);
        producing.store(false);
        if (!runEventLoopUntil([writer] { return writer->isFinished(); }, 120000))
            out << "warning: the tail producer did not finish flushing\n";
        // Give the tail time to catch up with what was written.
        runEventLoopUntil([&] { return received() >= produced.load(); }, 30000);
        const qint64 tailMs = tailClock.elapsed();
        meter.stop();
        pane.stop();
        delete writer;
        out << "tail_seconds: " << tailSeconds << '\n';
        out << "tail_target_msgs_per_s: " << rate << '\n';
        out << "tail_producer_nice: " << producerNice.load() << '\n';
        out << "tail_produced: " << produced.load() << '\n';
        out << "tail_received: " << received() << '\n';
        out << "tail_dropped_over_cap: " << pane.model()->droppedCount() << '\n';
        out << "tail_msgs_per_s: " << qRound64(double(received()) * 1000.0 / double(tailMs))
            << '\n';
        out << "tail_stall_p99_ms: " << meter.p99Ms() << '\n';
        out << "tail_stall_max_own_ms: " << meter.maxOwnMs() << '\n';
        out << "tail_stall_max_ms: " << meter.maxMs() << '\n';
        out << "gui_stall_p99_ms: " << qMax(loadP99, meter.p99Ms()) << '\n';
        out << "gui_stall_max_ms: " << qMax(loadMax, meter.maxMs()) << '\n';
    } else if (mode == QLatin1String("filter")) {
        MessageListModel model;
        model.setCap(0, 0);
        if (loadInto(model, bootstrap, topic).loaded != kMessages) {
            out << "error: load failed\n";
            return 1;
        }
        MessageFilterSpec spec;
        spec.text = QStringLiteral("\"seq\":0+12345[0-9]");
        spec.regex = true;
        spec.inKey = false;
        spec.inHeaders = false;
        QString error;
        const auto filter = MessageFilter::create(spec, &error);
        QList<qint64> times;
        qint64 matches = 0;
        for (int run = 0; run < 3; ++run) {
            QSignalSpy ready(&model, &MessageListModel::viewReady);
            QElapsedTimer timer;
            timer.start();
            model.setFilter(filter);
            if (!ready.wait(60000)) {
                out << "error: the filter did not finish\n";
                return 1;
            }
            times.append(timer.elapsed());
            matches = model.rowCount();
            model.setFilter(nullptr);
        }
        out << "filter_regex: " << spec.text << '\n';
        out << "filter_matches: " << matches << '\n';
        out << "filter_runs_ms: " << times.at(0) << ", " << times.at(1) << ", " << times.at(2)
            << '\n';
        out << "filter_ms: " << Bench::median(times) << '\n';
    } else {
        out << "error: unknown mode " << mode << '\n';
        return 2;
    }
    rd_kafka_destroy(producer);
    return 0;
}
