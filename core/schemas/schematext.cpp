#include "schemas/schematext.h"

#include "schemas/protobufschemaparser.h"

#include <google/protobuf/descriptor.h>
#include <google/protobuf/descriptor.pb.h>
#include <nlohmann/json.hpp>

namespace Qafka {

namespace {

QString prettyJson(const QString &text)
{
    try {
        const auto json = nlohmann::ordered_json::parse(text.toStdString());
        return QString::fromStdString(json.dump(2));
    } catch (const nlohmann::json::exception &) {
        return text;
    }
}

bool looksLikeProtoText(const QString &text)
{
    // A base64 descriptor has no spaces, braces or semicolons; .proto text always has some.
    return text.contains(u' ') || text.contains(u'{') || text.contains(u';');
}

QString protoFromDescriptor(const RegistrySchema &schema)
{
    ResolvedSchema resolved;
    resolved.schema = schema;
    ProtobufSchemaParser parser(resolved);
    const google::protobuf::FileDescriptor *file = nullptr;
    QString error;
    const auto pool = parser.build(&file, &error);
    if (!pool || !file)
        return schema.text;
    return QString::fromStdString(file->DebugString());
}

} // namespace

QString SchemaText::pretty(const RegistrySchema &schema)
{
    switch (schema.format) {
    case SchemaFormat::Avro:
    case SchemaFormat::Json:
        return prettyJson(schema.text);
    case SchemaFormat::Protobuf:
        return looksLikeProtoText(schema.text) ? schema.text : protoFromDescriptor(schema);
    }
    return schema.text;
}

} // namespace Qafka
