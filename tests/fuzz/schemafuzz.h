#pragma once

#include "fuzzinput.h"
#include "schemas/schemacodec.h"

// One input for a schema codec, in three parts: the schema text (as a registry would serve it),
// a payload to decode (after the Confluent framing), a JSON record to encode. Whatever the codec
// encodes it must decode again.
inline int fuzzSchemaCodec(Qafka::SchemaFormat format, const uint8_t *data, size_t size)
{
    const QList<QByteArray> parts = fuzzParts(data, size, 3);
    Qafka::ResolvedSchema resolved;
    resolved.schema.id = 1;
    resolved.schema.format = format;
    resolved.schema.text = QString::fromUtf8(parts.at(0));
    QString error;
    const std::shared_ptr<const Qafka::SchemaCodec> codec =
        Qafka::SchemaCodec::create(resolved, &error);
    if (!codec) {
        FUZZ_CHECK(!error.isEmpty());
        return 0;
    }
    const Qafka::DecodedPayload decoded = codec->decode(parts.at(1));
    FUZZ_CHECK(decoded.ok || !decoded.error.isEmpty());
    const Qafka::EncodedPayload encoded = codec->encode(parts.at(2));
    if (encoded.ok) {
        const Qafka::DecodedPayload again = codec->decode(encoded.bytes);
        if (!again.ok)
            fprintf(stderr, "encoded, then not decoded: %s\n", qPrintable(again.error));
        FUZZ_CHECK(again.ok);
    }
    return 0;
}
