#pragma once

#include "groups/grouptypes.h"

#include <QAbstractTableModel>

namespace Qafka {

// The members of one consumer group and the partitions assigned to each.
class GroupMemberModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        MemberColumn,
        ClientColumn,
        HostColumn,
        InstanceColumn,
        AssignmentColumn,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setMembers(const QList<GroupMember> &members);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "orders: 0-2, 5; payments: 1" — consecutive partitions as ranges.
    static QString describeAssignment(const QList<TopicPartition> &assignment);

private:
    QList<GroupMember> m_members;
};

} // namespace Qafka
