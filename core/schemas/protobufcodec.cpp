#include "schemas/protobufcodec.h"

#include "schemas/protobuferrortext.h"
#include "schemas/protobufschemaparser.h"
#include "schemas/wireformat.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

#include <climits>
#include <google/protobuf/descriptor.h>
#include <google/protobuf/descriptor.pb.h>
#include <google/protobuf/dynamic_message.h>
#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/io/zero_copy_stream_impl_lite.h>
#include <google/protobuf/stubs/logging.h>
#include <google/protobuf/unknown_field_set.h>
#include <google/protobuf/util/json_util.h>
#include <google/protobuf/util/type_resolver.h>
#include <google/protobuf/util/type_resolver_util.h>

namespace Qafka {

namespace protobuf = google::protobuf;

namespace {

// What the JSON mapping calls Any's type URLs; the pool's types are resolved under it.
constexpr char typeUrlPrefix[] = "type.googleapis.com";

QString fullNameOf(const protobuf::Descriptor *type)
{
    return QString::fromStdString(type->full_name());
}

// "[0, 2]"
QString pathText(const QList<int> &path)
{
    QStringList indexes;
    for (int index : path)
        indexes.append(QString::number(index));
    return u'[' + indexes.join(u", ") + u']';
}

// type and the messages nested in it, depth first; map fields' entries left out.
void appendMessageTypes(const protobuf::Descriptor *type, QStringList *types)
{
    if (type->options().map_entry())
        return;
    types->append(fullNameOf(type));
    for (int i = 0; i < type->nested_type_count(); ++i)
        appendMessageTypes(type->nested_type(i), types);
}

QList<int> indexPath(const protobuf::Descriptor *type)
{
    QList<int> path;
    for (; type; type = type->containing_type())
        path.prepend(type->index());
    return path;
}

DecodedPayload decodeError(const QString &error, const QString &messageType = {})
{
    DecodedPayload decoded;
    decoded.error = error;
    decoded.messageType = messageType;
    return decoded;
}

EncodedPayload encodeError(const QString &error)
{
    EncodedPayload encoded;
    encoded.error = error;
    return encoded;
}

// Why json cannot be a message of type, or an empty string when it can be one. Qt's parser
// checks the syntax first: protobuf 3.21's lets trailing commas through and its messages quote
// the input instead of counting where the fault is.
QString notAMessage(QByteArrayView json, const protobuf::Descriptor *type)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError)
        return QCoreApplication::translate("ProtobufCodec",
                                           "the text is not JSON: %1 at position %2")
            .arg(error.errorString())
            .arg(error.offset + 1);
    if (!document.isObject())
        return QCoreApplication::translate("ProtobufCodec",
                                           "the JSON is not an object, as a %1 message must be")
            .arg(fullNameOf(type));
    return {};
}

// The numbers of the message's fields that the schema does not name, as a problem to show:
// a payload of another schema often reads as one whose fields are all unknown. (Only the
// message's own fields: those of the messages in it go unmentioned.)
QStringList unknownFieldProblems(const protobuf::Message &message)
{
    const protobuf::UnknownFieldSet &unknown = message.GetReflection()->GetUnknownFields(message);
    if (unknown.empty())
        return {};
    QStringList numbers;
    for (int i = 0; i < unknown.field_count(); ++i) {
        const QString number = QString::number(unknown.field(i).number());
        if (!numbers.contains(number))
            numbers.append(number);
    }
    return {QCoreApplication::translate("ProtobufCodec",
                                        "the payload has fields the schema does not name: %1")
                .arg(numbers.join(u", "))};
}

// message as bytes, map entries in key order so that equal messages give equal bytes.
QByteArray serialized(const protobuf::Message &message)
{
    std::string bytes;
    {
        protobuf::io::StringOutputStream stream(&bytes);
        protobuf::io::CodedOutputStream coded(&stream);
        coded.SetSerializationDeterministic(true);
        message.SerializePartialToCodedStream(&coded);
    }
    return QByteArray::fromStdString(bytes);
}

} // namespace

