#include "schemas/schemacodec.h"

#include "schemas/jsonschemacodec.h"
#include "schemas/protobufcodec.h"

#include <QCoreApplication>

namespace Qafka {

namespace {

class SchemaCodecText
{
    Q_DECLARE_TR_FUNCTIONS(SchemaCodec)
};

} // namespace

std::shared_ptr<const SchemaCodec> SchemaCodec::create(const ResolvedSchema &schema, QString *error)
{
    switch (schema.schema.format) {
    case SchemaFormat::Json:
        return JsonSchemaCodec::create(schema, error);
    case SchemaFormat::Protobuf:
        return ProtobufCodec::create(schema, error);
    case SchemaFormat::Avro:
        break;
    }
    *error = SchemaCodecText::tr("Qafka cannot read %1 schemas yet.")
                 .arg(registryNameOf(schema.schema.format));
    return nullptr;
}

} // namespace Qafka
