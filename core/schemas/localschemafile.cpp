#include "schemas/localschemafile.h"

#include "schemas/protobufcodec.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace Qafka {

namespace {

// Deeper import chains than this are a loop the parser would name better.
constexpr int maxImportDepth = 32;

bool readText(const QString &path, QString *text, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("LocalSchemaFile", "%1 cannot be read: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    *text = QString::fromUtf8(file.readAll());
    return true;
}

} // namespace

std::optional<SchemaFormat> LocalSchemaFile::formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"avsc")
        return SchemaFormat::Avro;
    if (suffix == u"proto")
        return SchemaFormat::Protobuf;
    if (suffix == u"json")
        return SchemaFormat::Json;
    return std::nullopt;
}

bool LocalSchemaFile::readImports(const QString &directory, const QString &text,
                                  ResolvedSchema *schema, QString *error, int depth)
{
    // \x22 is a double quote: a raw string holding )" would end early (and lizard misreads it).
    static const QRegularExpression importRe(
        QStringLiteral(R"(^\s*import\s+(?:public\s+|weak\s+)?\x22([^\x22]+)\x22\s*;)"),
        QRegularExpression::MultilineOption);
    auto it = importRe.globalMatch(text);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        const bool known = std::any_of(schema->dependencies.cbegin(), schema->dependencies.cend(),
                                       [&](const auto &entry) { return entry.first == name; });
        const QString path = QDir(directory).filePath(name);
        // Google's own files come with the codec; anything else must be next to the schema.
        if (known || (name.startsWith(u"google/protobuf/") && !QFile::exists(path)))
            continue;
        RegistrySchema dependency;
        dependency.format = SchemaFormat::Protobuf;
        if (depth > maxImportDepth || !readText(path, &dependency.text, error))
            return false;
        schema->dependencies.append({name, dependency});
        if (!readImports(directory, dependency.text, schema, error, depth + 1))
            return false;
    }
    return true;
}

std::shared_ptr<const SchemaCodec> LocalSchemaFile::load(const QString &path, QString *error)
{
    const auto format = formatOf(path);
    if (!format) {
        *error = QCoreApplication::translate(
                     "LocalSchemaFile",
                     "%1 is not a schema file Qafka knows: choose an .avsc, .proto or .json file.")
                     .arg(QDir::toNativeSeparators(path));
        return nullptr;
    }
    ResolvedSchema schema;
    schema.schema.format = *format;
    schema.schema.subject = QFileInfo(path).completeBaseName();
    if (!readText(path, &schema.schema.text, error))
        return nullptr;
    if (*format == SchemaFormat::Protobuf &&
        !readImports(QFileInfo(path).absolutePath(), schema.schema.text, &schema, error, 0))
        return nullptr;
    QString reason;
    auto codec = SchemaCodec::create(schema, &reason);
    if (!codec)
        *error = QCoreApplication::translate("LocalSchemaFile", "%1: %2")
                     .arg(QDir::toNativeSeparators(path), reason);
    return codec;
}

QStringList LocalSchemaFile::messageTypes(const std::shared_ptr<const SchemaCodec> &codec)
{
    if (!codec || codec->format() != SchemaFormat::Protobuf)
        return {};
    return static_cast<const ProtobufCodec *>(codec.get())->messageTypes();
}

} // namespace Qafka
