#pragma once

#include "tablemodel.h"
#include "types/connecttypes.h"

namespace Qafka {

// One connector's tasks: id, state (coloured), worker, and a failed task's error (the first line
// of its trace; the whole trace is TraceRole).
class ConnectTaskModel : public TableModel
{
    Q_OBJECT
public:
    enum Column { TaskColumn, StateColumn, WorkerColumn, ErrorColumn };
    enum Role { TaskIdRole = Qt::UserRole + 1, TraceRole };

    explicit ConnectTaskModel(QObject *parent = nullptr);

    void setTasks(const QList<ConnectTaskStatus> &tasks);
    const ConnectTaskStatus *task(int row) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    int rows() const override { return int(m_tasks.size()); }
    QStringList columnTitles() const override;

private:
    QString displayText(const ConnectTaskStatus &task, int column) const;

    QList<ConnectTaskStatus> m_tasks;
};

} // namespace Qafka
