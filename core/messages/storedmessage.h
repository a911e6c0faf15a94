#pragma once

// The compact form in which the message browser keeps messages: a 40-byte record per message and
// the key, value and header bytes packed one after another in shared byte chunks. Display text is
// made lazily from these, for the rows a view asks for.

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QtGlobal>

#include <cstring>
#include <optional>

namespace Qafka {

// As librdkafka reports it.
enum class TimestampType : quint8 { NotAvailable = 0, CreateTime = 1, LogAppendTime = 2 };

// Where a message's bytes live: chunk (a store-wide sequence number) and position in it; the key
// comes first, then the value, then the headers blob. A length of kNullLength means null.
struct MessageRecord
{
    static constexpr quint32 kNullLength = 0xFFFFFFFFu;

    qint64 offset = -1;
    qint64 timestampMs = -1;
    quint32 chunk = 0;
    quint32 position = 0;
    quint32 keyLength = kNullLength;
    quint32 valueLength = kNullLength;
    quint32 headersLength : 28 = 0; // bytes of the headers blob, 0 without headers
    quint32 timestampType : 2 = 0;
    quint32 reserved : 2 = 0;
    qint32 partition = -1;

    bool keyIsNull() const { return keyLength == kNullLength; }
    bool valueIsNull() const { return valueLength == kNullLength; }
    quint32 keyBytes() const { return keyIsNull() ? 0 : keyLength; }
    quint32 valueBytes() const { return valueIsNull() ? 0 : valueLength; }
    quint32 payloadBytes() const { return keyBytes() + valueBytes() + headersLength; }
};
static_assert(sizeof(MessageRecord) == 40, "the browser's memory budget counts on 40 bytes");

// One message's bytes, pointing into a chunk that outlives the view.
struct MessageBytes
{
    std::optional<QByteArrayView> key;
    std::optional<QByteArrayView> value;
    QByteArrayView headers; // the blob; see HeaderBlob
};

// Headers packed as: for each, u32 name length, name, u32 value length (kNullLength: null),
// value; integers in host byte order (the blob never leaves the process).
namespace HeaderBlob {

struct Header
{
    QByteArrayView name;
    std::optional<QByteArrayView> value;
};

inline void append(QByteArray &blob, QByteArrayView name, std::optional<QByteArrayView> value)
{
    const quint32 nameLength = quint32(name.size());
    const quint32 valueLength = value ? quint32(value->size()) : MessageRecord::kNullLength;
    blob.append(reinterpret_cast<const char *>(&nameLength), sizeof nameLength);
    blob.append(name);
    blob.append(reinterpret_cast<const char *>(&valueLength), sizeof valueLength);
    if (value)
        blob.append(*value);
}

// Calls visit(const Header &) for each header; stops early at a truncated blob.
template <typename Visitor> void forEach(QByteArrayView blob, Visitor &&visit)
{
    qsizetype at = 0;
    const auto readLength = [&](quint32 *length) {
        if (blob.size() - at < qsizetype(sizeof(quint32)))
            return false;
        std::memcpy(length, blob.data() + at, sizeof(quint32));
        at += sizeof(quint32);
        return true;
    };
    while (at < blob.size()) {
        quint32 nameLength = 0;
        if (!readLength(&nameLength) || blob.size() - at < qsizetype(nameLength))
            return;
        Header header{blob.sliced(at, nameLength), std::nullopt};
        at += nameLength;
        quint32 valueLength = 0;
        if (!readLength(&valueLength))
            return;
        if (valueLength != MessageRecord::kNullLength) {
            if (blob.size() - at < qsizetype(valueLength))
                return;
            header.value = blob.sliced(at, valueLength);
            at += valueLength;
        }
        visit(header);
    }
}

inline int count(QByteArrayView blob)
{
    int n = 0;
    forEach(blob, [&n](const Header &) { ++n; });
    return n;
}

} // namespace HeaderBlob

} // namespace Qafka
