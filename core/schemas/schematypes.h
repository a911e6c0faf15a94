#pragma once

// Value types for schema-encoded payloads: what a registry says about a schema, and what a codec
// makes of a payload. No I/O and no threads here.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace Qafka {

enum class SchemaFormat { Avro, Protobuf, Json };

// "AVRO", "PROTOBUF", "JSON" as the registry's schemaType spells them; Avro when absent.
SchemaFormat schemaFormatFromRegistryName(const QString &name, bool *known = nullptr);
QString registryNameOf(SchemaFormat format);
// "Avro", "Protobuf", "JSON Schema": as a person names the format.
QString displayNameOf(SchemaFormat format);

// How a payload names its schema: by registry id (magic byte 0) or by GUID (magic byte 1).
struct SchemaKey
{
    qint32 id = -1;
    QUuid guid; // null for id keys

    static SchemaKey forId(qint32 id) { return {id, {}}; }
    static SchemaKey forGuid(const QUuid &guid) { return {-1, guid}; }
    bool isGuid() const { return !guid.isNull(); }
    QString toString() const; // "id 7" or "GUID …"
    bool operator==(const SchemaKey &) const = default;
};

inline size_t qHash(const SchemaKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.id, key.guid);
}

// A reference of a schema to another, as the registry lists it: name is what the referring
// schema uses (a .proto import path, an Avro full name, a JSON Schema $ref URL).
struct SchemaReference
{
    QString name;
    QString subject;
    int version = -1;
};

// One schema as the registry serves it, or as a local file gives it (id -1).
struct RegistrySchema
{
    int id = -1;
    SchemaFormat format = SchemaFormat::Avro;
    QString text; // Avro JSON, .proto text or a base64 FileDescriptorProto, JSON Schema
    QList<SchemaReference> references;
    QString subject; // empty when unknown
    int version = -1;
};

// A schema with every schema it references, directly or not, keyed by reference name. The
// codecs need nothing else to read or write payloads.
struct ResolvedSchema
{
    RegistrySchema schema;
    QList<std::pair<QString, RegistrySchema>> dependencies; // (reference name, schema)
};

// What a codec made of a payload: compact JSON text on success, a reason in words otherwise.
// problems lists what a valid payload still gets wrong (JSON Schema validation).
struct DecodedPayload
{
    bool ok = false;
    QByteArray json;
    QString error;
    QStringList problems;
    QString messageType; // Protobuf: the full name of the message read
};

// What a codec made of JSON: the bytes that follow the 5-byte header (for Protobuf, starting
// with the message indexes), or a reason naming the field that is wrong.
struct EncodedPayload
{
    bool ok = false;
    QByteArray bytes;
    QString error;
};

} // namespace Qafka

Q_DECLARE_METATYPE(Qafka::RegistrySchema)
