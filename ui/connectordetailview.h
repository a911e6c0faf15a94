#pragma once

#include "types/connecttypes.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QTreeWidget;

namespace Qafka {

class ConnectTaskModel;

// One connector seen closely: its tasks (a failed one's whole stack trace, readable and
// copyable), its configuration as Connect shows it (secrets it masks stay masked), the topics it
// uses, its offsets; and the cluster's installed plugins.
class ConnectorDetailView : public QWidget
{
    Q_OBJECT
public:
    enum Tab { TasksTab, ConfigurationTab, TopicsTab, OffsetsTab, PluginsTab };

    explicit ConnectorDetailView(QWidget *parent = nullptr);

    // nullptr: nothing selected.
    void showConnector(const ConnectorStatus *connector);
    void showDetails(const QStringList &topics, const QString &topicsError, const QString &offsets,
                     const QString &offsetsError);
    void showPlugins(const QList<ConnectPlugin> &plugins, const QString &error);
    // The selected task's id, or -1.
    int currentTask() const;

    QTabWidget *tabs() const { return m_tabs; }
    QTableView *taskTable() const { return m_taskTable; }
    ConnectTaskModel *taskModel() const { return m_taskModel; }
    QPlainTextEdit *traceView() const { return m_trace; }
    QPushButton *copyTraceButton() const { return m_copyTrace; }
    QPlainTextEdit *configView() const { return m_config; }
    QPlainTextEdit *topicsView() const { return m_topics; }
    QPlainTextEdit *offsetsView() const { return m_offsets; }
    QTreeWidget *pluginsView() const { return m_plugins; }

signals:
    void currentTaskChanged();

private:
    QWidget *buildTasksPage();
    QPlainTextEdit *makeTextPage(const QString &objectName, const QString &accessibleName);
    void showTrace();

    QString m_connectorTrace;
    QTabWidget *m_tabs;
    ConnectTaskModel *m_taskModel;
    QTableView *m_taskTable;
    QPlainTextEdit *m_trace;
    QPushButton *m_copyTrace;
    QPlainTextEdit *m_config;
    QPlainTextEdit *m_topics;
    QPlainTextEdit *m_offsets;
    QTreeWidget *m_plugins;
};

} // namespace Qafka
