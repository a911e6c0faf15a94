#pragma once

#include "types/topictypes.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QTimer;

namespace Qafka {

class ClusterConnection;
class GroupMonitor;
class TopicGroupsView;
class ConfigEntryModel;
class ConfigFilterModel;
class PartitionModel;
struct ConfigEntry;
struct KafkaError;

// Details of the selected topic: its partitions and its configuration (with safe edits).
class TopicDetailsView : public QWidget
{
    Q_OBJECT
public:
    explicit TopicDetailsView(ClusterConnection *connection, QWidget *parent = nullptr);

    void showTopic(const TopicInfo &topic, const TopicStats &stats);
    void updateTopic(const TopicInfo &topic, const TopicStats &stats); // same topic, newer data
    void clear();
    // Fills the Consumer groups tab.
    void setGroupMonitor(GroupMonitor *monitor);
    TopicGroupsView *groupsView() const { return m_groups; }

    PartitionModel *partitionModel() const { return m_partitions; }
    ConfigEntryModel *configModel() const { return m_configs; }
    QTableView *partitionView() const { return m_partitionView; }
    QTableView *configView() const { return m_configView; }
    QPushButton *editConfigButton() const { return m_editConfig; }
    QTabWidget *tabs() const { return m_tabs; }

    // Opens the edit dialog for the config entry at this row of the config view.
    void editConfigAt(int proxyRow);

signals:
    void configChangeRequested(const QString &topic, const Qafka::ConfigChange &change);

private:
    // The constructor's steps, in order.
    void setUpTables();
    void setUpConfigControls();
    void buildLayout();
    void connectSignals();

    void onConfigs(const QString &topic, const QList<ConfigEntry> &entries);
    void onConfigsFailed(const QString &topic, const KafkaError &error);

    ClusterConnection *m_connection;
    PartitionModel *m_partitions;
    ConfigEntryModel *m_configs;
    ConfigFilterModel *m_configFilter;
    QTabWidget *m_tabs;
    QTableView *m_partitionView;
    QTableView *m_configView;
    QLineEdit *m_configSearch;
    QLabel *m_configStatus;
    QPushButton *m_editConfig;
    QTimer *m_searchDebounce;
    TopicGroupsView *m_groups;
};

} // namespace Qafka
