#pragma once

// How the admin wrappers turn librdkafka's answers into Qafka's errors: shared by TopicAdmin,
// GroupAdmin, ConfigReader and TopicStatsReader. Only for .cpp files of core/rdkafka.

#include "types/clustertypes.h"

#include <QSet>
#include <QStringList>

#include <librdkafka/rdkafka.h>

#include <functional>

namespace Qafka {

// What failed, as a sentence, given the reason (the broker's words where it gave some).
using Sentence = std::function<QString(const QString &reason)>;
// The same for one item (topic, partition) of a request.
using ItemSentence = std::function<QString(const QString &item, const QString &reason)>;

KafkaError makeError(rd_kafka_resp_err_t code, const QString &message);
// Sets *error and returns false, for `return fail(...)`.
bool fail(KafkaError *error, rd_kafka_resp_err_t code, const QString &message);
// The broker's own words when it sent some, librdkafka's description of the code otherwise.
QString brokerText(rd_kafka_resp_err_t code, const char *text);
QString brokerText(const rd_kafka_error_t *error);
// A request that got no answer: cancelled (stop raised) or timed out.
KafkaError noAnswer(bool stopped, int timeoutMs, const Sentence &failed);

// The failed items of one call as one error: a line per item (the first `listed` of them), the
// first failure's code.
class Failures
{
public:
    explicit Failures(qsizetype listed = 10)
        : m_listed(listed)
    {}
    void add(rd_kafka_resp_err_t code, const QString &line);
    bool isEmpty() const { return m_count == 0; }
    // True when nothing failed; otherwise false with *error set.
    bool report(KafkaError *error) const;

private:
    qsizetype m_listed;
    QStringList m_lines;
    QSet<QString> m_seen;
    qsizetype m_count = 0;
    rd_kafka_resp_err_t m_code = RD_KAFKA_RESP_ERR_NO_ERROR;
};

} // namespace Qafka
