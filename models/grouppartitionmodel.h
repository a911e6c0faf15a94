#pragma once

#include "groups/grouptypes.h"

#include <QAbstractTableModel>

namespace Qafka {

// The partitions of one consumer group with the numbers kafka-consumer-groups.sh --describe
// prints ("-" where there is none), plus time lag and each partition's verdict.
class GroupPartitionModel : public QAbstractTableModel
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
        ConsumerColumn,
        HostColumn,
        ClientColumn,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    // Same partitions as before: cells change in place (selection survives); otherwise a reset.
    void setPartitions(const QList<GroupPartitionLag> &partitions);
    const GroupPartitionLag &partitionAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<GroupPartitionLag> m_rows;
};

} // namespace Qafka
