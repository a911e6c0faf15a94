#pragma once

#include "tablemodel.h"
#include "types/messagetypes.h"

namespace Qafka {

// Delivery reports of the producer pane, newest last, bounded: a million-message send keeps its
// failures and latest successes, not a million rows.
class DeliveryReportModel : public TableModel
{
    Q_OBJECT
public:
    enum Column {
        SequenceColumn,
        PartitionColumn,
        OffsetColumn,
        TimestampColumn,
        ResultColumn,
        ColumnCount
    };

    explicit DeliveryReportModel(QObject *parent = nullptr, int capacity = 10000);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    void append(const QList<DeliveryReport> &reports);
    void clear();
    const DeliveryReport &report(int row) const { return m_reports.at(row); }

private:
    int rows() const override { return int(m_reports.size()); }
    QStringList columnTitles() const override;

    int m_capacity;
    QList<DeliveryReport> m_reports;
};

} // namespace Qafka
