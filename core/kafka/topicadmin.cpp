#include "topicadmin.h"

#include "adminclient.h"

#include <QCoreApplication>
#include <QHash>

#include <librdkafka/rdkafka.h>

#include <algorithm>
#include <memory>

namespace Qafka {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("TopicAdmin", text, nullptr, n);
}

struct OptionsDeleter
{
    void operator()(rd_kafka_AdminOptions_t *options) const
    {
        rd_kafka_AdminOptions_destroy(options);
    }
};
struct PartitionListDeleter
{
    void operator()(rd_kafka_topic_partition_list_t *list) const
    {
        rd_kafka_topic_partition_list_destroy(list);
    }
};
struct ResourceDeleter
{
    void operator()(rd_kafka_ConfigResource_t *resource) const
    {
        rd_kafka_ConfigResource_destroy(resource);
    }
};
using OptionsPtr = std::unique_ptr<rd_kafka_AdminOptions_t, OptionsDeleter>;
using PartitionListPtr = std::unique_ptr<rd_kafka_topic_partition_list_t, PartitionListDeleter>;
using ResourcePtr = std::unique_ptr<rd_kafka_ConfigResource_t, ResourceDeleter>;

OptionsPtr makeOptions(rd_kafka_t *handle, rd_kafka_admin_op_t op, int timeoutMs,
                       bool waitForController)
{
    OptionsPtr options(rd_kafka_AdminOptions_new(handle, op));
    char errstr[256];
    rd_kafka_AdminOptions_set_request_timeout(options.get(), timeoutMs, errstr, sizeof errstr);
    // Wait until the controller applied it, so the next metadata refresh already shows it.
    if (waitForController)
        rd_kafka_AdminOptions_set_operation_timeout(options.get(), timeoutMs, errstr,
                                                    sizeof errstr);
    return options;
}

KafkaError makeError(rd_kafka_resp_err_t code, const QString &message)
{
    return {message, QString::fromUtf8(rd_kafka_err2name(code)), {}};
}

// The broker's own words where it gave some, librdkafka's description otherwise.
QString brokerText(rd_kafka_resp_err_t code, const char *text)
{
    return text && *text ? QString::fromUtf8(text) : QString::fromUtf8(rd_kafka_err2str(code));
}

// Waits for the result event; on timeout or an event-level error fills *error.
rd_kafka_event_t *awaitResult(AdminClient *client, int timeoutMs, const QString &what,
                              AdminClient::EventPtr *holder, KafkaError *error)
{
    *holder = client->waitForResult(timeoutMs);
    auto *event = static_cast<rd_kafka_event_t *>(holder->get());
    if (!event) {
        *error =
            makeError(RD_KAFKA_RESP_ERR__TIMED_OUT,
                      client->stopRequested()
                          ? tr("%1: cancelled.").arg(what)
                          : tr("%1: no answer within %2 s.").arg(what).arg(timeoutMs / 1000.0));
        return nullptr;
    }
    if (const rd_kafka_resp_err_t code = rd_kafka_event_error(event)) {
        *error = makeError(
            code, tr("%1: %2").arg(what, brokerText(code, rd_kafka_event_error_string(event))));
        return nullptr;
    }
    return event;
}

// Per-topic results of CreateTopics, DeleteTopics and CreatePartitions.
bool checkTopicResults(const rd_kafka_topic_result_t **results, size_t count, const QString &what,
                       KafkaError *error)
{
    QStringList failures;
    rd_kafka_resp_err_t firstCode = RD_KAFKA_RESP_ERR_NO_ERROR;
    for (size_t i = 0; i < count; ++i) {
        const rd_kafka_resp_err_t code = rd_kafka_topic_result_error(results[i]);
        if (!code)
            continue;
        if (!firstCode)
            firstCode = code;
        failures.append(
            tr("%1: %2").arg(QString::fromUtf8(rd_kafka_topic_result_name(results[i])),
                             brokerText(code, rd_kafka_topic_result_error_string(results[i]))));
    }
    if (failures.isEmpty())
        return true;
    Q_UNUSED(what)
    *error = makeError(firstCode, failures.join(QStringLiteral("; ")));
    return false;
}

