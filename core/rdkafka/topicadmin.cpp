#include "rdkafka/topicadmin.h"

#include "rdkafka/adminclient.h"
#include "rdkafka/rdkafkaptr.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QHash>
#include <QSet>

#include <librdkafka/rdkafka.h>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <functional>
#include <memory>
#include <vector>

namespace Qafka {

namespace {

// Partitions per ListOffsets request. librdkafka 2.14 merges each leader's answer into the
// request's result with a linear search per partition, so one request of n partitions costs
// O(n²) on its main thread: about 50 s for 100,000 partitions, during which the handle serves
// nothing else. Requests of this size, all in flight at once, keep the total linear.
constexpr int kOffsetsPerRequest = 500;

// Per-item failures listed in one error message; the rest are only counted.
constexpr qsizetype kListedFailures = 10;

// Requested by describeTopicSummaries: only these, not the ~40 configs (plus synonyms) per topic.
constexpr const char *kSummaryConfigs[] = {"cleanup.policy", "retention.ms", "min.insync.replicas"};

using ResourcePtr = RdPtr<rd_kafka_ConfigResource_t, &rd_kafka_ConfigResource_destroy>;
using NewTopicPtr = RdPtr<rd_kafka_NewTopic_t, &rd_kafka_NewTopic_destroy>;
using DeleteTopicPtr = RdPtr<rd_kafka_DeleteTopic_t, &rd_kafka_DeleteTopic_destroy>;
using NewPartitionsPtr = RdPtr<rd_kafka_NewPartitions_t, &rd_kafka_NewPartitions_destroy>;
using DeleteRecordsPtr = RdPtr<rd_kafka_DeleteRecords_t, &rd_kafka_DeleteRecords_destroy>;

// What failed, as a sentence, given the reason (the broker's words where it gave some).
using Sentence = std::function<QString(const QString &reason)>;
// The same for one item (topic, partition) of a request.
using ItemSentence = std::function<QString(const QString &item, const QString &reason)>;

KafkaError makeError(rd_kafka_resp_err_t code, const QString &message)
{
    return {message, QString::fromUtf8(rd_kafka_err2name(code)), {}};
}

bool fail(KafkaError *error, rd_kafka_resp_err_t code, const QString &message)
{
    *error = makeError(code, message);
    return false;
}

QString brokerText(rd_kafka_resp_err_t code, const char *text)
{
    return text && *text ? QString::fromUtf8(text) : QString::fromUtf8(rd_kafka_err2str(code));
}

rd_kafka_event_t *eventOf(const AdminClient::EventPtr &event)
{
    return static_cast<rd_kafka_event_t *>(event.get());
}

// The requests of one call carry tags of their own as their opaque. A request given up on
// (timeout, stop) still gets its result queued later; the next call must not take that for its
// own answer, as reading it as the wrong result type would crash.
struct Tags
{
    quintptr first = 0;
    quintptr count = 0;

