#include "rdkafka/topicadmin.h"

#include "rdkafka/adminclient.h"
#include "rdkafka/adminerrors.h"
#include "rdkafka/adminrequests.h"
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

using NewTopicPtr = RdPtr<rd_kafka_NewTopic_t, &rd_kafka_NewTopic_destroy>;
using DeleteTopicPtr = RdPtr<rd_kafka_DeleteTopic_t, &rd_kafka_DeleteTopic_destroy>;
using NewPartitionsPtr = RdPtr<rd_kafka_NewPartitions_t, &rd_kafka_NewPartitions_destroy>;
using DeleteRecordsPtr = RdPtr<rd_kafka_DeleteRecords_t, &rd_kafka_DeleteRecords_destroy>;

// Waits for the answer to the one request of a call; nullptr with *error set when there is none in
// time or the request failed as a whole.
EventPtr awaitResult(AdminRequests &requests, const AdminClient *client, int timeoutMs,
                     const Sentence &failed, KafkaError *error)
{
    EventPtr event = requests.next(QDeadlineTimer(timeoutMs));
    if (!event) {
        *error = noAnswer(client->stopRequested(), timeoutMs, failed);
        return nullptr;
    }
    if (const rd_kafka_resp_err_t code = rd_kafka_event_error(event.get())) {
        *error =
            makeError(code, failed(brokerText(code, rd_kafka_event_error_string(event.get()))));
        return nullptr;
    }
    return event;
}

// Sends the one request of a call (send calls the librdkafka function with the call's options and
// result queue) and waits for its answer, as awaitResult().
template <typename Send>
EventPtr requestOne(AdminClient *client, rd_kafka_admin_op_t op, int timeoutMs, bool untilApplied,
                    const Sentence &failed, KafkaError *error, Send send)
{
    AdminRequests requests(client);
    const OptionsPtr options = requests.options(op, timeoutMs, untilApplied);
    send(requests.handle(), options.get(), requests.queue());
    requests.sent();
    return awaitResult(requests, client, timeoutMs, failed, error);
}

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

template <typename T, typename Deleter>
std::vector<T *> rawPointers(const std::vector<std::unique_ptr<T, Deleter>> &owners)
{
    std::vector<T *> raw;
    raw.reserve(owners.size());
    for (const auto &owner : owners)
        raw.push_back(owner.get());
    return raw;
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
    rd_kafka_NewTopic_t *raw = request.get();
    const EventPtr answer = requestOne(
        m_client, RD_KAFKA_ADMIN_OP_CREATETOPICS, timeoutMs, true, failed, error,
        [&](rd_kafka_t *handle, const rd_kafka_AdminOptions_t *options, rd_kafka_queue_t *queue) {
            rd_kafka_CreateTopics(handle, &raw, 1, options, queue);
        });
    if (!answer)
        return false;
    rd_kafka_event_t *event = answer.get();
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
    std::vector<DeleteTopicPtr> deletions;
    deletions.reserve(size_t(topics.size()));
    for (const QString &topic : topics)
        deletions.emplace_back(rd_kafka_DeleteTopic_new(topic.toUtf8().constData()));
    std::vector<rd_kafka_DeleteTopic_t *> raw = rawPointers(deletions);
    const EventPtr answer = requestOne(
        m_client, RD_KAFKA_ADMIN_OP_DELETETOPICS, timeoutMs, true, failed, error,
        [&](rd_kafka_t *handle, const rd_kafka_AdminOptions_t *options, rd_kafka_queue_t *queue) {
            rd_kafka_DeleteTopics(handle, raw.data(), raw.size(), options, queue);
        });
    if (!answer)
        return false;
    rd_kafka_event_t *event = answer.get();
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
    rd_kafka_NewPartitions_t *raw = request.get();
    const EventPtr answer = requestOne(
        m_client, RD_KAFKA_ADMIN_OP_CREATEPARTITIONS, timeoutMs, true, failed, error,
        [&](rd_kafka_t *handle, const rd_kafka_AdminOptions_t *options, rd_kafka_queue_t *queue) {
            rd_kafka_CreatePartitions(handle, &raw, 1, options, queue);
        });
    if (!answer)
        return false;
    rd_kafka_event_t *event = answer.get();
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
    rd_kafka_ConfigResource_t *raw = resource.get();
    const EventPtr answer = requestOne(
        m_client, RD_KAFKA_ADMIN_OP_INCREMENTALALTERCONFIGS, timeoutMs, false, failed, error,
        [&](rd_kafka_t *handle, const rd_kafka_AdminOptions_t *options, rd_kafka_queue_t *queue) {
            rd_kafka_IncrementalAlterConfigs(handle, &raw, 1, options, queue);
        });
    if (!answer)
        return false;
    rd_kafka_event_t *event = answer.get();
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
    rd_kafka_DeleteRecords_t *raw = request.get();
    const EventPtr answer = requestOne(
        m_client, RD_KAFKA_ADMIN_OP_DELETERECORDS, timeoutMs, true, failed, error,
        [&](rd_kafka_t *handle, const rd_kafka_AdminOptions_t *options, rd_kafka_queue_t *queue) {
            rd_kafka_DeleteRecords(handle, &raw, 1, options, queue);
        });
    if (!answer)
        return false;
    rd_kafka_event_t *event = answer.get();
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

} // namespace Qafka
