#include "schemas/avrojsonreader.h"

#include "schemas/avrodecimal.h"
#include "schemas/avrotime.h"
#include "schemas/avrotype.h"
#include "schemas/jsonnode.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>
#include <QUuid>

#include <avro.h>
#include <cfloat>
#include <cmath>
#include <limits>
#include <optional>

namespace Qafka {

namespace {

using Kind = AvroType::Kind;
using Logical = AvroType::Logical;
using JsonKind = JsonNode::Kind;

// Whether a union branch of type could take json at all (the branch may still refuse it).
bool fits(const JsonNode &json, const AvroType &type)
{
    const JsonKind kind = json.kind();
    switch (type.kind) {
    case Kind::Null:
        return kind == JsonKind::Null;
    case Kind::Boolean:
        return kind == JsonKind::Boolean;
    case Kind::Int:
    case Kind::Long:
        return kind == JsonKind::Number ||
               (kind == JsonKind::String && type.logical != Logical::None);
    case Kind::Float:
    case Kind::Double:
        return kind == JsonKind::Number || kind == JsonKind::String;
    case Kind::String:
    case Kind::Enum:
        return kind == JsonKind::String;
    case Kind::Bytes:
    case Kind::Fixed:
        return kind == JsonKind::String ||
               (kind == JsonKind::Number && type.logical == Logical::Decimal);
    case Kind::Array:
        return kind == JsonKind::Array;
    case Kind::Map:
    case Kind::Record:
        return kind == JsonKind::Object;
    case Kind::Union:
        return false;
    }
    return false;
}

// The branch that a one-member object {"name": value} names, in Avro's JSON encoding of
// unions: by type name, by full name, or by a named type's short name when only one has it.
std::optional<std::size_t> wrappedBranch(const AvroType &type, const std::string &name)
{
    std::optional<std::size_t> byShortName;
    int shortNameMatches = 0;
    for (std::size_t i = 0; i < type.branches.size(); ++i) {
        const AvroType &branch = *type.branches[i];
        if (branch.unionName() == name)
            return i;
        const auto dot = branch.fullName.rfind('.');
        if (branch.isNamed() && dot != std::string::npos &&
            branch.fullName.substr(dot + 1) == name) {
            byShortName = i;
            ++shortNameMatches;
        }
    }
    return shortNameMatches == 1 ? byShortName : std::nullopt;
}

std::optional<std::string> uuidBytes(const std::string &text)
{
    // QUuid also takes braces; a UUID in JSON is the 36 characters alone.
    if (text.size() != 36)
        return std::nullopt;
    const QUuid uuid = QUuid::fromString(QLatin1StringView(text.data(), qsizetype(text.size())));
    if (uuid.isNull() && text != "00000000-0000-0000-0000-000000000000")
        return std::nullopt;
    return uuid.toRfc4122().toStdString();
}

} // namespace

bool AvroJsonReader::read(const JsonNode &json, const AvroType &type, avro_value *value,
                          QString *error)
{
    m_error.clear();
    if (set(json, type, value))
        return true;
    *error = m_error;
    return false;
}

bool AvroJsonReader::fail(const QString &problem)
{
    m_error = QCoreApplication::translate("AvroCodec", "%1: %2.").arg(m_path.toString(), problem);
    return false;
}

bool AvroJsonReader::expected(const AvroType &type, const JsonNode &got)
{
    return fail(QCoreApplication::translate("AvroCodec", "expected %1, got %2")
                    .arg(type.describe(), got.brief()));
}

bool AvroJsonReader::checked(int rc)
{
    if (rc == 0)
        return true;
    return fail(QCoreApplication::translate("AvroCodec", "Avro C refused the value (%1)")
                    .arg(QString::fromUtf8(avro_strerror())));
}

bool AvroJsonReader::set(const JsonNode &json, const AvroType &type, avro_value *value)
{
    switch (type.kind) {
    case Kind::Null:
        return json.isNull() ? checked(avro_value_set_null(value)) : expected(type, json);
    case Kind::Boolean:
        return json.kind() == JsonKind::Boolean
                   ? checked(avro_value_set_boolean(value, json.boolean()))
                   : expected(type, json);
    case Kind::Int:
        return setInt(json, type, value);
    case Kind::Long:
        return setLong(json, type, value);
    case Kind::Float:
    case Kind::Double:
        return setReal(json, type, value);
    case Kind::String:
        return setString(json, type, value);
    case Kind::Bytes:
    case Kind::Fixed:
        return setBytes(json, type, value);
    case Kind::Enum:
        return setEnum(json, type, value);
    case Kind::Record:
        return setRecord(json, type, value);
    case Kind::Array:
        return setArray(json, type, value);
    case Kind::Map:
        return setMap(json, type, value);
    case Kind::Union:
        return setUnion(json, type, value);
    }
    return false;
}

bool AvroJsonReader::setInt(const JsonNode &json, const AvroType &type, avro_value *value)
{
    std::optional<std::int64_t> number;
    if (json.kind() == JsonKind::String && type.logical == Logical::Date)
        number = AvroTime::parseDate(json.text());
    else if (json.kind() == JsonKind::String && type.logical == Logical::TimeMillis)
        number = AvroTime::parseTimeOfDay(json.text(), 3);
    else if (json.kind() == JsonKind::Number)
        number = json.integer();
    constexpr auto min = std::numeric_limits<std::int32_t>::min();
    constexpr auto max = std::numeric_limits<std::int32_t>::max();
    if ((number && (*number < min || *number > max)) || (!number && json.isIntegerToken()))
        return fail(QCoreApplication::translate("AvroCodec", "%1 does not fit an int (%2 to %3)")
                        .arg(json.brief())
                        .arg(min)
                        .arg(max));
    if (!number)
        return expected(type, json);
    return checked(avro_value_set_int(value, std::int32_t(*number)));
}

bool AvroJsonReader::setLong(const JsonNode &json, const AvroType &type, avro_value *value)
{
    std::optional<std::int64_t> number;
    if (json.kind() == JsonKind::String) {
        const std::string &text = json.text();
        if (type.logical == Logical::TimeMicros)
            number = AvroTime::parseTimeOfDay(text, 6);
        else if (type.logical == Logical::TimestampMillis ||
                 type.logical == Logical::TimestampMicros)
            number = AvroTime::parseTimestamp(
                text, type.logical == Logical::TimestampMillis ? 3 : 6, true);
        else if (type.logical == Logical::LocalTimestampMillis ||
                 type.logical == Logical::LocalTimestampMicros)
            number = AvroTime::parseTimestamp(
                text, type.logical == Logical::LocalTimestampMillis ? 3 : 6, false);
    } else if (json.kind() == JsonKind::Number) {
        number = json.integer();
        if (!number && json.isIntegerToken())
            return fail(QCoreApplication::translate("AvroCodec", "%1 does not fit a long")
                            .arg(json.brief()));
    }
    if (!number)
        return expected(type, json);
    return checked(avro_value_set_long(value, *number));
}

bool AvroJsonReader::setReal(const JsonNode &json, const AvroType &type, avro_value *value)
{
    double number = 0;
    if (json.kind() == JsonKind::Number)
        number = json.number();
    else if (json.kind() == JsonKind::String && json.text() == "NaN")
        number = std::numeric_limits<double>::quiet_NaN();
    else if (json.kind() == JsonKind::String && json.text() == "Infinity")
        number = std::numeric_limits<double>::infinity();
    else if (json.kind() == JsonKind::String && json.text() == "-Infinity")
        number = -std::numeric_limits<double>::infinity();
    else
        return expected(type, json);
    if (type.kind == Kind::Double)
        return checked(avro_value_set_double(value, number));
    if (std::isfinite(number) && std::fabs(number) > double(FLT_MAX))
        return fail(QCoreApplication::translate("AvroCodec", "%1 is too large for a float")
                        .arg(json.brief()));
    return checked(avro_value_set_float(value, float(number)));
}

bool AvroJsonReader::setString(const JsonNode &json, const AvroType &type, avro_value *value)
{
    if (json.kind() != JsonKind::String ||
        (type.logical == Logical::Uuid && !uuidBytes(json.text())))
        return expected(type, json);
    const std::string &text = json.text();
    // Avro C counts the NUL terminator in a string's size.
    return checked(avro_value_set_string_len(value, text.c_str(), text.size() + 1));
}

// The bytes a JSON string stands for: base64 in Qafka's JSON, code points U+0000 to U+00FF in
// Avro's (schema defaults).
bool AvroJsonReader::bytesOf(const JsonNode &json, std::string *bytes) const
{
    if (m_defaultMode) {
        const QString text = QString::fromStdString(json.text());
        for (const QChar c : text) {
            if (c.unicode() > 0xff)
                return false;
        }
        *bytes = text.toLatin1().toStdString();
        return true;
    }
    const QByteArray text = QByteArray::fromStdString(json.text());
    for (const auto encoding : {QByteArray::Base64Encoding, QByteArray::Base64UrlEncoding}) {
        auto decoded = QByteArray::fromBase64Encoding(
            text, encoding | QByteArray::AbortOnBase64DecodingErrors);
        if (decoded) {
            *bytes = decoded.decoded.toStdString();
            return true;
        }
    }
    return false;
}

bool AvroJsonReader::setBytes(const JsonNode &json, const AvroType &type, avro_value *value)
{
    if (type.logical == Logical::Decimal && !m_defaultMode)
        return setDecimal(json, type, value);
    if (json.kind() != JsonKind::String)
        return expected(type, json);
    std::string bytes;
    if (type.kind == Kind::Fixed && type.logical == Logical::Uuid && !m_defaultMode) {
        const auto uuid = uuidBytes(json.text());
        if (!uuid)
            return expected(type, json);
        bytes = *uuid;
    } else if (!bytesOf(json, &bytes)) {
        return expected(type, json);
    }
    if (type.kind == Kind::Bytes)
        return checked(avro_value_set_bytes(value, bytes.data(), bytes.size()));
    if (std::int64_t(bytes.size()) != type.fixedSize)
        return fail(QCoreApplication::translate("AvroCodec",
                                                "expected %n byte(s) for the fixed %1, got %2",
                                                nullptr, int(type.fixedSize))
                        .arg(QString::fromStdString(type.fullName))
                        .arg(bytes.size()));
    // A fixed of size 0 is an empty record to Avro C: nothing to set.
    return type.fixedSize == 0 || checked(avro_value_set_fixed(value, bytes.data(), bytes.size()));
}

bool AvroJsonReader::setDecimal(const JsonNode &json, const AvroType &type, avro_value *value)
{
    if (json.kind() != JsonKind::Number && json.kind() != JsonKind::String)
        return expected(type, json);
    using Problem = AvroDecimal::Problem;
    Problem problem = Problem::NotANumber;
    const std::int64_t fixedSize = type.kind == Kind::Fixed ? type.fixedSize : -1;
    auto bytes =
        AvroDecimal::fromText(json.text(), type.precision, type.scale, fixedSize, &problem);
    if (!bytes) {
        switch (problem) {
        case Problem::NotANumber:
            return expected(type, json);
        case Problem::TooManyFractionDigits:
            return fail(QCoreApplication::translate(
                            "AvroCodec", "%1 has more digits after the point than the scale "
                                         "%2 allows")
                            .arg(json.brief())
                            .arg(type.scale));
        case Problem::TooManyDigits:
        case Problem::TooLargeForFixed:
            return fail(QCoreApplication::translate(
                            "AvroCodec", "%1 has more digits than the precision %2 allows")
                            .arg(json.brief())
                            .arg(type.precision));
        }
    }
    if (type.kind == Kind::Bytes)
        return checked(avro_value_set_bytes(value, bytes->data(), bytes->size()));
    return checked(avro_value_set_fixed(value, bytes->data(), bytes->size()));
}

bool AvroJsonReader::setEnum(const JsonNode &json, const AvroType &type, avro_value *value)
{
    if (json.kind() != JsonKind::String)
        return expected(type, json);
    for (std::size_t i = 0; i < type.symbols.size(); ++i) {
        if (type.symbols[i] == json.text())
            return checked(avro_value_set_enum(value, int(i)));
    }
    QStringList symbols;
    for (const std::string &symbol : type.symbols)
        symbols << QString::fromStdString(symbol);
    return fail(QCoreApplication::translate("AvroCodec", "%1 is not a symbol of the enum %2 (%3)")
                    .arg(json.brief(), QString::fromStdString(type.fullName),
                         symbols.join(QLatin1String(", "))));
}

bool AvroJsonReader::setRecord(const JsonNode &json, const AvroType &type, avro_value *value)
{
    if (json.kind() != JsonKind::Object)
        return expected(type, json);
    for (const std::string &key : json.keys()) {
        const bool known = std::any_of(type.fields.begin(), type.fields.end(),
                                       [&key](const AvroType::Field &f) { return f.name == key; });
        if (!known) {
            const AvroPath::Scope scope(m_path, AvroPath::field(key));
            return fail(QCoreApplication::translate("AvroCodec", "the record %1 has no such field")
                            .arg(QString::fromStdString(type.fullName)));
        }
    }
    for (std::size_t i = 0; i < type.fields.size(); ++i) {
        const AvroType::Field &field = type.fields[i];
        const AvroPath::Scope scope(m_path, AvroPath::field(field.name));
        avro_value_t child;
        if (!checked(avro_value_get_by_index(value, i, &child, nullptr)))
            return false;
        if (const JsonNode *member = json.member(field.name)) {
            if (!set(*member, *field.type, &child))
                return false;
        } else if (field.defaultValue) {
            if (!setDefault(*field.defaultValue, *field.type, &child))
                return false;
        } else {
            return fail(QCoreApplication::translate(
                "AvroCodec", "missing; the field has no default, so it is required"));
        }
    }
    return true;
}

bool AvroJsonReader::setDefault(const JsonNode &json, const AvroType &type, avro_value *value)
{
    const bool outermost = !m_defaultMode;
    m_defaultMode = true;
    const bool ok = set(json, type, value);
    if (outermost) {
        m_defaultMode = false;
        if (!ok)
            m_error = QCoreApplication::translate(
                          "AvroCodec", "The schema's default for %1 does not fit its type: %2")
                          .arg(m_path.toString(), m_error);
    }
    return ok;
}

bool AvroJsonReader::setArray(const JsonNode &json, const AvroType &type, avro_value *value)
{
    if (json.kind() != JsonKind::Array)
        return expected(type, json);
    for (std::size_t i = 0; i < json.items().size(); ++i) {
        const AvroPath::Scope scope(m_path, AvroPath::index(std::int64_t(i)));
        avro_value_t child;
        if (!checked(avro_value_append(value, &child, nullptr)) ||
            !set(json.items()[i], *type.items, &child))
            return false;
    }
    return true;
}

bool AvroJsonReader::setMap(const JsonNode &json, const AvroType &type, avro_value *value)
{
    if (json.kind() != JsonKind::Object)
        return expected(type, json);
    for (std::size_t i = 0; i < json.keys().size(); ++i) {
        const std::string &key = json.keys()[i];
        const AvroPath::Scope scope(m_path, AvroPath::key(key));
        if (key.find('\0') != std::string::npos)
            return fail(QCoreApplication::translate(
                "AvroCodec", "Avro C cannot write a map key with a NUL character"));
        avro_value_t child;
        if (!checked(avro_value_add(value, key.c_str(), &child, nullptr, nullptr)) ||
            !set(json.items()[i], *type.items, &child))
            return false;
    }
    return true;
}

bool AvroJsonReader::setUnion(const JsonNode &json, const AvroType &type, avro_value *value)
{
    if (!m_defaultMode && json.kind() == JsonKind::Object && json.keys().size() == 1) {
        if (const auto branch = wrappedBranch(type, json.keys().front())) {
            if (setBranch(json.items().front(), type, *branch, value))
                return true;
            const QString wrappedError = m_error;
            if (setNatural(json, type, value))
                return true;
            m_error = wrappedError;
            return false;
        }
    }
    return setNatural(json, type, value);
}

// The first branch that takes json; records before maps for an object.
bool AvroJsonReader::setNatural(const JsonNode &json, const AvroType &type, avro_value *value)
{
    std::vector<std::size_t> order;
    for (const bool records : {true, false}) {
        for (std::size_t i = 0; i < type.branches.size(); ++i) {
            if ((type.branches[i]->kind == Kind::Record) == records || m_defaultMode)
                order.push_back(i);
        }
        if (m_defaultMode)
            break;
    }
    int tried = 0;
    QString lastError;
    for (const std::size_t branch : order) {
        if (!fits(json, *type.branches[branch]))
            continue;
        ++tried;
        if (setBranch(json, type, branch, value))
            return true;
        lastError = m_error;
    }
    if (tried == 0)
        return expected(type, json);
    m_error = lastError;
    return false;
}

bool AvroJsonReader::setBranch(const JsonNode &json, const AvroType &type, std::size_t branch,
                               avro_value *value)
{
    avro_value_t chosen;
    // Choosing the branch that is already chosen keeps its old contents: reset them.
    return checked(avro_value_set_branch(value, int(branch), &chosen)) &&
           checked(avro_value_reset(&chosen)) && set(json, *type.branches[branch], &chosen);
}

} // namespace Qafka