rd_kafka_ResourceType_t resourceTypeOf(const QString &type)
{
    return type == u"broker" ? RD_KAFKA_RESOURCE_BROKER : RD_KAFKA_RESOURCE_TOPIC;
}

ConfigSource sourceOf(rd_kafka_ConfigSource_t source)
{
    switch (source) {
    case RD_KAFKA_CONFIG_SOURCE_DYNAMIC_TOPIC_CONFIG:
        return ConfigSource::DynamicTopic;
    case RD_KAFKA_CONFIG_SOURCE_DYNAMIC_BROKER_CONFIG:
        return ConfigSource::DynamicBroker;
    case RD_KAFKA_CONFIG_SOURCE_DYNAMIC_DEFAULT_BROKER_CONFIG:
        return ConfigSource::DynamicDefaultBroker;
    case RD_KAFKA_CONFIG_SOURCE_STATIC_BROKER_CONFIG:
        return ConfigSource::StaticBroker;
    case RD_KAFKA_CONFIG_SOURCE_DEFAULT_CONFIG:
        return ConfigSource::Default;
    case RD_KAFKA_CONFIG_SOURCE_GROUP_CONFIG:
        return ConfigSource::Group;
    default:
        return ConfigSource::Unknown;
    }
}

} // namespace

TopicAdmin::TopicAdmin(AdminClient *client)
    : m_client(client)
{}

bool TopicAdmin::createTopic(const NewTopic &topic, int timeoutMs, KafkaError *error)
{
    const QString what = tr("Creating topic %1").arg(topic.name);
    char errstr[512];
    rd_kafka_NewTopic_t *newTopic =
        rd_kafka_NewTopic_new(topic.name.toUtf8().constData(), topic.partitions,
                              topic.replicationFactor, errstr, sizeof errstr);
    if (!newTopic) {
        *error = makeError(RD_KAFKA_RESP_ERR__INVALID_ARG,
                           tr("%1: %2").arg(what, QString::fromUtf8(errstr)));
        return false;
    }
    std::unique_ptr<rd_kafka_NewTopic_t, void (*)(rd_kafka_NewTopic_t *)> owner(
        newTopic, rd_kafka_NewTopic_destroy);
    for (const auto &[name, value] : topic.configs) {
        if (rd_kafka_NewTopic_set_config(newTopic, name.toUtf8().constData(),
                                         value.toUtf8().constData())) {
            *error = makeError(RD_KAFKA_RESP_ERR__INVALID_ARG,
                               tr("%1: the config %2 is not accepted.").arg(what, name));
            return false;
        }
    }
    auto options = makeOptions(m_client->handle(), RD_KAFKA_ADMIN_OP_CREATETOPICS, timeoutMs, true);
    rd_kafka_CreateTopics(m_client->handle(), &newTopic, 1, options.get(), m_client->queue());
    AdminClient::EventPtr holder;
    rd_kafka_event_t *event = awaitResult(m_client, timeoutMs, what, &holder, error);
    if (!event)
        return false;
    size_t count = 0;
    const auto **results =
        rd_kafka_CreateTopics_result_topics(rd_kafka_event_CreateTopics_result(event), &count);
    return checkTopicResults(results, count, what, error);
}

bool TopicAdmin::deleteTopics(const QStringList &topics, int timeoutMs, KafkaError *error)
{
    const QString what = tr("Deleting %1").arg(topics.join(QStringLiteral(", ")));
    QList<rd_kafka_DeleteTopic_t *> requests;
    for (const QString &topic : topics)
        requests.append(rd_kafka_DeleteTopic_new(topic.toUtf8().constData()));
    auto options = makeOptions(m_client->handle(), RD_KAFKA_ADMIN_OP_DELETETOPICS, timeoutMs, true);
    rd_kafka_DeleteTopics(m_client->handle(), requests.data(), size_t(requests.size()),
                          options.get(), m_client->queue());
    rd_kafka_DeleteTopic_destroy_array(requests.data(), size_t(requests.size()));
    AdminClient::EventPtr holder;
    rd_kafka_event_t *event = awaitResult(m_client, timeoutMs, what, &holder, error);
    if (!event)
        return false;
    size_t count = 0;
    const auto **results =
        rd_kafka_DeleteTopics_result_topics(rd_kafka_event_DeleteTopics_result(event), &count);
    return checkTopicResults(results, count, what, error);
}

