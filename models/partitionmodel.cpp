#include "partitionmodel.h"

#include "semanticcolors.h"

#include <QColor>
#include <QLocale>

namespace Qafka {

QString formatNodeList(const QList<int> &nodes)
{
    QStringList parts;
    parts.reserve(nodes.size());
    for (int node : nodes)
        parts.append(QString::number(node));
    return parts.join(u',');
}

namespace {

QList<int> missingFromIsr(const PartitionInfo &partition)
{
    QList<int> missing;
    for (int replica : partition.replicas) {
        if (!partition.isr.contains(replica))
            missing.append(replica);
    }
    return missing;
}

} // namespace

PartitionModel::PartitionModel(QObject *parent)
    : TableModel(ColumnCount, parent)
{}

QStringList PartitionModel::columnTitles() const
{
    return {
        tr("Partition"),   tr("Leader"),          tr("Replicas"),       tr("In sync"),
        tr("Not in sync"), tr("Earliest offset"), tr("High watermark"), tr("Messages"),
    };
}

QVariant PartitionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PartitionInfo &partition = m_topic.partitions.at(index.row());
    const int id = partition.partition;
    const PartitionOffsets offsets =
        id >= 0 && id < m_stats.offsets.size() ? m_stats.offsets.at(id) : PartitionOffsets();
    const bool sort = role == SortRole;
    if (role == Qt::DisplayRole || sort) {
        switch (index.column()) {
        case PartitionColumn:
            return id;
        case LeaderColumn:
            if (partition.isOffline())
                return sort ? QVariant(-1) : QVariant(tr("none (offline)"));
            return partition.leader;
        case ReplicasColumn:
            return formatNodeList(partition.replicas);
        case IsrColumn:
            return formatNodeList(partition.isr);
        case MissingColumn:
            return formatNodeList(missingFromIsr(partition));
        case LowColumn:
            return offsets.low < 0 ? (sort ? QVariant(qint64(-1)) : QVariant(QString()))
                                   : QVariant(offsets.low);
        case HighColumn:
            return offsets.high < 0 ? (sort ? QVariant(qint64(-1)) : QVariant(QString()))
                                    : QVariant(offsets.high);
        case CountColumn:
            if (sort)
                return offsets.count();
            return offsets.count() < 0 ? QString() : QLocale().toString(offsets.count());
        }
        return {};
    }
    if (role == Qt::ForegroundRole) {
        if ((index.column() == MissingColumn && partition.isUnderReplicated()) ||
            (index.column() == LeaderColumn && partition.isOffline()))
            return semanticColor(Meaning::Error);
        return {};
    }
    if (role == Qt::TextAlignmentRole && index.column() != ReplicasColumn &&
        index.column() != IsrColumn && index.column() != MissingColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == MissingColumn && partition.isUnderReplicated())
        return tr("Replicas %1 are assigned but not in sync with the leader")
            .arg(formatNodeList(missingFromIsr(partition)));
    return {};
}

void PartitionModel::setTopic(const TopicInfo &topic, const TopicStats &stats)
{
    if (topic.name != m_topic.name || topic.partitions.size() != m_topic.partitions.size()) {
        beginResetModel();
        m_topic = topic;
        m_stats = stats;
        endResetModel();
        return;
    }
    m_topic = topic;
    m_stats = stats;
    if (!m_topic.partitions.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_topic.partitions.size()) - 1, ColumnCount - 1));
}

void PartitionModel::clear()
{
    setTopic({}, {});
}

} // namespace Qafka
