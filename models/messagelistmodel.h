#pragma once

#include "decodedpreviews.h"
#include "messages/messagefilter.h"
#include "messages/messagestore.h"
#include "messages/messageviewbuilder.h"
#include "session/messageviewrunner.h"
#include "tablemodel.h"

#include <atomic>
#include <memory>

namespace Qafka {

// The message browser's table. Holds the loaded messages compactly (MessageStore) and formats a
// cell only when a view asks for it. Filtering and sorting run on a worker thread
// (MessageViewRunner) over a snapshot (MessageViewJob) and deliver a row index; messages that
// arrive meanwhile are merged in by a follow-up job, so a live tail stays filtered and sorted
// without ever filtering on this thread.
class MessageListModel : public TableModel
{
    Q_OBJECT
public:
    enum Column {
        PartitionColumn,
        OffsetColumn,
        TimestampColumn,
        TimestampTypeColumn,
        KeyColumn,
        ValueColumn,
        HeadersColumn,
        SizeColumn,
        ColumnCount
    };
    enum Role { AbsoluteIndexRole = Qt::UserRole + 1 };

    explicit MessageListModel(QObject *parent = nullptr);
    ~MessageListModel() override;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;

    // Drops every message and any filter result; keeps the filter, sort and cap.
    void clear();
    void appendBatch(const MessageBatch &batch) { appendBatches({batch}); }
    // One insertion (and at most one removal) for all of them: views pay per notification.
    void appendBatches(const QList<MessageBatch> &batches);
    // Drops, before they come, the oldest messages that BATCHES would push over the cap, and says
    // how many (0: they fit, or a filter or sort is shown). A table pays for a removal at its
    // front and for an insertion at its end, each in proportion to its rows: the feed makes room
    // and appends in separate turns of the event loop.
    qint64 dropOldestToFit(const QList<MessageBatch> &batches);
    // A full table (the message cap reached, rows are the stored messages): the batches come in
    // and exactly as many of the oldest go, and the rows keep their count, each showing the
    // message that many further on (rowsShifted, then dataChanged). QHeaderView keeps a record
    // per row and walks all of them on the paint after any insertion or removal; a table that
    // stays full pays nothing. Only the part that still fits is inserted. False, changing
    // nothing, when the table is not full, the payload cap decides, or a filter or sort is shown.
    bool shiftInAtCap(const QList<MessageBatch> &batches);
    void setCap(qint64 maxMessages, qint64 maxPayloadBytes);

    // Schema-encoded keys and values show as JSON (decoded off this thread); nullptr: bytes.
    void setDecoder(std::shared_ptr<const PayloadDecoder> decoder);
    std::shared_ptr<const PayloadDecoder> decoder() const { return m_previews->decoder(); }
    // The registry answered: rows that waited for a schema decode again.
    void schemasChanged() { m_previews->retryUnsettled(); }

    // nullptr: show everything.
    void setFilter(std::shared_ptr<const MessageFilter> filter);
    bool hasFilter() const { return bool(m_filter); }
    bool isViewBusy() const { return m_jobRunning; }
    // Row r is the r-th stored message (no filter or sort between them).
    bool rowsAreStoredMessages() const { return !m_view; }

    const MessageStore &store() const { return m_store; }
    qint64 loadedCount() const { return m_store.size(); }
    qint64 droppedCount() const { return m_store.droppedCount(); }
    // The absolute index shown at row, or -1 (a message dropped while a filter was catching up).
    qint64 absoluteIndex(int row) const;
    int rowOf(qint64 absoluteIndex) const; // -1 when not shown
    bool containsMessage(qint64 absoluteIndex) const { return m_store.contains(absoluteIndex); }
    const MessageRecord &record(qint64 absoluteIndex) const
    {
        return m_store.record(absoluteIndex);
    }
    MessageBytes bytes(qint64 absoluteIndex) const { return m_store.bytes(absoluteIndex); }

    // What an export should write: the rows as shown, on a snapshot that stays valid.
    MessageStoreSnapshot snapshot() const { return m_store.snapshot(); }
    MessageIndexListPtr shownIndexes() const; // null: every message of the snapshot in order

    static MessageSortKey sortKeyFor(int column);

signals:
    // A filter or sort job is running (done of total messages examined) or finished.
    void viewProgress(qint64 done, qint64 total);
    void viewReady();
    void droppedChanged(qint64 droppedTotal);
    // Every row now shows the message `rows` further on (shiftInAtCap): a view's selection moves
    // up by as many rows to stay on its messages.
    void rowsShifted(qint64 rows);

private:
    int rows() const override { return int(m_view ? qint64(m_view->size()) : m_store.size()); }
    QStringList columnTitles() const override;

    void startJob(bool fromScratch);
    void onJobDone(quint64 generation, MessageIndexListPtr result, qint64 coveredEnd,
                   bool fromScratch);
    bool viewActive() const { return bool(m_view); }
    QString displayText(const MessageRecord &record, qint64 absolute, int column) const;
    QString payloadText(const MessageRecord &record, qint64 absolute, bool key) const;
    // The decoded key or value at absolute, when the decoder handles it and a pass made it.
    const DecodedField *decodedField(qint64 absolute, bool key) const;
    QVariant payloadToolTip(qint64 absolute, bool key) const;

    MessageStore m_store;
    std::shared_ptr<const MessageFilter> m_filter;
    MessageSortKey m_sortKey = MessageSortKey::Arrival;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    MessageIndexListPtr m_view; // set while filtered or sorted
    qint64 m_viewCoveredEnd = 0;
    quint64 m_viewGeneration = 0; // bumped when the filter or sort changes
    bool m_jobRunning = false;
    bool m_jobWanted = false; // messages arrived while a job ran
    bool m_restartWanted = false;
    MessageViewRunner *m_viewRunner; // runs the newest view job
    DecodedPreviews *m_previews;
};

} // namespace Qafka
