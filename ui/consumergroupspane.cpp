#include "consumergroupspane.h"

#include "columnchooser.h"
#include "columnfiller.h"
#include "consumergroupfiltermodel.h"
#include "consumergrouplistmodel.h"
#include "destructiveconfirmdialog.h"
#include "groupchartsview.h"
#include "groupmembermodel.h"
#include "grouppartitionmodel.h"
#include "membershipchangemodel.h"
#include "resetoffsetsdialog.h"
#include "session/groupmonitor.h"
#include "sparklinedelegate.h"
#include "tableviews.h"

#include <QAction>
#include <QCheckBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace Qafka {

namespace {

QSortFilterProxyModel *sortingProxy(QAbstractItemModel *source, int sortRole, QObject *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(source);
    proxy->setSortRole(sortRole);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    return proxy;
}

} // namespace

ConsumerGroupsPane::ConsumerGroupsPane(GroupMonitor *monitor, QWidget *parent)
    : QWidget(parent)
    , m_monitor(monitor)
    , m_groups(new ConsumerGroupListModel(monitor ? &monitor->histories() : nullptr, this))
    , m_groupFilter(new ConsumerGroupFilterModel(m_groups, this))
    , m_partitions(new GroupPartitionModel(this))
    , m_members(new GroupMemberModel(this))
    , m_changes(new MembershipChangeModel(this))
    , m_filter(new QLineEdit(this))
    , m_readCommitted(new QCheckBox(tr("read_&committed"), this))
    , m_interval(new QSpinBox(this))
    , m_status(new QLabel(this))
    , m_groupView(makeTableView(QStringLiteral("groupTable"), tr("Consumer groups"), this))
    , m_header(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_partitionView(
          makeTableView(QStringLiteral("groupPartitionTable"), tr("Partitions of the group"), this))
    , m_memberView(
          makeTableView(QStringLiteral("groupMemberTable"), tr("Members of the group"), this))
    , m_changeView(makeTableView(QStringLiteral("groupChangeTable"),
                                 tr("Membership changes of the group"), this))
    , m_charts(new GroupChartsView(monitor, this))
{
    setObjectName(QStringLiteral("consumerGroupsPane"));
    nameControls();
    QToolBar *toolBar = buildToolBar();
    setUpTables();
    buildLayout(toolBar);
    connectSignals();
    m_status->setText(tr("Reading consumer groups…"));
    updateActions();
}

void ConsumerGroupsPane::nameControls()
{
    m_filter->setObjectName(QStringLiteral("groupFilter"));
    m_filter->setAccessibleName(tr("Filter groups"));
    m_filter->setPlaceholderText(tr("Filter groups"));
    m_filter->setClearButtonEnabled(true);
    m_readCommitted->setObjectName(QStringLiteral("readCommittedCheck"));
    m_readCommitted->setToolTip(
        tr("Measure lag to the last stable offset, as a read_committed consumer sees it: "
           "transaction markers and aborted records do not count."));
    m_interval->setObjectName(QStringLiteral("refreshInterval"));
    m_interval->setAccessibleName(tr("Refresh interval"));
    m_interval->setRange(1, 300);
    m_interval->setSuffix(tr(" s"));
    m_interval->setValue(std::max(1, m_monitor->refreshInterval() / 1000));
    m_status->setObjectName(QStringLiteral("groupStatus"));
    m_header->setObjectName(QStringLiteral("groupHeader"));
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
}

QToolBar *ConsumerGroupsPane::buildToolBar()
{
    auto *toolBar = new QToolBar(this);
    toolBar->setObjectName(QStringLiteral("groupToolBar"));
    m_watchAction = toolBar->addAction(tr("&Watch…"));
    m_watchAction->setObjectName(QStringLiteral("watchGroupAction"));
    m_watchAction->setCheckable(true);
    m_watchAction->setToolTip(tr("Keep monitoring this group with the pane closed and notify "
                                 "when its status turns bad or its lag crosses a threshold"));
    m_resetAction = toolBar->addAction(tr("&Reset Offsets…"));
    m_resetAction->setObjectName(QStringLiteral("resetOffsetsAction"));
    m_deleteOffsetsAction = toolBar->addAction(tr("Delete Topic &Offsets…"));
    m_deleteOffsetsAction->setObjectName(QStringLiteral("deleteGroupOffsetsAction"));
    m_deleteGroupAction = toolBar->addAction(tr("&Delete Group…"));
    m_deleteGroupAction->setObjectName(QStringLiteral("deleteGroupAction"));
    m_nextMessageAction = toolBar->addAction(tr("Show &Next Message"));
    m_nextMessageAction->setObjectName(QStringLiteral("showNextMessageAction"));
    m_nextMessageAction->setToolTip(
        tr("Open the message the group reads next on the selected partition (at its committed "
           "offset), or on its stalled or stopped partition: the one a stuck consumer is stuck "
           "on"));
    // The keyboard's way to these actions: the tables' context menus (Menu key, Shift+F10).
    m_groupView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_groupView->addActions({m_watchAction, m_nextMessageAction, m_resetAction,
                             m_deleteOffsetsAction, m_deleteGroupAction});
    m_partitionView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_partitionView->addAction(m_nextMessageAction);
    toolBar->addSeparator();
    toolBar->addWidget(m_filter);
    toolBar->addWidget(m_readCommitted);
    auto *intervalLabel = new QLabel(tr(" Refresh every "), this);
    intervalLabel->setBuddy(m_interval);
    toolBar->addWidget(intervalLabel);
    toolBar->addWidget(m_interval);
    return toolBar;
}

void ConsumerGroupsPane::setUpTables()
{
    m_groupView->setModel(m_groupFilter);
    m_groupView->setItemDelegateForColumn(
        ConsumerGroupListModel::TrendColumn,
        new SparklineDelegate(ConsumerGroupListModel::TrendRole, m_groupView));
    m_groupView->sortByColumn(ConsumerGroupListModel::GroupColumn, Qt::AscendingOrder);
    fitGroupColumns();
    auto *partitionProxy = sortingProxy(m_partitions, GroupPartitionModel::SortRole, this);
    m_partitionView->setModel(partitionProxy);
    for (int column = 0; column < GroupPartitionModel::ColumnCount; ++column)
        fitColumn(m_partitionView, column, column == GroupPartitionModel::TopicColumn ? 160 : 0);
    m_partitionView->sortByColumn(GroupPartitionModel::TopicColumn, Qt::AscendingOrder);
    m_memberView->setModel(m_members);
    m_memberView->setSortingEnabled(false);
    m_tabs->setObjectName(QStringLiteral("groupDetailTabs"));
    m_tabs->addTab(m_partitionView, tr("P&artitions"));
    m_tabs->addTab(m_memberView, tr("&Members"));
    // Scrolled when the window is short, so the charts never squeeze the group table away.
    auto *chartsScroll = new QScrollArea(this);
    chartsScroll->setObjectName(QStringLiteral("groupChartsScroll"));
    chartsScroll->setWidgetResizable(true);
    chartsScroll->setFrameShape(QFrame::NoFrame);
    // The charts narrow to any width; a horizontal bar would only come and go with the vertical.
    chartsScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    chartsScroll->setWidget(m_charts);
    m_tabs->addTab(chartsScroll, tr("Lag over &time"));
    m_changeView->setModel(m_changes);
    m_changeView->setSortingEnabled(false);
    // Sized for their content before there is any: the change's words take the rest.
    const QFontMetrics metrics = m_changeView->fontMetrics();
    m_changeView->setColumnWidth(MembershipChangeModel::TimeColumn,
                                 metrics.horizontalAdvance(QStringLiteral("2026-12-31 23:59:59")) +
                                     16);
    fitColumn(m_changeView, MembershipChangeModel::MembersColumn,
              metrics.horizontalAdvance(QStringLiteral("100 → 100")) + 16);
    m_tabs->addTab(m_changeView, tr("Chan&ges"));
}

// Every title whole and the trend in view at 1280×800: each column as wide as its title needs
// (in the current language) or its usual content; the group's name takes the rest.
void ConsumerGroupsPane::fitGroupColumns()
{
    const QFontMetrics metrics = m_groupView->fontMetrics();
    const auto textWidth = [&metrics](const QString &sample) {
        return metrics.horizontalAdvance(sample) + 16;
    };
    for (int column = 0; column < ConsumerGroupListModel::TrendColumn; ++column)
        fitColumn(m_groupView, column);
    fitColumn(m_groupView, ConsumerGroupListModel::GroupColumn, 140);
    fitColumn(m_groupView, ConsumerGroupListModel::StateColumn,
              textWidth(QStringLiteral("Rebalancing")));
    fitColumn(m_groupView, ConsumerGroupListModel::TimeLagColumn,
              textWidth(QStringLiteral("10 min 59 s")));
    fitColumn(m_groupView, ConsumerGroupListModel::StatusColumn,
              textWidth(lagStatusName(LagStatus::FallingBehind)));
    fitColumn(m_groupView, ConsumerGroupListModel::CatchUpColumn,
              textWidth(QCoreApplication::translate("CatchUpEstimate", "falling behind")));
    fitColumn(m_groupView, ConsumerGroupListModel::TrendColumn, 100);
    addColumnChooser(m_groupView);
    addColumnChooser(m_partitionView);
    // A wide window gives the room to the group names, not to a stretched trend line.
    m_groupView->horizontalHeader()->setStretchLastSection(false);
    new ColumnFiller(m_groupView, ConsumerGroupListModel::GroupColumn, 140,
                     ColumnFiller::Share::AfterAllOthers);
}

void ConsumerGroupsPane::buildLayout(QToolBar *toolBar)
{
    auto *details = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(details);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_header);
    detailLayout->addWidget(m_tabs, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("groupSplitter"));
    splitter->addWidget(m_groupView);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    // Three tenths for the groups from the start (six rows at 1280×800): by size hints alone the
    // charts take nearly all; more would leave the charts below the fold.
    splitter->setSizes({300, 700});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(toolBar);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
}

