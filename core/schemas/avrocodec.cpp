#include "schemas/avrocodec.h"

#include "schemas/avrobinarycheck.h"
#include "schemas/avrojsonreader.h"
#include "schemas/avrojsonwriter.h"
#include "schemas/avroschema.h"
#include "schemas/jsonnode.h"

#include <QCoreApplication>

#include <avro.h>

namespace Qafka {

namespace {

// Avro C's last error. Debian builds Avro C without THREADSAFE, so this is one buffer for the
// whole process; the codec only gets here when something unexpected failed, as it checks
// payloads and JSON itself before Avro C sees them.
QString avroError()
{
    return QString::fromUtf8(avro_strerror());
}

// A generic value of the codec's class, made for one call and freed at its end.
class GenericValue
{
public:
    explicit GenericValue(avro_value_iface_t *valueClass)
        : m_made(avro_generic_value_new(valueClass, &m_value) == 0)
    {}
    ~GenericValue()
    {
        if (m_made)
            avro_value_decref(&m_value);
    }
    GenericValue(const GenericValue &) = delete;
    GenericValue &operator=(const GenericValue &) = delete;

    bool made() const { return m_made; }
    avro_value_t *get() { return &m_value; }

private:
    avro_value_t m_value{};
    bool m_made = false;
};

struct ReaderFree
{
    void operator()(avro_reader_t reader) const { avro_reader_free(reader); }
};
struct WriterFree
{
    void operator()(avro_writer_t writer) const { avro_writer_free(writer); }
};
using Reader = std::unique_ptr<std::remove_pointer_t<avro_reader_t>, ReaderFree>;
using Writer = std::unique_ptr<std::remove_pointer_t<avro_writer_t>, WriterFree>;

} // namespace

AvroCodec::AvroCodec(std::unique_ptr<const AvroSchema> schema, avro_obj_t *avroSchema,
                     avro_value_iface *valueClass)
    : m_schema(std::move(schema))
    , m_avroSchema(avroSchema)
    , m_valueClass(valueClass)
{}

AvroCodec::~AvroCodec()
{
    avro_value_iface_decref(m_valueClass);
    avro_schema_decref(m_avroSchema);
}

std::shared_ptr<const AvroCodec> AvroCodec::create(const ResolvedSchema &schema, QString *error)
{
    QString problem;
    auto parsed = AvroSchema::parse(schema, &problem);
    avro_schema_t avroSchema = nullptr;
    if (parsed) {
        const std::string json = parsed->avroCJson();
        if (avro_schema_from_json_length(json.data(), json.size(), &avroSchema) != 0) {
            problem = QCoreApplication::translate("AvroCodec", "Avro C cannot read the schema: %1")
                          .arg(avroError());
            avroSchema = nullptr;
        }
    }
    avro_value_iface_t *valueClass =
        avroSchema ? avro_generic_class_from_schema(avroSchema) : nullptr;
    if (avroSchema && !valueClass) {
        problem =
            QCoreApplication::translate("AvroCodec", "Avro C cannot make values of the schema: %1")
                .arg(avroError());
        avro_schema_decref(avroSchema);
    }
    if (!valueClass) {
        if (error)
            *error = problem;
        return nullptr;
    }
    return std::shared_ptr<const AvroCodec>(
        new AvroCodec(std::move(parsed), avroSchema, valueClass));
}

DecodedPayload AvroCodec::decode(QByteArrayView payload) const
{
    DecodedPayload result;
    const AvroType &root = m_schema->root();
    AvroBinaryCheck check(payload, root.displayName());
    if (!check.run(root, &result.error))
        return result;
    if (const qsizetype left = payload.size() - check.consumed(); left > 0) {
        result.error =
            root.kind == AvroType::Kind::Record
                ? QCoreApplication::translate("AvroCodec",
                                              "%n byte(s) left after the record: the payload "
                                              "does not match the schema %1.",
                                              nullptr, int(left))
                : QCoreApplication::translate("AvroCodec",
                                              "%n byte(s) left after the value: the payload "
                                              "does not match the schema %1.",
                                              nullptr, int(left));
        result.error = result.error.arg(root.displayName());
        return result;
    }
    GenericValue value(m_valueClass);
    Reader reader(avro_reader_memory(payload.data(), payload.size()));
    if (!value.made() || !reader || avro_value_read(reader.get(), value.get()) != 0) {
        result.error =
            QCoreApplication::translate("AvroCodec", "Avro C could not read the payload: %1")
                .arg(avroError());
        return result;
    }
    AvroJsonWriter writer;
    writer.json.reserve(payload.size() * 2 + 16);
    if (!writer.write(value.get(), root)) {
        result.error = QCoreApplication::translate(
                           "AvroCodec", "Avro C read a value that does not fit the schema %1.")
                           .arg(root.displayName());
        return result;
    }
    result.ok = true;
    result.json = std::move(writer.json);
    result.problems = std::move(writer.problems);
    return result;
}

EncodedPayload AvroCodec::encode(QByteArrayView json, const QString &) const
{
    EncodedPayload result;
    const auto parsed = JsonNode::parse(json, &result.error);
    if (!parsed)
        return result;
    GenericValue value(m_valueClass);
    if (!value.made()) {
        result.error = QCoreApplication::translate("AvroCodec", "Avro C cannot make a value: %1")
                           .arg(avroError());
        return result;
    }
    if (!AvroJsonReader().read(*parsed, m_schema->root(), value.get(), &result.error))
        return result;
    std::size_t size = 0;
    if (avro_value_sizeof(value.get(), &size) == 0) {
        QByteArray bytes(qsizetype(size), Qt::Uninitialized);
        Writer writer(avro_writer_memory(bytes.data(), std::int64_t(size)));
        if (writer && avro_value_write(writer.get(), value.get()) == 0 &&
            avro_writer_tell(writer.get()) == std::int64_t(size)) {
            result.ok = true;
            result.bytes = std::move(bytes);
            return result;
        }
    }
    result.error = QCoreApplication::translate("AvroCodec", "Avro C could not write the value: %1")
                       .arg(avroError());
    return result;
}

} // namespace Qafka
