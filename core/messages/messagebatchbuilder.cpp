#include "messages/messagebatchbuilder.h"

namespace Qafka {

ByteChunk *MessageBatchBuilder::chunkWithRoom(quint32 size)
{
    if (!m_current || m_current->room() < size) {
        const quint32 next =
            m_current ? qMin(2 * m_current->capacity(), kChunkSize) : kFirstChunkSize;
        m_current = std::make_shared<ByteChunk>(qMax(size, next));
        if (m_batch.chunks.isEmpty())
            m_batch.firstChunk = m_nextChunk;
        m_batch.chunks.append(m_current);
        ++m_nextChunk;
    } else if (m_batch.chunks.isEmpty()) {
        m_batch.firstChunk = m_nextChunk - 1;
        m_batch.chunks.append(m_current);
    }
    return m_current.get();
}

void MessageBatchBuilder::add(int partition, qint64 offset, qint64 timestampMs,
                              TimestampType timestampType, std::optional<QByteArrayView> key,
                              std::optional<QByteArrayView> value, QByteArrayView headersBlob)
{
    MessageRecord record;
    record.partition = partition;
    record.offset = offset;
    record.timestampMs = timestampMs;
    record.timestampType = quint32(timestampType);
    record.keyLength = key ? quint32(key->size()) : MessageRecord::kNullLength;
    record.valueLength = value ? quint32(value->size()) : MessageRecord::kNullLength;
    record.headersLength = quint32(headersBlob.size());
    const quint32 size = record.payloadBytes();
    ByteChunk *chunk = chunkWithRoom(size);
    record.chunk = m_batch.firstChunk + quint32(m_batch.chunks.size()) - 1;
    record.position = chunk->used();
    if (key)
        chunk->append(key->data(), quint32(key->size()));
    if (value)
        chunk->append(value->data(), quint32(value->size()));
    chunk->append(headersBlob.data(), quint32(headersBlob.size()));
    m_batch.records.append(record);
    m_batch.payloadBytes += size;
}

MessageBatch MessageBatchBuilder::take()
{
    MessageBatch batch = std::move(m_batch);
    m_batch = {};
    return batch;
}

} // namespace Qafka
