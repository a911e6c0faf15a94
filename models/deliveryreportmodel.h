#pragma once

#include "types/messagetypes.h"

#include <QAbstractTableModel>

namespace Qafka {

// Delivery reports of the producer pane, newest last, bounded: a million-message send keeps its
// failures and latest successes, not a million rows.
class DeliveryReportModel : public QAbstractTableModel
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

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    void append(const QList<DeliveryReport> &reports);
    void clear();
    const DeliveryReport &report(int row) const { return m_reports.at(row); }

private:
    int m_capacity;
    QList<DeliveryReport> m_reports;
};

} // namespace Qafka
