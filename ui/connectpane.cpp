#include "connectpane.h"

#include "connectorconfigdialog.h"
#include "connectordetailview.h"
#include "connectorlistmodel.h"
#include "connectoroffsetsdialog.h"
#include "destructiveconfirmdialog.h"
#include "session/connectcluster.h"
#include "tableviews.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace Qafka {

ConnectPane::ConnectPane(const QList<ConnectCluster *> &clusters, bool readOnly, QWidget *parent)
    : QWidget(parent)
    , m_clusters(clusters)
    , m_readOnly(readOnly)
    , m_model(new ConnectorListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_stack(new QStackedWidget(this))
    , m_clusterBox(new QComboBox(this))
    , m_filter(new QLineEdit(this))
    , m_table(makeTableView(QStringLiteral("connectorTable"), tr("Connectors"), this))
    , m_details(new ConnectorDetailView(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("connectPane"));
    createActions();
    buildLayout();
    for (ConnectCluster *cluster : clusters) {
        m_clusterBox->addItem(cluster->name());
        connect(cluster, &ConnectCluster::overviewChanged, this, [this, cluster] {
            if (cluster == m_cluster)
                onOverview();
        });
        connect(
            cluster, &ConnectCluster::acted, this,
            [this, cluster](quint64, const ConnectActionRequest &request, const QString &error) {
                if (cluster != m_cluster)
                    return;
                m_lastOutcome = error.isEmpty()
                                    ? tr("Connect took the request for %1.").arg(request.connector)
                                    : error;
                updateStatus();
                const bool offsets = request.action == ConnectAction::ResetOffsets ||
                                     request.action == ConnectAction::AlterOffsets;
                if (offsets && request.connector == currentConnector())
                    onSelectionChanged(); // shows the offsets as they are now
                emit operationFinished(error);
            });
        connect(cluster, &ConnectCluster::detailsRead, this,
                [this](quint64 id, const QString &, const QStringList &topics,
                       const QString &topicsError, const QString &offsets,
                       const QString &offsetsError) {
                    if (id != m_detailsRequest)
                        return;
                    m_shownOffsets = offsets;
                    m_details->showDetails(topics, topicsError, offsets, offsetsError);
                });
        connect(
            cluster, &ConnectCluster::pluginsRead, this,
            [this, cluster](quint64, const QList<ConnectPlugin> &plugins, const QString &error) {
                if (cluster != m_cluster)
                    return;
                m_plugins = plugins;
                m_details->showPlugins(plugins, error);
            });
    }
    m_stack->setCurrentIndex(clusters.isEmpty() ? 0 : 1);
    connect(m_clusterBox, &QComboBox::currentIndexChanged, this, &ConnectPane::useCluster);
    if (!clusters.isEmpty())
        useCluster(0);
}

void ConnectPane::createActions()
{
    const auto add = [this](ConnectAction kind, const QString &text, const QString &name) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        connect(action, &QAction::triggered, this, [this, kind] { run(kind); });
        m_actions.insert(kind, action);
    };
    add(ConnectAction::Pause, tr("&Pause"), QStringLiteral("pauseConnector"));
    add(ConnectAction::Resume, tr("Res&ume"), QStringLiteral("resumeConnector"));
    add(ConnectAction::Stop, tr("S&top"), QStringLiteral("stopConnector"));
    add(ConnectAction::Restart, tr("&Restart"), QStringLiteral("restartConnector"));
    add(ConnectAction::RestartAll, tr("Restart with all &tasks"),
        QStringLiteral("restartConnectorAndTasks"));
    add(ConnectAction::RestartFailed, tr("Restart &failed tasks"),
        QStringLiteral("restartFailedTasks"));
    add(ConnectAction::RestartTask, tr("Restart the selected t&ask"),
        QStringLiteral("restartTask"));
    add(ConnectAction::ResetOffsets, tr("Reset &offsets…"), QStringLiteral("resetOffsets"));
    add(ConnectAction::AlterOffsets, tr("A&lter offsets…"), QStringLiteral("alterOffsets"));
    add(ConnectAction::Delete, tr("&Delete…"), QStringLiteral("deleteConnector"));
    m_refresh = new QAction(tr("Re&fresh"), this);
    m_refresh->setObjectName(QStringLiteral("refreshConnectors"));
    connect(m_refresh, &QAction::triggered, this, [this] {
        if (!m_cluster)
            return;
        m_cluster->refreshNow();
        m_cluster->readPlugins();
        onSelectionChanged();
    });
    m_create = new QAction(tr("&New connector…"), this);
    m_create->setObjectName(QStringLiteral("createConnector"));
    connect(m_create, &QAction::triggered, this, [this] { openConfigDialog(true); });
    m_edit = new QAction(tr("&Edit configuration…"), this);
    m_edit->setObjectName(QStringLiteral("editConnector"));
    connect(m_edit, &QAction::triggered, this, [this] { openConfigDialog(false); });
}

