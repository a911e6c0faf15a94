#include "rdkafka/configreader.h"

#include "rdkafka/adminclient.h"
#include "rdkafka/adminerrors.h"
#include "rdkafka/adminrequests.h"

#include <QCoreApplication>

#include <algorithm>
#include <vector>

namespace Qafka {

namespace {

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

ConfigReader::ConfigReader(AdminClient *client)
    : m_client(client)
{}

bool ConfigReader::describeBroker(int brokerId, int timeoutMs, QList<ConfigEntry> *entries,
                                  KafkaError *error)
{
    const QString context =
        QCoreApplication::translate("AdminClient", "DescribeConfigs of broker %1").arg(brokerId);
    return describeOne(
        RD_KAFKA_RESOURCE_BROKER, QString::number(brokerId), timeoutMs,
        [&](const QString &reason) -> QString { return context + u": " + reason; }, entries, error);
}

bool ConfigReader::describeTopic(const QString &topic, int timeoutMs, QList<ConfigEntry> *entries,
                                 KafkaError *error)
{
    return describeOne(
        RD_KAFKA_RESOURCE_TOPIC, topic, timeoutMs,
        [&](const QString &reason) {
            return QCoreApplication::translate(
                       "TopicAdmin", "The configuration of topic %1 could not be read: %2")
                .arg(topic, reason);
        },
        entries, error);
}

bool ConfigReader::describeOne(int resourceType, const QString &name, int timeoutMs,
                               const std::function<QString(const QString &)> &failed,
                               QList<ConfigEntry> *entries, KafkaError *error)
{
    ResourcePtr resource(rd_kafka_ConfigResource_new(rd_kafka_ResourceType_t(resourceType),
                                                     name.toUtf8().constData()));
    if (!resource)
        return fail(error, RD_KAFKA_RESP_ERR__INVALID_ARG,
                    failed(QCoreApplication::translate("TopicAdmin", "the name is empty.")));
    AdminRequests requests(m_client);
    const OptionsPtr options = requests.options(RD_KAFKA_ADMIN_OP_DESCRIBECONFIGS, timeoutMs);
    rd_kafka_ConfigResource_t *raw = resource.get();
    rd_kafka_DescribeConfigs(requests.handle(), &raw, 1, options.get(), requests.queue());
    requests.sent();
    const EventPtr event = requests.next(QDeadlineTimer(timeoutMs));
    if (!event) {
        *error = noAnswer(m_client->stopRequested(), timeoutMs, failed);
        return false;
    }
    if (const rd_kafka_resp_err_t code = rd_kafka_event_error(event.get()))
        return fail(error, code,
                    failed(brokerText(code, rd_kafka_event_error_string(event.get()))));
    const QList<Described> described = read(event.get());
    if (described.size() != 1)
        return fail(
            error, RD_KAFKA_RESP_ERR__BAD_MSG,
            failed(QCoreApplication::translate("TopicAdmin", "the answer describes %n resource(s).",
                                               nullptr, int(described.size()))));
    const Described &only = described.first();
    if (only.error)
        return fail(error, rd_kafka_resp_err_t(only.error), failed(only.errorText));
    *entries = only.entries;
    return true;
}

void ConfigReader::sendTopics(AdminRequests *requests, const QStringList &topics,
                              const QList<QByteArray> &onlyConfigs, int timeoutMs)
{
    std::vector<ResourcePtr> resources;
    std::vector<rd_kafka_ConfigResource_t *> raw;
    resources.reserve(size_t(topics.size()));
    for (const QString &topic : topics) {
        ResourcePtr resource(
            rd_kafka_ConfigResource_new(RD_KAFKA_RESOURCE_TOPIC, topic.toUtf8().constData()));
        if (!resource) { // an empty name: send none, so librdkafka answers with its error
            raw.clear();
            break;
        }
        for (const QByteArray &config : onlyConfigs)
            rd_kafka_ConfigResource_set_config(resource.get(), config.constData(), "");
        raw.push_back(resource.get());
        resources.push_back(std::move(resource));
    }
    const OptionsPtr options = requests->options(RD_KAFKA_ADMIN_OP_DESCRIBECONFIGS, timeoutMs);
    rd_kafka_DescribeConfigs(requests->handle(), raw.data(), raw.size(), options.get(),
                             requests->queue());
    requests->sent();
}

QList<ConfigReader::Described> ConfigReader::read(rd_kafka_event_t *event)
{
    size_t count = 0;
    const rd_kafka_ConfigResource_t **results = rd_kafka_DescribeConfigs_result_resources(
        rd_kafka_event_DescribeConfigs_result(event), &count);
    QList<Described> described;
    described.reserve(qsizetype(count));
    for (size_t i = 0; i < count; ++i) {
        Described item;
        item.name = QString::fromUtf8(rd_kafka_ConfigResource_name(results[i]));
        const rd_kafka_resp_err_t code = rd_kafka_ConfigResource_error(results[i]);
        item.error = code;
        if (code)
            item.errorText = brokerText(code, rd_kafka_ConfigResource_error_string(results[i]));
        else
            item.entries = entriesOf(results[i]);
        described.append(item);
    }
    return described;
}

QList<ConfigEntry> ConfigReader::entriesOf(const rd_kafka_ConfigResource_t *resource)
{
    size_t count = 0;
    const rd_kafka_ConfigEntry_t **configs = rd_kafka_ConfigResource_configs(resource, &count);
    QList<ConfigEntry> entries;
    entries.reserve(qsizetype(count));
    for (size_t i = 0; i < count; ++i) {
        ConfigEntry entry;
        entry.name = QString::fromUtf8(rd_kafka_ConfigEntry_name(configs[i]));
        const char *value = rd_kafka_ConfigEntry_value(configs[i]);
        entry.isNull = value == nullptr;
        entry.value = value ? QString::fromUtf8(value) : QString();
        entry.source = sourceOf(rd_kafka_ConfigEntry_source(configs[i]));
        entry.isDefault = rd_kafka_ConfigEntry_is_default(configs[i]);
        entry.isReadOnly = rd_kafka_ConfigEntry_is_read_only(configs[i]);
        entry.isSensitive = rd_kafka_ConfigEntry_is_sensitive(configs[i]);
        entries.append(entry);
    }
    std::sort(entries.begin(), entries.end(),
              [](const ConfigEntry &a, const ConfigEntry &b) { return a.name < b.name; });
    return entries;
}

} // namespace Qafka