    static Tags take(quintptr count)
    {
        // Above the StatsRequest values, the tags of the async queue.
        static std::atomic<quintptr> next{TopicAdmin::TopicSummaries + 1};
        return {next.fetch_add(count), count};
    }
    // NOLINTNEXTLINE(performance-no-int-to-ptr): tags are numbers librdkafka carries as opaques
    void *at(quintptr i) const { return reinterpret_cast<void *>(first + i); }
    bool owns(void *tag) const
    {
        const auto value = reinterpret_cast<quintptr>(tag);
        return value >= first && value < first + count;
    }
};

OptionsPtr makeOptions(AdminClient *client, rd_kafka_admin_op_t op, int timeoutMs, void *tag,
                       bool untilApplied = false)
{
    OptionsPtr options(rd_kafka_AdminOptions_new(client->handle(), op));
    char errstr[256];
    rd_kafka_AdminOptions_set_request_timeout(options.get(), timeoutMs, errstr, sizeof errstr);
    // The broker answers once the controller applied it, so the next metadata refresh shows it.
    if (untilApplied)
        rd_kafka_AdminOptions_set_operation_timeout(options.get(), timeoutMs, errstr,
                                                    sizeof errstr);
    rd_kafka_AdminOptions_set_opaque(options.get(), tag);
    return options;
}

// The next result of this call's requests; nullptr once the deadline passed or stop was raised.
AdminClient::EventPtr nextResult(AdminClient *client, const Tags &tags,
                                 const QDeadlineTimer &deadline)
{
    for (;;) {
        AdminClient::EventPtr event =
            client->waitForResult(int(std::max<qint64>(deadline.remainingTime(), 0)));
        if (!event || tags.owns(rd_kafka_event_opaque(eventOf(event))))
            return event;
    }
}

KafkaError noAnswer(const AdminClient *client, int timeoutMs, const Sentence &failed)
{
    return makeError(
        RD_KAFKA_RESP_ERR__TIMED_OUT,
        failed(client->stopRequested()
                   ? QCoreApplication::translate("TopicAdmin", "the request was cancelled.")
                   : QCoreApplication::translate("TopicAdmin", "no answer within %1 s.")
                         .arg(timeoutMs / 1000.0)));
}

// Waits for the result of a single request; nullptr with *error set when there is none in time or
// the request failed as a whole.
rd_kafka_event_t *awaitResult(AdminClient *client, const Tags &tags, int timeoutMs,
                              const Sentence &failed, AdminClient::EventPtr *holder,
                              KafkaError *error)
{
    *holder = nextResult(client, tags, QDeadlineTimer(timeoutMs));
    rd_kafka_event_t *event = eventOf(*holder);
    if (!event) {
        *error = noAnswer(client, timeoutMs, failed);
        return nullptr;
    }
    if (const rd_kafka_resp_err_t code = rd_kafka_event_error(event)) {
        *error = makeError(code, failed(brokerText(code, rd_kafka_event_error_string(event))));
        return nullptr;
    }
    return event;
}

// The failed items of one call as one error: a line per item, the first failure's code.
class Failures
{
public:
    void add(rd_kafka_resp_err_t code, const QString &line)
    {
        if (m_seen.contains(line))
            return;
        m_seen.insert(line);
        if (m_lines.isEmpty())
            m_code = code;
        if (m_lines.size() < kListedFailures)
            m_lines.append(line);
        ++m_count;
    }