ProtobufCodec::ProtobufCodec(std::unique_ptr<protobuf::DescriptorPool> pool,
                             const protobuf::FileDescriptor *file)
    : m_pool(std::move(pool))
    , m_factory(std::make_unique<protobuf::DynamicMessageFactory>(m_pool.get()))
    , m_file(file)
{}

ProtobufCodec::~ProtobufCodec() = default;

std::shared_ptr<const ProtobufCodec> ProtobufCodec::create(const ResolvedSchema &schema,
                                                           QString *error)
{
    ProtobufSchemaParser parser(schema);
    const protobuf::FileDescriptor *file = nullptr;
    std::unique_ptr<protobuf::DescriptorPool> pool = parser.build(&file, error);
    if (!pool)
        return nullptr;
    if (file->message_type_count() == 0) {
        *error = QCoreApplication::translate("ProtobufCodec", "“%1” defines no message")
                     .arg(QString::fromStdString(file->name()));
        return nullptr;
    }
    return std::shared_ptr<const ProtobufCodec>(new ProtobufCodec(std::move(pool), file));
}

DecodedPayload ProtobufCodec::decode(QByteArrayView payload) const
{
    qsizetype at = 0;
    const auto path = WireFormat::readMessageIndexes(payload, &at);
    if (!path)
        return decodeError(QCoreApplication::translate(
            "ProtobufCodec",
            "the payload does not start with a message-index path: it ends too early or its "
            "count is out of range"));
    QString error;
    const protobuf::Descriptor *type = messageAt(*path, &error);
    if (!type)
        return decodeError(error);
    return decodeAs(type, payload.sliced(at));
}

EncodedPayload ProtobufCodec::encode(QByteArrayView json, const QString &messageType) const
{
    QString error;
    const protobuf::Descriptor *type = messageNamed(messageType, &error);
    if (!type)
        return encodeError(error);
    if (type->file() != m_file)
        return encodeError(
            QCoreApplication::translate("ProtobufCodec",
                                        "%1 is declared in %2, not in the schema's own "
                                        "file, so no message-index path names it")
                .arg(fullNameOf(type), QString::fromStdString(type->file()->name())));
    EncodedPayload encoded = encodeAs(type, json);
    if (encoded.ok)
        encoded.bytes.prepend(WireFormat::messageIndexes(indexPath(type)));
    return encoded;
}

DecodedPayload ProtobufCodec::decodeMessage(QByteArrayView bytes, const QString &messageType) const
{
    QString error;
    const protobuf::Descriptor *type = messageNamed(messageType, &error);
    if (!type)
        return decodeError(error);
    return decodeAs(type, bytes);
}

EncodedPayload ProtobufCodec::encodeMessage(QByteArrayView json, const QString &messageType) const
{
    QString error;
    const protobuf::Descriptor *type = messageNamed(messageType, &error);
    if (!type)
        return encodeError(error);
    return encodeAs(type, json);
}

QStringList ProtobufCodec::messageTypes() const
{
    QStringList types;
    for (int i = 0; i < m_file->message_type_count(); ++i)
        appendMessageTypes(m_file->message_type(i), &types);
    return types;
}

QList<int> ProtobufCodec::indexPathOf(const QString &messageType) const
{
    QString error;
    const protobuf::Descriptor *type = messageNamed(messageType, &error);
    if (!type || type->file() != m_file)
        return {};
    return indexPath(type);
}

const protobuf::Descriptor *ProtobufCodec::messageNamed(const QString &messageType,
                                                        QString *error) const
{
    if (messageType.isEmpty())
        return m_file->message_type(0);
    const QString name = messageType.startsWith(u'.') ? messageType.mid(1) : messageType;
    if (const protobuf::Descriptor *type = m_pool->FindMessageTypeByName(name.toStdString()))
        return type;
    *error = QCoreApplication::translate("ProtobufCodec", "the schema has no message named “%1”")
                 .arg(messageType);
    return nullptr;
}