QWidget *ConnectPane::buildToolbar()
{
    auto *bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("connectToolbar"));
    bar->setAccessibleName(tr("Connector actions"));
    bar->addAction(m_refresh);
    bar->addAction(m_create);
    bar->addAction(m_edit);
    bar->addSeparator();
    for (ConnectAction kind :
         {ConnectAction::Pause, ConnectAction::Resume, ConnectAction::Stop, ConnectAction::Restart,
          ConnectAction::RestartAll, ConnectAction::RestartFailed, ConnectAction::RestartTask})
        bar->addAction(m_actions.value(kind));
    bar->addSeparator();
    bar->addAction(m_actions.value(ConnectAction::ResetOffsets));
    bar->addAction(m_actions.value(ConnectAction::AlterOffsets));
    bar->addAction(m_actions.value(ConnectAction::Delete));
    return bar;
}

QWidget *ConnectPane::buildEmptyPage()
{
    auto *empty = new QLabel(
        tr("This connection has no Kafka Connect cluster. Add one in the connection's settings, "
           "on the Kafka Connect page."),
        this);
    empty->setObjectName(QStringLiteral("connectEmptyLabel"));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    return empty;
}

void ConnectPane::buildLayout()
{
    m_clusterBox->setObjectName(QStringLiteral("connectClusterBox"));
    m_clusterBox->setAccessibleName(tr("Connect cluster"));
    m_filter->setObjectName(QStringLiteral("connectorFilter"));
    m_filter->setAccessibleName(tr("Filter connectors"));
    m_filter->setPlaceholderText(tr("Filter by name, state, class or worker"));
    m_filter->setClearButtonEnabled(true);
    for (QToolButton *clear : m_filter->findChildren<QToolButton *>())
        clear->setAccessibleName(tr("Clear the filter"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    m_table->setModel(m_proxy);
    m_table->sortByColumn(ConnectorListModel::NameColumn, Qt::AscendingOrder);
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ConnectPane::onSelectionChanged);
    connect(m_details, &ConnectorDetailView::currentTaskChanged, this, &ConnectPane::updateActions);
    m_status->setObjectName(QStringLiteral("connectStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Connect cluster:"), this));
    top->addWidget(m_clusterBox);
    top->addWidget(m_filter, 1);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *page = new QWidget(this);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addLayout(top);
    pageLayout->addWidget(buildToolbar());
    pageLayout->addWidget(split, 1);
    pageLayout->addWidget(m_status);
    m_stack->addWidget(buildEmptyPage());
    m_stack->addWidget(page);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);
}

void ConnectPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_shown = true;
    useCluster(m_clusterBox->currentIndex());
}

void ConnectPane::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_shown = false;
    if (m_cluster)
        m_cluster->setRefreshInterval(0);
}

void ConnectPane::useCluster(int index)
{
    ConnectCluster *cluster = m_clusters.value(index);
    if (m_cluster && m_cluster != cluster)
        m_cluster->setRefreshInterval(0);
    const bool changed = m_cluster != cluster;
    m_cluster = cluster;
    if (!cluster)
        return;
    if (changed) {
        m_plugins.clear();
        m_lastOutcome.clear();
        onOverview();
    }
    if (!m_shown)
        return;
    if (m_plugins.isEmpty())
        cluster->readPlugins();
    cluster->setRefreshInterval(5000);
}

ConnectCluster *ConnectPane::currentCluster() const
{
    return m_cluster;
}

void ConnectPane::onOverview()
{
    const QString wanted = m_pendingSelection.isEmpty() ? currentConnector() : m_pendingSelection;
    m_model->setConnectors(m_cluster->connectors());
    if (!m_columnsFitted && m_model->rowCount() > 0) {
        m_columnsFitted = true;
        m_table->resizeColumnsToContents();
    }
    if (!wanted.isEmpty() && currentConnector() != wanted)
        selectConnector(wanted);
    if (m_model->rowOf(m_pendingSelection) >= 0)
        m_pendingSelection.clear();
    m_details->showConnector(m_model->connector(m_model->rowOf(currentConnector())));
    updateActions();
    updateStatus();
}

QString ConnectPane::currentConnector() const
{
    return m_table->currentIndex().data(ConnectorListModel::NameRole).toString();
}

bool ConnectPane::selectConnector(const QString &name)
{
    const int row = m_model->rowOf(name);
    if (row < 0)
        return false;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) { // filtered out
        m_filter->clear();
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    m_table->setCurrentIndex(index);
    m_table->selectRow(index.row());
    return true;
}

void ConnectPane::onSelectionChanged()
{
    const QString name = currentConnector();
    m_details->showConnector(m_model->connector(m_model->rowOf(name)));
    m_details->showDetails({}, {}, {}, {});
    m_shownOffsets.clear();
    if (m_cluster && !name.isEmpty())
        m_detailsRequest = m_cluster->readDetails(name);
    updateActions();
}

