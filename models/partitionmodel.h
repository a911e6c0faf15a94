#pragma once

#include "tablemodel.h"
#include "types/topictypes.h"

namespace Qafka {

// The partitions of one topic: leader, replicas, in-sync replicas (with the ones missing from the
// ISR called out), watermarks and message counts.
class PartitionModel : public TableModel
{
    Q_OBJECT
public:
    enum Column {
        PartitionColumn,
        LeaderColumn,
        ReplicasColumn,
        IsrColumn,
        MissingColumn,
        LowColumn,
        HighColumn,
        CountColumn,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1 };

    explicit PartitionModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // A different topic resets the model; the same topic updates rows in place.
    void setTopic(const TopicInfo &topic, const TopicStats &stats);
    void clear();
    const QString &topicName() const { return m_topic.name; }
    const TopicInfo &topic() const { return m_topic; }
    const TopicStats &stats() const { return m_stats; }

private:
    int rows() const override { return int(m_topic.partitions.size()); }
    QStringList columnTitles() const override;

    TopicInfo m_topic;
    TopicStats m_stats;
};

QString formatNodeList(const QList<int> &nodes);

} // namespace Qafka
