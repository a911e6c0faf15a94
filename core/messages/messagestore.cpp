#include "messages/messagestore.h"

namespace Qafka {

namespace {

MessageBytes bytesIn(const char *base, const MessageRecord &record)
{
    MessageBytes bytes;
    const char *at = base + record.position;
    if (!record.keyIsNull())
        bytes.key = QByteArrayView(at, record.keyLength);
    at += record.keyBytes();
    if (!record.valueIsNull())
        bytes.value = QByteArrayView(at, record.valueLength);
    at += record.valueBytes();
    bytes.headers = QByteArrayView(at, qsizetype(record.headersLength));
    return bytes;
}

// The store and its snapshots keep blocks and chunks in different containers; the lookups are
// the same.
template <typename Blocks>
const MessageRecord &recordIn(const Blocks &blocks, qint64 blockBase, qint64 index)
{
    const qint64 at = index - blockBase;
    return blocks[size_t(at / MessageRecordBlock::kSize)]->at(at % MessageRecordBlock::kSize);
}

template <typename Chunks>
MessageBytes bytesIn(const Chunks &chunks, quint32 firstChunk, const MessageRecord &record)
{
    return bytesIn(chunks[record.chunk - firstChunk]->data(), record);
}

} // namespace

const MessageRecord &MessageStoreSnapshot::record(qint64 index) const
{
    Q_ASSERT(contains(index));
    return recordIn(m_blocks, m_blockBase, index);
}

MessageBytes MessageStoreSnapshot::bytes(const MessageRecord &record) const
{
    return bytesIn(m_chunks, m_firstChunk, record);
}

const MessageRecord &MessageStore::record(qint64 index) const
{
    Q_ASSERT(contains(index));
    return recordIn(m_blocks, m_blockBase, index);
}

MessageBytes MessageStore::bytes(const MessageRecord &record) const
{
    return bytesIn(m_chunks, m_firstChunk, record);
}

void MessageStore::setCap(qint64 maxMessages, qint64 maxPayloadBytes)
{
    m_maxMessages = qMax<qint64>(0, maxMessages);
    m_maxPayloadBytes = qMax<qint64>(0, maxPayloadBytes);
}

void MessageStore::append(const MessageBatch &batch)
{
    if (m_chunks.empty() && m_size == 0)
        m_firstChunk = batch.firstChunk;
    // The batch may share its first chunk with the previous batch; add only the new ones.
    const quint32 knownEnd = m_firstChunk + quint32(m_chunks.size());
    for (qsizetype i = 0; i < batch.chunks.size(); ++i) {
        if (batch.firstChunk + quint32(i) >= knownEnd)
            m_chunks.push_back(batch.chunks[i]);
    }
    qint64 end = m_firstIndex + m_size; // absolute index of the next record
    for (const MessageRecord &record : batch.records) {
        const qint64 at = end - m_blockBase;
        const size_t block = size_t(at / MessageRecordBlock::kSize);
        if (block == m_blocks.size())
            m_blocks.push_back(m_blockPool.take());
        m_blocks[block]->put(at % MessageRecordBlock::kSize, record);
        ++end;
    }
    m_size += batch.records.size();
    m_payloadBytes += batch.payloadBytes;
}

qint64 MessageStore::excessCount(qint64 count, qint64 payloadBytes) const
{
    // Once over a cap, go down to 95% of it: dropping is announced to views, which pay in
    // proportion to their rows, so it should happen now and then, not with every batch.
    const auto below = [](qint64 cap) { return cap - cap / 20; };
    const qint64 size = m_size + count;
    const qint64 bytes = m_payloadBytes + payloadBytes;
    qint64 drop = 0;
    if (m_maxMessages > 0 && size > m_maxMessages)
        drop = size - below(m_maxMessages);
    if (m_maxPayloadBytes > 0 && bytes > m_maxPayloadBytes) {
        qint64 freed = 0;
        qint64 dropped = 0;
        for (qint64 index = m_firstIndex;
             index < endIndex() && bytes - freed > below(m_maxPayloadBytes); ++index, ++dropped)
            freed += record(index).payloadBytes();
        drop = qMax(drop, dropped);
    }
    return drop;
}

void MessageStore::dropOldest(qint64 count)
{
    count = qBound<qint64>(0, count, m_size);
    if (count == 0)
        return;
    for (qint64 i = 0; i < count; ++i)
        m_payloadBytes -= record(m_firstIndex + i).payloadBytes();
    m_firstIndex += count;
    m_size -= count;
    m_droppedTotal += count;
    while (!m_blocks.empty() && m_firstIndex - m_blockBase >= MessageRecordBlock::kSize) {
        m_blockPool.giveBack(std::move(m_blocks.front()));
        m_blocks.pop_front();
        m_blockBase += MessageRecordBlock::kSize;
    }
    // Chunks are filled in record order: every chunk before the first live record's is unused.
    const quint32 firstUsed =
        m_size > 0 ? record(m_firstIndex).chunk : m_firstChunk + quint32(m_chunks.size());
    while (!m_chunks.empty() && m_firstChunk < firstUsed && m_chunks.size() > 1) {
        m_chunks.pop_front();
        ++m_firstChunk;
    }
}

void MessageStore::clear()
{
    m_blocks.clear();
    m_blockPool.reset();
    m_chunks.clear();
    m_firstChunk = 0;
    m_firstIndex = 0;
    m_blockBase = 0;
    m_size = 0;
    m_payloadBytes = 0;
    m_droppedTotal = 0;
}

qint64 MessageStore::overheadBytes() const
{
    qint64 chunkBytes = 0;
    for (const ByteChunkPtr &chunk : m_chunks)
        chunkBytes += chunk->capacity();
    return qint64(m_blocks.size()) * qint64(sizeof(MessageRecordBlock)) + chunkBytes -
           m_payloadBytes;
}

MessageStoreSnapshot MessageStore::snapshot() const
{
    MessageStoreSnapshot snapshot;
    snapshot.m_blocks.assign(m_blocks.begin(), m_blocks.end());
    snapshot.m_chunks.assign(m_chunks.begin(), m_chunks.end());
    snapshot.m_firstIndex = m_firstIndex;
    snapshot.m_blockBase = m_blockBase;
    snapshot.m_size = m_size;
    snapshot.m_firstChunk = m_firstChunk;
    return snapshot;
}

} // namespace Qafka
