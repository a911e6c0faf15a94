#pragma once

// Internal: how message bytes are written as JSON, shared by MessageFile (which reads them back)
// and MessageExport, so an exported line always reads back byte for byte.

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace Qafka::JsonWriting {

inline constexpr QByteArrayView utf8Bom("\xEF\xBB\xBF");

// Appends utf8 (which must be valid UTF-8) as a JSON string literal.
inline void appendString(QByteArray &out, QByteArrayView utf8)
{
    static constexpr char hex[] = "0123456789abcdef";
    out += '"';
    const qsizetype size = utf8.size();
    for (qsizetype i = 0; i < size; ++i) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        default:
            if (c < 0x20) {
                out += "\\u00";
                out += hex[c >> 4];
                out += hex[c & 0xf];
            } else if (c == 0xEF && utf8.sliced(i).startsWith(utf8Bom)) {
                // Qt's UTF-8 decoder drops a leading U+FEFF as a byte order mark; the escape
                // survives.
                out += "\\ufeff";
                i += 2;
            } else {
                out += char(c);
            }
        }
    }
    out += '"';
}

// Kafka bytes: null, a JSON string when valid UTF-8, else {"base64":"..."}.
inline void appendBytes(QByteArray &out, std::optional<QByteArrayView> bytes)
{
    if (!bytes) {
        out += "null";
    } else if (bytes->isValidUtf8()) {
        appendString(out, *bytes);
    } else {
        out += "{\"base64\":\"";
        out += QByteArray::fromRawData(bytes->data(), bytes->size()).toBase64();
        out += "\"}";
    }
}

} // namespace Qafka::JsonWriting
