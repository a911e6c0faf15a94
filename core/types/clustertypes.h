#pragma once

// Value types that cross from the cluster worker's thread to the GUI thread. Only these travel in
// signals; they are registered once in registerClusterTypes().

#include "types/topictypes.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace Qafka {

struct BrokerInfo
{
    int nodeId = -1;
    QString host;
    int port = 0;
    QString rack; // empty when the broker has none
    bool isController = false;
    int partitionsLed = 0;  // partitions whose leader is this broker
    int replicasHosted = 0; // partition replicas assigned to this broker

    QString address() const { return host + u':' + QString::number(port); }
    bool operator==(const BrokerInfo &) const = default;
};

// What one metadata refresh learned about the cluster. Brokers are the live (registered, unfenced)
// ones; replicaNodeIds also names nodes that partitions expect but that metadata no longer lists.
struct ClusterSnapshot
{
    QString clusterId;
    int controllerId = -1;     // the active controller (KRaft quorum leader); -1 when unknown
    QString controllerNote;    // why the controller is unknown, or how it was learned
    QList<BrokerInfo> brokers; // sorted by node id
    QList<int> replicaNodeIds; // every node id that hosts a replica, sorted
    QList<TopicInfo> topics;   // sorted by name, internal topics included
    int topicCount = 0;
    int partitionCount = 0;
    qint64 takenAtMs = 0; // QDateTime::currentMSecsSinceEpoch() when the reply arrived
};

enum class ConfigSource {
    Unknown,
    Default,
    StaticBroker,
    DynamicBroker,
    DynamicDefaultBroker,
    DynamicTopic,
    DynamicBrokerLogger,
    Group,
};

struct ConfigEntry
{
    QString name;
    QString value;
    bool isNull = false; // sensitive values are returned as null
    ConfigSource source = ConfigSource::Unknown;
    bool isDefault = false;
    bool isReadOnly = false;
    bool isSensitive = false;
};

enum class ConnectionState {
    Disconnected,
    Connecting,
    Connected,
    Degraded, // connected before, the last refresh failed; retrying
    Failed,   // could not connect; the diagnosis says why
};

// An error a user can act on: a translated sentence, the librdkafka error name behind it and, where
// one exists, what to try.
struct KafkaError
{
    QString message;
    QString code; // librdkafka's error name, e.g. "_TRANSPORT", "SASL_AUTHENTICATION_FAILED"
    QString hint;

    bool isNull() const { return message.isEmpty(); }
};

// The one error code of a write refused because the connection is read-only, wherever it was
// refused (GUI-thread handle or worker).
inline constexpr QLatin1StringView kReadOnlyErrorCode("READ_ONLY_CONNECTION");
// "<description> was refused: this connection is read-only." with what to do about it.
// How long the cluster worker gives each kind of call.
struct ClusterTimeouts
{
    int connectMs = 8000; // the whole connect attempt, diagnosis included
    int requestMs = 3000; // one metadata / admin request
    int probeMs = 1500;   // TCP probe of advertised addresses
};

KafkaError readOnlyRefusal(const QString &description);

QString configSourceName(ConfigSource source);
QString connectionStateName(ConnectionState state);
void registerClusterTypes();

} // namespace Qafka

Q_DECLARE_METATYPE(Qafka::BrokerInfo)
Q_DECLARE_METATYPE(Qafka::ClusterSnapshot)
Q_DECLARE_METATYPE(Qafka::ConfigEntry)
Q_DECLARE_METATYPE(Qafka::KafkaError)
Q_DECLARE_METATYPE(Qafka::ConnectionState)
