#include "messagetablefeed.h"

#include "messagelistmodel.h"
#include "messages/messagerecordblockpool.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QTableView>
#include <QTimer>

#include <utility>

namespace Qafka {

namespace {

constexpr int kFlushMs = 100;
// QHeaderView recomputes every row's position after an insertion, so a big table takes new
// rows less often, in larger steps.
constexpr int kBigTableFlushMs = 400;
constexpr int kBigTableRows = 500000;

// Once the store holds kMadeAhead blocks, a step's rows find their record blocks made ahead, off
// the GUI thread (a load's first blocks fault in on it as their rows are put).
static_assert(MessageTableFeed::kRowsPerStep <=
              (MessageRecordBlockPool::kMadeAhead - 1) * MessageRecordBlock::kSize);

} // namespace

MessageTableFeed::MessageTableFeed(MessageListModel *model, QTableView *table, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_table(table)
    , m_flushTimer(new QTimer(this))
{
    m_flushTimer->setObjectName(QStringLiteral("messageTableFeedFlush")); // named in traces
    m_flushTimer->setSingleShot(true);
    connect(m_flushTimer, &QTimer::timeout, this, &MessageTableFeed::flushStep);
    connect(m_model, &MessageListModel::droppedChanged, this, &MessageTableFeed::onDropped);
    connect(m_model, &MessageListModel::rowsShifted, this, &MessageTableFeed::onShifted);
    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, this,
            &MessageTableFeed::onScrolled);
    // Rows laid out later, or a table that got shorter, move the end: a follower stays there.
    connect(m_table->verticalScrollBar(), &QScrollBar::rangeChanged, this, [this](int, int max) {
        if (!m_followNewest)
            return;
        const QScopedValueRollback<bool> ours(m_scrollingTable, true);
        m_table->verticalScrollBar()->setValue(max);
    });
}

void MessageTableFeed::restart(bool followNewest)
{
    m_flushTimer->stop();
    m_pending.clear();
    m_step.clear();
    m_followNewest = followNewest;
    m_draining = false;
    m_droppedSeen = m_model->droppedCount();
}

void MessageTableFeed::add(const MessageBatch &batch)
{
    if (batch.records.isEmpty())
        return;
    m_pending.append(batch);
    if (m_model->loadedCount() == 0) {
        // The first rows of a load (a jump to an offset or a time) show at once.
        flushStep();
        return;
    }
    if (!m_flushTimer->isActive())
        m_flushTimer->start(m_model->rowCount() > kBigTableRows ? kBigTableFlushMs : kFlushMs);
}

void MessageTableFeed::drain()
{
    m_draining = true;
    if (!hasPending())
        flushStep();
    else
        m_flushTimer->start(0);
}

void MessageTableFeed::flushStep()
{
    m_flushTimer->stop();
    if (m_step.isEmpty())
        m_step = takeStep();
    // A full table takes the step in place of its oldest rows. Otherwise the oldest rows the
    // step pushes over the cap go in one turn, the step's rows in the next.
    if (!m_step.isEmpty() && m_model->shiftInAtCap(m_step)) {
        m_step.clear();
        followNewest();
    } else if (!m_step.isEmpty() && m_model->dropOldestToFit(m_step) == 0) {
        m_model->appendBatches(std::exchange(m_step, {}));
        followNewest();
    }
    if (hasPending())
        m_flushTimer->start(0); // the rest after the event loop's next turn
    emit rowsAdded();
    if (m_draining && !hasPending()) {
        m_draining = false;
        emit drained();
    }
}

// Up to kRowsPerStep messages from the front of the pending batches.
QList<MessageBatch> MessageTableFeed::takeStep()
{
    QList<MessageBatch> step;
    qsizetype rows = 0;
    while (!m_pending.isEmpty() && rows < kRowsPerStep) {
        MessageBatch &first = m_pending.first();
        const qsizetype room = kRowsPerStep - rows;
        if (first.records.size() <= room) {
            rows += first.records.size();
            step.append(m_pending.takeFirst());
        } else {
            step.append(takeFront(first, room));
            rows += room;
        }
    }
    return step;
}

void MessageTableFeed::followNewest()
{
    if (!m_followNewest)
        return;
    const QScopedValueRollback<bool> ours(m_scrollingTable, true);
    m_table->scrollToBottom();
}

// However rows were dropped (a batch past the cap, or a lower cap), the rows below the dropped
// ones moved up by that many, and so does the scroll position.
void MessageTableFeed::onDropped(qint64 droppedTotal)
{
    const qint64 dropped = droppedTotal - m_droppedSeen;
    m_droppedSeen = droppedTotal;
    if (dropped <= 0 || m_followNewest || !m_model->rowsAreStoredMessages())
        return;
    const QScopedValueRollback<bool> ours(m_scrollingTable, true);
    QScrollBar *bar = m_table->verticalScrollBar();
    const qint64 rowStep = m_table->verticalScrollMode() == QAbstractItemView::ScrollPerPixel
                               ? m_table->verticalHeader()->defaultSectionSize()
                               : 1;
    bar->setValue(int(qMax<qint64>(0, bar->value() - dropped * rowStep)));
}

// The rows kept their count but each shows the message `rows` further on: the selection moves up
// with its messages, quietly (the message shown in detail is the same); a current message that
// was dropped goes, as when its row is removed, and the detail view hears of that.
void MessageTableFeed::onShifted(qint64 rows)
{
    QItemSelectionModel *selection = m_table->selectionModel();
    const QModelIndex current = selection->currentIndex();
    if (!current.isValid() && !selection->hasSelection())
        return;
    QItemSelection moved;
    for (const QItemSelectionRange &range : selection->selection()) {
        const qint64 bottom = range.bottom() - rows;
        if (bottom >= 0)
            moved.select(m_model->index(int(qMax<qint64>(0, range.top() - rows)), range.left()),
                         m_model->index(int(bottom), range.right()));
    }
    const qint64 currentRow = current.isValid() ? current.row() - rows : -1;
    {
        const QSignalBlocker quiet(selection);
        selection->select(moved, QItemSelectionModel::ClearAndSelect);
        if (currentRow >= 0)
            selection->setCurrentIndex(m_model->index(int(currentRow), current.column()),
                                       QItemSelectionModel::NoUpdate);
    }
    if (current.isValid() && currentRow < 0)
        selection->setCurrentIndex({}, QItemSelectionModel::NoUpdate);
}

void MessageTableFeed::onScrolled(int value)
{
    if (!m_scrollingTable)
        m_followNewest = value >= m_table->verticalScrollBar()->maximum();
}

} // namespace Qafka
