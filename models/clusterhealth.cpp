#include "clusterhealth.h"

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
    auto tr = [](const char *text, int n = -1) {
        return QCoreApplication::translate("ClusterHealth", text, nullptr, n);
    };
    auto bad = [](const QString &text) {
        return QStringLiteral("<b style='color:#d32f2f'>%1</b>").arg(text);
    };
    QStringList parts;
    parts << tr("%n broker(s) up", brokersUp);
    if (brokersDown > 0)
        parts << bad(tr("%n down", brokersDown));
    parts << (controllerId >= 0 ? tr("controller %1").arg(controllerId) : tr("controller unknown"));
    parts << (underReplicated > 0 ? bad(tr("%n under-replicated", underReplicated))
                                  : tr("0 under-replicated"));
    parts << (offline > 0 ? bad(tr("%n offline", offline)) : tr("0 offline"));
    if (underMinIsr < 0)
        parts << tr("under min ISR: …");
    else
        parts << (underMinIsr > 0 ? bad(tr("%n under min ISR", underMinIsr))
                                  : tr("0 under min ISR"));
    parts << tr("of %n partition(s)", partitions);
    return parts.join(QStringLiteral(" · "));
}

} // namespace Qafka
