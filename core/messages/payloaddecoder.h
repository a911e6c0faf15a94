#pragma once

#include "schemas/schemacatalog.h"
#include "schemas/schemacodec.h"

#include <QByteArrayView>
#include <QString>

#include <memory>
#include <optional>

namespace Qafka {

// A key or value as the browser shows it once schemas are involved.
struct DecodedField
{
    enum class State {
        Plain,   // not schema-encoded (or no registry nor local schema): show the bytes
        Decoded, // json holds the record
        Pending, // the schema is being fetched: show the bytes until it arrives
        Failed   // reason says why: show the bytes and the reason
    };
    State state = State::Plain;
    QByteArray json; // compact
    QString reason;
    QStringList problems; // JSON Schema validation problems of a decoded payload
    SchemaKey schemaKey;  // id -1 for a local schema file
    SchemaFormat format = SchemaFormat::Avro;
    QString messageType; // Protobuf
};

// A schema file the user attached to a topic's key or value (no registry needed): payloads are
// then bare Avro binary, a bare Protobuf message of messageType, or JSON.
struct LocalSchema
{
    std::shared_ptr<const SchemaCodec> codec;
    QString messageType;
    QString fileName;
};

// Turns schema-encoded keys and values into JSON: Confluent-framed payloads (magic 0 + id, magic 1
// + GUID), payloads whose schema is named by a __key_schema_id / __value_schema_id header, and
// payloads of a local schema file. Codecs come from the registry's SchemaCatalog, which fetches
// what it lacks in the background. Immutable and thread-safe: the table's preview job, the filter
// and the export may share one.
class PayloadDecoder
{
public:
    PayloadDecoder(std::shared_ptr<SchemaCatalog> catalog, std::optional<LocalSchema> key = {},
                   std::optional<LocalSchema> value = {});

    bool hasRegistry() const { return bool(m_catalog); }
    // Whether decode() would do more than say Plain (a cheap look at the first bytes).
    bool handles(std::optional<QByteArrayView> bytes, bool isKey, QByteArrayView headers) const;
    // waitUntil: how long a schema still being fetched may be waited for (export threads);
    // the default answers Pending at once.
    DecodedField decode(std::optional<QByteArrayView> bytes, bool isKey, QByteArrayView headers,
                        QDeadlineTimer waitUntil = QDeadlineTimer(0)) const;
    // The registry's schema of a decoded or failed field, for the detail view (empty if unknown).
    RegistrySchema schemaOf(const DecodedField &field) const;

    const std::optional<LocalSchema> &localSchema(bool isKey) const
    {
        return isKey ? m_localKey : m_localValue;
    }

private:
    DecodedField decodeLocal(const LocalSchema &local, QByteArrayView bytes) const;
    DecodedField decodeWith(const SchemaKey &key, QByteArrayView payload,
                            QDeadlineTimer waitUntil) const;
    std::optional<SchemaKey> headerSchemaKey(bool isKey, QByteArrayView headers,
                                             QString *reason) const;

    std::shared_ptr<SchemaCatalog> m_catalog;
    std::optional<LocalSchema> m_localKey;
    std::optional<LocalSchema> m_localValue;
};

} // namespace Qafka
