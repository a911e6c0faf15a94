#include "connectorlistmodel.h"

#include "semanticcolors.h"

#include <algorithm>

namespace Qafka {

namespace {

int runningTaskCount(const ConnectorStatus &connector)
{
    return int(
        std::count_if(connector.tasks.cbegin(), connector.tasks.cend(),
                      [](const ConnectTaskStatus &task) { return task.state == u"RUNNING"; }));
}

QString shortClassName(const QString &className)
{
    return className.mid(className.lastIndexOf(u'.') + 1);
}

} // namespace

ConnectorListModel::ConnectorListModel(QObject *parent)
    : TableModel(7, parent)
{}

QStringList ConnectorListModel::columnTitles() const
{
    return {tr("Connector"),    tr("Type"),  tr("State"), tr("Tasks"),
            tr("Failed tasks"), tr("Class"), tr("Worker")};
}

QString ConnectorListModel::columnToolTip(int column) const
{
    switch (column) {
    case TasksColumn:
        return tr("Tasks running, of all the connector's tasks");
    case WorkerColumn:
        return tr("The Connect worker that runs the connector instance");
    default:
        return {};
    }
}

void ConnectorListModel::setConnectors(const QList<ConnectorStatus> &connectors)
{
    replaceRows(m_connectors, connectors,
                [](const auto &a, const auto &b) { return a.name == b.name; });
}

const ConnectorStatus *ConnectorListModel::connector(int row) const
{
    return row >= 0 && row < m_connectors.size() ? &m_connectors.at(row) : nullptr;
}

int ConnectorListModel::rowOf(const QString &name) const
{
    const auto found = std::find_if(m_connectors.cbegin(), m_connectors.cend(),
                                    [&name](const auto &each) { return each.name == name; });
    return found == m_connectors.cend() ? -1 : int(found - m_connectors.cbegin());
}

int ConnectorListModel::failedConnectorCount() const
{
    return int(std::count_if(m_connectors.cbegin(), m_connectors.cend(), [](const auto &each) {
        return each.state == u"FAILED" || each.failedTaskCount() > 0;
    }));
}

QColor ConnectorListModel::stateColor(const QString &state)
{
    if (state == u"FAILED")
        return semanticColor(Meaning::Error);
    if (state == u"RUNNING")
        return semanticColor(Meaning::Success);
    // PAUSED, STOPPED, UNASSIGNED, RESTARTING: not running, and meant to be seen.
    return semanticColor(Meaning::Warning);
}

QString ConnectorListModel::displayText(const ConnectorStatus &connector, int column) const
{
    switch (column) {
    case NameColumn:
        return connector.name;
    case TypeColumn:
        return connector.type;
    case StateColumn:
        return connector.state;
    case TasksColumn:
        return tr("%1 of %2").arg(runningTaskCount(connector)).arg(connector.tasks.size());
    case FailedColumn:
        return QString::number(connector.failedTaskCount());
    case ClassColumn:
        return shortClassName(connector.className);
    case WorkerColumn:
        return connector.workerId;
    default:
        return {};
    }
}

QString ConnectorListModel::accessibleText(const ConnectorStatus &connector) const
{
    const int failed = connector.failedTaskCount();
    QString text = tr("%1 connector %2 is %3").arg(connector.type, connector.name, connector.state);
    if (failed > 0)
        text += u"; " + tr("%n task(s) failed", nullptr, failed);
    return text;
}

QVariant ConnectorListModel::foreground(const ConnectorStatus &connector, int column) const
{
    if (column == FailedColumn && connector.failedTaskCount() > 0)
        return semanticColor(Meaning::Error);
    return column == StateColumn ? QVariant(stateColor(connector.state)) : QVariant();
}

QVariant ConnectorListModel::data(const QModelIndex &index, int role) const
{
    const ConnectorStatus *row = connector(index.row());
    if (!row)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return displayText(*row, index.column());
    case Qt::ToolTipRole:
        return index.column() == ClassColumn ? row->className : accessibleText(*row);
    case Qt::AccessibleDescriptionRole:
        return accessibleText(*row);
    case Qt::ForegroundRole:
        return foreground(*row, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == FailedColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                              : QVariant();
    case NameRole:
        return row->name;
    case StateRole:
        return row->state;
    case FailedTasksRole:
        return row->failedTaskCount();
    default:
        return {};
    }
}

} // namespace Qafka
