#include "messages/messagebatch.h"

#include <cstring>

namespace Qafka {

quint32 ByteChunk::append(const void *bytes, quint32 size)
{
    Q_ASSERT(size <= room());
    const quint32 at = m_used;
    if (size > 0)
        std::memcpy(m_data.get() + at, bytes, size);
    m_used += size;
    return at;
}

MessageBatch takeFront(MessageBatch &batch, qsizetype count)
{
    count = qBound<qsizetype>(0, count, batch.records.size());
    MessageBatch front;
    front.records = batch.records.first(count);
    front.chunks = batch.chunks;
    front.firstChunk = batch.firstChunk;
    for (const MessageRecord &record : std::as_const(front.records))
        front.payloadBytes += record.payloadBytes();
    batch.records.remove(0, count);
    batch.payloadBytes -= front.payloadBytes;
    return front;
}

} // namespace Qafka
