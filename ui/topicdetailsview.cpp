#include "topicdetailsview.h"

#include "configeditdialog.h"
#include "configentrymodel.h"
#include "configfiltermodel.h"
#include "partitionmodel.h"
#include "session/clusterconnection.h"
#include "tableviews.h"
#include "topicgroupsview.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Qafka {

TopicDetailsView::TopicDetailsView(ClusterConnection *connection, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_partitions(new PartitionModel(this))
    , m_configs(new ConfigEntryModel(this))
    , m_configFilter(new ConfigFilterModel(this))
    , m_tabs(new QTabWidget(this))
    , m_partitionView(makeTableView(QStringLiteral("partitionTable"),
                                    tr("Partitions of the selected topic"), this))
    , m_configView(makeTableView(QStringLiteral("topicConfigTable"),
                                 tr("Configuration of the selected topic"), this))
    , m_configSearch(new QLineEdit(this))
    , m_configStatus(new QLabel(this))
    , m_editConfig(new QPushButton(tr("&Edit…"), this))
    , m_searchDebounce(new QTimer(this))
    , m_groups(new TopicGroupsView(this))
{
    setObjectName(QStringLiteral("topicDetails"));
    setUpTables();
    setUpConfigControls();
    buildLayout();
    connectSignals();
}

void TopicDetailsView::setUpTables()
{
    auto *partitionSort = new QSortFilterProxyModel(this);
    partitionSort->setSourceModel(m_partitions);
    partitionSort->setSortRole(PartitionModel::SortRole);
    m_partitionView->setModel(partitionSort);
    m_partitionView->sortByColumn(PartitionModel::PartitionColumn, Qt::AscendingOrder);
    m_partitionView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_configFilter->setSourceModel(m_configs);
    m_configView->setModel(m_configFilter);
    m_configView->sortByColumn(ConfigEntryModel::NameColumn, Qt::AscendingOrder);
    m_configView->horizontalHeader()->setStretchLastSection(false);
    m_configView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_configView->horizontalHeader()->setSectionResizeMode(ConfigEntryModel::ValueColumn,
                                                           QHeaderView::Stretch);
}

void TopicDetailsView::setUpConfigControls()
{
    m_configSearch->setObjectName(QStringLiteral("topicConfigSearch"));
    m_configSearch->setPlaceholderText(tr("Search configuration names and values"));
    m_configSearch->setClearButtonEnabled(true);
    m_configSearch->setAccessibleName(tr("Search topic configuration"));
    m_configStatus->setObjectName(QStringLiteral("topicConfigStatus"));
    m_configStatus->setWordWrap(true);
    m_configStatus->hide();
    m_editConfig->setObjectName(QStringLiteral("editTopicConfigButton"));
    m_editConfig->setEnabled(false);
    if (m_connection->isReadOnly())
        m_editConfig->setToolTip(tr("This connection is read-only."));
}

void TopicDetailsView::buildLayout()
{
    auto *configPage = new QWidget(this);
    auto *configLayout = new QVBoxLayout(configPage);
    auto *configBar = new QHBoxLayout;
    configBar->addWidget(m_configSearch, 1);
    configBar->addWidget(m_editConfig);
    configLayout->addLayout(configBar);
    configLayout->addWidget(m_configStatus);
    configLayout->addWidget(m_configView);

    m_tabs->setObjectName(QStringLiteral("topicDetailTabs"));
    m_tabs->addTab(m_partitionView, tr("&Partitions"));
    m_tabs->addTab(configPage, tr("Con&figuration"));
    m_tabs->addTab(m_groups, tr("Consumer &groups"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
}

void TopicDetailsView::connectSignals()
{
    m_searchDebounce->setSingleShot(true);
    m_searchDebounce->setInterval(300);
    connect(m_configSearch, &QLineEdit::textChanged, m_searchDebounce, qOverload<>(&QTimer::start));
    connect(m_searchDebounce, &QTimer::timeout, this,
            [this] { m_configFilter->setSearchText(m_configSearch->text()); });
    connect(m_configView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        m_editConfig->setEnabled(!m_connection->isReadOnly() &&
                                 m_configView->selectionModel()->hasSelection());
    });
    connect(m_editConfig, &QPushButton::clicked, this, [this] {
        const QModelIndexList rows = m_configView->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            editConfigAt(rows.first().row());
    });
    connect(m_configView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (!m_connection->isReadOnly())
            editConfigAt(index.row());
    });
    connect(m_connection, &ClusterConnection::topicConfigsReady, this,
            &TopicDetailsView::onConfigs);
    connect(m_connection, &ClusterConnection::topicConfigsFailed, this,
            &TopicDetailsView::onConfigsFailed);
}

void TopicDetailsView::setGroupMonitor(GroupMonitor *monitor)
{
    m_groups->setMonitor(monitor);
}

void TopicDetailsView::showTopic(const TopicInfo &topic, const TopicStats &stats)
{
    m_partitions->setTopic(topic, stats);
    m_groups->setTopic(topic.name);
    m_configs->clear();
    m_configStatus->setText(tr("Loading…"));
    m_configStatus->show();
    m_connection->requestTopicConfigs(topic.name);
}

void TopicDetailsView::updateTopic(const TopicInfo &topic, const TopicStats &stats)
{
    m_partitions->setTopic(topic, stats);
}

void TopicDetailsView::clear()
{
    m_partitions->clear();
    m_configs->clear();
    m_configStatus->hide();
}

void TopicDetailsView::onConfigs(const QString &topic, const QList<ConfigEntry> &entries)
{
    if (topic != m_partitions->topicName())
        return;
    m_configs->setEntries(entries);
    m_configStatus->hide();
}

void TopicDetailsView::onConfigsFailed(const QString &topic, const KafkaError &error)
{
    if (topic != m_partitions->topicName())
        return;
    m_configStatus->setText(tr("The configuration could not be read: %1").arg(error.message));
    m_configStatus->show();
}

void TopicDetailsView::editConfigAt(int proxyRow)
{
    const QModelIndex source = m_configFilter->mapToSource(m_configFilter->index(proxyRow, 0));
    if (!source.isValid())
        return;
    const ConfigEntry entry = m_configs->entry(source.row());
    const QString topic = m_partitions->topicName();
    ConfigEditDialog dialog(tr("topic %1").arg(topic), entry, this);
    if (dialog.exec() == QDialog::Accepted)
        emit configChangeRequested(topic, dialog.change());
}

} // namespace Qafka
