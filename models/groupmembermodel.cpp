#include "groupmembermodel.h"

#include "groups/membershipchange.h"

namespace Qafka {

GroupMemberModel::GroupMemberModel(QObject *parent)
    : TableModel(ColumnCount, parent)
{}

void GroupMemberModel::setMembers(const QList<GroupMember> &members)
{
    const auto sameIds = [&] {
        if (members.size() != m_members.size())
            return false;
        for (qsizetype i = 0; i < members.size(); ++i)
            if (members.at(i).memberId != m_members.at(i).memberId)
                return false;
        return true;
    };
    if (!sameIds()) {
        beginResetModel();
        m_members = members;
        endResetModel();
        return;
    }
    m_members = members;
    if (!m_members.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QVariant GroupMemberModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_members.size() || role != Qt::DisplayRole)
        return {};
    const GroupMember &member = m_members.at(index.row());
    switch (index.column()) {
    case MemberColumn:
        return member.memberId;
    case ClientColumn:
        return member.clientId;
    case HostColumn:
        return member.host;
    case InstanceColumn:
        return member.groupInstanceId.isEmpty() ? QStringLiteral("-") : member.groupInstanceId;
    case AssignmentColumn:
        return member.assignment.isEmpty() ? tr("(nothing assigned)")
                                           : Qafka::describeAssignment(member.assignment);
    }
    return {};
}

QStringList GroupMemberModel::columnTitles() const
{
    return {
        tr("Member id"),         tr("Client id"),           tr("Host"),
        tr("Group instance id"), tr("Assigned partitions"),
    };
}

} // namespace Qafka
