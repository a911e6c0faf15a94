#include "grouppartitionmodel.h"

#include "consumergrouplistmodel.h"

#include <QColor>

#include <cmath>

namespace Qafka {

GroupPartitionModel::GroupPartitionModel(QObject *parent)
    : TableModel(ColumnCount, parent)
{}

void GroupPartitionModel::setPartitions(const QList<GroupPartitionLag> &partitions)
{
    const bool sameKeys = partitions.size() == m_rows.size() &&
                          std::equal(partitions.cbegin(), partitions.cend(), m_rows.cbegin(),
                                     [](const GroupPartitionLag &a, const GroupPartitionLag &b) {
                                         return a.topic == b.topic && a.partition == b.partition;
                                     });
    if (!sameKeys) {
        beginResetModel();
        m_rows = partitions;
        endResetModel();
        return;
    }
    m_rows = partitions;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, CommittedColumn), index(rowCount() - 1, ColumnCount - 1));
}

QVariant GroupPartitionModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const GroupPartitionLag &row = m_rows.at(index.row());
    const auto orDash = [](const QString &text) {
        return text.isEmpty() ? QStringLiteral("-") : text;
    };
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TopicColumn:
            return row.topic;
        case PartitionColumn:
            return row.partition;
        case CommittedColumn:
            return formatCount(row.committed);
        case LogEndColumn:
            return formatCount(row.logEnd);
        case LagColumn:
            return row.lag < 0 ? QStringLiteral("-") : formatCount(row.lag);
        case TimeLagColumn:
            return formatSeconds(row.timeLagSeconds, row.timeLagEstimated);
        case StatusColumn:
            return lagStatusName(row.verdict.status);
        case CatchUpColumn:
            return catchUpShortText(row.catchUp);
        case ConsumerColumn:
            return orDash(row.memberId);
        case HostColumn:
            return orDash(row.host);
        case ClientColumn:
            return orDash(row.clientId);
        }
        return {};
    }
    if (role == SortRole) {
        switch (index.column()) {
        case PartitionColumn:
            return row.partition;
        case CommittedColumn:
            return row.committed;
        case LogEndColumn:
            return row.logEnd;
        case LagColumn:
            return row.lag;
        case TimeLagColumn:
            return std::isnan(row.timeLagSeconds) ? -1.0 : row.timeLagSeconds;
        case StatusColumn:
            return lagStatusSeverity(row.verdict.status);
        case CatchUpColumn:
            return catchUpSortKey(row.catchUp);
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == StatusColumn)
        return row.verdict.reason;
    if (role == Qt::ToolTipRole && index.column() == CatchUpColumn)
        return catchUpDescription(row.catchUp);
    if (role == Qt::ForegroundRole && index.column() == StatusColumn &&
        row.verdict.status != LagStatus::Unknown)
        return statusColor(row.verdict.status);
    if (role == Qt::TextAlignmentRole && index.column() >= PartitionColumn &&
        index.column() <= TimeLagColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QStringList GroupPartitionModel::columnTitles() const
{
    return {
        tr("Topic"),       tr("Partition"), tr("Committed offset"), tr("Log-end offset"),
        tr("Lag"),         tr("Time lag"),  tr("Status"),           tr("Catch-up"),
        tr("Consumer id"), tr("Host"),      tr("Client id"),
    };
}

} // namespace Qafka
