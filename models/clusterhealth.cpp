#include "clusterhealth.h"

#include "semanticcolors.h"

#include <QCoreApplication>
#include <QSet>

namespace Qafka {

ClusterHealth ClusterHealth::from(const ClusterSnapshot &snapshot, const TopicStatsMap &stats)
{
    ClusterHealth health;
    health.brokersUp = int(snapshot.brokers.size());
    QSet<int> live;
    for (const BrokerInfo &broker : snapshot.brokers)
        live.insert(broker.nodeId);
    for (int node : snapshot.replicaNodeIds) {
        if (!live.contains(node))
            ++health.brokersDown;
    }
    health.controllerId = snapshot.controllerId;
    bool allConfigs = !snapshot.topics.isEmpty();
    int underMinIsr = 0;
    for (const TopicInfo &topic : snapshot.topics) {
        health.partitions += int(topic.partitions.size());
        health.underReplicated += topic.underReplicatedCount();
        health.offline += topic.offlineCount();
        const auto it = stats.constFind(topic.name);
        if (it == stats.constEnd() || !it->hasConfigs)
            allConfigs = false;
        else
            underMinIsr += topic.underMinIsrCount(it->minInsyncReplicas);
    }
    health.underMinIsr = allConfigs ? underMinIsr : -1;
    return health;
}

QString ClusterHealth::summary() const
{
    auto bad = [](const QString &text) {
        return QStringLiteral("<b style='color:%1'>%2</b>")
            .arg(semanticColor(Meaning::Error).name(), text);
    };
    QStringList parts;
    parts << QCoreApplication::translate("ClusterHealth", "%n broker(s) up", nullptr, brokersUp);
    if (brokersDown > 0)
        parts << bad(QCoreApplication::translate("ClusterHealth", "%n down", nullptr, brokersDown));
    parts << (controllerId >= 0
                  ? QCoreApplication::translate("ClusterHealth", "controller %1").arg(controllerId)
                  : QCoreApplication::translate("ClusterHealth", "controller unknown"));
    parts << (underReplicated > 0
                  ? bad(QCoreApplication::translate("ClusterHealth", "%n under-replicated", nullptr,
                                                    underReplicated))
                  : QCoreApplication::translate("ClusterHealth", "0 under-replicated"));
    parts << (offline > 0 ? bad(QCoreApplication::translate("ClusterHealth", "%n offline", nullptr,
                                                            offline))
                          : QCoreApplication::translate("ClusterHealth", "0 offline"));
    if (underMinIsr < 0)
        parts << QCoreApplication::translate("ClusterHealth", "under min ISR: …");
    else
        parts << (underMinIsr > 0
                      ? bad(QCoreApplication::translate("ClusterHealth", "%n under min ISR",
                                                        nullptr, underMinIsr))
                      : QCoreApplication::translate("ClusterHealth", "0 under min ISR"));
    parts << QCoreApplication::translate("ClusterHealth", "of %n partition(s)", nullptr,
                                         partitions);
    return parts.join(QStringLiteral(" · "));
}

} // namespace Qafka
