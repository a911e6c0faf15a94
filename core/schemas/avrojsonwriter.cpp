#include "schemas/avrojsonwriter.h"

#include "schemas/avrodecimal.h"
#include "schemas/avrotime.h"
#include "schemas/avrotype.h"

#include <QCoreApplication>
#include <QUuid>

#include <avro.h>
#include <charconv>
#include <cmath>
#include <cstring>
#include <string>

namespace Qafka {

namespace {

using Kind = AvroType::Kind;
using Logical = AvroType::Logical;

// Decimals longer than this are shown in base64: turning them into digits takes quadratic time.
constexpr std::size_t maxDecimalBytes = 1024;
constexpr qsizetype maxProblems = 20;

// The length of the well-formed UTF-8 sequence that starts s, or 0 when there is none.
std::size_t utf8SequenceLength(const unsigned char *s, std::size_t size)
{
    const unsigned lead = s[0];
    if (lead < 0x80)
        return 1;
    std::size_t length = 0;
    unsigned low = 0x80, high = 0xbf; // the second byte's range
    if (lead >= 0xc2 && lead <= 0xdf) {
        length = 2;
    } else if (lead >= 0xe0 && lead <= 0xef) {
        length = 3;
        low = lead == 0xe0 ? 0xa0 : low;   // no overlong forms
        high = lead == 0xed ? 0x9f : high; // no surrogates
    } else if (lead >= 0xf0 && lead <= 0xf4) {
        length = 4;
        low = lead == 0xf0 ? 0x90 : low;
        high = lead == 0xf4 ? 0x8f : high; // nothing past U+10FFFF
    } else {
        return 0;
    }
    if (size < length || s[1] < low || s[1] > high)
        return 0;
    for (std::size_t i = 2; i < length; ++i) {
        if (s[i] < 0x80 || s[i] > 0xbf)
            return 0;
    }
    return length;
}

// Appends what JSON needs instead of c, or returns false when c stands for itself.
bool appendEscape(QByteArray &out, unsigned char c)
{
    static constexpr char hex[] = "0123456789abcdef";
    switch (c) {
    case '"':
        out += "\\\"";
        return true;
    case '\\':
        out += "\\\\";
        return true;
    case '\n':
        out += "\\n";
        return true;
    case '\r':
        out += "\\r";
        return true;
    case '\t':
        out += "\\t";
        return true;
    default:
        if (c >= 0x20)
            return false;
        out += "\\u00";
        out += hex[c >> 4];
        out += hex[c & 0xf];
        return true;
    }
}

// Writes the shortest round-trip digits in Python's repr() layout: positional notation when the
// decimal exponent is from -4 to 15, else d.ddde+XX.
void appendShortest(QByteArray &out, const char *begin, const char *end)
{
    const bool negative = *begin == '-';
    const char *e = std::find(begin, end, 'e');
    std::string digits;
    for (const char *at = begin + negative; at != e; ++at) {
        if (*at != '.')
            digits += *at;
    }
    int exponent = 0;
    std::from_chars(e + 1 + (e[1] == '+'), end, exponent);
    const int point = exponent + 1; // digits before the point
    std::string text = negative ? "-" : "";
    const int length = int(digits.size());
    if (point > -4 && point <= 16) {
        if (point <= 0)
            text += "0." + std::string(std::size_t(-point), '0') + digits;
        else if (point >= length)
            text += digits + std::string(std::size_t(point - length), '0') + ".0";
        else
            text += digits.substr(0, std::size_t(point)) + '.' + digits.substr(std::size_t(point));
    } else {
        text += digits.substr(0, 1) + (length > 1 ? '.' + digits.substr(1) : std::string());
        char exponentText[16];
        std::snprintf(exponentText, sizeof exponentText, "e%c%02d", exponent < 0 ? '-' : '+',
                      std::abs(exponent));
        text += exponentText;
    }
    out += QByteArrayView(text.data(), qsizetype(text.size()));
}

template <typename Number> void appendNumber(QByteArray &out, Number value)
{
    if (std::isnan(value)) {
        out += "\"NaN\"";
        return;
    }
    if (std::isinf(value)) {
        out += value > 0 ? "\"Infinity\"" : "\"-Infinity\"";
        return;
    }
    char text[64];
    const auto result =
        std::to_chars(text, text + sizeof text, value, std::chars_format::scientific);
    appendShortest(out, text, result.ptr);
}

void appendQuoted(QByteArray &out, const std::string &text)
{
    out += '"';
    out += QByteArrayView(text.data(), qsizetype(text.size()));
    out += '"';
}

} // namespace

void AvroJsonWriter::appendDouble(QByteArray &out, double value)
{
    appendNumber(out, value);
}

void AvroJsonWriter::appendFloat(QByteArray &out, float value)
{
    appendNumber(out, value);
}

bool AvroJsonWriter::write(avro_value *value, const AvroType &type)
{
    return writeValue(value, type, 0);
}

void AvroJsonWriter::problem(const QString &text)
{
    if (problems.size() < maxProblems)
        problems << m_path.toString() + QLatin1String(": ") + text;
    else if (problems.size() == maxProblems)
        problems << QCoreApplication::translate("AvroCodec", "More problems are not listed.");
}

bool AvroJsonWriter::writeValue(avro_value *value, const AvroType &type, int depth)
{
    switch (type.kind) {
    case Kind::Record:
        return writeRecord(value, type, depth);
    case Kind::Array:
        return writeArray(value, type, depth);
    case Kind::Map:
        return writeMap(value, type, depth);
    case Kind::Union:
        return writeUnion(value, type, depth);
    case Kind::String:
    case Kind::Bytes:
    case Kind::Fixed:
    case Kind::Enum:
        return writeText(value, type);
    default:
        return writeScalar(value, type);
    }
}

bool AvroJsonWriter::writeScalar(avro_value *value, const AvroType &type)
{
    int rc = 0;
    switch (type.kind) {
    case Kind::Null:
        json += "null";
        return true;
    case Kind::Boolean: {
        int flag = 0;
        rc = avro_value_get_boolean(value, &flag);
        json += flag ? "true" : "false";
        break;
    }
    case Kind::Int: {
        std::int32_t number = 0;
        rc = avro_value_get_int(value, &number);
        return rc == 0 && writeInt(number, type);
    }
    case Kind::Long: {
        std::int64_t number = 0;
        rc = avro_value_get_long(value, &number);
        return rc == 0 && writeInt(number, type);
    }
    case Kind::Float: {
        float number = 0;
        rc = avro_value_get_float(value, &number);
        appendFloat(json, number);
        break;
    }
    case Kind::Double: {
        double number = 0;
        rc = avro_value_get_double(value, &number);
        appendDouble(json, number);
        break;
    }
    default:
        return false;
    }
    return rc == 0;
}

// Strings, bytes, fixed and enums: what is rendered as a JSON string (or a decimal number).
bool AvroJsonWriter::writeText(avro_value *value, const AvroType &type)
{
    int rc = 0;
    switch (type.kind) {
    case Kind::String: {
        const char *text = nullptr;
        std::size_t size = 0; // with Avro C's NUL terminator
        rc = avro_value_get_string(value, &text, &size);
        writeString(text, size > 0 ? size - 1 : 0);
        break;
    }
    case Kind::Bytes:
    case Kind::Fixed: {
        const void *data = nullptr;
        std::size_t size = 0;
        // A fixed of size 0 is an empty record to Avro C (see AvroSchema::avroCJson).
        if (type.kind == Kind::Bytes)
            rc = avro_value_get_bytes(value, &data, &size);
        else if (type.fixedSize > 0)
            rc = avro_value_get_fixed(value, &data, &size);
        return rc == 0 && writeBytes(data, size, type);
    }
    case Kind::Enum: {
        int symbol = 0;
        rc = avro_value_get_enum(value, &symbol);
        if (rc == 0 && (symbol < 0 || std::size_t(symbol) >= type.symbols.size()))
            return false;
        appendQuoted(json, type.symbols[std::size_t(symbol)]);
        break;
    }
    default:
        return false;
    }
    return rc == 0;
}

bool AvroJsonWriter::writeInt(std::int64_t number, const AvroType &type)
{
    const int digits = type.logical == Logical::TimeMillis ||
                               type.logical == Logical::TimestampMillis ||
                               type.logical == Logical::LocalTimestampMillis
                           ? 3
                           : 6;
    switch (type.logical) {
    case Logical::Date:
        appendQuoted(json, AvroTime::dateText(number));
        return true;
    case Logical::TimeMillis:
    case Logical::TimeMicros:
        if (number >= 0 && number < AvroTime::unitsPerDay(digits)) {
            appendQuoted(json, AvroTime::timeOfDayText(number, digits));
            return true;
        }
        problem(QCoreApplication::translate("AvroCodec",
                                            "%1 is not a time of day: it is shown as a number")
                    .arg(number));
        break;
    case Logical::TimestampMillis:
    case Logical::TimestampMicros:
    case Logical::LocalTimestampMillis:
    case Logical::LocalTimestampMicros: {
        const bool utc =
            type.logical == Logical::TimestampMillis || type.logical == Logical::TimestampMicros;
        appendQuoted(json, AvroTime::timestampText(number, digits, utc));
        return true;
    }
    default:
        break;
    }
    char text[24];
    const auto result = std::to_chars(text, text + sizeof text, number);
    json += QByteArrayView(text, result.ptr - text);
    return true;
}

bool AvroJsonWriter::writeBytes(const void *data, std::size_t size, const AvroType &type)
{
    const auto *bytes = static_cast<const unsigned char *>(data);
    if (type.logical == Logical::Decimal && size <= maxDecimalBytes) {
        int digits = 0;
        const std::string text = AvroDecimal::toText(bytes, size, type.scale, &digits);
        json += QByteArrayView(text.data(), qsizetype(text.size()));
        if (digits > type.precision)
            problem(QCoreApplication::translate(
                        "AvroCodec", "the decimal has %1 digits, more than its precision %2")
                        .arg(digits)
                        .arg(type.precision));
        return true;
    }
    const QByteArray raw =
        QByteArray::fromRawData(reinterpret_cast<const char *>(bytes), qsizetype(size));
    if (type.logical == Logical::Uuid) {
        json += '"' + QUuid::fromRfc4122(raw).toByteArray(QUuid::WithoutBraces) + '"';
        return true;
    }
    if (type.logical == Logical::Decimal)
        problem(QCoreApplication::translate(
            "AvroCodec",
            "the decimal is too long to show as a number (%n byte(s)): it "
            "is shown in base64",
            nullptr, int(size)));
    json += '"' + raw.toBase64() + '"';
    return true;
}

void AvroJsonWriter::writeString(const char *data, std::size_t size)
{
    const auto *text = reinterpret_cast<const unsigned char *>(data);
    bool valid = true;
    json += '"';
    std::size_t plainFrom = 0;
    for (std::size_t at = 0; at < size;) {
        const std::size_t length = utf8SequenceLength(text + at, size - at);
        if (length == 1 && text[at] >= 0x20 && text[at] != '"' && text[at] != '\\') {
            ++at;
            continue;
        }
        if (length > 1) {
            at += length;
            continue;
        }
        json += QByteArrayView(data + plainFrom, qsizetype(at - plainFrom));
        if (length == 0) {
            json += "\xef\xbf\xbd"; // U+FFFD
            valid = false;
        } else {
            appendEscape(json, text[at]);
        }
        plainFrom = ++at;
    }
    json += QByteArrayView(data + plainFrom, qsizetype(size - plainFrom));
    json += '"';
    if (!valid)
        problem(QCoreApplication::translate(
            "AvroCodec", "the text is not valid UTF-8: each bad byte is shown as "
                         "U+FFFD"));
}

bool AvroJsonWriter::writeRecord(avro_value *value, const AvroType &type, int depth)
{
    json += '{';
    for (std::size_t i = 0; i < type.fields.size(); ++i) {
        const AvroType::Field &field = type.fields[i];
        json += i ? ",\"" : "\"";
        json += QByteArrayView(field.name.data(), qsizetype(field.name.size()));
        json += "\":";
        avro_value_t child;
        if (avro_value_get_by_index(value, i, &child, nullptr) != 0)
            return false;
        const AvroPath::Scope scope(m_path, AvroPath::field(field.name));
        if (!writeValue(&child, *field.type, depth + 1))
            return false;
    }
    json += '}';
    return true;
}

bool AvroJsonWriter::writeArray(avro_value *value, const AvroType &type, int depth)
{
    std::size_t size = 0;
    if (avro_value_get_size(value, &size) != 0)
        return false;
    json += '[';
    for (std::size_t i = 0; i < size; ++i) {
        json += i ? "," : "";
        avro_value_t child;
        if (avro_value_get_by_index(value, i, &child, nullptr) != 0)
            return false;
        const AvroPath::Scope scope(m_path, AvroPath::index(std::int64_t(i)));
        if (!writeValue(&child, *type.items, depth + 1))
            return false;
    }
    json += ']';
    return true;
}

bool AvroJsonWriter::writeMap(avro_value *value, const AvroType &type, int depth)
{
    std::size_t size = 0;
    if (avro_value_get_size(value, &size) != 0)
        return false;
    json += '{';
    for (std::size_t i = 0; i < size; ++i) {
        json += i ? "," : "";
        avro_value_t child;
        const char *key = nullptr;
        if (avro_value_get_by_index(value, i, &child, &key) != 0 || !key)
            return false;
        const AvroPath::Scope scope(m_path, AvroPath::key(key));
        writeString(key, std::strlen(key));
        json += ':';
        if (!writeValue(&child, *type.items, depth + 1))
            return false;
    }
    json += '}';
    return true;
}

bool AvroJsonWriter::writeUnion(avro_value *value, const AvroType &type, int depth)
{
    int branch = -1;
    avro_value_t child;
    if (avro_value_get_discriminant(value, &branch) != 0 || branch < 0 ||
        std::size_t(branch) >= type.branches.size() ||
        avro_value_get_current_branch(value, &child) != 0)
        return false;
    return writeValue(&child, *type.branches[std::size_t(branch)], depth + 1);
}

} // namespace Qafka
