#include "brokerspane.h"

#include "brokerlistmodel.h"
#include "configeditdialog.h"
#include "configentrymodel.h"
#include "configfiltermodel.h"
#include "operationstatus.h"
#include "semanticcolors.h"
#include "session/clusterconnection.h"
#include "tableviews.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Qafka {

BrokersPane::BrokersPane(ClusterConnection *connection, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_brokers(new BrokerListModel(this))
    , m_brokerSort(new QSortFilterProxyModel(this))
    , m_configs(new ConfigEntryModel(this))
    , m_configFilter(new ConfigFilterModel(this))
    , m_summary(new QLabel(this))
    , m_brokerView(makeTableView(QStringLiteral("brokerTable"), tr("Brokers"), this))
    , m_configTitle(new QLabel(this))
    , m_configSearch(new QLineEdit(this))
    , m_onlyOverridden(new QCheckBox(tr("Only values that differ from the default"), this))
    , m_configView(
          makeTableView(QStringLiteral("brokerConfigTable"), tr("Broker configuration"), this))
    , m_configStatus(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_editConfig(new QPushButton(tr("&Edit…"), this))
    , m_status(new OperationStatus(connection, this))
    , m_searchDebounce(new QTimer(this))
{
    setObjectName(QStringLiteral("brokersPane"));
    setUpTables();
    nameControls();
    buildLayout();

    m_configTitle->setText(tr("Select a broker to see its configuration."));
    m_configStatus->hide();

    connectConfigFilter();
    setUpEditing();
    connectConnection();

    if (connection->state() == ConnectionState::Connected)
        onSnapshot(connection->snapshot());
    updateSummary();
}

void BrokersPane::setUpTables()
{
    m_brokerSort->setSourceModel(m_brokers);
    m_brokerSort->setSortRole(BrokerListModel::SortRole);
    m_brokerView->setModel(m_brokerSort);
    m_brokerView->sortByColumn(BrokerListModel::NodeIdColumn, Qt::AscendingOrder);
    m_brokerView->setAccessibleName(tr("Brokers"));
    m_brokerView->setAccessibleDescription(
        tr("The brokers of this cluster with their address, rack, role and state"));
    m_brokerView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_configFilter->setSourceModel(m_configs);
    m_configView->setModel(m_configFilter);
    m_configView->sortByColumn(ConfigEntryModel::NameColumn, Qt::AscendingOrder);
    m_configView->setAccessibleName(tr("Broker configuration"));
    m_configView->horizontalHeader()->setSectionResizeMode(ConfigEntryModel::NameColumn,
                                                           QHeaderView::ResizeToContents);
    m_configView->setColumnWidth(ConfigEntryModel::ValueColumn, 320);
}

void BrokersPane::nameControls()
{
    m_summary->setObjectName(QStringLiteral("clusterSummary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);
    m_configTitle->setObjectName(QStringLiteral("configTitle"));
    m_configStatus->setObjectName(QStringLiteral("configStatus"));
    m_configStatus->setWordWrap(true);
    m_configSearch->setObjectName(QStringLiteral("configSearch"));
    m_configSearch->setPlaceholderText(tr("Search configuration names and values"));
    m_configSearch->setClearButtonEnabled(true);
    m_configSearch->setAccessibleName(tr("Search broker configuration"));
    m_onlyOverridden->setObjectName(QStringLiteral("onlyOverridden"));
}

void BrokersPane::buildLayout()
{
    auto *top = new QWidget(m_splitter);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_summary);
    topLayout->addWidget(m_brokerView);

    auto *bottom = new QWidget(m_splitter);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_configTitle, 1);
    searchRow->addWidget(m_onlyOverridden);
    searchRow->addWidget(m_configSearch, 1);
    searchRow->addWidget(m_editConfig);
    bottomLayout->addLayout(searchRow);
    bottomLayout->addWidget(m_status);
    bottomLayout->addWidget(m_configStatus);
    bottomLayout->addWidget(m_configView);

    m_splitter->setObjectName(QStringLiteral("brokersSplitter"));
    m_splitter->addWidget(top);
    m_splitter->addWidget(bottom);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter);
}

void BrokersPane::connectConfigFilter()
{
    m_searchDebounce->setSingleShot(true);
    m_searchDebounce->setInterval(300);
    connect(m_configSearch, &QLineEdit::textChanged, m_searchDebounce, qOverload<>(&QTimer::start));
    connect(m_searchDebounce, &QTimer::timeout, this,
            [this] { m_configFilter->setSearchText(m_configSearch->text()); });
    connect(m_onlyOverridden, &QCheckBox::toggled, m_configFilter,
            &ConfigFilterModel::setOnlyOverridden);
}

void BrokersPane::setUpEditing()
{
    m_editConfig->setObjectName(QStringLiteral("editBrokerConfigButton"));
    m_editConfig->setEnabled(false);
    m_editConfig->setToolTip(m_connection->isReadOnly() ? tr("This connection is read-only.")
                                                        : tr("Change a dynamic broker config"));
    connect(m_editConfig, &QPushButton::clicked, this, &BrokersPane::editSelectedConfig);
    connect(m_configView, &QTableView::doubleClicked, this, &BrokersPane::editSelectedConfig);
    connect(m_configView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QModelIndexList rows = m_configView->selectionModel()->selectedRows();
        const bool editable =
            !rows.isEmpty() &&
            !m_configs->entry(m_configFilter->mapToSource(rows.first()).row()).isReadOnly;
        m_editConfig->setEnabled(editable && !m_connection->isReadOnly());
    });
    connect(m_status, &OperationStatus::finished, this, [this] {
        // Show the broker's new configuration.
        if (m_shownBrokerId >= 0)
            m_connection->requestBrokerConfigs(m_shownBrokerId);
    });
}

