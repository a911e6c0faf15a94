#include "connecttaskmodel.h"

#include "connectorlistmodel.h"

namespace Qafka {

ConnectTaskModel::ConnectTaskModel(QObject *parent)
    : TableModel(4, parent)
{}

QStringList ConnectTaskModel::columnTitles() const
{
    return {tr("Task"), tr("State"), tr("Worker"), tr("Error")};
}

void ConnectTaskModel::setTasks(const QList<ConnectTaskStatus> &tasks)
{
    replaceRows(m_tasks, tasks, [](const auto &a, const auto &b) { return a.id == b.id; });
}

const ConnectTaskStatus *ConnectTaskModel::task(int row) const
{
    return row >= 0 && row < m_tasks.size() ? &m_tasks.at(row) : nullptr;
}

QString ConnectTaskModel::displayText(const ConnectTaskStatus &task, int column) const
{
    switch (column) {
    case TaskColumn:
        return QString::number(task.id);
    case StateColumn:
        return task.state;
    case WorkerColumn:
        return task.workerId;
    case ErrorColumn:
        return task.trace.section(u'\n', 0, 0).trimmed();
    default:
        return {};
    }
}

QVariant ConnectTaskModel::data(const QModelIndex &index, int role) const
{
    const ConnectTaskStatus *row = task(index.row());
    if (!row)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return displayText(*row, index.column());
    case Qt::ToolTipRole:
        return index.column() == ErrorColumn ? row->trace.left(2000) : QVariant();
    case Qt::AccessibleDescriptionRole:
        return tr("Task %1 is %2").arg(row->id).arg(row->state);
    case Qt::ForegroundRole:
        return index.column() == StateColumn ? QVariant(ConnectorListModel::stateColor(row->state))
                                             : QVariant();
    case TaskIdRole:
        return row->id;
    case TraceRole:
        return row->trace;
    default:
        return {};
    }
}

} // namespace Qafka
