#include "schemas/avrobinarycheck.h"

#include "schemas/avrotype.h"
#include "schemas/jsonnode.h"

#include <QCoreApplication>

#include <limits>

namespace Qafka {

namespace {

using Kind = AvroType::Kind;

} // namespace

AvroBinaryCheck::AvroBinaryCheck(QByteArrayView payload, QString schemaName)
    : m_payload(payload)
    , m_schemaName(std::move(schemaName))
{}

bool AvroBinaryCheck::run(const AvroType &type, QString *error)
{
    m_at = 0;
    m_emptyItems = 0;
    if (check(type, 0))
        return true;
    *error = m_error;
    return false;
}

bool AvroBinaryCheck::fail(const QString &problem, qsizetype at)
{
    m_error = QCoreApplication::translate(
                  "AvroCodec", "%1: %2 (at byte %3): the payload does not match the schema %4.")
                  .arg(m_path.toString(), problem)
                  .arg(at)
                  .arg(m_schemaName);
    return false;
}

bool AvroBinaryCheck::failEnd()
{
    m_error =
        QCoreApplication::translate("AvroCodec",
                                    "The payload ends after %n byte(s), in %1: it is cut short or "
                                    "does not match the schema %2.",
                                    nullptr, int(m_payload.size()))
            .arg(m_path.toString(), m_schemaName);
    return false;
}

bool AvroBinaryCheck::need(std::int64_t bytes)
{
    if (bytes > m_payload.size() - m_at)
        return failEnd();
    m_at += qsizetype(bytes);
    return true;
}

// A zig-zag varint of at most 10 bytes, the 10th holding only the top bit.
bool AvroBinaryCheck::readLong(std::int64_t *value)
{
    const qsizetype start = m_at;
    std::uint64_t raw = 0;
    for (int shift = 0; shift < 70; shift += 7) {
        if (m_at >= m_payload.size())
            return failEnd();
        const auto byte = static_cast<unsigned char>(m_payload[m_at++]);
        if (shift == 63 && byte > 1)
            return fail(QCoreApplication::translate("AvroCodec", "a number is longer than 64 bits"),
                        start);
        raw |= std::uint64_t(byte & 0x7f) << shift;
        if (!(byte & 0x80)) {
            *value = std::int64_t(raw >> 1) ^ -std::int64_t(raw & 1);
            return true;
        }
    }
    return fail(QCoreApplication::translate("AvroCodec", "a number is longer than 64 bits"), start);
}

bool AvroBinaryCheck::check(const AvroType &type, int depth)
{
    if (depth > JsonNode::maxDepth)
        return fail(QCoreApplication::translate("AvroCodec", "values nest more than %1 levels deep")
                        .arg(JsonNode::maxDepth),
                    m_at);
    std::int64_t number = 0;
    switch (type.kind) {
    case Kind::Null:
        return true;
    case Kind::Boolean:
        return checkBoolean();
    case Kind::Long:
        return readLong(&number);
    case Kind::Float:
        return need(4);
    case Kind::Double:
        return need(8);
    case Kind::Fixed:
        return need(type.fixedSize);
    case Kind::Int:
    case Kind::Bytes:
    case Kind::String:
    case Kind::Enum:
    case Kind::Union:
        return checkCounted(type, depth);
    case Kind::Record:
        for (const AvroType::Field &field : type.fields) {
            const AvroPath::Scope scope(m_path, AvroPath::field(field.name));
            if (!check(*field.type, depth + 1))
                return false;
        }
        return true;
    case Kind::Array:
    case Kind::Map:
        return checkBlocks(type, depth);
    }
    return false;
}

bool AvroBinaryCheck::checkBoolean()
{
    const qsizetype start = m_at;
    if (!need(1))
        return false;
    const auto byte = static_cast<unsigned char>(m_payload[start]);
    if (byte > 1)
        return fail(QCoreApplication::translate("AvroCodec", "the byte 0x%1 is not a boolean")
                        .arg(byte, 2, 16, QLatin1Char('0')),
                    start);
    return true;
}

// The types that start with a number in range: an int, a length, a symbol, a branch.
bool AvroBinaryCheck::checkCounted(const AvroType &type, int depth)
{
    const qsizetype start = m_at;
    std::int64_t number = 0;
    if (!readLong(&number))
        return false;
    switch (type.kind) {
    case Kind::Int:
        if (number < std::numeric_limits<std::int32_t>::min() ||
            number > std::numeric_limits<std::int32_t>::max())
            return fail(
                QCoreApplication::translate("AvroCodec", "%1 does not fit an int").arg(number),
                start);
        return true;
    case Kind::Enum:
        if (number < 0 || number >= std::int64_t(type.symbols.size()))
            return fail(QCoreApplication::translate(
                            "AvroCodec", "the enum %1 has no symbol number %2 (it has %n)", nullptr,
                            int(type.symbols.size()))
                            .arg(QString::fromStdString(type.fullName))
                            .arg(number),
                        start);
        return true;
    case Kind::Union:
        if (number < 0 || number >= std::int64_t(type.branches.size()))
            return fail(QCoreApplication::translate("AvroCodec",
                                                    "the union has no branch number %1 (it has %n)",
                                                    nullptr, int(type.branches.size()))
                            .arg(number),
                        start);
        return check(*type.branches[std::size_t(number)], depth + 1);
    default: // bytes and string: the length
        if (number < 0)
            return fail(
                QCoreApplication::translate("AvroCodec", "the length %1 is negative").arg(number),
                start);
        return need(number);
    }
}

// Arrays and maps: blocks of a count (negative: followed by the block's size in bytes) and
// that many items, up to a count of 0.
bool AvroBinaryCheck::checkBlocks(const AvroType &type, int depth)
{
    std::int64_t index = 0;
    for (;;) {
        const qsizetype start = m_at;
        std::int64_t count = 0;
        if (!readLong(&count))
            return false;
        if (count == 0)
            return true;
        if (count == std::numeric_limits<std::int64_t>::min())
            return fail(
                QCoreApplication::translate("AvroCodec", "the item count %1 is not possible")
                    .arg(count),
                start);
        if (count < 0) {
            count = -count;
            std::int64_t blockSize = 0;
            if (!readLong(&blockSize))
                return false;
        }
        const bool empty = type.kind == Kind::Array && type.items->encodesToNothing;
        if (!empty && count > m_payload.size() - m_at)
            return failEnd();
        if (empty && count > maxEmptyItems - m_emptyItems)
            return fail(
                QCoreApplication::translate("AvroCodec", "more than %1 items that take no bytes")
                    .arg(maxEmptyItems),
                start);
        m_emptyItems += empty ? count : 0;
        for (std::int64_t i = 0; i < count; ++i, ++index) {
            if (type.kind == Kind::Map) {
                if (!checkMapEntry(type, depth))
                    return false;
                continue;
            }
            const AvroPath::Scope scope(m_path, AvroPath::index(index));
            if (!check(*type.items, depth + 1))
                return false;
        }
    }
}

bool AvroBinaryCheck::checkMapEntry(const AvroType &type, int depth)
{
    const qsizetype start = m_at;
    std::int64_t length = 0;
    if (!readLong(&length))
        return false;
    if (length < 0)
        return fail(
            QCoreApplication::translate("AvroCodec", "the length %1 of a map key is negative")
                .arg(length),
            start);
    const qsizetype keyStart = m_at;
    if (!need(length))
        return false;
    const std::string_view key(m_payload.data() + keyStart, std::size_t(length));
    const AvroPath::Scope scope(m_path, AvroPath::key(key));
    return check(*type.items, depth + 1);
}

} // namespace Qafka
