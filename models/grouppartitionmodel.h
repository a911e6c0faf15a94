#pragma once

#include "groups/grouptypes.h"
#include "tablemodel.h"

namespace Qafka {

// The partitions of one consumer group with the numbers kafka-consumer-groups.sh --describe
// prints ("-" where there is none), plus time lag and each partition's verdict.
class GroupPartitionModel : public TableModel
{
    Q_OBJECT
public:
    enum Column {
        TopicColumn,
        PartitionColumn,
        CommittedColumn,
        LogEndColumn,
        LagColumn,
        TimeLagColumn,
        StatusColumn,
        CatchUpColumn,
        ConsumerColumn,
        HostColumn,
        ClientColumn,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit GroupPartitionModel(QObject *parent = nullptr);

    // Same partitions as before: cells change in place (selection survives); otherwise a reset.
    void setPartitions(const QList<GroupPartitionLag> &partitions);
    const GroupPartitionLag &partitionAt(int row) const { return m_rows.at(row); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    int rows() const override { return int(m_rows.size()); }
    QStringList columnTitles() const override;

    QList<GroupPartitionLag> m_rows;
};

} // namespace Qafka
