#pragma once

#include "groups/grouptypes.h"

#include <QSet>
#include <QWidget>

#include <optional>

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTabWidget;
class QTableView;
class QToolBar;

namespace Qafka {

class ConsumerGroupFilterModel;
class ConsumerGroupListModel;
class GroupChartsView;
class GroupMemberModel;
class GroupMonitor;
class GroupPartitionModel;
class MembershipChangeModel;
struct GroupLagRound;
struct KafkaError;

// Consumer groups of one cluster and their lag: a filterable table of every group (state,
// members, total and time lag, a verdict and a trend), and for the selected group its partitions
// (the numbers kafka-consumer-groups.sh --describe prints), its members and its lag over time.
// Watch, reset offsets and the deletes act on the selected group; writes are disabled on a
// read-only connection.
class ConsumerGroupsPane : public QWidget
{
    Q_OBJECT
public:
    explicit ConsumerGroupsPane(GroupMonitor *monitor, QWidget *parent = nullptr);

    GroupMonitor *monitor() const { return m_monitor; }
    ConsumerGroupListModel *groupModel() const { return m_groups; }
    QTableView *groupView() const { return m_groupView; }
    QTableView *partitionView() const { return m_partitionView; }
    QTableView *memberView() const { return m_memberView; }
    QTableView *changeView() const { return m_changeView; }
    MembershipChangeModel *changeModel() const { return m_changes; }
    GroupPartitionModel *partitionModel() const { return m_partitions; }
    GroupChartsView *charts() const { return m_charts; }
    QTabWidget *detailTabs() const { return m_tabs; }
    QLineEdit *filterEdit() const { return m_filter; }
    QCheckBox *readCommittedCheck() const { return m_readCommitted; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *detailHeader() const { return m_header; }
    QAction *watchAction() const { return m_watchAction; }
    QAction *resetAction() const { return m_resetAction; }
    QAction *deleteGroupAction() const { return m_deleteGroupAction; }
    QAction *deleteOffsetsAction() const { return m_deleteOffsetsAction; }
    QAction *nextMessageAction() const { return m_nextMessageAction; }

    QString selectedGroup() const;
    void selectGroup(const QString &groupId);
    // Selects the group now if it is listed, else as soon as a round lists it.
    void selectGroupWhenListed(const QString &groupId);
    enum DetailTab { PartitionsTab, MembersTab, ChartsTab, ChangesTab };

    // The steps after each dialog, public so tests can drive them without modal loops.
    void setWatched(const QString &groupId, bool watched, qint64 lagThreshold);
    quint64 deleteGroup(const QString &groupId);
    quint64 deleteGroupOffsets(const QString &groupId, const QString &topic);

signals:
    // Show the messages of a partition from an offset (the next one the group would read).
    void browseRequested(const QString &topic, int partition, qint64 offset);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    // The constructor's steps, in order.
    void nameControls();
    QToolBar *buildToolBar();
    void setUpTables();
    void fitGroupColumns();
    std::optional<GroupPartitionLag> nextMessagePartition() const;
    void showNextMessage();
    void buildLayout(QToolBar *toolBar);
    void connectSignals();

    void onRound(const GroupLagRound &round);
    void onRoundFailed(const KafkaError &error);
    void onOperationFinished(quint64 id, const QString &description, const KafkaError &error);
    void showSelectedGroup();
    void updateActions();
    void updateChangesTab(); // its title counts the selected group's membership changes
    void toggleWatch();
    // The selected group of the last round, copied: nothing that points into a round may live
    // across a dialog's event loop, in which the next round frees it.
    std::optional<ConsumerGroupLag> selectedGroupLag() const;
    void openResetDialog();
    void openDeleteGroupDialog();
    void openDeleteOffsetsDialog();

    GroupMonitor *m_monitor;
    ConsumerGroupListModel *m_groups;
    ConsumerGroupFilterModel *m_groupFilter;
    GroupPartitionModel *m_partitions;
    GroupMemberModel *m_members;
    MembershipChangeModel *m_changes;
    QLineEdit *m_filter;
    QCheckBox *m_readCommitted;
    QSpinBox *m_interval;
    QLabel *m_status;
    QTableView *m_groupView;
    QLabel *m_header;
    QTabWidget *m_tabs;
    QTableView *m_partitionView;
    QTableView *m_memberView;
    QTableView *m_changeView;
    GroupChartsView *m_charts;
    QAction *m_watchAction;
    QAction *m_resetAction;
    QAction *m_deleteGroupAction;
    QAction *m_deleteOffsetsAction;
    QAction *m_nextMessageAction = nullptr;
    QSet<quint64> m_pending;
    bool m_viewing = false;
    QString m_groupToSelect; // asked for before a round listed it
};

} // namespace Qafka
