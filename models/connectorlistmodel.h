#pragma once

#include "tablemodel.h"
#include "types/connecttypes.h"

#include <QColor>

namespace Qafka {

// A Connect cluster's connectors, one row each: name, type, state (coloured by what it means),
// tasks running of all, failed tasks, class and worker. A refresh that lists the same connectors
// updates the rows that changed in place, so selection and sorting hold still.
class ConnectorListModel : public TableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        TypeColumn,
        StateColumn,
        TasksColumn,
        FailedColumn,
        ClassColumn,
        WorkerColumn
    };
    enum Role { NameRole = Qt::UserRole + 1, StateRole, FailedTasksRole };

    explicit ConnectorListModel(QObject *parent = nullptr);

    void setConnectors(const QList<ConnectorStatus> &connectors);
    const ConnectorStatus *connector(int row) const;
    int rowOf(const QString &name) const;
    int failedConnectorCount() const; // failed themselves or with a failed task

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // A connector's or task's state in the colour of what it means (tasks use it too).
    static QColor stateColor(const QString &state);

protected:
    int rows() const override { return int(m_connectors.size()); }
    QStringList columnTitles() const override;
    QString columnToolTip(int column) const override;

private:
    QString displayText(const ConnectorStatus &connector, int column) const;
    QString accessibleText(const ConnectorStatus &connector) const;
    QVariant foreground(const ConnectorStatus &connector, int column) const;

    QList<ConnectorStatus> m_connectors;
};

} // namespace Qafka
