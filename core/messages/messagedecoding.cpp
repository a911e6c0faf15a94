#include "messages/messagedecoding.h"

#include <QByteArray>
#include <QCoreApplication>

#include <climits>
#include <vector>

namespace Qafka {

namespace {

constexpr char lowerHex[] = "0123456789abcdef";

// The length (1 to 4) of the UTF-8 sequence at p, with its code point in *codePoint, or 0 when the
// byte at p does not start a valid sequence. p < end.
int decodeUtf8(const uchar *p, const uchar *end, char32_t *codePoint)
{
    const uchar b0 = p[0];
    if (b0 < 0x80) {
        *codePoint = b0;
        return 1;
    }
    const auto continuation = [](uchar b) { return (b & 0xC0) == 0x80; };
    const qsizetype available = end - p;
    if (b0 < 0xC2) // a continuation byte, or an overlong two-byte form
        return 0;
    if (b0 < 0xE0) {
        if (available < 2 || !continuation(p[1]))
            return 0;
        *codePoint = char32_t(b0 & 0x1F) << 6 | char32_t(p[1] & 0x3F);
        return 2;
    }
    if (b0 < 0xF0) {
        if (available < 3 || !continuation(p[1]) || !continuation(p[2]))
            return 0;
        const char32_t c =
            char32_t(b0 & 0x0F) << 12 | char32_t(p[1] & 0x3F) << 6 | char32_t(p[2] & 0x3F);
        if (c < 0x800 || (c >= 0xD800 && c <= 0xDFFF))
            return 0;
        *codePoint = c;
        return 3;
    }
    if (b0 < 0xF5) {
        if (available < 4 || !continuation(p[1]) || !continuation(p[2]) || !continuation(p[3]))
            return 0;
        const char32_t c = char32_t(b0 & 0x07) << 18 | char32_t(p[1] & 0x3F) << 12 |
                           char32_t(p[2] & 0x3F) << 6 | char32_t(p[3] & 0x3F);
        if (c < 0x10000 || c > 0x10FFFF)
            return 0;
        *codePoint = c;
        return 4;
    }
    return 0;
}

void appendCodePoint(QString &out, char32_t c)
{
    if (c < 0x10000) {
        out += QChar(char16_t(c));
    } else {
        out += QChar(QChar::highSurrogate(c));
        out += QChar(QChar::lowSurrogate(c));
    }
}

void appendByteEscape(QString &out, uchar b)
{
    const char16_t escape[] = {u'\\', u'x', char16_t(lowerHex[b >> 4]),
                               char16_t(lowerHex[b & 0xF])};
    out.append(QStringView(escape, 4));
}

void appendC1Escape(QString &out, char32_t c)
{
    const char16_t escape[] = {
        u'\\', u'u', u'0', u'0', char16_t(lowerHex[(c >> 4) & 0xF]), char16_t(lowerHex[c & 0xF])};
    out.append(QStringView(escape, 6));
}

bool isC1Control(char32_t c)
{
    return c >= 0x80 && c <= 0x9F;
}

// Printable ASCII, the fast path of the decoders.
bool isPlainAscii(uchar b)
{
    return b >= 0x20 && b < 0x7F;
}

} // namespace

QString MessageDecoding::preview(std::optional<QByteArrayView> bytes, qsizetype maxChars)
{
    if (!bytes)
        return QString();
    const QChar ellipsis(0x2026);
    const QChar lineBreak(0x21B5);
    if (maxChars <= 0)
        return bytes->isEmpty() ? QStringLiteral("") : QString(ellipsis);

    const auto *p = reinterpret_cast<const uchar *>(bytes->data());
    const uchar *const end = p + bytes->size();
    // Every character shown costs at most 4 bytes; the slack lets a last sequence complete.
    const qsizetype budget = maxChars >= bytes->size() ? bytes->size() : maxChars * 4 + 4;
    const uchar *const limit = p + qMin(budget, bytes->size());

    QString out;
    out.reserve(qMin(maxChars, bytes->size()) + 8);
    bool dropIndent = false;
    while (p < limit && out.size() <= maxChars) {
        const uchar b = *p;
        if (isPlainAscii(b) && !(dropIndent && b == ' ')) {
            dropIndent = false;
            out += QChar(char16_t(b));
            ++p;
            continue;
        }
        if (dropIndent && (b == ' ' || b == '\t')) {
            ++p;
            continue;
        }
        dropIndent = false;
        char32_t c = 0;
        const int length = decodeUtf8(p, end, &c);
        if (length == 0) {
            appendByteEscape(out, b);
            ++p;
            continue;
        }
        p += length;
        if (c == '\r' && p < end && *p == '\n')
            continue; // the \n makes the break
        if (c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029) {
            out += lineBreak;
            dropIndent = true;
        } else if (c == '\t') {
            out += u' ';
        } else if (c < 0x20 || c == 0x7F) {
            appendByteEscape(out, uchar(c));
        } else if (isC1Control(c)) {
            appendC1Escape(out, c);
        } else {
            appendCodePoint(out, c);
        }
    }

    if (out.size() > maxChars) {
        qsizetype keep = maxChars;
        if (out.at(keep - 1).isHighSurrogate())
            --keep;
        out.truncate(keep);
        out += ellipsis;
    } else if (p < end) {
        out += ellipsis;
    }
    return out;
}

QString MessageDecoding::text(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.data());
    const uchar *const end = p + bytes.size();
    QString out;
    out.reserve(bytes.size());
    while (p < end) {
        const uchar *run = p;
        while (p < end && (isPlainAscii(*p) || *p == '\n' || *p == '\r' || *p == '\t'))
            ++p;
        if (p > run)
            out.append(QLatin1StringView(reinterpret_cast<const char *>(run), p - run));
        if (p == end)
            break;
        char32_t c = 0;
        const int length = decodeUtf8(p, end, &c);
        if (length == 0 || c < 0x80) { // an invalid byte, a C0 control or DEL
            appendByteEscape(out, *p);
            ++p;
            continue;
        }
        p += length;
        if (isC1Control(c))
            appendC1Escape(out, c);
        else
            appendCodePoint(out, c);
    }
    return out;
}