bool TopicAdmin::createPartitions(const QString &topic, int newTotal, int timeoutMs,
                                  KafkaError *error)
{
    const QString what = tr("Raising %1 to %2 partitions").arg(topic).arg(newTotal);
    char errstr[512];
    rd_kafka_NewPartitions_t *request = rd_kafka_NewPartitions_new(
        topic.toUtf8().constData(), size_t(std::max(newTotal, 0)), errstr, sizeof errstr);
    if (!request) {
        *error = makeError(RD_KAFKA_RESP_ERR__INVALID_ARG,
                           tr("%1: %2").arg(what, QString::fromUtf8(errstr)));
        return false;
    }
    auto options =
        makeOptions(m_client->handle(), RD_KAFKA_ADMIN_OP_CREATEPARTITIONS, timeoutMs, true);
    rd_kafka_CreatePartitions(m_client->handle(), &request, 1, options.get(), m_client->queue());
    rd_kafka_NewPartitions_destroy(request);
    AdminClient::EventPtr holder;
    rd_kafka_event_t *event = awaitResult(m_client, timeoutMs, what, &holder, error);
    if (!event)
        return false;
    size_t count = 0;
    const auto **results = rd_kafka_CreatePartitions_result_topics(
        rd_kafka_event_CreatePartitions_result(event), &count);
    return checkTopicResults(results, count, what, error);
}

bool TopicAdmin::alterConfigs(const QString &resourceType, const QString &name,
                              const QList<ConfigChange> &changes, int timeoutMs, KafkaError *error)
{
    const QString what = tr("Changing the configuration of %1 %2").arg(resourceType, name);
    ResourcePtr resource(
        rd_kafka_ConfigResource_new(resourceTypeOf(resourceType), name.toUtf8().constData()));
    for (const ConfigChange &change : changes) {
        const bool remove = change.op == ConfigChange::Op::Delete;
        rd_kafka_error_t *failure = rd_kafka_ConfigResource_add_incremental_config(
            resource.get(), change.name.toUtf8().constData(),
            remove ? RD_KAFKA_ALTER_CONFIG_OP_TYPE_DELETE : RD_KAFKA_ALTER_CONFIG_OP_TYPE_SET,
            remove ? nullptr : change.value.toUtf8().constData());
        if (failure) {
            *error = makeError(
                rd_kafka_error_code(failure),
                tr("%1: %2").arg(what, QString::fromUtf8(rd_kafka_error_string(failure))));
            rd_kafka_error_destroy(failure);
            return false;
        }
    }
    rd_kafka_ConfigResource_t *raw = resource.get();
    auto options = makeOptions(m_client->handle(), RD_KAFKA_ADMIN_OP_INCREMENTALALTERCONFIGS,
                               timeoutMs, false);
    rd_kafka_IncrementalAlterConfigs(m_client->handle(), &raw, 1, options.get(), m_client->queue());
    AdminClient::EventPtr holder;
    rd_kafka_event_t *event = awaitResult(m_client, timeoutMs, what, &holder, error);
    if (!event)
        return false;
    size_t count = 0;
    const rd_kafka_ConfigResource_t **results = rd_kafka_IncrementalAlterConfigs_result_resources(
        rd_kafka_event_IncrementalAlterConfigs_result(event), &count);
    for (size_t i = 0; i < count; ++i) {
        if (const rd_kafka_resp_err_t code = rd_kafka_ConfigResource_error(results[i])) {
            *error = makeError(
                code, tr("%1: %2").arg(what, brokerText(code, rd_kafka_ConfigResource_error_string(
                                                                  results[i]))));
            return false;
        }
    }
    return true;
}

