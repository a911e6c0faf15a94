#include "topiclistmodel.h"

#include "semanticcolors.h"

#include <QColor>
#include <QLocale>

#include <algorithm>

namespace Qafka {

namespace {

// Retention in words: "7 d", "12 h", "forever" — raw milliseconds are unreadable.
QString formatRetention(const QString &ms)
{
    bool ok = false;
    const qint64 value = ms.toLongLong(&ok);
    if (!ok)
        return ms;
    if (value < 0)
        return TopicListModel::tr("forever");
    struct Unit
    {
        qint64 ms;
        const char *suffix;
    };
    for (const Unit &unit :
         {Unit{86400000, "d"}, Unit{3600000, "h"}, Unit{60000, "min"}, Unit{1000, "s"}}) {
        if (value >= unit.ms && value % unit.ms == 0)
            return QString::number(value / unit.ms) + u' ' + QLatin1String(unit.suffix);
    }
    return QString::number(value) + QStringLiteral(" ms");
}

} // namespace

TopicListModel::TopicListModel(QObject *parent)
    : TableModel(ColumnCount, parent)
{}

QStringList TopicListModel::columnTitles() const
{
    return {
        tr("Topic"),   tr("Partitions"),    tr("RF"),      tr("Messages"),  tr("Under-replicated"),
        tr("Offline"), tr("Under min ISR"), tr("Cleanup"), tr("Retention"), tr("Internal"),
    };
}

QString TopicListModel::columnToolTip(int column) const
{
    switch (column) {
    case ReplicationColumn:
        return tr("Replication factor");
    case MessagesColumn:
        return tr(
            "Sum over partitions of high watermark minus earliest offset (transaction markers "
            "and compacted-away records make this an upper bound)");
    case UnderReplicatedColumn:
        return tr("Partitions with fewer in-sync replicas than replicas");
    case OfflineColumn:
        return tr("Partitions without a leader: nobody can read or write them");
    case UnderMinIsrColumn:
        return tr("Partitions with fewer in-sync replicas than min.insync.replicas: acks=all "
                  "producers fail");
    }
    return {};
}

QVariant TopicListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const TopicInfo &info = row.info;
    const TopicStats &stats = row.stats;

    switch (role) {
    case NameRole:
        return info.name;
    case InternalRole:
        return info.internal;
    case ProblemRole:
        return info.offlineCount() > 0 || info.underReplicatedCount() > 0;
    case Qt::DisplayRole:
    case SortRole:
        return cell(row, index.column(), role == SortRole);
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case NameColumn:
        case CleanupColumn:
        case InternalColumn:
            return {};
        default:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
    case Qt::ForegroundRole:
        if ((index.column() == OfflineColumn && info.offlineCount() > 0) ||
            (index.column() == UnderMinIsrColumn && stats.hasConfigs &&
             info.underMinIsrCount(stats.minInsyncReplicas) > 0))
            return semanticColor(Meaning::Error);
        if (index.column() == UnderReplicatedColumn && info.underReplicatedCount() > 0)
            return semanticColor(Meaning::Warning);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == NameColumn && !info.error.isEmpty())
            return tr("Metadata error: %1").arg(info.error);
        return {};
    }
    return {};
}

// The display text, or with sort the value to sort by.
QVariant TopicListModel::cell(const Row &row, int column, bool sort) const
{
    const TopicInfo &info = row.info;
    const TopicStats &stats = row.stats;
    switch (column) {
    case NameColumn:
        return info.name;
    case PartitionsColumn:
        return int(info.partitions.size());
    case ReplicationColumn:
        return info.replicationFactor();
    case MessagesColumn: {
        const qint64 count = stats.messageCount();
        if (sort)
            return count;
        return count < 0 ? QString() : QLocale().toString(count);
    }
    case UnderReplicatedColumn:
        return info.underReplicatedCount();
    case OfflineColumn:
        return info.offlineCount();
    case UnderMinIsrColumn:
        if (!stats.hasConfigs)
            return sort ? QVariant(-1) : QVariant(QString());
        return info.underMinIsrCount(stats.minInsyncReplicas);
    case CleanupColumn:
        return stats.cleanupPolicy;
    case RetentionColumn:
        if (sort)
            return stats.retentionMs.toLongLong();
        return stats.hasConfigs ? formatRetention(stats.retentionMs) : QString();
    case InternalColumn:
        return sort ? QVariant(info.internal) : QVariant(info.internal ? tr("yes") : QString());
    }
    return {};
}

void TopicListModel::setTopics(const QList<TopicInfo> &topics)
{
    // Merge two name-sorted lists; contiguous runs of removals and insertions become one signal.
    int row = 0;
    qsizetype next = 0;
    int changedFirst = -1;
    int changedLast = -1;
    auto flushChanged = [&] {
        if (changedFirst >= 0)
            emit dataChanged(index(changedFirst, 0), index(changedLast, ColumnCount - 1));
        changedFirst = changedLast = -1;
    };
    while (next < topics.size() || row < m_rows.size()) {
        if (row < m_rows.size() &&
            (next >= topics.size() || m_rows.at(row).info.name < topics.at(next).name)) {
            flushChanged();
            int last = row;
            while (last + 1 < m_rows.size() &&
                   (next >= topics.size() || m_rows.at(last + 1).info.name < topics.at(next).name))
                ++last;
            beginRemoveRows({}, row, last);
            m_rows.remove(row, last - row + 1);
            endRemoveRows();
            continue;
        }
        if (row >= m_rows.size() || topics.at(next).name < m_rows.at(row).info.name) {
            flushChanged();
            qsizetype end = next + 1;
            while (end < topics.size() &&
                   (row >= m_rows.size() || topics.at(end).name < m_rows.at(row).info.name))
                ++end;
            const int count = int(end - next);
            beginInsertRows({}, row, row + count - 1);
            m_rows.reserve(m_rows.size() + count);
            for (qsizetype i = next; i < end; ++i)
                m_rows.insert(row + int(i - next),
                              Row{topics.at(i), m_stats.value(topics.at(i).name)});
            endInsertRows();
            row += count;
            next = end;
            continue;
        }
        // Same name: update in place.
        if (!(m_rows.at(row).info == topics.at(next))) {
            m_rows[row].info = topics.at(next);
            if (changedFirst < 0)
                changedFirst = row;
            changedLast = row;
        } else {
            flushChanged();
        }
        ++row;
        ++next;
    }
    flushChanged();
}

void TopicListModel::setStats(const TopicStatsMap &stats)
{
    m_stats = stats;
    // Signal only the rows whose statistics changed, in contiguous runs: on a quiet cluster of
    // thousands of topics a refresh then costs the views nothing.
    int first = -1;
    for (int row = 0; row <= m_rows.size(); ++row) {
        bool changed = false;
        if (row < m_rows.size()) {
            TopicStats next = stats.value(m_rows.at(row).info.name);
            changed = !(next == m_rows.at(row).stats);
            if (changed)
                m_rows[row].stats = std::move(next);
        }
        if (changed && first < 0)
            first = row;
        if (!changed && first >= 0) {
            emit dataChanged(index(first, MessagesColumn), index(row - 1, ColumnCount - 1));
            first = -1;
        }
    }
}

void TopicListModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    m_stats.clear();
    endResetModel();
}

int TopicListModel::rowOf(const QString &name) const
{
    const auto it =
        std::lower_bound(m_rows.cbegin(), m_rows.cend(), name,
                         [](const Row &row, const QString &key) { return row.info.name < key; });
    return it != m_rows.cend() && it->info.name == name ? int(it - m_rows.cbegin()) : -1;
}

} // namespace Qafka
