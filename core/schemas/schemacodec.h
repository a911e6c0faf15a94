#pragma once

#include "schemas/schematypes.h"

#include <QByteArrayView>

#include <memory>

namespace Qafka {

// Reads and writes the payloads of one schema. Built once per schema (parsing it is the costly
// part) and then shared: decode() and encode() are const and safe to call from several threads
// at once, so the message browser's filter, export and view threads can use one codec together.
class SchemaCodec
{
public:
    virtual ~SchemaCodec() = default;
    virtual SchemaFormat format() const = 0;

    // payload: the bytes after the 5-byte header (for Protobuf, from the message indexes on).
    virtual DecodedPayload decode(QByteArrayView payload) const = 0;

    // json: one JSON value as a person writes it (the form decode() gives). messageType chooses
    // the Protobuf message by full name (empty: the first one); the other formats ignore it.
    virtual EncodedPayload encode(QByteArrayView json, const QString &messageType = {}) const = 0;

    // A payload with no registry framing at all (a local schema file attached to a topic):
    // the same as decode() and encode() but for Protobuf, whose message-index path is then not
    // on the wire and messageType says which message it is.
    virtual DecodedPayload decodeBare(QByteArrayView bytes, const QString &messageType) const
    {
        Q_UNUSED(messageType);
        return decode(bytes);
    }
    virtual EncodedPayload encodeBare(QByteArrayView json, const QString &messageType) const
    {
        return encode(json, messageType);
    }

    // Builds the codec for a schema and its references; null with *error in words when the
    // schema cannot be parsed.
    static std::shared_ptr<const SchemaCodec> create(const ResolvedSchema &schema, QString *error);
};

} // namespace Qafka
