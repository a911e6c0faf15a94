#include "types/clustertypes.h"

#include "types/acltypes.h"
#include "types/messagetypes.h"
#include "types/producetypes.h"
#include "types/scramtypes.h"

#include <QCoreApplication>

namespace Qafka {

QString configSourceName(ConfigSource source)
{
    switch (source) {
    case ConfigSource::Default:
        return QCoreApplication::translate("Qafka", "default");
    case ConfigSource::StaticBroker:
        return QCoreApplication::translate("Qafka", "static");
    case ConfigSource::DynamicBroker:
        return QCoreApplication::translate("Qafka", "dynamic (this broker)");
    case ConfigSource::DynamicDefaultBroker:
        return QCoreApplication::translate("Qafka", "dynamic (cluster default)");
    case ConfigSource::DynamicTopic:
        return QCoreApplication::translate("Qafka", "dynamic (topic)");
    case ConfigSource::DynamicBrokerLogger:
        return QCoreApplication::translate("Qafka", "dynamic (logger)");
    case ConfigSource::Group:
        return QCoreApplication::translate("Qafka", "group");
    case ConfigSource::Unknown:
        break;
    }
    return QCoreApplication::translate("Qafka", "unknown");
}

QString connectionStateName(ConnectionState state)
{
    switch (state) {
    case ConnectionState::Disconnected:
        return QCoreApplication::translate("Qafka", "Disconnected");
    case ConnectionState::Connecting:
        return QCoreApplication::translate("Qafka", "Connecting");
    case ConnectionState::Connected:
        return QCoreApplication::translate("Qafka", "Connected");
    case ConnectionState::Degraded:
        return QCoreApplication::translate("Qafka", "Not answering, retrying");
    case ConnectionState::Failed:
        return QCoreApplication::translate("Qafka", "Connection failed");
    }
    return {};
}

KafkaError readOnlyRefusal(const QString &description)
{
    return {QCoreApplication::translate("Qafka", "%1 was refused: this connection is read-only.")
                .arg(description),
            kReadOnlyErrorCode,
            QCoreApplication::translate(
                "Qafka", "Edit the connection and clear \"Read-only\" to change the cluster.")};
}

void registerClusterTypes()
{
    qRegisterMetaType<BrokerInfo>();
    qRegisterMetaType<ClusterSnapshot>();
    qRegisterMetaType<ConfigEntry>();
    qRegisterMetaType<QList<ConfigEntry>>();
    qRegisterMetaType<KafkaError>();
    qRegisterMetaType<ConnectionState>();
    qRegisterMetaType<TopicInfo>();
    qRegisterMetaType<TopicStatsMap>();
    qRegisterMetaType<ConfigChange>();
    qRegisterMetaType<QList<ConfigChange>>();
    qRegisterMetaType<DeliveryReport>();
    qRegisterMetaType<QList<DeliveryReport>>();
    qRegisterMetaType<ProduceProgress>();
    qRegisterMetaType<AclBinding>();
    qRegisterMetaType<QList<AclBinding>>();
    qRegisterMetaType<ScramUser>();
    qRegisterMetaType<QList<ScramUser>>();
}

} // namespace Qafka
