#pragma once

#include "messages/storedmessage.h"

#include <QList>
#include <QMetaType>

#include <memory>

namespace Qafka {

// A fixed buffer of message bytes. Its writer only appends past what it has handed out, and
// readers only read ranges named by records they were given, so one chunk can be filled on the
// consumer thread while the GUI thread reads its first part.
class ByteChunk
{
public:
    explicit ByteChunk(quint32 capacity)
        : m_data(new char[capacity])
        , m_capacity(capacity)
    {}
    quint32 capacity() const { return m_capacity; }
    quint32 used() const { return m_used; }
    quint32 room() const { return m_capacity - m_used; }
    const char *data() const { return m_data.get(); }
    // The position the bytes were written at; the caller checks room() first.
    quint32 append(const void *bytes, quint32 size);

private:
    std::unique_ptr<char[]> m_data;
    quint32 m_capacity;
    quint32 m_used = 0;
};

using ByteChunkPtr = std::shared_ptr<ByteChunk>;

// Messages read since the last batch, as records plus the chunks they point into. A record's
// chunk field is a sequence number that is unique for one load; chunks lists every chunk the
// records use, with firstChunk the sequence number of chunks.first().
struct MessageBatch
{
    QList<MessageRecord> records;
    QList<ByteChunkPtr> chunks;
    quint32 firstChunk = 0;
    qint64 payloadBytes = 0;
};

// Moves batch's first count records into a batch of their own (the chunks are shared by both;
// a store adds each chunk once).
MessageBatch takeFront(MessageBatch &batch, qsizetype count);

} // namespace Qafka

Q_DECLARE_METATYPE(Qafka::MessageBatch)
