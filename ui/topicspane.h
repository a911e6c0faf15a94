#pragma once

#include "types/topictypes.h"

#include <QHash>
#include <QWidget>

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
class QTimer;
class QToolBar;

namespace Qafka {

class ClusterConnection;
class OperationStatus;
class TopicDetailsView;
class TopicFilterModel;
class TopicListModel;
struct ClusterSnapshot;

// Topics of one cluster: a filterable table merged on every refresh, the selected topic's details,
// and the administrative actions (create, delete, add partitions, delete records, edit configs),
// all disabled on a read-only connection.
class TopicsPane : public QWidget
{
    Q_OBJECT
public:
    explicit TopicsPane(ClusterConnection *connection, QWidget *parent = nullptr);

    TopicListModel *topicModel() const { return m_topics; }
    TopicFilterModel *filterModel() const { return m_filter; }
    QTableView *topicView() const { return m_view; }
    TopicDetailsView *details() const { return m_details; }
    QLineEdit *filterEdit() const { return m_filterEdit; }
    QCheckBox *regexCheck() const { return m_regex; }
    QCheckBox *internalCheck() const { return m_showInternal; }
    OperationStatus *operationStatus() const { return m_status; }
    QAction *createAction() const { return m_createAction; }
    QAction *deleteAction() const { return m_deleteAction; }
    QAction *addPartitionsAction() const { return m_addPartitionsAction; }
    QAction *deleteRecordsAction() const { return m_deleteRecordsAction; }
    QAction *browseAction() const { return m_browseAction; }
    QStringList selectedTopics() const;
    void selectTopic(const QString &name);

    // The steps after each dialog, public so tests can drive them without modal loops.
    quint64 createTopic(const NewTopic &topic);
    quint64 deleteTopics(const QStringList &topics);
    quint64 addPartitions(const QString &topic, int newTotal);
    quint64 deleteRecords(const QString &topic, const QList<RecordDeletion> &deletions);
    quint64 changeConfig(const QString &topic, const ConfigChange &change);

signals:
    // Browse Messages (or a double-click) on a topic.
    void browseRequested(const QString &topic);

private:
    // The constructor's steps, in order.
    void setUpTable();
    void buildToolBar();
    void nameFilterControls();
    void buildLayout();
    void connectSignals();

    void onSnapshot(const ClusterSnapshot &snapshot);
    void onStats(const TopicStatsMap &stats);
    void onSelectionChanged();
    void applyFilter();
    void updateActions();
    void updateCount();
    void openCreateDialog();
    void openDeleteDialog();
    void openAddPartitionsDialog();
    void openDeleteRecordsDialog();

    ClusterConnection *m_connection;
    TopicListModel *m_topics;
    TopicFilterModel *m_filter;
    QToolBar *m_toolBar;
    QAction *m_createAction;
    QAction *m_deleteAction;
    QAction *m_addPartitionsAction;
    QAction *m_deleteRecordsAction;
    QAction *m_browseAction;
    QLineEdit *m_filterEdit;
    QCheckBox *m_regex;
    QCheckBox *m_showInternal;
    QLabel *m_count;
    OperationStatus *m_status;
    QTableView *m_view;
    TopicDetailsView *m_details;
    QSplitter *m_splitter;
    QTimer *m_filterDebounce;
    QString m_shownTopic;
    QHash<quint64, QString> m_configChanges; // config edits in flight -> their topic
};

} // namespace Qafka
