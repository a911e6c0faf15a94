#include "membershipchangemodel.h"

#include <QDateTime>
#include <QLocale>

namespace Qafka {

MembershipChangeModel::MembershipChangeModel(QObject *parent)
    : TableModel(ColumnCount, parent)
{}

void MembershipChangeModel::setChanges(const QList<MembershipChange> &changes)
{
    // Called every round: only a new change (or another group) resets the table.
    const auto sameAs = [&] {
        return changes.size() == m_changes.size() &&
               (changes.isEmpty() || (changes.last().timeMs == m_changes.last().timeMs &&
                                      changes.first().timeMs == m_changes.first().timeMs));
    };
    if (sameAs())
        return;
    beginResetModel();
    m_changes = changes;
    endResetModel();
}

const MembershipChange &MembershipChangeModel::changeAt(int row) const
{
    return m_changes.at(m_changes.size() - 1 - row);
}

QVariant MembershipChangeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_changes.size())
        return {};
    const MembershipChange &change = changeAt(index.row());
    if (role == Qt::ToolTipRole && index.column() == TimeColumn && change.settledMs > change.timeMs)
        return tr("Settled after %1 s")
            .arg(double(change.settledMs - change.timeMs) / 1000.0, 0, 'f', 1);
    if (role == Qt::ToolTipRole && index.column() == ChangeColumn)
        return membershipChangeSummary(change);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(change.timeMs),
                                  QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case ChangeColumn:
        return change.rebalanceSeen ? tr("Rebalance: %1").arg(membershipChangeSummary(change))
                                    : membershipChangeSummary(change);
    case MembersColumn:
        return QStringLiteral("%1 → %2").arg(change.membersBefore).arg(change.membersAfter);
    }
    return {};
}

QStringList MembershipChangeModel::columnTitles() const
{
    return {tr("Time"), tr("Members"), tr("Change")};
}

} // namespace Qafka
