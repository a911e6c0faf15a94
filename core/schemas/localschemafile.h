#pragma once

#include "schemas/schemacodec.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace Qafka {

// A schema file kept on the user's disk (many teams have the files but no registry): .avsc for
// Avro, .proto for Protobuf (with the files it imports, looked up next to it; Google's
// well-known types come built in), .json for JSON Schema.
class LocalSchemaFile
{
public:
    static std::optional<SchemaFormat> formatOf(const QString &path);
    // Null with *error in words when a file cannot be read or the schema cannot be built.
    static std::shared_ptr<const SchemaCodec> load(const QString &path, QString *error);
    // The full names of a .proto file's messages, for the message-type choice (empty for other
    // formats or when the file does not build).
    static QStringList messageTypes(const std::shared_ptr<const SchemaCodec> &codec);

private:
    static bool readImports(const QString &directory, const QString &text, ResolvedSchema *schema,
                            QString *error, int depth);
};

} // namespace Qafka
