#pragma once

// The big topic of the search and seek benchmarks: COUNT orders of about 100 bytes over 6
// partitions, written once (a topic that already holds them is kept).

#include "benchsupport.h"

#include <QElapsedTimer>
#include <QTextStream>

#include <cstdio>

namespace Bench {

constexpr int kOrderPartitions = 6;
constexpr qint64 kNeedleEvery = 100000;
// Matches one order in kNeedleEvery.
constexpr const char *kRefusedPattern = "status=REFUSED-[A-Z]+-BANK";

// The payload of message i: about 100 bytes of order text.
inline int orderText(qint64 i, char *buffer, size_t size)
{
    const bool refused = i % kNeedleEvery == kNeedleEvery / 2;
    return std::snprintf(buffer, size,
                         "order-%010lld customer=%06lld amount=%05lld.%02lld status=%s "
                         "currency=EUR channel=web",
                         static_cast<long long>(i), static_cast<long long>(i % 999983),
                         static_cast<long long>(i % 99991), static_cast<long long>(i % 100),
                         refused ? "REFUSED-BY-BANK" : "PAID");
}

inline qint64 messagesIn(rd_kafka_t *rk, const QByteArray &topic)
{
    qint64 total = 0;
    for (int p = 0; p < kOrderPartitions; ++p) {
        int64_t low = 0, high = 0;
        if (rd_kafka_query_watermark_offsets(rk, topic.constData(), p, &low, &high, 10000))
            return -1;
        total += high - low;
    }
    return total;
}

inline int seedOrderTopic(const QString &bootstrap, const QString &name, qint64 count,
                          QTextStream &out)
{
    rd_kafka_t *rk = Bench::newProducer(bootstrap, {{"linger.ms", "50"},
                                                    {"batch.size", "1000000"},
                                                    {"compression.type", "lz4"},
                                                    {"queue.buffering.max.messages", "1000000"}});
    const QByteArray topicName = name.toUtf8();
    const qint64 present = messagesIn(rk, topicName);
    if (present == count) {
        out << "seeded: already (" << present << " messages)\n";
        rd_kafka_destroy(rk);
        return 0;
    }
    if (present > 0 || !Bench::createTopic(rk, name, kOrderPartitions)) {
        out << "error: topic " << name << " exists with " << present << " messages\n";
        rd_kafka_destroy(rk);
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    rd_kafka_topic_t *topic = rd_kafka_topic_new(rk, topicName.constData(), nullptr);
    char value[160];
    for (qint64 i = 0; i < count; ++i) {
        const int size = orderText(i, value, sizeof value);
        while (rd_kafka_produce(topic, int32_t(i % kOrderPartitions), RD_KAFKA_MSG_F_COPY, value,
                                size_t(size), nullptr, 0, nullptr) == -1)
            rd_kafka_poll(rk, 10);
        if (i % 10000 == 0)
            rd_kafka_poll(rk, 0);
    }
    const bool flushed = rd_kafka_flush(rk, 300000) == RD_KAFKA_RESP_ERR_NO_ERROR;
    rd_kafka_topic_destroy(topic);
    const qint64 written = messagesIn(rk, topicName);
    rd_kafka_destroy(rk);
    out << "seed_ms: " << timer.elapsed() << '\n';
    if (!flushed || written != count) {
        out << "error: the topic holds " << written << " of " << count << " messages\n";
        return 1;
    }
    return 0;
}

} // namespace Bench
