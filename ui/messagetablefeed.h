#pragma once

#include "messages/messagebatch.h"

#include <QList>
#include <QObject>

class QTableView;
class QTimer;

namespace Qafka {

class MessageListModel;

// Hands the message table its new rows without stalling the GUI thread, and keeps the reader's
// place while it grows.
//
// Batches wait up to a flush interval and reach the model together (a view pays for every
// insertion), and at most kRowsPerStep rows reach it per turn of the event loop, so a burst of
// 300,000 messages is several short steps with paints and input between them, not one long one.
// A table scrolled to its end follows the newest rows; one scrolled up holds still, also when
// the cap drops the oldest rows from under it.
class MessageTableFeed : public QObject
{
    Q_OBJECT
public:
    static constexpr qsizetype kRowsPerStep = 40000;

    MessageTableFeed(MessageListModel *model, QTableView *table, QObject *parent = nullptr);

    // A new load: nothing pending; the table follows the newest rows from the start when asked
    // (a live tail), else it stays where the reader is (at the first rows).
    void restart(bool followNewest);
    void add(const MessageBatch &batch);
    // The load ended: everything pending reaches the table, in steps too; then drained().
    void drain();
    bool followsNewest() const { return m_followNewest; }
    bool hasPending() const { return !m_pending.isEmpty() || !m_step.isEmpty(); }

signals:
    // Rows reached the model: the pane updates its status.
    void rowsAdded();
    void drained();

private:
    void flushStep();
    QList<MessageBatch> takeStep();
    void followNewest();
    void onShifted(qint64 rows);
    void onDropped(qint64 droppedTotal);
    void onScrolled(int value);

    MessageListModel *m_model;
    QTableView *m_table;
    QTimer *m_flushTimer;
    QList<MessageBatch> m_pending;
    QList<MessageBatch> m_step; // taken from m_pending; waits a turn while the cap makes room
    bool m_followNewest = false;
    bool m_draining = false;
    qint64 m_droppedSeen = 0;
    bool m_scrollingTable = false; // our own scrolling, not the reader's
};

} // namespace Qafka
