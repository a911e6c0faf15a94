#pragma once

#include "schemas/schemacodec.h"

#include <memory>

namespace Qafka {

// Writes JSON as a registry-framed payload: the 5-byte header with the schema id, then what the
// codec makes of the JSON (for Protobuf, the message indexes and the message). Immutable and
// thread-safe: the producer's generator runs it on the worker thread.
class SchemaEncoder
{
public:
    SchemaEncoder(std::shared_ptr<const SchemaCodec> codec, qint32 schemaId,
                  QString messageType = {});

    EncodedPayload encode(QByteArrayView json) const;
    qint32 schemaId() const { return m_schemaId; }
    SchemaFormat format() const { return m_codec->format(); }

private:
    std::shared_ptr<const SchemaCodec> m_codec;
    qint32 m_schemaId;
    QString m_messageType;
};

} // namespace Qafka