bool TopicAdmin::deleteRecords(const QString &topic, const QList<RecordDeletion> &deletions,
                               int timeoutMs, KafkaError *error)
{
    const QString what = tr("Deleting records of %1").arg(topic);
    PartitionListPtr list(rd_kafka_topic_partition_list_new(int(deletions.size())));
    const QByteArray name = topic.toUtf8();
    for (const RecordDeletion &deletion : deletions) {
        rd_kafka_topic_partition_t *partition =
            rd_kafka_topic_partition_list_add(list.get(), name.constData(), deletion.partition);
        partition->offset = deletion.beforeOffset < 0 ? RD_KAFKA_OFFSET_END : deletion.beforeOffset;
    }
    rd_kafka_DeleteRecords_t *request = rd_kafka_DeleteRecords_new(list.get());
    auto options =
        makeOptions(m_client->handle(), RD_KAFKA_ADMIN_OP_DELETERECORDS, timeoutMs, true);
    rd_kafka_DeleteRecords(m_client->handle(), &request, 1, options.get(), m_client->queue());
    rd_kafka_DeleteRecords_destroy(request);
    AdminClient::EventPtr holder;
    rd_kafka_event_t *event = awaitResult(m_client, timeoutMs, what, &holder, error);
    if (!event)
        return false;
    const rd_kafka_topic_partition_list_t *offsets =
        rd_kafka_DeleteRecords_result_offsets(rd_kafka_event_DeleteRecords_result(event));
    QStringList failures;
    rd_kafka_resp_err_t firstCode = RD_KAFKA_RESP_ERR_NO_ERROR;
    for (int i = 0; offsets && i < offsets->cnt; ++i) {
        if (const rd_kafka_resp_err_t code = offsets->elems[i].err) {
            firstCode = firstCode ? firstCode : code;
            failures.append(tr("partition %1: %2")
                                .arg(offsets->elems[i].partition)
                                .arg(QString::fromUtf8(rd_kafka_err2str(code))));
        }
    }
    if (failures.isEmpty())
        return true;
    Q_UNUSED(what)
    *error = makeError(firstCode, failures.join(QStringLiteral("; ")));
    return false;
}