void ConsumerGroupsPane::connectSignals()
{
    connect(m_filter, &QLineEdit::textChanged, m_groupFilter,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_readCommitted, &QCheckBox::toggled, m_monitor, &GroupMonitor::setReadCommitted);
    connect(m_interval, &QSpinBox::valueChanged, this,
            [this](int seconds) { m_monitor->setRefreshInterval(seconds * 1000); });
    connect(m_groupView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ConsumerGroupsPane::showSelectedGroup);
    connect(m_partitionView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ConsumerGroupsPane::updateActions);
    connect(m_nextMessageAction, &QAction::triggered, this, &ConsumerGroupsPane::showNextMessage);
    // Queued: on a cluster of 10,000 groups the monitor's own work on a round and the table's are
    // each a few milliseconds; in one event they were one long stall.
    connect(m_monitor, &GroupMonitor::roundReady, this, &ConsumerGroupsPane::onRound,
            Qt::QueuedConnection);
    connect(m_monitor, &GroupMonitor::roundFailed, this, &ConsumerGroupsPane::onRoundFailed,
            Qt::QueuedConnection);
    connect(m_monitor, &GroupMonitor::operationFinished, this,
            &ConsumerGroupsPane::onOperationFinished);
    connect(m_watchAction, &QAction::triggered, this, &ConsumerGroupsPane::toggleWatch);
    connect(m_resetAction, &QAction::triggered, this, &ConsumerGroupsPane::openResetDialog);
    connect(m_deleteGroupAction, &QAction::triggered, this,
            &ConsumerGroupsPane::openDeleteGroupDialog);
    connect(m_deleteOffsetsAction, &QAction::triggered, this,
            &ConsumerGroupsPane::openDeleteOffsetsDialog);
}

void ConsumerGroupsPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_viewing) {
        m_viewing = true;
        m_monitor->setViewing(true);
    }
}

void ConsumerGroupsPane::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    // Watched groups keep the monitor running; the others rest while nobody looks.
    if (m_viewing) {
        m_viewing = false;
        m_monitor->setViewing(false);
    }
}

QString ConsumerGroupsPane::selectedGroup() const
{
    const QModelIndex current = m_groupView->selectionModel()->currentIndex();
    return current.isValid() ? current.data(ConsumerGroupListModel::GroupIdRole).toString()
                             : QString();
}

void ConsumerGroupsPane::selectGroup(const QString &groupId)
{
    const int row = m_groups->rowOf(groupId);
    if (row < 0)
        return;
    const QModelIndex index = m_groupFilter->mapFromSource(m_groups->index(row, 0));
    m_groupView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);
    m_groupView->scrollTo(index);
}

void ConsumerGroupsPane::selectGroupWhenListed(const QString &groupId)
{
    m_groupToSelect = m_groups->rowOf(groupId) < 0 ? groupId : QString();
    selectGroup(groupId);
}

void ConsumerGroupsPane::onRound(const GroupLagRound &round)
{
    m_groups->setGroups(round.groups);
    if (!m_groupToSelect.isEmpty() && m_groups->rowOf(m_groupToSelect) >= 0)
        selectGroup(std::exchange(m_groupToSelect, {}));
    int bad = 0;
    for (const ConsumerGroupLag &group : round.groups)
        bad +=
            lagStatusSeverity(group.verdict.status) >= lagStatusSeverity(LagStatus::FallingBehind)
                ? 1
                : 0;
    QString text = tr("%n group(s)", nullptr, int(round.groups.size())) + QStringLiteral(" · ") +
                   tr("%n need(s) attention", nullptr, bad) + QStringLiteral(" · ") +
                   tr("read in %1 ms at %2")
                       .arg(round.elapsedMs)
                       .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(round.timeMs).time(),
                                               QLocale::ShortFormat));
    if (round.readCommitted)
        text += QStringLiteral(" · ") + tr("lag to the last stable offset (read_committed)");
    if (!round.warning.isEmpty())
        text += QStringLiteral(" · ") + round.warning;
    m_status->setText(text);
    showSelectedGroup();
}

