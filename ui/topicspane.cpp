#include "topicspane.h"

#include "createtopicdialog.h"
#include "deleterecordsdialog.h"
#include "destructiveconfirmdialog.h"
#include "operationstatus.h"
#include "semanticcolors.h"
#include "session/clusterconnection.h"
#include "tableviews.h"
#include "topicdetailsview.h"
#include "topicfiltermodel.h"
#include "topiclistmodel.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace Qafka {

TopicsPane::TopicsPane(ClusterConnection *connection, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_topics(new TopicListModel(this))
    , m_filter(new TopicFilterModel(this))
    , m_toolBar(new QToolBar(this))
    , m_filterEdit(new QLineEdit(this))
    , m_regex(new QCheckBox(tr("Re&gex"), this))
    , m_showInternal(new QCheckBox(tr("Show &internal"), this))
    , m_count(new QLabel(this))
    , m_status(new OperationStatus(connection, this))
    , m_view(makeTableView(QStringLiteral("topicTable"), tr("Topics"), this))
    , m_details(new TopicDetailsView(connection, this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_filterDebounce(new QTimer(this))
{
    setObjectName(QStringLiteral("topicsPane"));
    setUpTable();
    buildToolBar();
    nameFilterControls();
    buildLayout();
    connectSignals();

    if (connection->state() == ConnectionState::Connected) {
        m_topics->setStats(connection->topicStats());
        onSnapshot(connection->snapshot());
    }
    updateActions();
    updateCount();
}

void TopicsPane::setUpTable()
{
    m_filter->setSourceModel(m_topics);
    m_view->setModel(m_filter);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->sortByColumn(TopicListModel::NameColumn, Qt::AscendingOrder);
    m_view->setAccessibleDescription(
        tr("Topics with partitions, replication, message counts and health"));
    // Fixed widths from the header texts: ResizeToContents would measure every row of a
    // 10,000-topic cluster on each refresh.
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(TopicListModel::NameColumn, QHeaderView::Stretch);
    for (int column = TopicListModel::NameColumn + 1; column < TopicListModel::ColumnCount;
         ++column)
        fitColumn(m_view, column, 64);
}

void TopicsPane::buildToolBar()
{
    m_toolBar->setObjectName(QStringLiteral("topicsToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_browseAction = m_toolBar->addAction(tr("&Browse Messages"), this, [this] {
        const QStringList names = selectedTopics();
        if (names.size() == 1)
            emit browseRequested(names.first());
    });
    m_browseAction->setObjectName(QStringLiteral("actionBrowseMessages"));
    m_browseAction->setToolTip(tr("Open the newest messages of the selected topic"));
    m_toolBar->addSeparator();
    m_createAction = m_toolBar->addAction(tr("&Create…"), this, &TopicsPane::openCreateDialog);
    m_createAction->setObjectName(QStringLiteral("actionCreateTopic"));
    m_deleteAction = m_toolBar->addAction(tr("&Delete…"), this, &TopicsPane::openDeleteDialog);
    m_deleteAction->setObjectName(QStringLiteral("actionDeleteTopics"));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_addPartitionsAction =
        m_toolBar->addAction(tr("Add &Partitions…"), this, &TopicsPane::openAddPartitionsDialog);
    m_addPartitionsAction->setObjectName(QStringLiteral("actionAddPartitions"));
    m_deleteRecordsAction =
        m_toolBar->addAction(tr("Delete &Records…"), this, &TopicsPane::openDeleteRecordsDialog);
    m_deleteRecordsAction->setObjectName(QStringLiteral("actionDeleteRecords"));
    // The keyboard's way to these actions (toolbar buttons take no focus): the table's context
    // menu, opened with the Menu key or Shift+F10.
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addActions({m_browseAction, m_createAction, m_deleteAction, m_addPartitionsAction,
                        m_deleteRecordsAction});
}

void TopicsPane::nameFilterControls()
{
    m_filterEdit->setObjectName(QStringLiteral("topicFilter"));
    m_filterEdit->setPlaceholderText(tr("Filter topics"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setAccessibleName(tr("Filter topics by name"));
    m_regex->setObjectName(QStringLiteral("topicFilterRegex"));
    m_showInternal->setObjectName(QStringLiteral("showInternalTopics"));
    m_count->setObjectName(QStringLiteral("topicCount"));
}

void TopicsPane::buildLayout()
{
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_toolBar);
    bar->addStretch();
    bar->addWidget(m_filterEdit, 1);
    bar->addWidget(m_regex);
    bar->addWidget(m_showInternal);
    bar->addWidget(m_count);

    auto *top = new QWidget(m_splitter);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(bar);
    topLayout->addWidget(m_status);
    topLayout->addWidget(m_view);
    m_splitter->setObjectName(QStringLiteral("topicsSplitter"));
    m_splitter->addWidget(top);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter);
}

void TopicsPane::connectSignals()
{
    m_filterDebounce->setSingleShot(true);
    m_filterDebounce->setInterval(300);
    connect(m_filterEdit, &QLineEdit::textChanged, m_filterDebounce, qOverload<>(&QTimer::start));
    connect(m_regex, &QCheckBox::toggled, this, &TopicsPane::applyFilter);
    connect(m_filterDebounce, &QTimer::timeout, this, &TopicsPane::applyFilter);
    connect(m_showInternal, &QCheckBox::toggled, this, [this](bool show) {
        m_filter->setShowInternal(show);
        updateCount();
    });
    connect(m_view, &QAbstractItemView::doubleClicked, m_browseAction, &QAction::trigger);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TopicsPane::onSelectionChanged);
    connect(m_connection, &ClusterConnection::snapshotChanged, this, &TopicsPane::onSnapshot);
    connect(m_connection, &ClusterConnection::topicStatsChanged, this, &TopicsPane::onStats);
    connect(m_details, &TopicDetailsView::configChangeRequested, this, &TopicsPane::changeConfig);
    connect(m_status, &OperationStatus::finished, this, &TopicsPane::updateActions);
    // A changed config shows at once if its topic is still the one shown.
    connect(m_status, &OperationStatus::finished, this, [this](quint64 id, bool) {
        const QString topic = m_configChanges.take(id);
        if (!topic.isEmpty() && topic == m_shownTopic)
            m_connection->requestTopicConfigs(topic);
    });
}

void TopicsPane::onSnapshot(const ClusterSnapshot &snapshot)
{
    m_topics->setTopics(snapshot.topics);
    updateCount();
    const int row = m_topics->rowOf(m_shownTopic);
    if (row >= 0)
        m_details->updateTopic(m_topics->topic(row), m_topics->stats(row));
    else if (!m_shownTopic.isEmpty()) {
        m_shownTopic.clear();
        m_details->clear();
    }
}

void TopicsPane::onStats(const TopicStatsMap &stats)
{
    m_topics->setStats(stats);
    const int row = m_topics->rowOf(m_shownTopic);
    if (row >= 0)
        m_details->updateTopic(m_topics->topic(row), m_topics->stats(row));
}

void TopicsPane::applyFilter()
{
    if (!m_filter->setFilter(m_filterEdit->text(), m_regex->isChecked())) {
        m_filterEdit->setToolTip(m_filter->filterError());
        m_filterEdit->setStyleSheet(
            QStringLiteral("QLineEdit { %1; }").arg(semanticStyle(Meaning::Error)));
        return;
    }
    m_filterEdit->setToolTip(QString());
    m_filterEdit->setStyleSheet(QString());
    updateCount();
}

void TopicsPane::updateCount()
{
    m_count->setText(tr("%1 of %2").arg(m_filter->rowCount()).arg(m_topics->rowCount()));
}

QStringList TopicsPane::selectedTopics() const
{
    QStringList names;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        names.append(row.data(TopicListModel::NameRole).toString());
    names.sort();
    return names;
}

void TopicsPane::selectTopic(const QString &name)
{
    const int row = m_topics->rowOf(name);
    if (row < 0)
        return;
    const QModelIndex index = m_filter->mapFromSource(m_topics->index(row, 0));
    if (!index.isValid())
        return;
    m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect |
                                                QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void TopicsPane::onSelectionChanged()
{
    updateActions();
    const QStringList names = selectedTopics();
    if (names.size() != 1) {
        return;
    }
    if (names.first() == m_shownTopic)
        return;
    m_shownTopic = names.first();
    const int row = m_topics->rowOf(m_shownTopic);
    m_details->showTopic(m_topics->topic(row), m_topics->stats(row));
}

void TopicsPane::updateActions()
{
    const bool writable = !m_connection->isReadOnly();
    const int selected = int(selectedTopics().size());
    m_createAction->setEnabled(writable);
    m_deleteAction->setEnabled(writable && selected > 0);
    m_addPartitionsAction->setEnabled(writable && selected == 1);
    m_deleteRecordsAction->setEnabled(writable && selected == 1);
    m_browseAction->setEnabled(selected == 1);
    const QString why = writable ? QString() : tr("This connection is read-only.");
    for (QAction *action :
         {m_createAction, m_deleteAction, m_addPartitionsAction, m_deleteRecordsAction})
        action->setToolTip(why.isEmpty() ? action->text().remove(u'&') : why);
}

quint64 TopicsPane::createTopic(const NewTopic &topic)
{
    const quint64 id = m_connection->createTopic(topic);
    m_status->track(id, tr("Creating %1…").arg(topic.name));
    return id;
}

quint64 TopicsPane::deleteTopics(const QStringList &topics)
{
    const quint64 id = m_connection->deleteTopics(topics);
    m_status->track(id, tr("Deleting %1…").arg(topics.join(QStringLiteral(", "))));
    return id;
}

quint64 TopicsPane::addPartitions(const QString &topic, int newTotal)
{
    const quint64 id = m_connection->createPartitions(topic, newTotal);
    m_status->track(id, tr("Adding partitions to %1…").arg(topic));
    return id;
}

quint64 TopicsPane::deleteRecords(const QString &topic, const QList<RecordDeletion> &deletions)
{
    const quint64 id = m_connection->deleteRecords(topic, deletions);
    m_status->track(id, tr("Deleting records of %1…").arg(topic));
    return id;
}

quint64 TopicsPane::changeConfig(const QString &topic, const ConfigChange &change)
{
    const quint64 id = m_connection->alterConfigs(QStringLiteral("topic"), topic, {change});
    m_status->track(id, tr("Changing %1 of %2…").arg(change.name, topic));
    m_configChanges.insert(id, topic);
    return id;
}

void TopicsPane::openCreateDialog()
{
    QStringList names;
    for (const TopicInfo &topic : m_connection->snapshot().topics)
        names.append(topic.name);
    CreateTopicDialog dialog(names, int(m_connection->snapshot().brokers.size()), this);
    if (dialog.exec() == QDialog::Accepted)
        createTopic(dialog.topic());
}

void TopicsPane::openDeleteDialog()
{
    const QStringList names = selectedTopics();
    if (names.isEmpty())
        return;
    DestructiveConfirmDialog dialog(
        tr("Delete Topics"),
        tr("Delete these %n topic(s) and every message in them? This cannot be undone.", nullptr,
           int(names.size())),
        names, tr("&Delete"), this);
    if (dialog.exec() == QDialog::Accepted)
        deleteTopics(names);
}

void TopicsPane::openAddPartitionsDialog()
{
    const QStringList names = selectedTopics();
    if (names.size() != 1)
        return;
    const int row = m_topics->rowOf(names.first());
    const int current = int(m_topics->topic(row).partitions.size());
    bool ok = false;
    const int total =
        QInputDialog::getInt(this, tr("Add Partitions"),
                             tr("%1 has %2 partitions. New total (partitions can never be removed; "
                                "keys will map to other partitions):")
                                 .arg(names.first())
                                 .arg(current),
                             current + 1, current + 1, 100000, 1, &ok);
    if (ok)
        addPartitions(names.first(), total);
}

void TopicsPane::openDeleteRecordsDialog()
{
    const QStringList names = selectedTopics();
    if (names.size() != 1)
        return;
    const int row = m_topics->rowOf(names.first());
    DeleteRecordsDialog dialog(m_topics->topic(row), m_topics->stats(row), this);
    if (dialog.exec() == QDialog::Accepted)
        deleteRecords(names.first(), dialog.deletions());
}

} // namespace Qafka
