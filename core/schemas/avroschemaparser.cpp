#include "schemas/avroschemaparser.h"

#include "schemas/avroschema.h"
#include "schemas/jsonnode.h"

#include <QCoreApplication>

#include <cmath>
#include <limits>
#include <optional>
#include <set>

namespace Qafka {

namespace {

using Kind = AvroType::Kind;
using Logical = AvroType::Logical;

std::optional<Kind> primitiveKind(const std::string &name)
{
    static const std::pair<const char *, Kind> primitives[] = {
        {"null", Kind::Null},   {"boolean", Kind::Boolean}, {"int", Kind::Int},
        {"long", Kind::Long},   {"float", Kind::Float},     {"double", Kind::Double},
        {"bytes", Kind::Bytes}, {"string", Kind::String},
    };
    for (const auto &[text, kind] : primitives) {
        if (name == text)
            return kind;
    }
    return std::nullopt;
}

std::string namespaceOf(const std::string &fullName)
{
    const auto dot = fullName.rfind('.');
    return dot == std::string::npos ? std::string() : fullName.substr(0, dot);
}

QString quoted(const std::string &text)
{
    return u'"' + QString::fromStdString(text) + u'"';
}

// The integer a member holds, or nullopt when it is missing or not an integer.
std::optional<std::int64_t> integerMember(const JsonNode &json, std::string_view key)
{
    const JsonNode *member = json.member(key);
    return member ? member->integer() : std::nullopt;
}

// The digits a decimal in a fixed of size bytes can always hold: floor(log10(2^(8 size - 1) - 1)),
// which is floor((8 size - 1) log10 2) as no power of 2 is a power of 10.
std::int64_t fixedDecimalDigits(std::int64_t size)
{
    constexpr std::int64_t megabyte = std::int64_t(1) << 20;
    if (size <= 0 || size > megabyte)
        return size <= 0 ? 0 : std::numeric_limits<int>::max();
    return std::int64_t(std::floor((8.0 * double(size) - 1) * std::log10(2.0)));
}

// The logical type named text as it applies to a type of kind (nullopt when it does not).
std::optional<Logical> logicalFor(const std::string &text, Kind kind)
{
    static const std::tuple<const char *, Kind, Logical> logicals[] = {
        {"date", Kind::Int, Logical::Date},
        {"time-millis", Kind::Int, Logical::TimeMillis},
        {"time-micros", Kind::Long, Logical::TimeMicros},
        {"timestamp-millis", Kind::Long, Logical::TimestampMillis},
        {"timestamp-micros", Kind::Long, Logical::TimestampMicros},
        {"local-timestamp-millis", Kind::Long, Logical::LocalTimestampMillis},
        {"local-timestamp-micros", Kind::Long, Logical::LocalTimestampMicros},
        {"uuid", Kind::String, Logical::Uuid},
        {"decimal", Kind::Bytes, Logical::Decimal},
        {"decimal", Kind::Fixed, Logical::Decimal},
    };
    for (const auto &[name, on, logical] : logicals) {
        if (text == name && kind == on)
            return logical;
    }
    return std::nullopt;
}

} // namespace

AvroSchemaParser::AvroSchemaParser(AvroSchema &schema)
    : m_schema(schema)
{}

bool AvroSchemaParser::addDocument(const QString &text, const QString &label, bool isRoot,
                                   QString *error)
{
    m_label = label;
    QString parseError;
    auto json = JsonNode::parse(text.toUtf8(), &parseError);
    if (!json) {
        *error =
            QCoreApplication::translate("AvroCodec", "%1 is not JSON. %2").arg(label, parseError);
        return false;
    }
    m_schema.m_documents.push_back(std::make_unique<JsonNode>(std::move(*json)));
    const AvroType *type = parseType(*m_schema.m_documents.back(), Context());
    if (!type) {
        *error = m_error;
        return false;
    }
    if (isRoot)
        m_schema.m_root = type;
    return true;
}

AvroType *AvroSchemaParser::newType(AvroType::Kind kind)
{
    AvroType &type = m_schema.m_types.emplace_back();
    type.kind = kind;
    return &type;
}

bool AvroSchemaParser::fail(const Context &context, const QString &problem)
{
    m_error = context.where.empty()
                  ? QCoreApplication::translate("AvroCodec", "%1 is not valid Avro: %2.")
                        .arg(m_label, problem)
                  : QCoreApplication::translate("AvroCodec", "%1 is not valid Avro: %2: %3.")
                        .arg(m_label, QString::fromStdString(context.where), problem);
    return false;
}

AvroType *AvroSchemaParser::parseType(const JsonNode &json, const Context &context)
{
    switch (json.kind()) {
    case JsonNode::Kind::String:
        return parseName(json.text(), context);
    case JsonNode::Kind::Array:
        return parseUnion(json, context);
    case JsonNode::Kind::Object:
        return parseObject(json, context);
    default:
        fail(context, QCoreApplication::translate("AvroCodec",
                                                  "a type is a name, an object or an array, not %1")
                          .arg(json.brief()));
        return nullptr;
    }
}

AvroType *AvroSchemaParser::parseName(const std::string &name, const Context &context)
{
    if (const auto kind = primitiveKind(name))
        return newType(*kind);
    std::vector<std::string> candidates;
    if (name.find('.') == std::string::npos && !context.space.empty())
        candidates.push_back(context.space + '.' + name);
    candidates.push_back(name); // last: the name as written
    for (const std::string &candidate : candidates) {
        if (const auto found = m_named.find(candidate); found != m_named.end())
            return found->second;
    }
    AvroType *standIn = newType(Kind::Null);
    m_pending.emplace(standIn, std::move(candidates));
    return standIn;
}

AvroType *AvroSchemaParser::parseObject(const JsonNode &json, const Context &context)
{
    const JsonNode *typeNode = json.member("type");
    if (!typeNode) {
        fail(context, QCoreApplication::translate("AvroCodec", "a type object has no \"type\""));
        return nullptr;
    }
    if (typeNode->kind() == JsonNode::Kind::Object || typeNode->kind() == JsonNode::Kind::Array)
        return parseType(*typeNode, context);
    if (typeNode->kind() != JsonNode::Kind::String) {
        fail(context, QCoreApplication::translate("AvroCodec", "\"type\" is %1, not a name")
                          .arg(typeNode->brief()));
        return nullptr;
    }
    const std::string &name = typeNode->text();
    if (name == "record" || name == "error")
        return parseNamed(json, Kind::Record, context);
    if (name == "enum")
        return parseNamed(json, Kind::Enum, context);
    if (name == "fixed")
        return parseNamed(json, Kind::Fixed, context);
    if (name == "array" || name == "map") {
        const char *key = name == "array" ? "items" : "values";
        const JsonNode *items = json.member(key);
        if (!items) {
            fail(context, QCoreApplication::translate("AvroCodec", "the %1 has no \"%2\"")
                              .arg(QString::fromStdString(name), QLatin1String(key)));
            return nullptr;
        }
        AvroType *type = newType(name == "array" ? Kind::Array : Kind::Map);
        type->items = parseType(*items, context);
        return type->items ? type : nullptr;
    }
    AvroType *type = parseName(name, context);
    if (primitiveKind(name))
        applyLogicalType(json, type);
    return type;
}

AvroType *AvroSchemaParser::parseNamed(const JsonNode &json, AvroType::Kind kind,
                                       const Context &context)
{
    const JsonNode *name = json.member("name");
    if (!name || name->kind() != JsonNode::Kind::String || name->text().empty()) {
        fail(context, QCoreApplication::translate("AvroCodec", "a %1 has no \"name\"")
                          .arg(QLatin1String(AvroType::kindName(kind))));
        return nullptr;
    }
    const JsonNode *space = json.member("namespace");
    std::string fullName = name->text();
    if (fullName.find('.') == std::string::npos) {
        const std::string &prefix =
            space && space->kind() == JsonNode::Kind::String ? space->text() : context.space;
        if (!prefix.empty())
            fullName = prefix + '.' + fullName;
    }
    AvroType *type = newType(kind);
    type->fullName = fullName;
    const Context inner{namespaceOf(fullName), fullName};
    if (!define(type, inner))
        return nullptr;
    if (kind == Kind::Record)
        return parseFields(json, type, inner) ? type : nullptr;
    if (kind == Kind::Enum)
        return parseSymbols(json, type, inner) ? type : nullptr;
    const auto size = integerMember(json, "size");
    if (!size || *size < 0 || *size > std::numeric_limits<int>::max()) {
        fail(inner,
             QCoreApplication::translate("AvroCodec", "\"size\" is not a whole number of bytes"));
        return nullptr;
    }
    type->fixedSize = *size;
    applyLogicalType(json, type);
    return type;
}

bool AvroSchemaParser::parseFields(const JsonNode &json, AvroType *record, const Context &context)
{
    const JsonNode *fields = json.member("fields");
    if (!fields || fields->kind() != JsonNode::Kind::Array)
        return fail(context,
                    QCoreApplication::translate("AvroCodec", "the record has no \"fields\" array"));
    std::set<std::string> names;
    for (const JsonNode &field : fields->items()) {
        const JsonNode *name = field.member("name");
        const JsonNode *type = field.member("type");
        if (!name || name->kind() != JsonNode::Kind::String)
            return fail(context,
                        QCoreApplication::translate("AvroCodec", "field %1 has no \"name\"")
                            .arg(record->fields.size() + 1));
        if (!names.insert(name->text()).second)
            return fail(context,
                        QCoreApplication::translate("AvroCodec", "the field %1 appears twice")
                            .arg(quoted(name->text())));
        const Context fieldContext{context.space, context.where + '.' + name->text()};
        if (!type)
            return fail(fieldContext,
                        QCoreApplication::translate("AvroCodec", "the field has no \"type\""));
        AvroType::Field parsed{name->text(), parseType(*type, fieldContext),
                               field.member("default")};
        if (!parsed.type)
            return false;
        record->fields.push_back(std::move(parsed));
    }
    return true;
}

bool AvroSchemaParser::parseSymbols(const JsonNode &json, AvroType *enumType,
                                    const Context &context)
{
    const JsonNode *symbols = json.member("symbols");
    if (!symbols || symbols->kind() != JsonNode::Kind::Array || symbols->items().empty())
        return fail(context,
                    QCoreApplication::translate("AvroCodec", "the enum has no \"symbols\""));
    std::set<std::string> seen;
    for (const JsonNode &symbol : symbols->items()) {
        if (symbol.kind() != JsonNode::Kind::String)
            return fail(context,
                        QCoreApplication::translate("AvroCodec", "the symbol %1 is not a string")
                            .arg(symbol.brief()));
        if (!seen.insert(symbol.text()).second)
            return fail(context,
                        QCoreApplication::translate("AvroCodec", "the symbol %1 appears twice")
                            .arg(quoted(symbol.text())));
        enumType->symbols.push_back(symbol.text());
    }
    return true;
}

AvroType *AvroSchemaParser::parseUnion(const JsonNode &json, const Context &context)
{
    AvroType *type = newType(Kind::Union);
    if (json.items().empty()) {
        fail(context, QCoreApplication::translate("AvroCodec", "a union has no types"));
        return nullptr;
    }
    for (const JsonNode &branch : json.items()) {
        const AvroType *parsed = parseType(branch, context);
        if (!parsed)
            return nullptr;
        type->branches.push_back(parsed);
    }
    return type;
}

// Sets the logical type that json names when it applies to type; an unknown one or one on the
// wrong type is ignored, as the Avro specification says.
void AvroSchemaParser::applyLogicalType(const JsonNode &json, AvroType *type)
{
    const JsonNode *name = json.member("logicalType");
    if (!name || name->kind() != JsonNode::Kind::String)
        return;
    const auto logical = logicalFor(name->text(), type->kind);
    if (type->kind == Kind::Fixed && name->text() == "uuid" && type->fixedSize == 16)
        type->logical = Logical::Uuid;
    if (!logical)
        return;
    if (*logical == Logical::Decimal) {
        const auto precision = integerMember(json, "precision");
        const auto scale = json.member("scale") ? integerMember(json, "scale") : 0;
        const std::int64_t maxDigits = type->kind == Kind::Fixed
                                           ? fixedDecimalDigits(type->fixedSize)
                                           : std::numeric_limits<int>::max();
        if (!precision || !scale || *precision < 1 || *precision > maxDigits || *scale < 0 ||
            *scale > *precision)
            return;
        type->precision = int(*precision);
        type->scale = int(*scale);
    }
    type->logical = *logical;
}

bool AvroSchemaParser::define(AvroType *type, const Context &context)
{
    if (!m_named.emplace(type->fullName, type).second)
        return fail(context, QCoreApplication::translate("AvroCodec", "the name is defined twice"));
    return true;
}

const AvroType *AvroSchemaParser::resolve(const AvroType *type) const
{
    const auto pending = m_pending.find(type);
    if (pending == m_pending.end())
        return type;
    for (const std::string &candidate : pending->second) {
        if (const auto found = m_named.find(candidate); found != m_named.end())
            return found->second;
    }
    return nullptr;
}

bool AvroSchemaParser::link(QString *error)
{
    m_label = QCoreApplication::translate("AvroCodec", "The schema");
    for (const auto &[standIn, candidates] : m_pending) {
        if (!resolve(standIn)) {
            fail(Context(),
                 QCoreApplication::translate("AvroCodec", "the type %1 is not defined here or in a "
                                                          "referenced schema")
                     .arg(quoted(candidates.back())));
            *error = m_error;
            return false;
        }
    }
    m_schema.m_root = resolve(m_schema.m_root);
    for (AvroType &type : m_schema.m_types) {
        for (AvroType::Field &field : type.fields)
            field.type = resolve(field.type);
        for (const AvroType *&branch : type.branches)
            branch = resolve(branch);
        if (type.items)
            type.items = resolve(type.items);
    }
    for (const AvroType &type : m_schema.m_types) {
        std::set<std::string> names;
        for (const AvroType *branch : type.branches) {
            const bool nested = branch->kind == Kind::Union;
            if (nested || !names.insert(branch->unionName()).second) {
                fail(Context(),
                     nested
                         ? QCoreApplication::translate("AvroCodec",
                                                       "a union directly inside a union")
                         : QCoreApplication::translate("AvroCodec", "a union has the type %1 twice")
                               .arg(QString::fromStdString(branch->unionName())));
                *error = m_error;
                return false;
            }
        }
    }
    markEncodesToNothing();
    return true;
}

// Which types take no bytes at all: null, a fixed of size 0 and records of only such fields. A
// record that must contain itself never qualifies.
void AvroSchemaParser::markEncodesToNothing()
{
    for (AvroType &type : m_schema.m_types)
        type.encodesToNothing =
            type.kind == Kind::Null || (type.kind == Kind::Fixed && type.fixedSize == 0);
    for (bool changed = true; changed;) {
        changed = false;
        for (AvroType &type : m_schema.m_types) {
            if (type.kind != Kind::Record || type.encodesToNothing)
                continue;
            bool nothing = true;
            for (const AvroType::Field &field : type.fields)
                nothing = nothing && field.type->encodesToNothing;
            if (nothing) {
                type.encodesToNothing = true;
                changed = true;
            }
        }
    }
}

} // namespace Qafka
