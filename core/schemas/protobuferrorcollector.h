#pragma once

#include <QString>

#include <google/protobuf/descriptor.h>
#include <google/protobuf/io/tokenizer.h>
#include <string>

namespace google::protobuf::compiler {
class SourceLocationTable;
}

namespace Qafka {

// Keeps the first error that protobuf's tokenizer, .proto parser or DescriptorPool reports about
// one file, as words with the place it points at: "expected ";" at orders.proto:12:5". Pool errors
// find their line and column in the parser's source locations when the file was .proto text;
// a file read from a FileDescriptorProto has none, and its errors name the element instead.
class ProtobufErrorCollector : public google::protobuf::io::ErrorCollector,
                               public google::protobuf::DescriptorPool::ErrorCollector
{
public:
    explicit ProtobufErrorCollector(
        std::string fileName,
        const google::protobuf::compiler::SourceLocationTable *locations = {});

    bool hasError() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }

    // The tokenizer's and the parser's errors: zero-based line and column.
    void AddError(int line, int column, const std::string &message) override;

    // The pool's errors, while it builds the file.
    void AddError(const std::string &filename, const std::string &elementName,
                  const google::protobuf::Message *descriptor, ErrorLocation location,
                  const std::string &message) override;

private:
    std::string m_fileName;
    const google::protobuf::compiler::SourceLocationTable *m_locations = nullptr;
    QString m_error;
};

} // namespace Qafka