void ConsumerGroupsPane::onRoundFailed(const KafkaError &error)
{
    m_status->setText(tr("Consumer groups could not be read: %1 (retrying; the charts show the "
                         "gap)")
                          .arg(error.message));
}

void ConsumerGroupsPane::showSelectedGroup()
{
    const QString groupId = selectedGroup();
    const ConsumerGroupLag *group = groupId.isEmpty() ? nullptr : m_monitor->group(groupId);
    if (!group) {
        m_header->setText(groupId.isEmpty() ? tr("Select a group to see its partitions, members "
                                                 "and lag over time.")
                                            : tr("Group %1 is no longer listed.").arg(groupId));
        m_partitions->setPartitions({});
        m_members->setMembers({});
        m_changes->setChanges({});
        updateChangesTab();
        m_charts->setGroup(groupId);
        updateActions();
        return;
    }
    QString header = tr("<b>%1</b> · %2 · %3 · %n member(s)", nullptr, int(group->members.size()))
                         .arg(group->groupId.toHtmlEscaped(), group->state.toHtmlEscaped(),
                              protocolName(*group).toHtmlEscaped());
    if (group->coordinatorId >= 0) {
        header += QStringLiteral(" · ") + tr("coordinator: broker %1 (%2)")
                                              .arg(group->coordinatorId)
                                              .arg(group->coordinator.toHtmlEscaped());
    }
    header +=
        QStringLiteral("<br>") + (group->verdict.status == LagStatus::Unknown
                                      ? tr("Status: %1").arg(group->verdict.reason.toHtmlEscaped())
                                      : tr("Status: <span style=\"color:%1\"><b>%2</b></span> — %3")
                                            .arg(statusColor(group->verdict.status).name(),
                                                 lagStatusName(group->verdict.status),
                                                 group->verdict.reason.toHtmlEscaped()));
    header += QStringLiteral("<br>") +
              tr("Catch-up: %1").arg(catchUpDescription(group->catchUp).toHtmlEscaped());
    const GroupHistory *history = m_monitor->histories().history(groupId);
    if (!group->problem.isEmpty())
        header += QStringLiteral("<br>") + group->problem.toHtmlEscaped();
    if (m_monitor->isWatched(group->groupId))
        header += QStringLiteral("<br>") + tr("Watched: you get a notification when its status "
                                              "turns bad.");
    m_header->setText(header);
    m_partitions->setPartitions(group->partitions);
    m_members->setMembers(group->members);
    m_changes->setChanges(history ? history->membership : QList<MembershipChange>());
    updateChangesTab();
    m_charts->setGroup(group->groupId);
    updateActions();
}