const protobuf::Descriptor *ProtobufCodec::messageAt(const QList<int> &path, QString *error) const
{
    const protobuf::Descriptor *type = nullptr;
    for (const int index : path) {
        const int count = type ? type->nested_type_count() : m_file->message_type_count();
        if (index < 0 || index >= count) {
            *error =
                type ? QCoreApplication::translate("ProtobufCodec",
                                                   "the message-index path %1 names no message: "
                                                   "%2 has %n nested message(s)",
                                                   nullptr, count)
                           .arg(pathText(path), fullNameOf(type))
                     : QCoreApplication::translate("ProtobufCodec",
                                                   "the message-index path %1 names no message: "
                                                   "the schema has %n top-level message(s)",
                                                   nullptr, count)
                           .arg(pathText(path));
            return nullptr;
        }
        type = type ? type->nested_type(index) : m_file->message_type(index);
    }
    return type ? type : m_file->message_type(0);
}

DecodedPayload ProtobufCodec::decodeAs(const protobuf::Descriptor *type, QByteArrayView bytes) const
{
    const QString name = fullNameOf(type);
    std::unique_ptr<protobuf::Message> message(m_factory->GetPrototype(type)->New());
    // Protobuf logs to stderr where a string is not UTF-8; the error below says it instead.
    const protobuf::LogSilencer quiet;
    if (bytes.size() > INT_MAX || !message->ParsePartialFromArray(bytes.data(), int(bytes.size())))
        return decodeError(
            QCoreApplication::translate("ProtobufCodec", "the payload is not a valid %1 message")
                .arg(name),
            name);
    if (!message->IsInitialized())
        return decodeError(
            QCoreApplication::translate(
                "ProtobufCodec", "the payload is a %1 message that lacks required fields: %2")
                .arg(name, QString::fromStdString(message->InitializationErrorString())),
            name);
    protobuf::util::JsonPrintOptions options;
    options.always_print_primitive_fields = true;
    options.preserve_proto_field_names = true;
    std::string json;
    const protobuf::util::Status status =
        protobuf::util::MessageToJsonString(*message, &json, options);
    if (!status.ok())
        return decodeError(
            QCoreApplication::translate("ProtobufCodec",
                                        "the %1 message cannot be written as JSON: %2")
                .arg(name, ProtobufErrorText::inWords(std::string(status.message()))),
            name);
    DecodedPayload decoded;
    decoded.ok = true;
    decoded.json = QByteArray::fromStdString(json);
    decoded.messageType = name;
    decoded.problems = unknownFieldProblems(*message);
    return decoded;
}

EncodedPayload ProtobufCodec::encodeAs(const protobuf::Descriptor *type, QByteArrayView json) const
{
    if (const QString error = notAMessage(json, type); !error.isEmpty())
        return encodeError(error);
    const std::unique_ptr<protobuf::util::TypeResolver> resolver(
        protobuf::util::NewTypeResolverForDescriptorPool(typeUrlPrefix, m_pool.get()));
    protobuf::util::JsonParseOptions options;
    options.ignore_unknown_fields = false;
    std::string binary;
    const protobuf::util::Status status = protobuf::util::JsonToBinaryString(
        resolver.get(), std::string(typeUrlPrefix) + '/' + type->full_name(),
        protobuf::StringPiece(json.data(), size_t(json.size())), &binary, options);
    if (!status.ok())
        return encodeError(
            ProtobufErrorText::jsonError(std::string(status.message()), fullNameOf(type)));
    std::unique_ptr<protobuf::Message> message(m_factory->GetPrototype(type)->New());
    if (!message->ParsePartialFromString(binary))
        return encodeError(QCoreApplication::translate("ProtobufCodec",
                                                       "the JSON does not make a valid %1 message")
                               .arg(fullNameOf(type)));
    if (!message->IsInitialized())
        return encodeError(QCoreApplication::translate(
                               "ProtobufCodec", "the JSON leaves out required fields of %1: %2")
                               .arg(fullNameOf(type),
                                    QString::fromStdString(message->InitializationErrorString())));
    EncodedPayload encoded;
    encoded.ok = true;
    encoded.bytes = serialized(*message);
    return encoded;
}

} // namespace Qafka