namespace {

PartitionListPtr offsetRequest(const QStringList &topics, const QList<int> &partitionCounts,
                               rd_kafka_OffsetSpec_t spec)
{
    int total = 0;
    for (int count : partitionCounts)
        total += count;
    PartitionListPtr list(rd_kafka_topic_partition_list_new(std::max(total, 1)));
    for (qsizetype t = 0; t < topics.size(); ++t) {
        const QByteArray name = topics.at(t).toUtf8(); // the list copies the name
        for (int p = 0; p < partitionCounts.value(t); ++p)
            rd_kafka_topic_partition_list_add(list.get(), name.constData(), p)->offset = spec;
    }
    return list;
}

void readOffsets(rd_kafka_event_t *event, bool earliest, TopicStatsMap *stats)
{
    size_t count = 0;
    const rd_kafka_ListOffsetsResultInfo_t **infos =
        rd_kafka_ListOffsets_result_infos(rd_kafka_event_ListOffsets_result(event), &count);
    for (size_t i = 0; i < count; ++i) {
        const rd_kafka_topic_partition_t *partition =
            rd_kafka_ListOffsetsResultInfo_topic_partition(infos[i]);
        TopicStats &topicStats = (*stats)[QString::fromUtf8(partition->topic)];
        if (topicStats.offsets.size() <= partition->partition)
            topicStats.offsets.resize(partition->partition + 1);
        topicStats.hasOffsets = true;
        // A partition without a reachable leader answers with an error: its offsets stay unknown.
        if (partition->err)
            continue;
        PartitionOffsets &offsets = topicStats.offsets[partition->partition];
        (earliest ? offsets.low : offsets.high) = partition->offset;
    }
}

void readSummaries(rd_kafka_event_t *event, TopicStatsMap *stats)
{
    size_t count = 0;
    const rd_kafka_ConfigResource_t **results = rd_kafka_DescribeConfigs_result_resources(
        rd_kafka_event_DescribeConfigs_result(event), &count);
    for (size_t i = 0; i < count; ++i) {
        if (rd_kafka_ConfigResource_error(results[i]))
            continue; // e.g. deleted meanwhile: its row simply shows no configs
        TopicStats &topicStats =
            (*stats)[QString::fromUtf8(rd_kafka_ConfigResource_name(results[i]))];
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

std::vector<ResourcePtr> topicResources(const QStringList &topics)
{
    std::vector<ResourcePtr> owners;
    owners.reserve(size_t(topics.size()));
    for (const QString &topic : topics)
        owners.emplace_back(
            rd_kafka_ConfigResource_new(RD_KAFKA_RESOURCE_TOPIC, topic.toUtf8().constData()));
    return owners;
}

std::vector<rd_kafka_ConfigResource_t *> rawPointers(const std::vector<ResourcePtr> &owners)
{
    std::vector<rd_kafka_ConfigResource_t *> raw;
    raw.reserve(owners.size());
    for (const ResourcePtr &owner : owners)
        raw.push_back(owner.get());
    return raw;
}

} // namespace

bool TopicAdmin::listOffsets(const QStringList &topics, const QList<int> &partitionCounts,
                             int timeoutMs, TopicStatsMap *stats, KafkaError *error)
{
    // Two batched requests (earliest, then latest); librdkafka splits each per partition leader.
    const QString what = tr("Reading the offsets of %n topic(s)", int(topics.size()));
    for (const rd_kafka_OffsetSpec_t spec :
         {RD_KAFKA_OFFSET_SPEC_EARLIEST, RD_KAFKA_OFFSET_SPEC_LATEST}) {
        PartitionListPtr list = offsetRequest(topics, partitionCounts, spec);
        if (list->cnt == 0)
            break;
        auto options =
            makeOptions(m_client->handle(), RD_KAFKA_ADMIN_OP_LISTOFFSETS, timeoutMs, false);
        rd_kafka_ListOffsets(m_client->handle(), list.get(), options.get(), m_client->queue());
        AdminClient::EventPtr holder;
        rd_kafka_event_t *event = awaitResult(m_client, timeoutMs, what, &holder, error);
        if (!event)
            return false;
        readOffsets(event, spec == RD_KAFKA_OFFSET_SPEC_EARLIEST, stats);
    }
    for (qsizetype t = 0; t < topics.size(); ++t) {
        TopicStats &topicStats = (*stats)[topics.at(t)];
        topicStats.hasOffsets = true;
        if (topicStats.offsets.size() < partitionCounts.value(t))
            topicStats.offsets.resize(partitionCounts.value(t));
    }
    return true;
}

bool TopicAdmin::describeTopicSummaries(const QStringList &topics, int timeoutMs,
                                        TopicStatsMap *stats, KafkaError *error)
{
    if (topics.isEmpty())
        return true;
    const QString what = tr("Reading the configuration of %n topic(s)", int(topics.size()));
    const std::vector<ResourcePtr> owners = topicResources(topics);
    std::vector<rd_kafka_ConfigResource_t *> resources = rawPointers(owners);
    auto options =
        makeOptions(m_client->handle(), RD_KAFKA_ADMIN_OP_DESCRIBECONFIGS, timeoutMs, false);
    rd_kafka_DescribeConfigs(m_client->handle(), resources.data(), resources.size(), options.get(),
                             m_client->queue());
    AdminClient::EventPtr holder;
    rd_kafka_event_t *event = awaitResult(m_client, timeoutMs, what, &holder, error);
    if (!event)
        return false;
    readSummaries(event, stats);
    return true;
}

void TopicAdmin::sendListOffsets(const QStringList &topics, const QList<int> &partitionCounts,
                                 StatsRequest which, int timeoutMs)
{
    PartitionListPtr list = offsetRequest(topics, partitionCounts,
                                          which == EarliestOffsets ? RD_KAFKA_OFFSET_SPEC_EARLIEST
                                                                   : RD_KAFKA_OFFSET_SPEC_LATEST);
    auto options = makeOptions(m_client->handle(), RD_KAFKA_ADMIN_OP_LISTOFFSETS, timeoutMs, false);
    rd_kafka_AdminOptions_set_opaque(options.get(), reinterpret_cast<void *>(quintptr(which)));
    rd_kafka_ListOffsets(m_client->handle(), list.get(), options.get(), m_client->asyncQueue());
}

void TopicAdmin::sendDescribeTopicSummaries(const QStringList &topics, int timeoutMs)
{
    const std::vector<ResourcePtr> owners = topicResources(topics);
    std::vector<rd_kafka_ConfigResource_t *> resources = rawPointers(owners);
    auto options =
        makeOptions(m_client->handle(), RD_KAFKA_ADMIN_OP_DESCRIBECONFIGS, timeoutMs, false);
    rd_kafka_AdminOptions_set_opaque(options.get(),
                                     reinterpret_cast<void *>(quintptr(TopicSummaries)));
    rd_kafka_DescribeConfigs(m_client->handle(), resources.data(), resources.size(), options.get(),
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
        const QString what = which == TopicSummaries ? tr("Reading topic configurations")
                                                     : tr("Reading topic offsets");
        *error = makeError(
            code, tr("%1: %2").arg(what, brokerText(code, rd_kafka_event_error_string(event))));
        return false;
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
    const QString what = tr("Reading the configuration of %1").arg(topic);
    ResourcePtr resource(
        rd_kafka_ConfigResource_new(RD_KAFKA_RESOURCE_TOPIC, topic.toUtf8().constData()));
    rd_kafka_ConfigResource_t *raw = resource.get();
    auto options =
        makeOptions(m_client->handle(), RD_KAFKA_ADMIN_OP_DESCRIBECONFIGS, timeoutMs, false);
    rd_kafka_DescribeConfigs(m_client->handle(), &raw, 1, options.get(), m_client->queue());
    AdminClient::EventPtr holder;
    rd_kafka_event_t *event = awaitResult(m_client, timeoutMs, what, &holder, error);
    if (!event)
        return false;
    size_t count = 0;
    const rd_kafka_ConfigResource_t **results = rd_kafka_DescribeConfigs_result_resources(
        rd_kafka_event_DescribeConfigs_result(event), &count);
    if (count != 1) {
        *error =
            makeError(RD_KAFKA_RESP_ERR__BAD_MSG, tr("%1: the answer names no topic.").arg(what));
        return false;
    }
    if (const rd_kafka_resp_err_t code = rd_kafka_ConfigResource_error(results[0])) {
        *error = makeError(
            code, tr("%1: %2").arg(
                      what, brokerText(code, rd_kafka_ConfigResource_error_string(results[0]))));
        return false;
    }
    size_t entryCount = 0;
    const rd_kafka_ConfigEntry_t **configs =
        rd_kafka_ConfigResource_configs(results[0], &entryCount);
    entries->clear();
    entries->reserve(qsizetype(entryCount));
    for (size_t i = 0; i < entryCount; ++i) {
        ConfigEntry entry;
        entry.name = QString::fromUtf8(rd_kafka_ConfigEntry_name(configs[i]));
        const char *value = rd_kafka_ConfigEntry_value(configs[i]);
        entry.isNull = value == nullptr;
        entry.value = value ? QString::fromUtf8(value) : QString();
        entry.source = sourceOf(rd_kafka_ConfigEntry_source(configs[i]));
        entry.isDefault = rd_kafka_ConfigEntry_is_default(configs[i]);
        entry.isReadOnly = rd_kafka_ConfigEntry_is_read_only(configs[i]);
        entry.isSensitive = rd_kafka_ConfigEntry_is_sensitive(configs[i]);
        entries->append(entry);
    }
    std::sort(entries->begin(), entries->end(),
              [](const auto &a, const auto &b) { return a.name < b.name; });
    return true;
}

} // namespace Qafka
