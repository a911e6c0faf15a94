#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace Qafka {

// Turns message bytes (keys, values, header values) into text for the message table and the
// detail view. Nothing here throws away information silently: bytes that are not valid UTF-8 show
// as \xNN escapes (two lower-case hex digits, one escape per byte), so binary data stays visible.
//
// UTF-8 validity is strict, as in Qt and MessageFile: overlong forms, encoded surrogates, code
// points above U+10FFFF and truncated sequences are invalid; noncharacters are valid.
class MessageDecoding
{
public:
    // One line for a table cell; null gives a null QString (the model shows null and empty apart
    // itself). A line break (LF, CRLF, CR, U+2028, U+2029) shows as "↵" and the spaces and tabs
    // that indent the next line are dropped, so pretty-printed JSON stays readable in a narrow
    // column; a tab is a space; other C0 controls and DEL show as \xNN, C1 controls as \u00NN.
    // At most maxChars characters of text, then "…" when anything was left out. Reads only about
    // the first 4 * maxChars bytes, however large the value.
    static QString preview(std::optional<QByteArrayView> bytes, qsizetype maxChars);

    // The whole text for the detail view: LF, CR and tab kept, other C0 controls and DEL as
    // \xNN, C1 controls as \u00NN, invalid UTF-8 bytes as \xNN.
    static QString text(QByteArrayView bytes);

    static bool isValidUtf8(QByteArrayView bytes);

    // The JSON text indented by 4 spaces per level ("key": value, one member or element per
    // line, {} and [] for empty containers), or nullopt when bytes are not one JSON object or
    // array (RFC 8259, strict: no trailing commas, comments, single quotes, NaN, leading zeros,
    // nor anything after the closing bracket; surrounding whitespace and a leading UTF-8 byte
    // order mark are fine). A top-level scalar (42, "text", true, null) gives nullopt: pretty
    // printing would add nothing. Tokens are copied as written: numbers keep their spelling and
    // precision (12345678901234567890, 1.0e3), strings keep their escapes. Nesting deeper than
    // maxJsonDepth gives nullopt; the parser is iterative and linear in the input.
    static std::optional<QString> prettyJson(QByteArrayView bytes);
    static constexpr int maxJsonDepth = 512;

    // Like hexdump -C without its final offset line:
    //   00000000  48 65 6c 6c 6f 0a 00 01  02 03 04 05 06 07 08 09  |Hello...........|
    // Lines are joined by \n, with no newline after the last. At most maxBytes bytes (all when
    // negative); when some are left out, a last line says how many.
    static QString hexDump(QByteArrayView bytes, qsizetype maxBytes);

    static QString base64(QByteArrayView bytes);
};

} // namespace Qafka
