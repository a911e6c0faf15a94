#pragma once

#include "tablemodel.h"
#include "types/clustertypes.h"

#include <QList>

namespace Qafka {

// The brokers of one cluster. Rows are merged on every refresh, keyed by node id, so selection and
// scroll position survive. A broker that metadata stops listing stays as a "down" row (brokers are
// never silently dropped: a vanished broker is exactly what an operator must see).
class BrokerListModel : public TableModel
{
    Q_OBJECT
public:
    enum Column {
        NodeIdColumn,
        AddressColumn,
        RackColumn,
        ControllerColumn,
        PartitionsLedColumn,
        ReplicasColumn,
        StateColumn,
        ColumnCount
    };
    enum class BrokerState { Up, Down, Unknown };
    enum Role { SortRole = Qt::UserRole + 1, StateRole, NodeIdRole };

    explicit BrokerListModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    void setSnapshot(const ClusterSnapshot &snapshot);
    // The cluster did not answer the last refresh: what each broker is doing is unknown.
    void markUnknown();
    void clear();

    int upCount() const;
    int downCount() const;
    BrokerState stateOf(int nodeId) const;
    int rowOf(int nodeId) const;

private:
    int rows() const override { return int(m_rows.size()); }
    QStringList columnTitles() const override;

    struct Row
    {
        BrokerInfo info;
        BrokerState state = BrokerState::Up;
        bool everSeen = false; // false for a node known only as a replica
        qint64 stateSinceMs = 0;
    };
    QString stateToolTip(const Row &row) const;
    void updateRow(int row, const Row &replacement);

    QList<Row> m_rows; // sorted by node id
};

} // namespace Qafka
