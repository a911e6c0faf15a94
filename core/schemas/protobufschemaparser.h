#pragma once

#include "schemas/schematypes.h"

#include <QString>

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace google::protobuf {
class DescriptorPool;
class FileDescriptor;
} // namespace google::protobuf

namespace Qafka {

// Builds a Protobuf schema and every file it imports into a DescriptorPool of their own.
// Each file is .proto text (parsed here, with line and column for each error) or a
// base64-encoded FileDescriptorProto; an import that no dependency provides comes from the
// descriptors compiled into libprotobuf (the well-known types: google/protobuf/timestamp.proto
// and the others) when it is one of them.
class ProtobufSchemaParser
{
public:
    explicit ProtobufSchemaParser(const ResolvedSchema &schema);
    ~ProtobufSchemaParser();

    // The pool holding the schema's file, which *file is set to, and its imports; null with
    // *error in words when a file does not parse, an import is missing or the files disagree.
    std::unique_ptr<google::protobuf::DescriptorPool>
    build(const google::protobuf::FileDescriptor **file, QString *error);

    // The name the schema's own file goes by: its name inside a FileDescriptorProto, else the
    // subject's name with ".proto" after it, else "schema.proto".
    const std::string &fileName() const { return m_fileName; }

private:
    struct LoadedFile;

    bool buildFile(const std::string &name);
    bool buildImports(const LoadedFile &file);
    QString missingImport(const LoadedFile &file, const std::string &import) const;
    std::unique_ptr<LoadedFile> load(const std::string &name);
    std::unique_ptr<LoadedFile> parseText(const std::string &name, const QString &text);
    bool fail(const QString &error);

    std::string m_fileName;
    std::map<std::string, QString> m_sources; // file name -> .proto text or base64 descriptor
    std::unique_ptr<google::protobuf::DescriptorPool> m_pool;
    std::vector<std::string> m_importChain; // the files being built, each importing the next
    QString m_error;
};

} // namespace Qafka
