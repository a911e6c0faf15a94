#pragma once

// Value types for topics and partitions that cross from the worker thread to the GUI thread.

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>

namespace Qafka {

struct PartitionInfo
{
    int partition = -1;
    int leader = -1; // -1: no leader, the partition is offline
    QList<int> replicas;
    QList<int> isr;
    QString error; // librdkafka's error name for this partition, empty when fine

    bool isOffline() const { return leader < 0; }
    bool isUnderReplicated() const { return isr.size() < replicas.size(); }
    bool operator==(const PartitionInfo &) const = default;
};

struct TopicInfo
{
    QString name;
    bool internal = false;
    QList<PartitionInfo> partitions; // sorted by partition id
    QString error;

    int replicationFactor() const
    {
        return partitions.isEmpty() ? 0 : int(partitions.first().replicas.size());
    }
    int underReplicatedCount() const;
    int offlineCount() const;
    // Partitions whose in-sync replicas are fewer than minInsync (producers with acks=all fail).
    int underMinIsrCount(int minInsync) const;
    bool operator==(const TopicInfo &) const = default;
};

struct PartitionOffsets
{
    qint64 low = -1;  // earliest offset; -1 unknown
    qint64 high = -1; // high watermark; -1 unknown
    qint64 count() const { return low >= 0 && high >= low ? high - low : -1; }
    bool operator==(const PartitionOffsets &) const = default;
};

// What a slower refresh learns per topic: watermarks and the configs the topic table shows.
struct TopicStats
{
    QList<PartitionOffsets> offsets; // index = partition id
    QString cleanupPolicy;
    QString retentionMs;
    int minInsyncReplicas = -1;
    bool hasOffsets = false;
    bool hasConfigs = false;

    qint64 messageCount() const; // sum of high - low; -1 when unknown
    bool operator==(const TopicStats &) const = default;
};
using TopicStatsMap = QHash<QString, TopicStats>;

// One IncrementalAlterConfigs operation. Delete resets the config to its default.
struct ConfigChange
{
    enum class Op { Set, Delete };
    QString name;
    QString value;
    Op op = Op::Set;
    bool operator==(const ConfigChange &) const = default;
};

struct NewTopic
{
    QString name;
    int partitions = 1;
    int replicationFactor = -1; // -1: the broker's default.replication.factor
    QList<QPair<QString, QString>> configs;
};

// Delete records: every record of the partition below beforeOffset goes.
struct RecordDeletion
{
    int partition = -1;
    qint64 beforeOffset = -1;
};

} // namespace Qafka

Q_DECLARE_METATYPE(Qafka::TopicInfo)
Q_DECLARE_METATYPE(Qafka::TopicStatsMap)
Q_DECLARE_METATYPE(Qafka::ConfigChange)
