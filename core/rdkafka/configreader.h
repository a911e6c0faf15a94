#pragma once

#include "types/clustertypes.h"

#include <QStringList>

#include <functional>

struct rd_kafka_op_s; // rd_kafka_event_t
struct rd_kafka_ConfigResource_s;

namespace Qafka {

class AdminClient;
class AdminRequests;

// DescribeConfigs of brokers and topics: the one DescribeConfigs path of core/rdkafka, for the
// configuration panes (one resource, every config) and the topic table (many topics, a few
// configs). Blocking calls are bounded by timeoutMs and the client's stop flag.
class ConfigReader
{
public:
    explicit ConfigReader(AdminClient *client);

    // The full configuration, sorted by name.
    bool describeBroker(int brokerId, int timeoutMs, QList<ConfigEntry> *entries,
                        KafkaError *error);
    bool describeTopic(const QString &topic, int timeoutMs, QList<ConfigEntry> *entries,
                       KafkaError *error);

    // One request for these topics on requests, asking only for the named configs (the value is
    // not sent); answers with librdkafka's error when a name is empty.
    static void sendTopics(AdminRequests *requests, const QStringList &topics,
                           const QList<QByteArray> &onlyConfigs, int timeoutMs);
    // Each resource of a DescribeConfigs answer.
    struct Described
    {
        QString name;
        int error = 0; // rd_kafka_resp_err_t
        QString errorText;
        QList<ConfigEntry> entries; // sorted by name
    };
    static QList<Described> read(rd_kafka_op_s *event);
    static QList<ConfigEntry> entriesOf(const rd_kafka_ConfigResource_s *resource);

private:
    bool describeOne(int resourceType, const QString &name, int timeoutMs,
                     const std::function<QString(const QString &)> &failed,
                     QList<ConfigEntry> *entries, KafkaError *error);

    AdminClient *m_client;
};

} // namespace Qafka
