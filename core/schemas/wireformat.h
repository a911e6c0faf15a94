#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace Qafka {

// The framing that Confluent's serializers (and Redpanda's, Apicurio's ccompat, Karapace's) put
// before a payload: magic byte 0 and a big-endian 32-bit schema id; or, from confluent-kafka 2.10,
// magic byte 1 and a 16-byte schema GUID.
struct SchemaFraming
{
    enum class Kind { SchemaId, SchemaGuid };
    Kind kind = Kind::SchemaId;
    qint32 schemaId = -1;
    QUuid schemaGuid;
    qsizetype headerSize = 0; // bytes before the payload
};

namespace WireFormat {

inline constexpr qsizetype idHeaderSize = 5;
inline constexpr qsizetype guidHeaderSize = 17;

// The framing of bytes, or nullopt with *reason in words (too short, another magic byte).
std::optional<SchemaFraming> readFraming(QByteArrayView bytes, QString *reason = nullptr);

// The 5-byte header for a schema id.
QByteArray idHeader(qint32 schemaId);

// Protobuf's message-index path after the header: zig-zag varints, a count and then the indexes
// (top-level message, then nested); a count of 0 stands for [0]. Reads from *at and advances it;
// nullopt when the bytes end early or a count is out of range.
std::optional<QList<int>> readMessageIndexes(QByteArrayView bytes, qsizetype *at);
QByteArray messageIndexes(const QList<int> &path); // [0] is written as the single byte 0

// Zig-zag varints as protobuf's sint32.
bool readZigZagVarint(QByteArrayView bytes, qsizetype *at, qint32 *value);
void appendZigZagVarint(QByteArray &out, qint32 value);

} // namespace WireFormat

} // namespace Qafka
