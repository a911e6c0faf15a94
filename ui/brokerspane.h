#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QCheckBox;
class QPushButton;
class QTableView;
class QSortFilterProxyModel;
class QSplitter;
class QTimer;

namespace Qafka {

class BrokerListModel;
class ClusterConnection;
class ConfigEntryModel;
class ConfigFilterModel;
class OperationStatus;
struct ConfigChange;
struct ClusterSnapshot;
struct ConfigEntry;
struct KafkaError;

// Brokers of one cluster: a summary line, the broker table and the selected broker's configuration.
class BrokersPane : public QWidget
{
    Q_OBJECT
public:
    explicit BrokersPane(ClusterConnection *connection, QWidget *parent = nullptr);

    BrokerListModel *brokerModel() const { return m_brokers; }
    ConfigEntryModel *configModel() const { return m_configs; }
    QTableView *brokerView() const { return m_brokerView; }
    QTableView *configView() const { return m_configView; }
    QLineEdit *configSearch() const { return m_configSearch; }
    QSplitter *splitter() const { return m_splitter; }
    QPushButton *editConfigButton() const { return m_editConfig; }
    OperationStatus *operationStatus() const { return m_status; }

    // Changes one dynamic config of a broker with IncrementalAlterConfigs (the step after the
    // dialog).
    quint64 changeBrokerConfig(int brokerId, const ConfigChange &change);

private:
    // The constructor's steps, in order.
    void setUpTables();
    void nameControls();
    void buildLayout();
    void connectConfigFilter();
    void setUpEditing();
    void connectConnection();

    void onSnapshot(const ClusterSnapshot &snapshot);
    void onRefreshFailed(const KafkaError &error);
    void onBrokerSelected();
    void onConfigs(int brokerId, const QList<ConfigEntry> &entries);
    void onConfigsFailed(int brokerId, const KafkaError &error);
    void updateSummary();
    void editSelectedConfig();

    ClusterConnection *m_connection;
    BrokerListModel *m_brokers;
    QSortFilterProxyModel *m_brokerSort;
    ConfigEntryModel *m_configs;
    ConfigFilterModel *m_configFilter;
    QLabel *m_summary;
    QTableView *m_brokerView;
    QLabel *m_configTitle;
    QLineEdit *m_configSearch;
    QCheckBox *m_onlyOverridden;
    QTableView *m_configView;
    QLabel *m_configStatus;
    QSplitter *m_splitter;
    QPushButton *m_editConfig;
    OperationStatus *m_status;
    QTimer *m_searchDebounce;
    int m_shownBrokerId = -1;
};

} // namespace Qafka
