#pragma once

#include "tablemodel.h"
#include "types/topictypes.h"

namespace Qafka {

// The topics of one cluster. Rows merge on every metadata refresh (sorted by name, minimal
// insert/remove/dataChanged signals), so selection and scroll position survive; the slower
// statistics (message counts, configs) are merged in separately.
class TopicListModel : public TableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        PartitionsColumn,
        ReplicationColumn,
        MessagesColumn,
        UnderReplicatedColumn,
        OfflineColumn,
        UnderMinIsrColumn,
        CleanupColumn,
        RetentionColumn,
        InternalColumn,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1, NameRole, InternalRole, ProblemRole };

    explicit TopicListModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    void setTopics(const QList<TopicInfo> &topics); // sorted by name
    void setStats(const TopicStatsMap &stats);
    void clear();

    int rowOf(const QString &name) const; // -1 when absent
    const TopicInfo &topic(int row) const { return m_rows.at(row).info; }
    const TopicStats &stats(int row) const { return m_rows.at(row).stats; }

private:
    int rows() const override { return int(m_rows.size()); }
    QStringList columnTitles() const override;
    QString columnToolTip(int column) const override;

    struct Row
    {
        TopicInfo info;
        TopicStats stats;
    };
    QVariant cell(const Row &row, int column, bool sort) const;
    QList<Row> m_rows;     // sorted by name
    TopicStatsMap m_stats; // the latest statistics, for rows that appear later
};

} // namespace Qafka