bool MessageDecoding::isValidUtf8(QByteArrayView bytes)
{
    return bytes.isValidUtf8();
}

std::optional<QString> MessageDecoding::prettyJson(QByteArrayView bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes = bytes.sliced(3);
    if (!bytes.isValidUtf8())
        return std::nullopt;

    const char *p = bytes.data();
    const char *const end = p + bytes.size();
    const auto skipWhitespace = [&] {
        while (p < end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t'))
            ++p;
    };
    const auto isDigit = [](char c) { return c >= '0' && c <= '9'; };
    const auto isHexDigit = [&](char c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    };

    skipWhitespace();
    if (p == end || (*p != '{' && *p != '['))
        return std::nullopt;

    QByteArray out;
    out.reserve(bytes.size() * 2);
    std::vector<char> open; // the closing bracket of each open container
    open.reserve(64);
    const auto newLine = [&] {
        out += '\n';
        out.append(qsizetype(open.size()) * 4, ' ');
    };

    // Copies one string, number or literal at p; false when it is not one.
    const auto copyScalar = [&]() -> bool {
        const char *const start = p;
        const char c = *p;
        if (c == '"') {
            ++p;
            for (;;) {
                while (p < end && *p != '"' && *p != '\\' && uchar(*p) >= 0x20)
                    ++p;
                if (p == end || uchar(*p) < 0x20)
                    return false;
                if (*p == '"')
                    break;
                ++p; // the backslash
                if (p == end)
                    return false;
                switch (*p) {
                case '"':
                case '\\':
                case '/':
                case 'b':
                case 'f':
                case 'n':
                case 'r':
                case 't':
                    ++p;
                    break;
                case 'u':
                    if (end - p < 5 || !isHexDigit(p[1]) || !isHexDigit(p[2]) ||
                        !isHexDigit(p[3]) || !isHexDigit(p[4]))
                        return false;
                    p += 5;
                    break;
                default:
                    return false;
                }
            }
            ++p; // the closing quote
        } else if (c == '-' || isDigit(c)) {
            if (*p == '-')
                ++p;
            if (p == end || !isDigit(*p))
                return false;
            if (*p == '0') {
                ++p;
            } else {
                while (p < end && isDigit(*p))
                    ++p;
            }
            if (p < end && *p == '.') {
                ++p;
                if (p == end || !isDigit(*p))
                    return false;
                while (p < end && isDigit(*p))
                    ++p;
            }
            if (p < end && (*p == 'e' || *p == 'E')) {
                ++p;
                if (p < end && (*p == '+' || *p == '-'))
                    ++p;
                if (p == end || !isDigit(*p))
                    return false;
                while (p < end && isDigit(*p))
                    ++p;
            }
        } else {
            const QByteArrayView rest(p, end - p);
            if (rest.startsWith("true") || rest.startsWith("null"))
                p += 4;
            else if (rest.startsWith("false"))
                p += 5;
            else
                return false;
        }
        out.append(start, p - start);
        return true;
    };

    // Opens an object or array at p, or copies a scalar; false on bad input.
    enum class Next { Value, FirstValue, Key, FirstKey, AfterValue };
    Next next = Next::Value;
    const auto value = [&]() -> bool {
        if (*p == '{' || *p == '[') {
            if (open.size() >= size_t(maxJsonDepth))
                return false;
            const bool object = *p == '{';
            out += *p++;
            open.push_back(object ? '}' : ']');
            next = object ? Next::FirstKey : Next::FirstValue;
            return true;
        }
        next = Next::AfterValue;
        return copyScalar();
    };

    for (;;) {
        skipWhitespace();
        if (next == Next::AfterValue && open.empty())
            break;
        if (p == end)
            return std::nullopt;
        switch (next) {
        case Next::FirstValue:
        case Next::FirstKey:
            if (*p == open.back()) {
                out += *p++;
                open.pop_back();
                next = Next::AfterValue;
                break;
            }
            newLine();
            if (next == Next::FirstValue) {
                if (!value())
                    return std::nullopt;
                break;
            }
            [[fallthrough]];
        case Next::Key:
            if (*p != '"' || !copyScalar())
                return std::nullopt;
            skipWhitespace();
            if (p == end || *p != ':')
                return std::nullopt;
            ++p;
            out += ": ";
            skipWhitespace();
            if (p == end || !value())
                return std::nullopt;
            break;
        case Next::Value:
            if (!value())
                return std::nullopt;
            break;
        case Next::AfterValue:
            if (*p == ',') {
                ++p;
                out += ',';
                newLine();
                skipWhitespace();
                if (p == end)
                    return std::nullopt;
                next = open.back() == '}' ? Next::Key : Next::Value;
            } else if (*p == open.back()) {
                ++p;
                open.pop_back();
                newLine();
                out += p[-1];
            } else {
                return std::nullopt;
            }
            break;
        }
    }
    if (p != end)
        return std::nullopt;
    return QString::fromUtf8(out);
}

QString MessageDecoding::hexDump(QByteArrayView bytes, qsizetype maxBytes)
{
    const qsizetype shown = maxBytes < 0 ? bytes.size() : qMin(bytes.size(), maxBytes);
    const auto *data = reinterpret_cast<const uchar *>(bytes.data());
    QString out;
    out.reserve((shown / 16 + 2) * 80);
    for (qsizetype lineStart = 0; lineStart < shown; lineStart += 16) {
        char line[96];
        int at = 0;
        // At least 8 digits, more past 4 GiB.
        int digits = 8;
        while (digits < 16 && (quint64(lineStart) >> (digits * 4)) != 0)
            ++digits;
        for (int d = digits - 1; d >= 0; --d)
            line[at++] = lowerHex[(quint64(lineStart) >> (d * 4)) & 0xF];
        line[at++] = ' ';
        line[at++] = ' ';
        const qsizetype count = qMin<qsizetype>(16, shown - lineStart);
        for (qsizetype i = 0; i < 16; ++i) {
            if (i < count) {
                line[at++] = lowerHex[data[lineStart + i] >> 4];
                line[at++] = lowerHex[data[lineStart + i] & 0xF];
            } else {
                line[at++] = ' ';
                line[at++] = ' ';
            }
            line[at++] = ' ';
            if (i == 7)
                line[at++] = ' ';
        }
        line[at++] = ' ';
        line[at++] = '|';
        for (qsizetype i = 0; i < count; ++i) {
            const uchar b = data[lineStart + i];
            line[at++] = isPlainAscii(b) ? char(b) : '.';
        }
        line[at++] = '|';
        if (lineStart > 0)
            out += u'\n';
        out.append(QLatin1StringView(line, at));
    }
    if (shown < bytes.size()) {
        if (!out.isEmpty())
            out += u'\n';
        // Computed apart: Qt 6.4's lupdate never returns from a template call among tr()'s
        // arguments.
        const int rest = int(qMin<qsizetype>(bytes.size() - shown, INT_MAX));
        out += QCoreApplication::translate("MessageDecoding", "%n more byte(s) not shown", nullptr,
                                           rest);
    }
    return out;
}

QString MessageDecoding::base64(QByteArrayView bytes)
{
    return QString::fromLatin1(QByteArray::fromRawData(bytes.data(), bytes.size()).toBase64());
}

} // namespace Qafka