void ConsumerGroupsPane::updateChangesTab()
{
    const int changes = m_changes->rowCount();
    m_tabs->setTabText(ChangesTab,
                       changes == 0 ? tr("Chan&ges") : tr("Chan&ges (%1)").arg(changes));
}

void ConsumerGroupsPane::updateActions()
{
    const QString groupId = selectedGroup();
    const bool selected = !groupId.isEmpty() && m_monitor->group(groupId);
    const bool writable = !m_monitor->isReadOnly();
    m_watchAction->setEnabled(selected);
    m_watchAction->setChecked(selected && m_monitor->isWatched(groupId));
    m_resetAction->setEnabled(selected && writable);
    m_deleteGroupAction->setEnabled(selected && writable);
    m_deleteOffsetsAction->setEnabled(selected && writable);
    m_nextMessageAction->setEnabled(nextMessagePartition().has_value());
    const QString readOnly = tr("Disabled: this connection is read-only.");
    for (QAction *action : {m_resetAction, m_deleteGroupAction, m_deleteOffsetsAction})
        action->setStatusTip(writable ? QString() : readOnly);
}

// The partition row selected in the group's partitions, or else the group's first stalled or
// stopped partition; only one with a committed offset (where the group would read next).
std::optional<GroupPartitionLag> ConsumerGroupsPane::nextMessagePartition() const
{
    const QModelIndex current = m_partitionView->currentIndex();
    if (current.isValid() && m_partitionView->selectionModel()->isSelected(current)) {
        const auto *proxy = static_cast<const QSortFilterProxyModel *>(m_partitionView->model());
        const GroupPartitionLag &row = m_partitions->partitionAt(proxy->mapToSource(current).row());
        return row.committed >= 0 ? std::optional(row) : std::nullopt;
    }
    const ConsumerGroupLag *group = m_monitor->group(selectedGroup());
    if (!group)
        return std::nullopt;
    for (const GroupPartitionLag &row : group->partitions) {
        const bool stuck =
            row.verdict.status == LagStatus::Stalled || row.verdict.status == LagStatus::Stopped;
        if (stuck && row.committed >= 0 && row.lag > 0)
            return row;
    }
    return std::nullopt;
}

void ConsumerGroupsPane::showNextMessage()
{
    if (const std::optional<GroupPartitionLag> row = nextMessagePartition())
        emit browseRequested(row->topic, row->partition, row->committed);
}

void ConsumerGroupsPane::setWatched(const QString &groupId, bool watched, qint64 lagThreshold)
{
    m_monitor->setWatched(groupId, watched, lagThreshold);
    showSelectedGroup();
}

