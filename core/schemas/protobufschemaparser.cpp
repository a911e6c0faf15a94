#include "schemas/protobufschemaparser.h"

#include "schemas/protobuferrorcollector.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <google/protobuf/compiler/parser.h>
#include <google/protobuf/descriptor.h>
#include <google/protobuf/descriptor.pb.h>
#include <google/protobuf/io/tokenizer.h>
#include <google/protobuf/io/zero_copy_stream_impl_lite.h>
#include <google/protobuf/stubs/logging.h>
#include <optional>

namespace Qafka {

namespace protobuf = google::protobuf;

namespace {

bool isBase64Character(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') ||
           u == u'+' || u == u'/' || u == u'=';
}

// The FileDescriptorProto that text encodes in base64, if it does. *looksBase64: whether text
// is made of base64 characters only (which .proto text never is).
std::optional<protobuf::FileDescriptorProto> descriptorFromBase64(const QString &text,
                                                                  bool *looksBase64)
{
    *looksBase64 = false;
    QByteArray ascii;
    ascii.reserve(text.size());
    for (const QChar c : text) {
        if (c.isSpace())
            continue;
        if (!isBase64Character(c))
            return std::nullopt;
        ascii += char(c.unicode());
    }
    if (ascii.isEmpty())
        return std::nullopt;
    *looksBase64 = true;
    const auto decoded =
        QByteArray::fromBase64Encoding(ascii, QByteArray::AbortOnBase64DecodingErrors);
    protobuf::FileDescriptorProto descriptor;
    if (!decoded ||
        !descriptor.ParseFromArray(decoded.decoded.constData(), int(decoded.decoded.size())))
        return std::nullopt;
    return descriptor;
}

std::string mainFileName(const RegistrySchema &schema)
{
    bool looksBase64 = false;
    const auto descriptor = descriptorFromBase64(schema.text, &looksBase64);
    if (descriptor && !descriptor->name().empty())
        return descriptor->name();
    if (!schema.subject.isEmpty())
        return QString(schema.subject + u".proto").toStdString();
    return "schema.proto";
}

} // namespace

// One file on its way into the pool. The parser's source locations point into proto, so
// neither moves once parsed.
struct ProtobufSchemaParser::LoadedFile
{
    protobuf::FileDescriptorProto proto;
    protobuf::compiler::SourceLocationTable locations;
};

ProtobufSchemaParser::ProtobufSchemaParser(const ResolvedSchema &schema)
    : m_fileName(mainFileName(schema.schema))
{
    for (const auto &[name, dependency] : schema.dependencies)
        m_sources[name.toStdString()] = dependency.text;
    m_sources[m_fileName] = schema.schema.text;
}

ProtobufSchemaParser::~ProtobufSchemaParser() = default;

std::unique_ptr<protobuf::DescriptorPool>
ProtobufSchemaParser::build(const protobuf::FileDescriptor **file, QString *error)
{
    m_pool = std::make_unique<protobuf::DescriptorPool>();
    m_importChain.clear();
    m_error.clear();
    if (!buildFile(m_fileName)) {
        *error = m_error;
        return nullptr;
    }
    *file = m_pool->FindFileByName(m_fileName);
    return std::move(m_pool);
}

bool ProtobufSchemaParser::buildFile(const std::string &name)
{
    if (m_pool->FindFileByName(name))
        return true;
    if (std::find(m_importChain.begin(), m_importChain.end(), name) != m_importChain.end()) {
        QStringList chain;
        for (const std::string &link : m_importChain)
            chain.append(QString::fromStdString(link));
        chain.append(QString::fromStdString(name));
        return fail(
            QCoreApplication::translate("ProtobufCodec", "the imports go round in a circle: %1")
                .arg(chain.join(u" → ")));
    }
    const std::unique_ptr<LoadedFile> file = load(name);
    if (!file)
        return false;
    m_importChain.push_back(name);
    const bool imported = buildImports(*file);
    m_importChain.pop_back();
    if (!imported)
        return false;
    ProtobufErrorCollector errors(name, &file->locations);
    if (m_pool->BuildFileCollectingErrors(file->proto, &errors))
        return true;
    return fail(errors.hasError()
                    ? errors.error()
                    : QCoreApplication::translate("ProtobufCodec", "“%1” cannot be built")
                          .arg(QString::fromStdString(name)));
}

bool ProtobufSchemaParser::buildImports(const LoadedFile &file)
{
    for (const std::string &import : file.proto.dependency()) {
        if (!m_sources.count(import) &&
            !protobuf::DescriptorPool::generated_pool()->FindFileByName(import))
            return fail(missingImport(file, import));
        if (!buildFile(import))
            return false;
    }
    return true;
}

QString ProtobufSchemaParser::missingImport(const LoadedFile &file, const std::string &import) const
{
    const QString importName = QString::fromStdString(import);
    const QString fileName = QString::fromStdString(file.proto.name());
    int line = 0;
    int column = 0;
    QString error =
        file.locations.FindImport(&file.proto, import, &line, &column)
            ? QCoreApplication::translate("ProtobufCodec",
                                          "the import of “%1” at %2:%3:%4 is neither one of the "
                                          "schema's references nor a well-known type")
                  .arg(importName, fileName)
                  .arg(line + 1)
                  .arg(column + 1)
            : QCoreApplication::translate("ProtobufCodec",
                                          "“%2” imports “%1”, which is neither one of the schema's "
                                          "references nor a well-known type")
                  .arg(importName, fileName);
    QStringList references;
    for (const auto &[name, text] : m_sources) {
        if (name != m_fileName)
            references.append(QString::fromStdString(name));
    }
    if (!references.isEmpty())
        error += QCoreApplication::translate("ProtobufCodec", " (the references: %1)")
                     .arg(references.join(u", "));
    return error;
}

std::unique_ptr<ProtobufSchemaParser::LoadedFile>
ProtobufSchemaParser::load(const std::string &name)
{
    const auto source = m_sources.find(name);
    if (source == m_sources.end()) {
        auto file = std::make_unique<LoadedFile>();
        protobuf::DescriptorPool::generated_pool()->FindFileByName(name)->CopyTo(&file->proto);
        return file;
    }
    bool looksBase64 = false;
    auto descriptor = descriptorFromBase64(source->second, &looksBase64);
    if (descriptor) {
        auto file = std::make_unique<LoadedFile>();
        file->proto = std::move(*descriptor);
        file->proto.set_name(name);
        return file;
    }
    if (looksBase64) {
        fail(QCoreApplication::translate("ProtobufCodec",
                                         "“%1” is base64 but no FileDescriptorProto")
                 .arg(QString::fromStdString(name)));
        return nullptr;
    }
    return parseText(name, source->second);
}

std::unique_ptr<ProtobufSchemaParser::LoadedFile>
ProtobufSchemaParser::parseText(const std::string &name, const QString &text)
{
    auto file = std::make_unique<LoadedFile>();
    // A byte-order mark, as some editors write, is no token of the .proto language.
    const std::string utf8 = (text.startsWith(QChar(0xfeff)) ? text.mid(1) : text).toStdString();
    protobuf::io::ArrayInputStream input(utf8.data(), int(utf8.size()));
    ProtobufErrorCollector errors(name);
    protobuf::io::Tokenizer tokenizer(&input, &errors);
    protobuf::compiler::Parser parser;
    // Its warnings (a file without a syntax line) would go to stderr, where no one reads them.
    const protobuf::LogSilencer quiet;
    parser.RecordErrorsTo(&errors);
    parser.RecordSourceLocationsTo(&file->locations);
    const bool parsed = parser.Parse(&tokenizer, &file->proto);
    if (!parsed || errors.hasError()) {
        fail(errors.hasError() ? errors.error()
                               : QCoreApplication::translate("ProtobufCodec", "“%1” does not parse")
                                     .arg(QString::fromStdString(name)));
        return nullptr;
    }
    file->proto.set_name(name);
    return file;
}

bool ProtobufSchemaParser::fail(const QString &error)
{
    m_error = error;
    return false;
}

} // namespace Qafka
