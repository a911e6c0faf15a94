#pragma once

#include "types/connecttypes.h"

#include <QMap>
#include <QPointer>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace Qafka {

class ConnectCluster;
class ConnectorDetailView;
class ConnectorListModel;

// The Kafka Connect clusters of a connection: their connectors (state in colour, tasks, failed
// tasks; filterable), one connector's tasks with their stack traces, configuration, topics and
// offsets, the installed plugins; and what an operator changes there: pause, resume, stop,
// restart (the connector, all tasks, failed ones only, one task), create, edit the configuration,
// reset offsets and delete — the last two after a confirmation naming the connector. Nothing that
// changes is offered on a read-only connection.
class ConnectPane : public QWidget
{
    Q_OBJECT
public:
    ConnectPane(const QList<ConnectCluster *> &clusters, bool readOnly, QWidget *parent = nullptr);

    ConnectCluster *currentCluster() const;
    bool selectConnector(const QString &name);
    QString currentConnector() const;

    ConnectorListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QComboBox *clusterBox() const { return m_clusterBox; }
    QLineEdit *filterEdit() const { return m_filter; }
    QLabel *statusLabel() const { return m_status; }
    ConnectorDetailView *details() const { return m_details; }
    QAction *action(ConnectAction action) const;
    QAction *createAction() const { return m_create; }
    QAction *editAction() const { return m_edit; }
    QAction *refreshAction() const { return m_refresh; }

signals:
    // An action or a write Connect answered (error empty on success).
    void operationFinished(const QString &error);

protected:
    // Connect is asked only while the pane is shown.
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QWidget *buildToolbar();
    QWidget *buildEmptyPage();
    void buildLayout();
    void createActions();
    void useCluster(int index);
    void onOverview();
    void onSelectionChanged();
    void updateActions();
    void updateStatus();
    void run(ConnectAction action);
    bool confirm(ConnectAction action, const QString &connector);
    void openConfigDialog(bool create);

    QList<ConnectCluster *> m_clusters;
    QPointer<ConnectCluster> m_cluster;
    QList<ConnectPlugin> m_plugins;
    bool m_readOnly;
    bool m_shown = false;
    bool m_columnsFitted = false;
    ConnectorListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QStackedWidget *m_stack;
    QComboBox *m_clusterBox;
    QLineEdit *m_filter;
    QTableView *m_table;
    ConnectorDetailView *m_details;
    QLabel *m_status;
    QString m_lastOutcome;
    QString m_shownOffsets;     // the selected connector's offsets as Connect last gave them
    QString m_pendingSelection; // to select once an overview lists it
    QMap<ConnectAction, QAction *> m_actions;
    QAction *m_refresh;
    QAction *m_create;
    QAction *m_edit;
    quint64 m_detailsRequest = 0;
};

} // namespace Qafka
