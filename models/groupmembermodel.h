#pragma once

#include "groups/grouptypes.h"
#include "tablemodel.h"

namespace Qafka {

// The members of one consumer group and the partitions assigned to each.
class GroupMemberModel : public TableModel
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

    explicit GroupMemberModel(QObject *parent = nullptr);

    void setMembers(const QList<GroupMember> &members);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    int rows() const override { return int(m_members.size()); }
    QStringList columnTitles() const override;

    QList<GroupMember> m_members;
};

} // namespace Qafka
