#pragma once

#include "schemas/avrotype.h"
#include "schemas/schematypes.h"

#include <QString>

#include <deque>
#include <memory>
#include <string>
#include <vector>

namespace Qafka {

class JsonNode;

// An Avro schema with the schemas it references, parsed into AvroTypes, and the same schema as
// one JSON text for Avro C. Avro C 1.11.1 resolves a name only inside one JSON text, knows no
// logical types or defaults and is picky about namespaces, so Qafka parses the schemas itself
// and hands Avro C a combined text: every named type defined where it is first used and
// referred to by name after that, under made-up names (qafka.n0, fields f0…, symbols s0…) that
// no namespace rule can trip over. Immutable once parsed.
class AvroSchema
{
public:
    // Null with *error in words when a schema is not valid Avro or a name is not defined.
    static std::unique_ptr<const AvroSchema> parse(const ResolvedSchema &schema, QString *error);

    ~AvroSchema();
    AvroSchema(const AvroSchema &) = delete;
    AvroSchema &operator=(const AvroSchema &) = delete;

    const AvroType &root() const { return *m_root; }

    // The combined schema for avro_schema_from_json_length(): the same shape as root(), with
    // a fixed of size 0 written as an empty record (Avro C cannot read a fixed of size 0).
    std::string avroCJson() const;

private:
    friend class AvroSchemaParser;
    AvroSchema();

    std::vector<std::unique_ptr<JsonNode>> m_documents; // the parsed texts: field defaults
    std::deque<AvroType> m_types;                       // stable addresses
    const AvroType *m_root = nullptr;
};

} // namespace Qafka