    // True when nothing failed; otherwise false with *error set.
    bool report(KafkaError *error) const
    {
        if (m_count == 0)
            return true;
        QStringList lines = m_lines;
        if (m_count > m_lines.size())
            lines.append(QCoreApplication::translate("TopicAdmin", "And %n more.", nullptr,
                                                     int(m_count - m_lines.size())));
        return fail(error, m_code, lines.join(u'\n'));
    }

private:
    QStringList m_lines;
    QSet<QString> m_seen;
    qsizetype m_count = 0;
    rd_kafka_resp_err_t m_code = RD_KAFKA_RESP_ERR_NO_ERROR;
};

// Per-topic results of CreateTopics, DeleteTopics and CreatePartitions.
bool topicResults(const rd_kafka_topic_result_t **results, size_t count, const ItemSentence &failed,
                  KafkaError *error)
{
    Failures failures;
    for (size_t i = 0; i < count; ++i) {
        if (const rd_kafka_resp_err_t code = rd_kafka_topic_result_error(results[i]))
            failures.add(code,
                         failed(QString::fromUtf8(rd_kafka_topic_result_name(results[i])),
                                brokerText(code, rd_kafka_topic_result_error_string(results[i]))));
    }
    return failures.report(error);
}

// Topic resources naming only the configs the topic table shows; empty when a name is empty
// (librdkafka has no resource for it).
std::vector<ResourcePtr> summaryResources(const QStringList &topics)
{
    std::vector<ResourcePtr> resources;
    resources.reserve(size_t(topics.size()));
    for (const QString &topic : topics) {
        ResourcePtr resource(
            rd_kafka_ConfigResource_new(RD_KAFKA_RESOURCE_TOPIC, topic.toUtf8().constData()));
        if (!resource)
            return {};
        for (const char *name : kSummaryConfigs)
            rd_kafka_ConfigResource_set_config(resource.get(), name, ""); // the value is not sent
        resources.push_back(std::move(resource));
    }
    return resources;
}

template <typename T, typename Deleter>
std::vector<T *> rawPointers(const std::vector<std::unique_ptr<T, Deleter>> &owners)
{
    std::vector<T *> raw;
    raw.reserve(owners.size());
    for (const auto &owner : owners)
        raw.push_back(owner.get());
    return raw;
}

// Sends ListOffsets for every partition of the topics, kOffsetsPerRequest partitions a request;
// returns the number of requests sent.
int sendOffsetRequests(AdminClient *client, const rd_kafka_AdminOptions_t *options,
                       const QStringList &topics, const QList<int> &partitionCounts,
                       rd_kafka_OffsetSpec_t spec)
{
    int sent = 0;
    PartitionListPtr list;
    const auto flush = [&] {
        if (list && list->cnt > 0) {
            rd_kafka_ListOffsets(client->handle(), list.get(), options, client->queue());
            ++sent;
        }
        list.reset();
    };
    for (qsizetype t = 0; t < topics.size(); ++t) {
        const QByteArray name = topics.at(t).toUtf8(); // the list copies it
        for (int p = 0; p < partitionCounts.value(t); ++p) {
            if (!list)
                list.reset(rd_kafka_topic_partition_list_new(kOffsetsPerRequest));
            rd_kafka_topic_partition_list_add(list.get(), name.constData(), p)->offset = spec;
            if (list->cnt == kOffsetsPerRequest)
                flush();
        }
    }
    flush();
    return sent;
}

QString offsetsFailure(const QString &topic, int partition, const QString &reason)
{
    return QCoreApplication::translate(
               "TopicAdmin", "The offsets of topic %1, partition %2 could not be read: %3")
        .arg(topic, QString::number(partition), reason);
}

// Merges one ListOffsets result into *stats. A partition that answered with an error (no leader
// reachable) keeps unknown offsets; failures, when given, gets a line for it.
void readOffsets(rd_kafka_event_t *event, bool earliest, TopicStatsMap *stats,
                 Failures *failures = nullptr)
{
    size_t count = 0;
    const rd_kafka_ListOffsetsResultInfo_t **infos =
        rd_kafka_ListOffsets_result_infos(rd_kafka_event_ListOffsets_result(event), &count);
    // Results come grouped by topic: one hash lookup per topic, not per partition.
    const char *lastTopic = nullptr;
    TopicStats *topicStats = nullptr;
    QString topicName;
    for (size_t i = 0; i < count; ++i) {
        const rd_kafka_topic_partition_t *partition =
            rd_kafka_ListOffsetsResultInfo_topic_partition(infos[i]);
        if (!lastTopic || std::strcmp(lastTopic, partition->topic) != 0) {
            lastTopic = partition->topic;
            topicName = QString::fromUtf8(partition->topic);
            topicStats = &(*stats)[topicName];
        }
        if (topicStats->offsets.size() <= partition->partition)
            topicStats->offsets.resize(partition->partition + 1);
        topicStats->hasOffsets = true;
        if (partition->err) {
            if (failures)
                failures->add(partition->err,
                              offsetsFailure(topicName, partition->partition,
                                             QString::fromUtf8(rd_kafka_err2str(partition->err))));
            continue;
        }
        PartitionOffsets &offsets = topicStats->offsets[partition->partition];
        (earliest ? offsets.low : offsets.high) = partition->offset;
    }
}

QString summaryFailure(const QString &topic, const QString &reason)
{
    return QCoreApplication::translate("TopicAdmin",
                                       "The configuration of topic %1 could not be read: %2")
        .arg(topic, reason);
}

// Merges one DescribeConfigs result into *stats. A topic that answered with an error (deleted
// meanwhile) is left out; failures, when given, gets a line for it.
void readSummaries(rd_kafka_event_t *event, TopicStatsMap *stats, Failures *failures = nullptr)
{
    size_t count = 0;
    const rd_kafka_ConfigResource_t **results = rd_kafka_DescribeConfigs_result_resources(
        rd_kafka_event_DescribeConfigs_result(event), &count);
    for (size_t i = 0; i < count; ++i) {
        const QString topic = QString::fromUtf8(rd_kafka_ConfigResource_name(results[i]));
        if (const rd_kafka_resp_err_t code = rd_kafka_ConfigResource_error(results[i])) {
            if (failures)
                failures->add(
                    code,
                    summaryFailure(
                        topic, brokerText(code, rd_kafka_ConfigResource_error_string(results[i]))));
            continue;
        }
        TopicStats &topicStats = (*stats)[topic];
        size_t entryCount = 0;
        const rd_kafka_ConfigEntry_t **entries =
            rd_kafka_ConfigResource_configs(results[i], &entryCount);
        for (size_t e = 0; e < entryCount; ++e) {
            const char *name = rd_kafka_ConfigEntry_name(entries[e]);
            const char *value = rd_kafka_ConfigEntry_value(entries[e]);
            if (!value)
                continue;
            if (qstrcmp(name, "cleanup.policy") == 0)
                topicStats.cleanupPolicy = QString::fromUtf8(value);
            else if (qstrcmp(name, "retention.ms") == 0)
                topicStats.retentionMs = QString::fromUtf8(value);
            else if (qstrcmp(name, "min.insync.replicas") == 0)
                topicStats.minInsyncReplicas = QByteArray(value).toInt();
        }
        topicStats.hasConfigs = true;
    }
}

} // namespace

TopicAdmin::TopicAdmin(AdminClient *client)
    : m_client(client)
{}

bool TopicAdmin::createTopic(const NewTopic &topic, int timeoutMs, KafkaError *error)
{
    const ItemSentence failedFor = [](const QString &name, const QString &reason) {
        return QCoreApplication::translate("TopicAdmin", "Topic %1 could not be created: %2")
            .arg(name, reason);
    };
    const Sentence failed = [&](const QString &reason) { return failedFor(topic.name, reason); };
    char errstr[512] = "";
    NewTopicPtr request(rd_kafka_NewTopic_new(topic.name.toUtf8().constData(), topic.partitions,
                                              topic.replicationFactor, errstr, sizeof errstr));
    if (!request)
        return fail(error, RD_KAFKA_RESP_ERR__INVALID_ARG, failed(QString::fromUtf8(errstr)));
    for (const auto &[name, value] : topic.configs) {
        if (rd_kafka_NewTopic_set_config(request.get(), name.toUtf8().constData(),
                                         value.toUtf8().constData()))
            return fail(error, RD_KAFKA_RESP_ERR__INVALID_ARG,
                        failed(QCoreApplication::translate("TopicAdmin",
                                                           "the configuration %1 is not accepted.")
                                   .arg(name)));
    }
    const Tags tags = Tags::take(1);
    const OptionsPtr options =
        makeOptions(m_client, RD_KAFKA_ADMIN_OP_CREATETOPICS, timeoutMs, tags.at(0), true);
    rd_kafka_NewTopic_t *raw = request.get();
    rd_kafka_CreateTopics(m_client->handle(), &raw, 1, options.get(), m_client->queue());
    AdminClient::EventPtr holder;
    rd_kafka_event_t *event = awaitResult(m_client, tags, timeoutMs, failed, &holder, error);
    if (!event)
        return false;
    size_t count = 0;
    const rd_kafka_topic_result_t **results =
        rd_kafka_CreateTopics_result_topics(rd_kafka_event_CreateTopics_result(event), &count);
    return topicResults(results, count, failedFor, error);
}

bool TopicAdmin::deleteTopics(const QStringList &topics, int timeoutMs, KafkaError *error)
{
    if (topics.isEmpty())
        return true;
    const ItemSentence failedFor = [](const QString &name, const QString &reason) {
        return QCoreApplication::translate("TopicAdmin", "Topic %1 could not be deleted: %2")
            .arg(name, reason);
    };
    const Sentence failed = [&](const QString &reason) {
        return topics.size() == 1 ? failedFor(topics.first(), reason)
                                  : QCoreApplication::translate(
                                        "TopicAdmin", "The topics %1 could not be deleted: %2")
                                        .arg(topics.join(QStringLiteral(", ")), reason);
    };
    std::vector<DeleteTopicPtr> requests;
    requests.reserve(size_t(topics.size()));
    for (const QString &topic : topics)
        requests.emplace_back(rd_kafka_DeleteTopic_new(topic.toUtf8().constData()));
    const Tags tags = Tags::take(1);
    const OptionsPtr options =
        makeOptions(m_client, RD_KAFKA_ADMIN_OP_DELETETOPICS, timeoutMs, tags.at(0), true);
    std::vector<rd_kafka_DeleteTopic_t *> raw = rawPointers(requests);
    rd_kafka_DeleteTopics(m_client->handle(), raw.data(), raw.size(), options.get(),
                          m_client->queue());
    AdminClient::EventPtr holder;
    rd_kafka_event_t *event = awaitResult(m_client, tags, timeoutMs, failed, &holder, error);
    if (!event)
        return false;
    size_t count = 0;
    const rd_kafka_topic_result_t **results =
        rd_kafka_DeleteTopics_result_topics(rd_kafka_event_DeleteTopics_result(event), &count);
    return topicResults(results, count, failedFor, error);
}

bool TopicAdmin::createPartitions(const QString &topic, int newTotal, int timeoutMs,
                                  KafkaError *error)
{
    const ItemSentence failedFor = [newTotal](const QString &name, const QString &reason) {
        return QCoreApplication::translate(
                   "TopicAdmin", "The partitions of topic %1 could not be raised to %2: %3")
            .arg(name, QString::number(newTotal), reason);
    };
    const Sentence failed = [&](const QString &reason) { return failedFor(topic, reason); };
    char errstr[512] = "";
    NewPartitionsPtr request(rd_kafka_NewPartitions_new(
        topic.toUtf8().constData(), size_t(std::max(newTotal, 0)), errstr, sizeof errstr));
    if (!request)
        return fail(error, RD_KAFKA_RESP_ERR__INVALID_ARG, failed(QString::fromUtf8(errstr)));
    const Tags tags = Tags::take(1);
    const OptionsPtr options =
        makeOptions(m_client, RD_KAFKA_ADMIN_OP_CREATEPARTITIONS, timeoutMs, tags.at(0), true);
    rd_kafka_NewPartitions_t *raw = request.get();
    rd_kafka_CreatePartitions(m_client->handle(), &raw, 1, options.get(), m_client->queue());
    AdminClient::EventPtr holder;
    rd_kafka_event_t *event = awaitResult(m_client, tags, timeoutMs, failed, &holder, error);
    if (!event)
        return false;
    size_t count = 0;
    const rd_kafka_topic_result_t **results = rd_kafka_CreatePartitions_result_topics(
        rd_kafka_event_CreatePartitions_result(event), &count);
    return topicResults(results, count, failedFor, error);
}

bool TopicAdmin::alterConfigs(const QString &resourceType, const QString &name,
                              const QList<ConfigChange> &changes, int timeoutMs, KafkaError *error)
{
    const bool broker = resourceType == u"broker";
    const Sentence failed = [&](const QString &reason) {
        if (!broker)
            return QCoreApplication::translate(
                       "TopicAdmin", "The configuration of topic %1 could not be changed: %2")
                .arg(name, reason);
        if (name.isEmpty())
            return QCoreApplication::translate(
                       "TopicAdmin",
                       "The cluster-wide broker default configuration could not be changed: %1")
                .arg(reason);
        return QCoreApplication::translate(
                   "TopicAdmin", "The configuration of broker %1 could not be changed: %2")
            .arg(name, reason);
    };
    if (!broker && resourceType != u"topic")
        return fail(error, RD_KAFKA_RESP_ERR__INVALID_ARG,
                    QCoreApplication::translate(
                        "TopicAdmin",
                        "The configuration of %1 %2 could not be changed: only topic and broker "
                        "configurations can be changed.")
                        .arg(resourceType, name));
    if (broker && name.isEmpty()) {
        // librdkafka has no resource with an empty name (rd_kafka_ConfigResource_new returns
        // NULL), and sends a BROKER resource only to the broker its name parses to.
        fail(error, RD_KAFKA_RESP_ERR__NOT_IMPLEMENTED,
             failed(QCoreApplication::translate(
                        "TopicAdmin",
                        "librdkafka %1 can only change the configuration of one named broker.")
                        .arg(AdminClient::librdkafkaVersion())));
        error->hint = QCoreApplication::translate(
            "TopicAdmin", "Change it on each broker, or with kafka-configs.sh --alter "
                          "--entity-type brokers --entity-default.");
        return false;
    }
    if (changes.isEmpty())
        return true;
    ResourcePtr resource(rd_kafka_ConfigResource_new(
        broker ? RD_KAFKA_RESOURCE_BROKER : RD_KAFKA_RESOURCE_TOPIC, name.toUtf8().constData()));
    if (!resource)
        return fail(error, RD_KAFKA_RESP_ERR__INVALID_ARG,
                    failed(QCoreApplication::translate("TopicAdmin", "the name is empty.")));
    for (const ConfigChange &change : changes) {
        const bool remove = change.op == ConfigChange::Op::Delete;
        const ErrorPtr refused(rd_kafka_ConfigResource_add_incremental_config(
            resource.get(), change.name.toUtf8().constData(),
            remove ? RD_KAFKA_ALTER_CONFIG_OP_TYPE_DELETE : RD_KAFKA_ALTER_CONFIG_OP_TYPE_SET,
            remove ? nullptr : change.value.toUtf8().constData()));
        if (refused)
            return fail(error, rd_kafka_error_code(refused.get()),
                        failed(QString::fromUtf8(rd_kafka_error_string(refused.get()))));
    }
    const Tags tags = Tags::take(1);
    const OptionsPtr options =
        makeOptions(m_client, RD_KAFKA_ADMIN_OP_INCREMENTALALTERCONFIGS, timeoutMs, tags.at(0));
    rd_kafka_ConfigResource_t *raw = resource.get();
    rd_kafka_IncrementalAlterConfigs(m_client->handle(), &raw, 1, options.get(), m_client->queue());
    AdminClient::EventPtr holder;
    rd_kafka_event_t *event = awaitResult(m_client, tags, timeoutMs, failed, &holder, error);
    if (!event)
        return false;
    size_t count = 0;
    const rd_kafka_ConfigResource_t **results = rd_kafka_IncrementalAlterConfigs_result_resources(
        rd_kafka_event_IncrementalAlterConfigs_result(event), &count);
    for (size_t i = 0; i < count; ++i) {
        if (const rd_kafka_resp_err_t code = rd_kafka_ConfigResource_error(results[i]))
            return fail(error, code,
                        failed(brokerText(code, rd_kafka_ConfigResource_error_string(results[i]))));
    }
    return true;
}

bool TopicAdmin::deleteRecords(const QString &topic, const QList<RecordDeletion> &deletions,
                               int timeoutMs, KafkaError *error)
{
    if (deletions.isEmpty())
        return true;
    const Sentence failed = [&](const QString &reason) {
        return QCoreApplication::translate("TopicAdmin",
                                           "Records of topic %1 could not be deleted: %2")
            .arg(topic, reason);
    };
    PartitionListPtr offsets(rd_kafka_topic_partition_list_new(int(deletions.size())));
    const QByteArray name = topic.toUtf8();
    for (const RecordDeletion &deletion : deletions) {
        rd_kafka_topic_partition_list_add(offsets.get(), name.constData(), deletion.partition)
            ->offset = deletion.beforeOffset < 0 ? RD_KAFKA_OFFSET_END : deletion.beforeOffset;
    }
    DeleteRecordsPtr request(rd_kafka_DeleteRecords_new(offsets.get()));
    const Tags tags = Tags::take(1);
    const OptionsPtr options =
        makeOptions(m_client, RD_KAFKA_ADMIN_OP_DELETERECORDS, timeoutMs, tags.at(0), true);
    rd_kafka_DeleteRecords_t *raw = request.get();
    rd_kafka_DeleteRecords(m_client->handle(), &raw, 1, options.get(), m_client->queue());
    AdminClient::EventPtr holder;
    rd_kafka_event_t *event = awaitResult(m_client, tags, timeoutMs, failed, &holder, error);
    if (!event)
        return false;
    const rd_kafka_topic_partition_list_t *results =
        rd_kafka_DeleteRecords_result_offsets(rd_kafka_event_DeleteRecords_result(event));
    Failures failures;
    for (int i = 0; results && i < results->cnt; ++i) {
        if (const rd_kafka_resp_err_t code = results->elems[i].err)
            failures.add(code, QCoreApplication::translate(
                                   "TopicAdmin",
                                   "Records of topic %1, partition %2 could not be deleted: %3")
                                   .arg(topic, QString::number(results->elems[i].partition),
                                        QString::fromUtf8(rd_kafka_err2str(code))));
    }
    return failures.report(error);
}

bool TopicAdmin::listOffsets(const QStringList &topics, const QList<int> &partitionCounts,
                             int timeoutMs, TopicStatsMap *stats, KafkaError *error)
{
    const Sentence failed = [&](const QString &reason) {
        return QCoreApplication::translate("TopicAdmin",
                                           "The offsets of %n topic(s) could not be read: %1",
                                           nullptr, int(topics.size()))
            .arg(reason);
    };
    if (topics.size() != partitionCounts.size())
        return fail(
            error, RD_KAFKA_RESP_ERR__INVALID_ARG,
            failed(QCoreApplication::translate("TopicAdmin", "%1 topics but %2 partition counts.")
                       .arg(topics.size())
                       .arg(partitionCounts.size())));
    for (qsizetype t = 0; t < topics.size(); ++t) {
        TopicStats &topicStats = (*stats)[topics.at(t)];
        topicStats.offsets = QList<PartitionOffsets>(std::max(partitionCounts.at(t), 0));
        topicStats.hasOffsets = true;
    }
    const Tags tags = Tags::take(2); // earliest, latest
    const QDeadlineTimer deadline(timeoutMs);
    const OptionsPtr earliestOptions =
        makeOptions(m_client, RD_KAFKA_ADMIN_OP_LISTOFFSETS, timeoutMs, tags.at(0));
    const OptionsPtr latestOptions =
        makeOptions(m_client, RD_KAFKA_ADMIN_OP_LISTOFFSETS, timeoutMs, tags.at(1));
    // All requests go out before the first answer is read, so they are in flight together.
    int pending = sendOffsetRequests(m_client, earliestOptions.get(), topics, partitionCounts,
                                     RD_KAFKA_OFFSET_SPEC_EARLIEST);
    pending += sendOffsetRequests(m_client, latestOptions.get(), topics, partitionCounts,
                                  RD_KAFKA_OFFSET_SPEC_LATEST);
    Failures failures;
    KafkaError requestError;
    // Every answer is read even after a failed one: none is left behind on the queue.
    for (; pending > 0; --pending) {
        const AdminClient::EventPtr event = nextResult(m_client, tags, deadline);
        if (!event) {
            *error = noAnswer(m_client, timeoutMs, failed);
            return false;
        }
        rd_kafka_event_t *raw = eventOf(event);
        if (const rd_kafka_resp_err_t code = rd_kafka_event_error(raw)) {
            if (requestError.isNull())
                requestError =
                    makeError(code, failed(brokerText(code, rd_kafka_event_error_string(raw))));
            continue;
        }
        readOffsets(raw, rd_kafka_event_opaque(raw) == tags.at(0), stats, &failures);
    }
    if (!requestError.isNull()) {
        *error = requestError;
        return false;
    }
    return failures.report(error);
}

bool TopicAdmin::describeTopicSummaries(const QStringList &topics, int timeoutMs,
                                        TopicStatsMap *stats, KafkaError *error)
{
    if (topics.isEmpty())
        return true;
    const Sentence failed = [&](const QString &reason) {
        return QCoreApplication::translate("TopicAdmin",
                                           "The configuration of %n topic(s) could not be read: %1",
                                           nullptr, int(topics.size()))
            .arg(reason);
    };
    const std::vector<ResourcePtr> resources = summaryResources(topics);
    if (resources.empty())
        return fail(error, RD_KAFKA_RESP_ERR__INVALID_ARG,
                    failed(QCoreApplication::translate("TopicAdmin", "a topic name is empty.")));
    const Tags tags = Tags::take(1);
    const OptionsPtr options =
        makeOptions(m_client, RD_KAFKA_ADMIN_OP_DESCRIBECONFIGS, timeoutMs, tags.at(0));
    std::vector<rd_kafka_ConfigResource_t *> raw = rawPointers(resources);
    rd_kafka_DescribeConfigs(m_client->handle(), raw.data(), raw.size(), options.get(),
                             m_client->queue());
    AdminClient::EventPtr holder;
    rd_kafka_event_t *event = awaitResult(m_client, tags, timeoutMs, failed, &holder, error);
    if (!event)
        return false;
    Failures failures;
    readSummaries(event, stats, &failures);
    return failures.report(error);
}

int TopicAdmin::sendListOffsets(const QStringList &topics, const QList<int> &partitionCounts,
                                StatsRequest which, int timeoutMs)
{
    // Batches, all in flight at once: librdkafka merges each leader's answer into one request's
    // result with a linear search per partition, so a single request of n partitions costs n².
    const auto spec =
        which == EarliestOffsets ? RD_KAFKA_OFFSET_SPEC_EARLIEST : RD_KAFKA_OFFSET_SPEC_LATEST;
    int sent = 0;
    PartitionListPtr list;
    QByteArray name;
    auto flush = [&] {
        if (!list || list->cnt == 0)
            return;
        const OptionsPtr options = makeOptions(m_client, RD_KAFKA_ADMIN_OP_LISTOFFSETS, timeoutMs,
                                               // NOLINTNEXTLINE(performance-no-int-to-ptr)
                                               reinterpret_cast<void *>(quintptr(which)));
        rd_kafka_ListOffsets(m_client->handle(), list.get(), options.get(), m_client->asyncQueue());
        ++sent;
        list.reset();
    };
    for (qsizetype t = 0; t < topics.size(); ++t) {
        name = topics.at(t).toUtf8();
        for (int p = 0; p < partitionCounts.value(t); ++p) {
            if (!list)
                list.reset(rd_kafka_topic_partition_list_new(kOffsetsPerRequest));
            rd_kafka_topic_partition_list_add(list.get(), name.constData(), p)->offset = spec;
            if (list->cnt >= kOffsetsPerRequest)
                flush();
        }
    }
    flush();
    return sent;
}

void TopicAdmin::sendDescribeTopicSummaries(const QStringList &topics, int timeoutMs)
{
    const std::vector<ResourcePtr> resources = summaryResources(topics);
    std::vector<rd_kafka_ConfigResource_t *> raw = rawPointers(resources);
    const OptionsPtr options = makeOptions(m_client, RD_KAFKA_ADMIN_OP_DESCRIBECONFIGS, timeoutMs,
                                           // NOLINTNEXTLINE(performance-no-int-to-ptr)
                                           reinterpret_cast<void *>(quintptr(TopicSummaries)));
    // No resources (an empty name) still answers, with librdkafka's error, as the caller expects.
    rd_kafka_DescribeConfigs(m_client->handle(), raw.data(), raw.size(), options.get(),
                             m_client->asyncQueue());
}

TopicAdmin::StatsRequest TopicAdmin::statsRequestOf(void *event)
{
    return StatsRequest(
        reinterpret_cast<quintptr>(rd_kafka_event_opaque(static_cast<rd_kafka_event_t *>(event))));
}

bool TopicAdmin::readStatsResult(void *rawEvent, TopicStatsMap *stats, KafkaError *error)
{
    auto *event = static_cast<rd_kafka_event_t *>(rawEvent);
    const StatsRequest which = statsRequestOf(event);
    if (const rd_kafka_resp_err_t code = rd_kafka_event_error(event)) {
        const QString reason = brokerText(code, rd_kafka_event_error_string(event));
        return fail(error, code,
                    which == TopicSummaries
                        ? QCoreApplication::translate(
                              "TopicAdmin", "The topic configurations could not be read: %1")
                              .arg(reason)
                        : QCoreApplication::translate("TopicAdmin",
                                                      "The topic offsets could not be read: %1")
                              .arg(reason));
    }
    if (which == TopicSummaries)
        readSummaries(event, stats);
    else
        readOffsets(event, which == EarliestOffsets, stats);
    return true;
}

bool TopicAdmin::describeTopicConfigs(const QString &topic, int timeoutMs,
                                      QList<ConfigEntry> *entries, KafkaError *error)
{
    const Sentence failed = [&](const QString &reason) { return summaryFailure(topic, reason); };
    ResourcePtr resource(
        rd_kafka_ConfigResource_new(RD_KAFKA_RESOURCE_TOPIC, topic.toUtf8().constData()));
    if (!resource)
        return fail(error, RD_KAFKA_RESP_ERR__INVALID_ARG,
                    failed(QCoreApplication::translate("TopicAdmin", "the name is empty.")));
    const Tags tags = Tags::take(1);
    const OptionsPtr options =
        makeOptions(m_client, RD_KAFKA_ADMIN_OP_DESCRIBECONFIGS, timeoutMs, tags.at(0));
    rd_kafka_ConfigResource_t *raw = resource.get();
    rd_kafka_DescribeConfigs(m_client->handle(), &raw, 1, options.get(), m_client->queue());
    AdminClient::EventPtr holder;
    rd_kafka_event_t *event = awaitResult(m_client, tags, timeoutMs, failed, &holder, error);
    if (!event)
        return false;
    size_t count = 0;
    const rd_kafka_ConfigResource_t **results = rd_kafka_DescribeConfigs_result_resources(
        rd_kafka_event_DescribeConfigs_result(event), &count);
    if (count != 1)
        return fail(
            error, RD_KAFKA_RESP_ERR__BAD_MSG,
            failed(QCoreApplication::translate("TopicAdmin", "the answer describes %n resource(s).",
                                               nullptr, int(count))));
    if (const rd_kafka_resp_err_t code = rd_kafka_ConfigResource_error(results[0]))
        return fail(error, code,
                    failed(brokerText(code, rd_kafka_ConfigResource_error_string(results[0]))));
    *entries = AdminClient::configEntriesOf(results[0]);
    return true;
}

} // namespace Qafka
