#include "schemas/avroschema.h"

#include "schemas/avroschemaparser.h"
#include "schemas/jsonnode.h"

#include <QCoreApplication>
#include <QSet>

#include <map>

namespace Qafka {

namespace {

using Kind = AvroType::Kind;

// Writes the schema Avro C reads: each named type defined at its first use under a made-up
// name, then referred to by that name.
class AvroCSchemaWriter
{
public:
    std::string out;

    void write(const AvroType &type)
    {
        if (type.isNamed()) {
            const auto [at, isNew] = m_names.emplace(&type, m_names.size());
            const std::string name = "\"qafka.n" + std::to_string(at->second) + '"';
            if (!isNew) {
                out += name;
                return;
            }
            writeNamed(type, name);
            return;
        }
        switch (type.kind) {
        case Kind::Array:
        case Kind::Map:
            out += type.kind == Kind::Array ? R"({"type":"array","items":)"
                                            : R"({"type":"map","values":)";
            write(*type.items);
            out += '}';
            return;
        case Kind::Union:
            out += '[';
            for (std::size_t i = 0; i < type.branches.size(); ++i) {
                out += i ? "," : "";
                write(*type.branches[i]);
            }
            out += ']';
            return;
        default:
            out += '"' + std::string(AvroType::kindName(type.kind)) + '"';
        }
    }

private:
    std::map<const AvroType *, std::size_t> m_names;

    void writeNamed(const AvroType &type, const std::string &name)
    {
        // Avro C cannot read a fixed of size 0 (it asks its allocator for 0 bytes and takes the
        // null it gets back for a failure); an empty record reads and writes the same nothing.
        if (type.kind == Kind::Record || (type.kind == Kind::Fixed && type.fixedSize == 0)) {
            out += R"({"type":"record","name":)" + name + R"(,"fields":[)";
            for (std::size_t i = 0; i < type.fields.size(); ++i) {
                out += (i ? "," : "") + std::string(R"({"name":"f)") + std::to_string(i) +
                       R"(","type":)";
                write(*type.fields[i].type);
                out += '}';
            }
            out += "]}";
        } else if (type.kind == Kind::Enum) {
            out += R"({"type":"enum","name":)" + name + R"(,"symbols":[)";
            for (std::size_t i = 0; i < type.symbols.size(); ++i)
                out += (i ? ",\"s" : "\"s") + std::to_string(i) + '"';
            out += "]}";
        } else {
            out += R"({"type":"fixed","name":)" + name + R"(,"size":)" +
                   std::to_string(type.fixedSize) + '}';
        }
    }
};

} // namespace

AvroSchema::AvroSchema() = default;
AvroSchema::~AvroSchema() = default;

std::unique_ptr<const AvroSchema> AvroSchema::parse(const ResolvedSchema &schema, QString *error)
{
    std::unique_ptr<AvroSchema> parsed(new AvroSchema);
    AvroSchemaParser parser(*parsed);
    QSet<QString> texts; // a schema referenced along two paths may be listed twice
    for (const auto &[name, dependency] : schema.dependencies) {
        if (texts.contains(dependency.text))
            continue;
        texts.insert(dependency.text);
        const QString label =
            QCoreApplication::translate("AvroCodec", "The referenced schema %1").arg(name);
        if (!parser.addDocument(dependency.text, label, false, error))
            return nullptr;
    }
    if (!parser.addDocument(schema.schema.text,
                            QCoreApplication::translate("AvroCodec", "The schema"), true, error) ||
        !parser.link(error))
        return nullptr;
    return parsed;
}

std::string AvroSchema::avroCJson() const
{
    AvroCSchemaWriter writer;
    writer.write(*m_root);
    return writer.out;
}

} // namespace Qafka