void ConnectPane::updateActions()
{
    const ConnectorStatus *connector = m_model->connector(m_model->rowOf(currentConnector()));
    const bool writable = m_cluster && !m_readOnly;
    const QString state = connector ? connector->state : QString();
    const bool failures = connector && (state == u"FAILED" || connector->failedTaskCount() > 0);
    const QMap<ConnectAction, bool> possible{
        {ConnectAction::Pause, state == u"RUNNING"},
        {ConnectAction::Resume, state == u"PAUSED" || state == u"STOPPED"},
        {ConnectAction::Stop, connector && state != u"STOPPED"},
        {ConnectAction::Restart, connector && state != u"STOPPED"},
        {ConnectAction::RestartAll, connector && state != u"STOPPED"},
        {ConnectAction::RestartFailed, failures},
        {ConnectAction::RestartTask, connector && m_details->currentTask() >= 0},
        {ConnectAction::ResetOffsets, state == u"STOPPED"},
        {ConnectAction::AlterOffsets, state == u"STOPPED"},
        {ConnectAction::Delete, connector != nullptr},
    };
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it) {
        it.value()->setEnabled(writable && possible.value(it.key()));
        it.value()->setToolTip(m_readOnly ? tr("This connection is read-only.") : QString());
    }
    m_create->setEnabled(writable);
    m_edit->setEnabled(writable && connector);
    m_refresh->setEnabled(m_cluster != nullptr);
}

void ConnectPane::updateStatus()
{
    if (!m_cluster)
        return;
    QStringList parts;
    if (!m_cluster->lastError().isEmpty())
        parts.append(
            m_cluster->hasOverview()
                ? tr("%1 The list shows Connect's last answer.").arg(m_cluster->lastError())
                : m_cluster->lastError());
    else if (m_cluster->hasOverview())
        parts.append(
            tr("%n connector(s), %1 with failures; read in %2 ms.", nullptr, m_model->rowCount())
                .arg(m_model->failedConnectorCount())
                .arg(m_cluster->lastOverviewMs()));
    else
        parts.append(tr("Asking Connect for its connectors…"));
    if (!m_lastOutcome.isEmpty())
        parts.append(m_lastOutcome);
    m_status->setText(parts.join(u' '));
    m_status->setAccessibleName(m_status->text());
}

bool ConnectPane::confirm(ConnectAction action, const QString &connector)
{
    QString title;
    QString question;
    QString button;
    const QString cluster = m_cluster->name();
    switch (action) {
    case ConnectAction::Delete:
        title = tr("Delete Connector");
        question = tr("Delete the connector %1 from %2? Its tasks stop and its configuration is "
                      "gone; its committed offsets stay.")
                       .arg(connector, cluster);
        button = tr("&Delete");
        break;
    case ConnectAction::ResetOffsets:
        title = tr("Reset Connector Offsets");
        question = tr("Forget every offset of the connector %1 on %2? When it starts again it "
                      "reads its source from the beginning (or a sink from its consumer "
                      "group's reset policy).")
                       .arg(connector, cluster);
        button = tr("&Reset Offsets");
        break;
    case ConnectAction::AlterOffsets:
        title = tr("Alter Connector Offsets");
        question = tr("Set the offsets of the connector %1 on %2 to those you wrote? When it "
                      "starts again it continues from them.")
                       .arg(connector, cluster);
        button = tr("&Alter Offsets");
        break;
    default:
        return true;
    }
    DestructiveConfirmDialog dialog(title, question, {connector}, button, this);
    return dialog.exec() == QDialog::Accepted;
}

void ConnectPane::run(ConnectAction action)
{
    const QString connector = currentConnector();
    if (!m_cluster || m_readOnly || connector.isEmpty())
        return;
    ConnectActionRequest request{action, connector, m_details->currentTask(), {}};
    if (action == ConnectAction::AlterOffsets) {
        ConnectorOffsetsDialog offsets(connector, m_shownOffsets, this);
        if (offsets.exec() != QDialog::Accepted)
            return;
        request.offsets = offsets.offsets();
    }
    if (!confirm(action, connector))
        return;
    m_lastOutcome = tr("Asking Connect to change %1…").arg(connector);
    updateStatus();
    m_cluster->act(request);
}

void ConnectPane::openConfigDialog(bool create)
{
    const ConnectorStatus *connector = m_model->connector(m_model->rowOf(currentConnector()));
    if (!m_cluster || m_readOnly || (!create && !connector))
        return;
    ConnectorConfigDialog dialog(m_cluster, create ? QString() : connector->name,
                                 create ? QJsonObject() : connector->config, m_plugins, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_lastOutcome = create ? tr("Created %1.").arg(dialog.nameEdit()->text())
                           : tr("Saved the configuration of %1.").arg(dialog.nameEdit()->text());
    updateStatus();
    // A new connector is listed with the next overview, which the write already asked for.
    if (!selectConnector(dialog.nameEdit()->text()))
        m_pendingSelection = dialog.nameEdit()->text();
    emit operationFinished({});
}

QAction *ConnectPane::action(ConnectAction action) const
{
    return m_actions.value(action);
}

} // namespace Qafka
