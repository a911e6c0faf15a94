#include "rdkafka/topicstatsreader.h"

#include "rdkafka/adminclient.h"
#include "rdkafka/adminerrors.h"
#include "rdkafka/adminrequests.h"
#include "rdkafka/configreader.h"
#include "rdkafka/listoffsetsbatcher.h"

#include <QCoreApplication>

#include <cstring>

namespace Qafka {

namespace {

enum Kind { Earliest, Latest, Configs };

// Only these, not the ~40 configs (plus synonyms) per topic.
const QList<QByteArray> kSummaryConfigs = {"cleanup.policy", "retention.ms", "min.insync.replicas"};

QString offsetsFailure(const QString &topic, int partition, const QString &reason)
{
    return QCoreApplication::translate(
               "TopicAdmin", "The offsets of topic %1, partition %2 could not be read: %3")
        .arg(topic, QString::number(partition), reason);
}

QString summaryFailure(const QString &topic, const QString &reason)
{
    return QCoreApplication::translate("TopicAdmin",
                                       "The configuration of topic %1 could not be read: %2")
        .arg(topic, reason);
}

void sendOffsets(AdminRequests *requests, qint64 spec, const QStringList &topics,
                 const QList<int> &partitionCounts, int timeoutMs)
{
    ListOffsetsBatcher batcher(requests, spec, false, timeoutMs);
    for (qsizetype t = 0; t < topics.size(); ++t) {
        const QByteArray name = topics.at(t).toUtf8();
        for (int p = 0; p < partitionCounts.value(t); ++p)
            batcher.add(name, p);
    }
}

} // namespace

struct TopicStatsReader::ItemFailures
{
    Failures failures;
};

TopicStatsReader::TopicStatsReader(AdminClient *client, const QStringList &topics,
                                   const QList<int> &partitionCounts, int timeoutMs)
    : m_client(client)
    , m_timeoutMs(timeoutMs)
    , m_earliest(std::make_unique<AdminRequests>(client))
    , m_latest(std::make_unique<AdminRequests>(client))
    , m_configs(std::make_unique<AdminRequests>(client))
    , m_failures(std::make_unique<ItemFailures>())
{
    for (qsizetype t = 0; t < topics.size(); ++t) {
        TopicStats &stats = m_stats[topics.at(t)];
        stats.offsets = QList<PartitionOffsets>(std::max(partitionCounts.value(t), 0));
        stats.hasOffsets = true;
    }
    if (topics.isEmpty())
        return;
    // All requests go out before the first answer is read, so they are in flight together.
    sendOffsets(m_earliest.get(), RD_KAFKA_OFFSET_SPEC_EARLIEST, topics, partitionCounts,
                timeoutMs);
    sendOffsets(m_latest.get(), RD_KAFKA_OFFSET_SPEC_LATEST, topics, partitionCounts, timeoutMs);
    ConfigReader::sendTopics(m_configs.get(), topics, kSummaryConfigs, timeoutMs);
}

TopicStatsReader::~TopicStatsReader() = default;

bool TopicStatsReader::isDone() const
{
    return m_earliest->pending() == 0 && m_latest->pending() == 0 && m_configs->pending() == 0;
}

bool TopicStatsReader::collect()
{
    m_client->pollEvents();
    read(*m_earliest, Earliest, nullptr);
    read(*m_latest, Latest, nullptr);
    read(*m_configs, Configs, nullptr);
    return isDone();
}

bool TopicStatsReader::waitUntilDone()
{
    const QDeadlineTimer deadline(m_timeoutMs); // one for all: the requests are in flight together
    read(*m_earliest, Earliest, &deadline);
    read(*m_latest, Latest, &deadline);
    read(*m_configs, Configs, &deadline);
    if (!isDone() && m_error.isNull())
        m_error = noAnswer(m_client->stopRequested(), m_timeoutMs, [](const QString &reason) {
            return QCoreApplication::translate("TopicAdmin",
                                               "The topic offsets could not be read: %1")
                .arg(reason);
        });
    return isDone();
}

KafkaError TopicStatsReader::itemErrors() const
{
    KafkaError error;
    m_failures->failures.report(&error);
    return error;
}

// deadline: how long to wait for answers; null reads only those already there.
void TopicStatsReader::read(AdminRequests &requests, int kind, const QDeadlineTimer *deadline)
{
    while (requests.pending() > 0) {
        const EventPtr event = deadline ? requests.next(*deadline) : requests.poll();
        if (!event)
            return;
        if (const rd_kafka_resp_err_t code = rd_kafka_event_error(event.get())) {
            const QString reason = brokerText(code, rd_kafka_event_error_string(event.get()));
            if (m_error.isNull())
                m_error = makeError(
                    code, kind == Configs
                              ? QCoreApplication::translate(
                                    "TopicAdmin", "The topic configurations could not be read: %1")
                                    .arg(reason)
                              : QCoreApplication::translate(
                                    "TopicAdmin", "The topic offsets could not be read: %1")
                                    .arg(reason));
            continue;
        }
        if (kind == Configs)
            readConfigs(event.get());
        else
            readOffsets(event.get(), kind == Earliest);
    }
}

// A partition that answered with an error (no leader reachable) keeps unknown offsets.
void TopicStatsReader::readOffsets(rd_kafka_event_t *event, bool earliest)
{
    // Answers come grouped by topic: one hash lookup per topic, not per partition.
    const char *lastTopic = nullptr;
    TopicStats *topicStats = nullptr;
    QString topicName;
    ListOffsetsBatcher::read(event, [&](const char *topic, int partition, qint64 offset,
                                        rd_kafka_resp_err_t err) {
        if (!lastTopic || std::strcmp(lastTopic, topic) != 0) {
            lastTopic = topic;
            topicName = QString::fromUtf8(topic);
            topicStats = &m_stats[topicName];
        }
        if (topicStats->offsets.size() <= partition)
            topicStats->offsets.resize(partition + 1);
        topicStats->hasOffsets = true;
        if (err) {
            m_failures->failures.add(err, offsetsFailure(topicName, partition,
                                                         QString::fromUtf8(rd_kafka_err2str(err))));
            return;
        }
        PartitionOffsets &offsets = topicStats->offsets[partition];
        (earliest ? offsets.low : offsets.high) = offset;
    });
}

// A topic that answered with an error (deleted meanwhile) keeps unknown configs.
void TopicStatsReader::readConfigs(rd_kafka_event_t *event)
{
    for (const ConfigReader::Described &topic : ConfigReader::read(event)) {
        if (topic.error) {
            m_failures->failures.add(rd_kafka_resp_err_t(topic.error),
                                     summaryFailure(topic.name, topic.errorText));
            continue;
        }
        TopicStats &stats = m_stats[topic.name];
        for (const ConfigEntry &entry : topic.entries) {
            if (entry.isNull)
                continue;
            if (entry.name == u"cleanup.policy")
                stats.cleanupPolicy = entry.value;
            else if (entry.name == u"retention.ms")
                stats.retentionMs = entry.value;
            else if (entry.name == u"min.insync.replicas")
                stats.minInsyncReplicas = entry.value.toInt();
        }
        stats.hasConfigs = true;
    }
}

} // namespace Qafka
