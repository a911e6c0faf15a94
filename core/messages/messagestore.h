#pragma once

#include "messages/messagebatch.h"
#include "messages/messagerecordblockpool.h"

#include <deque>
#include <memory>
#include <vector>

namespace Qafka {

// A consistent, read-only view of a MessageStore at one moment, safe to use on any thread.
// Indexes are absolute: the index a message got when it was appended, never reused, so results
// computed on a snapshot still name the same messages after the store dropped old ones.
class MessageStoreSnapshot
{
public:
    qint64 firstIndex() const { return m_firstIndex; }
    qint64 endIndex() const { return m_firstIndex + m_size; }
    qint64 size() const { return m_size; }
    bool contains(qint64 index) const { return index >= m_firstIndex && index < endIndex(); }
    const MessageRecord &record(qint64 index) const;
    MessageBytes bytes(const MessageRecord &record) const;

private:
    friend class MessageStore;
    std::vector<MessageRecordBlockPtr> m_blocks;
    std::vector<ByteChunkPtr> m_chunks;
    qint64 m_firstIndex = 0;
    qint64 m_blockBase = 0; // absolute index of m_blocks[0]->at(0)
    qint64 m_size = 0;
    quint32 m_firstChunk = 0;
};

// The browser's messages: 40 bytes of record per message plus its bytes, appended a batch at a
// time, with an optional cap (messages and payload bytes) beyond which the oldest are dropped.
// Owned and changed by one thread (the GUI's); snapshots may be read anywhere.
class MessageStore
{
public:
    qint64 size() const { return m_size; }
    qint64 firstIndex() const { return m_firstIndex; }
    qint64 endIndex() const { return m_firstIndex + m_size; }
    bool contains(qint64 index) const { return index >= m_firstIndex && index < endIndex(); }
    const MessageRecord &record(qint64 index) const;
    MessageBytes bytes(const MessageRecord &record) const;
    MessageBytes bytes(qint64 index) const { return bytes(record(index)); }

    // 0: no cap. Past a cap the store goes down to 95% of it, so drops come in steps.
    void setCap(qint64 maxMessages, qint64 maxPayloadBytes);
    qint64 maxMessages() const { return m_maxMessages; }
    qint64 maxPayloadBytes() const { return m_maxPayloadBytes; }

    // Appends the batch, cap or not: a model announces the new rows, then asks excessCount() and
    // announces the removal of that many first rows around dropOldest().
    void append(const MessageBatch &batch);
    // How many of the oldest to drop to be within the caps again, with COUNT messages of
    // PAYLOADBYTES more (about to be appended).
    qint64 excessCount(qint64 count = 0, qint64 payloadBytes = 0) const;
    void dropOldest(qint64 count);
    void clear();

    qint64 payloadBytes() const { return m_payloadBytes; }
    qint64 droppedCount() const { return m_droppedTotal; }
    // Bytes this store holds beyond the payload: records, block slack, chunk slack.
    qint64 overheadBytes() const;

    MessageStoreSnapshot snapshot() const;

private:
    MessageRecordBlockPool m_blockPool;
    std::deque<MessageRecordBlockPtr> m_blocks;
    std::deque<ByteChunkPtr> m_chunks;
    quint32 m_firstChunk = 0; // sequence number of m_chunks.front()
    qint64 m_firstIndex = 0;
    qint64 m_blockBase = 0;
    qint64 m_size = 0;
    qint64 m_payloadBytes = 0;
    qint64 m_maxMessages = 0;
    qint64 m_maxPayloadBytes = 0;
    qint64 m_droppedTotal = 0;
};

} // namespace Qafka
