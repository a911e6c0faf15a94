// bench/run produce: 100,000 messages of 100 bytes through the producer pane's own path
// (ClusterConnection::produce -> ProduceJob -> ProducerClient, idempotent, acks=all) against
// kcat -P sending the same messages to the same broker, in the same run. Median of 3 each,
// alternating, every message acknowledged before the clock stops.

#include "benchsupport.h"
#include "session/clusterconnection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryFile>
#include <QTextStream>

#include <librdkafka/rdkafka.h>

#include <algorithm>

using namespace Qafka;

namespace {

QTextStream out(stdout);
constexpr qint64 messageCount = 100000;
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

qint64 qafkaRun(ClusterConnection &connection, const QString &topic)
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
    QElapsedTimer timer;
    timer.start();
    connection.produce(request);
    if (!finished.wait(120000))
        return -1;
    const qint64 elapsed = timer.elapsed();
    const auto progress = finished.first().at(1).value<ProduceProgress>();
    if (progress.delivered != messageCount) {
        out << "qafka_error: " << progress.failed << " failed, "
            << finished.first().at(2).value<KafkaError>().message << '\n';
        return -1;
    }
    return elapsed;
}

qint64 kcatRun(const QString &bootstrap, const QString &topic, const QString &file)
{
    QProcess kcat;
    QElapsedTimer timer;
    timer.start();
    kcat.start(QStringLiteral("kcat"), {QStringLiteral("-P"), QStringLiteral("-b"), bootstrap,
                                        QStringLiteral("-t"), topic, QStringLiteral("-l"), file});
    if (!kcat.waitForFinished(120000) || kcat.exitCode() != 0)
        return -1;
    return timer.elapsed();
}

} // namespace

int main(int argc, char **argv)
{
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
    QElapsedTimer wait;
    wait.start();
    while (connection.state() != ConnectionState::Connected && wait.elapsed() < 20000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    while (connection.snapshot().topics.size() < 2 && wait.elapsed() < 20000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    QCoreApplication::processEvents(QEventLoop::AllEvents, 2500); // next refresh lists both topics

    QList<qint64> qafka;
    QList<qint64> kcat;
    for (int run = 0; run < 3; ++run) {
        const qint64 q = qafkaRun(connection, qafkaTopic);
        const qint64 k = kcatRun(bootstrap, kcatTopic, file.fileName());
        if (q < 0 || k < 0) {
            out << "error: a run failed (qafka " << q << " ms, kcat " << k << " ms)\n";
            return 1;
        }
        qafka.append(q);
        kcat.append(k);
    }
    out << "messages: " << messageCount << '\n';
    out << "value_bytes: " << valueSize << '\n';
    out << "qafka_ms: " << Bench::median(qafka) << " (runs " << qafka.at(0) << ", " << qafka.at(1)
        << ", " << qafka.at(2) << ")\n";
    out << "kcat_ms: " << Bench::median(kcat) << " (runs " << kcat.at(0) << ", " << kcat.at(1)
        << ", " << kcat.at(2) << ")\n";
    out << "qafka_msgs_per_s: " << qRound64(messageCount * 1000.0 / double(Bench::median(qafka)))
        << '\n';
    out.setRealNumberPrecision(3);
    out << "ratio_vs_kcat_produce: " << double(Bench::median(qafka)) / double(Bench::median(kcat))
        << '\n';
    return 0;
}
