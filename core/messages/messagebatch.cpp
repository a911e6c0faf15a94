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

} // namespace Qafka
