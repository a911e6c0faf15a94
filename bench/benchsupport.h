#pragma once

// Small helpers shared by the benchmark programs: topic set-up through librdkafka directly (the
// benchmarks measure Qafka's paths, not its admin code), the median of runs and the process's
// memory as /proc/self/status says it.

#include <QByteArray>
#include <QDebug>
#include <QFile>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <librdkafka/rdkafka.h>

#include <algorithm>

namespace Bench {

// A producer handle for bootstrap with extra properties; nullptr on a bad property.
inline rd_kafka_t *newProducer(const QString &bootstrap,
                               const QList<QPair<const char *, const char *>> &properties = {})
{
    char errstr[512];
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    rd_kafka_conf_set(conf, "bootstrap.servers", bootstrap.toUtf8().constData(), errstr,
                      sizeof errstr);
    for (const auto &[name, value] : properties) {
        if (rd_kafka_conf_set(conf, name, value, errstr, sizeof errstr) != RD_KAFKA_CONF_OK) {
            rd_kafka_conf_destroy(conf);
            return nullptr;
        }
    }
    return rd_kafka_new(RD_KAFKA_PRODUCER, conf, errstr, sizeof errstr);
}

// Creates a topic with replication factor 1 and waits for the answer; true when it exists. The
// answer's per-topic error counts (a request that "succeeded" may still have refused the topic,
// e.g. while a fresh broker's controller settles): retried for up to a minute.
inline bool createTopic(rd_kafka_t *rk, const QString &name, int partitions)
{
    for (int attempt = 0; attempt < 60; ++attempt) {
        char errstr[512];
        rd_kafka_queue_t *queue = rd_kafka_queue_new(rk);
        rd_kafka_NewTopic_t *topic =
            rd_kafka_NewTopic_new(name.toUtf8().constData(), partitions, 1, errstr, sizeof errstr);
        rd_kafka_AdminOptions_t *options =
            rd_kafka_AdminOptions_new(rk, RD_KAFKA_ADMIN_OP_CREATETOPICS);
        rd_kafka_AdminOptions_set_operation_timeout(options, 30000, errstr, sizeof errstr);
        rd_kafka_CreateTopics(rk, &topic, 1, options, queue);
        rd_kafka_event_t *event = rd_kafka_queue_poll(queue, 60000);
        rd_kafka_resp_err_t err =
            event ? rd_kafka_event_error(event) : RD_KAFKA_RESP_ERR__TIMED_OUT;
        if (event && !err) {
            size_t count = 0;
            const rd_kafka_topic_result_t **results = rd_kafka_CreateTopics_result_topics(
                rd_kafka_event_CreateTopics_result(event), &count);
            err = count == 1 ? rd_kafka_topic_result_error(results[0]) : RD_KAFKA_RESP_ERR__FAIL;
        }
        if (event)
            rd_kafka_event_destroy(event);
        rd_kafka_AdminOptions_destroy(options);
        rd_kafka_NewTopic_destroy(topic);
        rd_kafka_queue_destroy(queue);
        if (!err || err == RD_KAFKA_RESP_ERR_TOPIC_ALREADY_EXISTS)
            return true;
        qWarning("creating %s: %s; asking again", name.toUtf8().constData(), rd_kafka_err2str(err));
        rd_kafka_poll(rk, 1000); // wait a second before asking again
    }
    return false;
}

// A field of /proc/self/status in MB ("VmRSS" now, "VmHWM" the peak so far, "RssFile"); -1 when
// it cannot be read.
inline double statusMb(const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = field + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

inline qint64 median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

// "median (runs a, b, c, …)"
inline QString withRuns(const QList<qint64> &values)
{
    QStringList runs;
    for (qint64 value : values)
        runs.append(QString::number(value));
    return QStringLiteral("%1 (runs %2)").arg(median(values)).arg(runs.join(u", "));
}

} // namespace Bench
