#pragma once

#include "schemas/schematypes.h"

#include <QString>

namespace Qafka {

// A schema's text as a person reads it: Avro and JSON Schema indented two spaces with the keys in
// the order the author wrote them; Protobuf as .proto text, also when the registry stores it as a
// base64 FileDescriptorProto (as confluent-kafka's serializers register it). Text that does not
// parse is returned as it is.
class SchemaText
{
public:
    static QString pretty(const RegistrySchema &schema);
};

} // namespace Qafka
