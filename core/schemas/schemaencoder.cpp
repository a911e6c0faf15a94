#include "schemas/schemaencoder.h"

#include "schemas/wireformat.h"

namespace Qafka {

SchemaEncoder::SchemaEncoder(std::shared_ptr<const SchemaCodec> codec, qint32 schemaId,
                             QString messageType)
    : m_codec(std::move(codec))
    , m_schemaId(schemaId)
    , m_messageType(std::move(messageType))
{}

EncodedPayload SchemaEncoder::encode(QByteArrayView json) const
{
    EncodedPayload encoded = m_codec->encode(json, m_messageType);
    if (encoded.ok)
        encoded.bytes.prepend(WireFormat::idHeader(m_schemaId));
    return encoded;
}

} // namespace Qafka