void ConsumerGroupsPane::toggleWatch()
{
    const QString groupId = selectedGroup();
    if (groupId.isEmpty())
        return;
    if (m_monitor->isWatched(groupId)) {
        setWatched(groupId, false, -1);
        return;
    }
    bool ok = false;
    const int threshold = QInputDialog::getInt(
        this, tr("Watch %1").arg(groupId),
        tr("Notify when the status turns bad, and when the total lag exceeds this many "
           "messages (0: status only):"),
        0, 0, std::numeric_limits<int>::max(), 1000, &ok);
    if (ok)
        setWatched(groupId, true, threshold > 0 ? threshold : -1);
    else
        updateActions();
}

std::optional<ConsumerGroupLag> ConsumerGroupsPane::selectedGroupLag() const
{
    if (const ConsumerGroupLag *group = m_monitor->group(selectedGroup()))
        return *group;
    return std::nullopt;
}

void ConsumerGroupsPane::openResetDialog()
{
    const std::optional<ConsumerGroupLag> group = selectedGroupLag();
    if (!group)
        return;
    ResetOffsetsDialog dialog(m_monitor, *group, this);
    dialog.exec();
}

quint64 ConsumerGroupsPane::deleteGroup(const QString &groupId)
{
    const quint64 id = m_monitor->deleteGroup(groupId);
    m_pending.insert(id);
    m_status->setText(tr("Deleting group %1…").arg(groupId));
    return id;
}

quint64 ConsumerGroupsPane::deleteGroupOffsets(const QString &groupId, const QString &topic)
{
    const quint64 id = m_monitor->deleteGroupOffsets(groupId, topic);
    m_pending.insert(id);
    m_status->setText(tr("Deleting the offsets of group %1 for topic %2…").arg(groupId, topic));
    return id;
}

void ConsumerGroupsPane::openDeleteGroupDialog()
{
    // A copy: a round arriving while the dialog runs its own event loop replaces the monitor's.
    const std::optional<ConsumerGroupLag> group = selectedGroupLag();
    if (!group)
        return;
    DestructiveConfirmDialog dialog(
        tr("Delete Consumer Group"),
        group->hasActiveMembers()
            ? tr("The group has active members; the broker will refuse until its consumers "
                 "stop. Delete the group and all its committed offsets?")
            : tr("Delete the group and all its committed offsets? Its consumers would start "
                 "again from their auto.offset.reset position."),
        {group->groupId}, tr("&Delete Group"), this);
    if (dialog.exec() == QDialog::Accepted)
        deleteGroup(group->groupId);
}

void ConsumerGroupsPane::openDeleteOffsetsDialog()
{
    // A copy: the dialogs below run event loops in which a new round replaces the monitor's.
    const std::optional<ConsumerGroupLag> group = selectedGroupLag();
    if (!group)
        return;
    QStringList topics;
    for (const GroupPartitionLag &row : group->partitions)
        if (row.committed >= 0 && !topics.contains(row.topic))
            topics.append(row.topic);
    if (topics.isEmpty())
        return;
    bool ok = false;
    const QString topic = QInputDialog::getItem(
        this, tr("Delete Topic Offsets"),
        tr("Delete the committed offsets of %1 for topic:").arg(group->groupId), topics, 0, false,
        &ok);
    if (!ok)
        return;
    DestructiveConfirmDialog dialog(
        tr("Delete Topic Offsets"),
        tr("Delete the committed offsets of group %1 for topic %2?").arg(group->groupId, topic),
        {group->groupId}, tr("&Delete Offsets"), this);
    if (dialog.exec() == QDialog::Accepted)
        deleteGroupOffsets(group->groupId, topic);
}

void ConsumerGroupsPane::onOperationFinished(quint64 id, const QString &description,
                                             const KafkaError &error)
{
    if (!m_pending.remove(id))
        return;
    m_status->setText(error.isNull()
                          ? tr("Done: %1").arg(description)
                          : error.message + (error.hint.isEmpty() ? QString() : u' ' + error.hint));
    m_monitor->refreshNow();
}

} // namespace Qafka
