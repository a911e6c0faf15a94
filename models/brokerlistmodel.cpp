#include "brokerlistmodel.h"

#include "semanticcolors.h"

#include <QColor>
#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace Qafka {

BrokerListModel::BrokerListModel(QObject *parent)
    : TableModel(ColumnCount, parent)
{}

QStringList BrokerListModel::columnTitles() const
{
    return {
        tr("Node"),      tr("Address"),  tr("Rack"),  tr("Controller"),
        tr("Leader of"), tr("Replicas"), tr("State"),
    };
}

QVariant BrokerListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const bool up = row.state == BrokerState::Up;

    if (role == NodeIdRole)
        return row.info.nodeId;
    if (role == StateRole)
        return int(row.state);
    if (role == Qt::DisplayRole || role == SortRole) {
        const bool sort = role == SortRole;
        switch (index.column()) {
        case NodeIdColumn:
            return row.info.nodeId;
        case AddressColumn:
            return row.info.host.isEmpty() ? (sort ? QString() : tr("(unknown)"))
                                           : row.info.address();
        case RackColumn:
            return row.info.rack;
        case ControllerColumn:
            return sort ? QVariant(row.info.isController)
                        : QVariant(row.info.isController ? tr("yes") : QString());
        case PartitionsLedColumn:
            return row.info.partitionsLed;
        case ReplicasColumn:
            return row.info.replicasHosted;
        case StateColumn:
            switch (row.state) {
            case BrokerState::Up:
                return sort ? QVariant(0) : QVariant(tr("up"));
            case BrokerState::Down:
                return sort ? QVariant(2) : QVariant(tr("down"));
            case BrokerState::Unknown:
                return sort ? QVariant(1) : QVariant(tr("unknown"));
            }
        }
        return {};
    }
    if (role == Qt::TextAlignmentRole) {
        switch (index.column()) {
        case NodeIdColumn:
        case PartitionsLedColumn:
        case ReplicasColumn:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == StateColumn && !up) {
        // Readable on light and dark palettes alike.
        return row.state == BrokerState::Down ? semanticColor(Meaning::Error)
                                              : semanticColor(Meaning::Warning);
    }
    if (role == Qt::ToolTipRole && index.column() == StateColumn)
        return stateToolTip(row);
    if (role == Qt::AccessibleTextRole && index.column() == StateColumn)
        return data(index, Qt::DisplayRole);
    return {};
}

QString BrokerListModel::stateToolTip(const Row &row) const
{
    const QString since = QLocale().toString(
        QDateTime::fromMSecsSinceEpoch(row.stateSinceMs).time(), QLocale::LongFormat);
    switch (row.state) {
    case BrokerState::Up:
        return tr("Registered with the controller and listed in metadata since %1").arg(since);
    case BrokerState::Down:
        return row.everSeen ? tr("No longer listed in the cluster's metadata since %1: "
                                 "stopped, crashed or fenced")
                                  .arg(since)
                            : tr("Partitions name this node as a replica, but the cluster does "
                                 "not list it: it is down");
    case BrokerState::Unknown:
        return tr("The cluster did not answer the last refresh (since %1)").arg(since);
    }
    return {};
}

void BrokerListModel::updateRow(int row, const Row &replacement)
{
    Row &current = m_rows[row];
    const bool changed = current.info != replacement.info || current.state != replacement.state;
    const qint64 since =
        current.state == replacement.state ? current.stateSinceMs : replacement.stateSinceMs;
    current = replacement;
    current.stateSinceMs = since;
    if (changed)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void BrokerListModel::setSnapshot(const ClusterSnapshot &snapshot)
{
    // Target list: every live broker, every previously known broker (down if not live), and every
    // replica node id nobody lists (down).
    QList<Row> target;
    const qint64 now =
        snapshot.takenAtMs ? snapshot.takenAtMs : QDateTime::currentMSecsSinceEpoch();
    for (const BrokerInfo &broker : snapshot.brokers)
        target.append({broker, BrokerState::Up, true, now});
    auto known = [&target](int nodeId) {
        return std::any_of(target.cbegin(), target.cend(),
                           [nodeId](const Row &r) { return r.info.nodeId == nodeId; });
    };
    for (const Row &old : std::as_const(m_rows)) {
        if (!known(old.info.nodeId)) {
            Row down = old;
            down.state = BrokerState::Down;
            down.stateSinceMs = now;
            down.info.isController = false;
            down.info.partitionsLed = 0;
            target.append(down);
        }
    }
    for (int nodeId : snapshot.replicaNodeIds) {
        if (!known(nodeId)) {
            Row ghost;
            ghost.info.nodeId = nodeId;
            ghost.state = BrokerState::Down;
            ghost.stateSinceMs = now;
            target.append(ghost);
        }
    }
    std::sort(target.begin(), target.end(),
              [](const Row &a, const Row &b) { return a.info.nodeId < b.info.nodeId; });

    // Merge the sorted target into the sorted rows with minimal signals (rows are never removed).
    int row = 0;
    for (const Row &wanted : std::as_const(target)) {
        while (row < m_rows.size() && m_rows.at(row).info.nodeId < wanted.info.nodeId)
            ++row; // cannot happen: old rows are all in target; kept for safety
        if (row < m_rows.size() && m_rows.at(row).info.nodeId == wanted.info.nodeId) {
            Row merged = wanted;
            merged.everSeen = wanted.everSeen || m_rows.at(row).everSeen;
            // Keep the last known address of a broker that went down.
            if (merged.info.host.isEmpty()) {
                merged.info.host = m_rows.at(row).info.host;
                merged.info.port = m_rows.at(row).info.port;
                merged.info.rack = m_rows.at(row).info.rack;
            }
            updateRow(row, merged);
        } else {
            beginInsertRows({}, row, row);
            m_rows.insert(row, wanted);
            endInsertRows();
        }
        ++row;
    }
}

void BrokerListModel::markUnknown()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).state == BrokerState::Up) {
            Row changed = m_rows.at(row);
            changed.state = BrokerState::Unknown;
            changed.stateSinceMs = now;
            updateRow(row, changed);
        }
    }
}

void BrokerListModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int BrokerListModel::upCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [](const Row &r) { return r.state == BrokerState::Up; }));
}

int BrokerListModel::downCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [](const Row &r) { return r.state == BrokerState::Down; }));
}

BrokerListModel::BrokerState BrokerListModel::stateOf(int nodeId) const
{
    const int row = rowOf(nodeId);
    return row < 0 ? BrokerState::Unknown : m_rows.at(row).state;
}

int BrokerListModel::rowOf(int nodeId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).info.nodeId == nodeId)
            return row;
    }
    return -1;
}

} // namespace Qafka
