#pragma once

#include "messages/messagebatch.h"

namespace Qafka {

// Packs messages into MessageBatches: records plus bytes in chunks. The first chunk is
// kFirstChunkSize and each next one twice the last, up to kChunkSize (a larger message gets a chunk
// of its own size): a search that keeps a hundred matches then holds 64 KB, not 4 MB. The current
// chunk carries over from one batch to the next, so small batches waste no memory.
class MessageBatchBuilder
{
public:
    static constexpr quint32 kFirstChunkSize = 64u << 10;
    static constexpr quint32 kChunkSize = 4u << 20;

    // headersBlob is in HeaderBlob's format.
    void add(int partition, qint64 offset, qint64 timestampMs, TimestampType timestampType,
             std::optional<QByteArrayView> key, std::optional<QByteArrayView> value,
             QByteArrayView headersBlob);
    qsizetype pendingCount() const { return m_batch.records.size(); }
    qint64 pendingBytes() const { return m_batch.payloadBytes; }
    // The messages added since the last take().
    MessageBatch take();

private:
    ByteChunk *chunkWithRoom(quint32 size);

    MessageBatch m_batch;
    ByteChunkPtr m_current;
    quint32 m_nextChunk = 0; // sequence number of the next new chunk
};

} // namespace Qafka
