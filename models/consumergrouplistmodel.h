#pragma once

#include "groups/grouptypes.h"
#include "tablemodel.h"

namespace Qafka {

class GroupHistoryStore;

// Every consumer group of the last monitoring round, one row each. A new round merges into the
// rows (inserted, removed, changed cells only), so selection and scroll position survive.
class ConsumerGroupListModel : public TableModel
{
    Q_OBJECT
public:
    enum Column {
        GroupColumn,
        StateColumn,
        ProtocolColumn,
        MembersColumn,
        TotalLagColumn,
        MaxLagColumn,
        TimeLagColumn,
        StatusColumn,
        CatchUpColumn,
        TrendColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1,
        TrendRole,   // QList<double>: the recent total lag, for the sparkline
        GroupIdRole, // QString
        StatusRole,  // int (LagStatus)
    };
    static constexpr int kTrendSamples = 60;

    // monitor supplies the trend histories; may be nullptr (no trend).
    // histories: where the trend sparkline comes from; may be null.
    explicit ConsumerGroupListModel(const GroupHistoryStore *histories, QObject *parent = nullptr);

    void setGroups(const QList<ConsumerGroupLag> &groups);
    const ConsumerGroupLag &groupAt(int row) const { return m_groups.at(row); }
    int rowOf(const QString &groupId) const; // -1 when not listed

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    int rows() const override { return int(m_groups.size()); }
    QStringList columnTitles() const override;

    QVariant display(const ConsumerGroupLag &group, int column) const;
    QVariant sortValue(const ConsumerGroupLag &group, int column) const;
    bool replaceSameGroups(const QList<ConsumerGroupLag> &groups);
    void mergeGroups(const QList<ConsumerGroupLag> &groups);
    void removeGroupsFrom(qsizetype i, const QList<ConsumerGroupLag> &groups, qsizetype j);
    qsizetype insertGroupsAt(qsizetype i, const QList<ConsumerGroupLag> &groups, qsizetype j);

    const GroupHistoryStore *m_histories;
    QList<ConsumerGroupLag> m_groups; // sorted by group id
};

// Shared by the group, partition and topic views: how lag and time lag read in a cell.
QString formatCount(qint64 value); // "-" for a negative value
QString formatSeconds(double seconds, bool estimated);
QString protocolName(const ConsumerGroupLag &group);
QColor statusColor(LagStatus status);

} // namespace Qafka
