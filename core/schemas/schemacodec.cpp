#include "schemas/schemacodec.h"

#include "schemas/avrocodec.h"
#include "schemas/jsonschemacodec.h"
#include "schemas/protobufcodec.h"

namespace Qafka {

std::shared_ptr<const SchemaCodec> SchemaCodec::create(const ResolvedSchema &schema, QString *error)
{
    switch (schema.schema.format) {
    case SchemaFormat::Json:
        return JsonSchemaCodec::create(schema, error);
    case SchemaFormat::Protobuf:
        return ProtobufCodec::create(schema, error);
    case SchemaFormat::Avro:
        return AvroCodec::create(schema, error);
    }
    return nullptr;
}

} // namespace Qafka