void BrokersPane::connectConnection()
{
    connect(m_connection, &ClusterConnection::snapshotChanged, this, &BrokersPane::onSnapshot);
    connect(m_connection, &ClusterConnection::refreshFailed, this, &BrokersPane::onRefreshFailed);
    connect(m_connection, &ClusterConnection::stateChanged, this, &BrokersPane::updateSummary);
    connect(m_connection, &ClusterConnection::brokerConfigsReady, this, &BrokersPane::onConfigs);
    connect(m_connection, &ClusterConnection::brokerConfigsFailed, this,
            &BrokersPane::onConfigsFailed);
    connect(m_brokerView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &BrokersPane::onBrokerSelected);
}

void BrokersPane::onSnapshot(const ClusterSnapshot &snapshot)
{
    const bool first = m_brokers->rowCount() == 0;
    m_brokers->setSnapshot(snapshot);
    updateSummary();
    if (first && m_brokers->rowCount() > 0 && !m_brokerView->selectionModel()->hasSelection())
        m_brokerView->selectRow(0);
}

void BrokersPane::onRefreshFailed(const KafkaError &)
{
    m_brokers->markUnknown();
    updateSummary();
}

void BrokersPane::updateSummary()
{
    const ClusterSnapshot &snapshot = m_connection->snapshot();
    if (m_brokers->rowCount() == 0) {
        m_summary->setText(m_connection->state() == ConnectionState::Failed
                               ? tr("Not connected: the message above says why.")
                               : tr("Waiting for the cluster's metadata…"));
        return;
    }
    QStringList parts;
    parts << tr("Cluster id: %1")
                 .arg(snapshot.clusterId.isEmpty() ? tr("unknown") : snapshot.clusterId);
    // How the controller was learned matters on old clusters: ZooKeeper mode has no quorum.
    parts << (snapshot.controllerId >= 0
                  ? tr("active controller: node %1, %2")
                        .arg(QString::number(snapshot.controllerId),
                             snapshot.controllerNote.toHtmlEscaped())
                  : tr("active controller: %1").arg(snapshot.controllerNote.toHtmlEscaped()));
    parts << tr("%n broker(s) up", nullptr, m_brokers->upCount());
    if (m_brokers->downCount() > 0)
        parts << QStringLiteral("<b style='color:%1'>").arg(semanticColor(Meaning::Error).name()) +
                     tr("%n down", nullptr, m_brokers->downCount()) + QStringLiteral("</b>");
    parts << tr("%n topic(s)", nullptr, snapshot.topicCount);
    parts << tr("%n partition(s)", nullptr, snapshot.partitionCount);
    // The protocol has no "broker version" request; say so rather than guess.
    parts << tr("Kafka version: not reported by the protocol");
    m_summary->setText(parts.join(QStringLiteral(" · ")));
    m_summary->setToolTip(snapshot.controllerNote);
}

void BrokersPane::onBrokerSelected()
{
    const QModelIndexList rows = m_brokerView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const int brokerId = rows.first().data(BrokerListModel::NodeIdRole).toInt();
    if (brokerId == m_shownBrokerId)
        return;
    m_shownBrokerId = brokerId;
    m_configs->clear();
    m_configTitle->setText(tr("Configuration of broker %1").arg(brokerId));
    m_configStatus->setText(tr("Loading…"));
    m_configStatus->show();
    m_connection->requestBrokerConfigs(brokerId);
}

void BrokersPane::editSelectedConfig()
{
    const QModelIndexList rows = m_configView->selectionModel()->selectedRows();
    if (rows.isEmpty() || m_connection->isReadOnly() || m_shownBrokerId < 0)
        return;
    const ConfigEntry entry = m_configs->entry(m_configFilter->mapToSource(rows.first()).row());
    if (entry.isReadOnly)
        return;
    // The broker shown may change while the dialog runs its event loop; the edit is for this one.
    const int brokerId = m_shownBrokerId;
    ConfigEditDialog dialog(tr("broker %1").arg(brokerId), entry, this);
    if (dialog.exec() == QDialog::Accepted)
        changeBrokerConfig(brokerId, dialog.change());
}

quint64 BrokersPane::changeBrokerConfig(int brokerId, const ConfigChange &change)
{
    const quint64 id =
        m_connection->alterConfigs(QStringLiteral("broker"), QString::number(brokerId), {change});
    m_status->track(id, tr("Changing %1 of broker %2…").arg(change.name).arg(brokerId));
    return id;
}

void BrokersPane::onConfigs(int brokerId, const QList<ConfigEntry> &entries)
{
    if (brokerId != m_shownBrokerId)
        return;
    m_configs->setEntries(entries);
    m_configStatus->hide();
}

void BrokersPane::onConfigsFailed(int brokerId, const KafkaError &error)
{
    if (brokerId != m_shownBrokerId)
        return;
    m_configStatus->setText(tr("The configuration could not be read: %1").arg(error.message));
    m_configStatus->show();
    m_shownBrokerId = -1; // selecting it again retries
}

} // namespace Qafka
