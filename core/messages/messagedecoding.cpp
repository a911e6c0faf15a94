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

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isHexDigit(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// The scanners below take the start of a JSON token and return the end of it, or nullptr when
// the bytes there are not that token. Plain pointers rather than members of the printer, so the
// compiler keeps them in registers in the hot loops.

// A string, from its opening quote.
const char *stringEnd(const char *p, const char *end)
{
    ++p; // the opening quote
    for (;;) {
        while (p < end && *p != '"' && *p != '\\' && uchar(*p) >= 0x20)
            ++p;
        if (p == end || uchar(*p) < 0x20)
            return nullptr;
        if (*p == '"')
            return p + 1;
        ++p; // the backslash
        if (p == end)
            return nullptr;
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
            if (end - p < 5 || !isHexDigit(p[1]) || !isHexDigit(p[2]) || !isHexDigit(p[3]) ||
                !isHexDigit(p[4]))
                return nullptr;
            p += 5;
            break;
        default:
            return nullptr;
        }
    }
}

// A run of one or more digits.
const char *digitsEnd(const char *p, const char *end)
{
    if (p == end || !isDigit(*p))
        return nullptr;
    while (p < end && isDigit(*p))
        ++p;
    return p;
}

// A number, from its minus sign or first digit.
const char *numberEnd(const char *p, const char *end)
{
    if (*p == '-')
        ++p;
    if (p == end || !isDigit(*p))
        return nullptr;
    p = *p == '0' ? p + 1 : digitsEnd(p, end); // no leading zeros
    if (p < end && *p == '.') {
        p = digitsEnd(p + 1, end);
        if (!p)
            return nullptr;
    }
    if (p < end && (*p == 'e' || *p == 'E')) {
        ++p;
        if (p < end && (*p == '+' || *p == '-'))
            ++p;
        p = digitsEnd(p, end);
    }
    return p;
}

// A string, number or literal.
const char *scalarEnd(const char *p, const char *end)
{
    if (*p == '"')
        return stringEnd(p, end);
    if (*p == '-' || isDigit(*p))
        return numberEnd(p, end);
    const QByteArrayView rest(p, end - p);
    if (rest.startsWith("true") || rest.startsWith("null"))
        return p + 4;
    if (rest.startsWith("false"))
        return p + 5;
    return nullptr;
}

// MessageDecoding::prettyJson's parser: a state machine with an explicit stack of open
// containers, so deep nesting cannot overflow the call stack. Tokens are copied as written.
class JsonPrettyPrinter
{
public:
    explicit JsonPrettyPrinter(QByteArrayView bytes)
        : m_p(bytes.data())
        , m_end(bytes.data() + bytes.size())
    {
        m_out.reserve(bytes.size() * 2);
        m_open.reserve(64);
    }

    std::optional<QString> run()
    {
        skipWhitespace();
        if (m_p == m_end || (*m_p != '{' && *m_p != '['))
            return std::nullopt;
        for (;;) {
            skipWhitespace();
            if (m_next == Next::AfterValue && m_open.empty())
                break;
            if (m_p == m_end || !step())
                return std::nullopt;
        }
        if (m_p != m_end)
            return std::nullopt;
        return QString::fromUtf8(m_out);
    }

private:
    enum class Next { Value, FirstValue, Key, FirstKey, AfterValue };

    void skipWhitespace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }

    void newLine()
    {
        m_out += '\n';
        m_out.append(qsizetype(m_open.size()) * 4, ' ');
    }

    // One step of the machine at a non-blank byte; false on bad input.
    bool step()
    {
        switch (m_next) {
        case Next::FirstValue:
        case Next::FirstKey:
            return firstInContainer();
        case Next::Key:
            return member();
        case Next::Value:
            return value();
        case Next::AfterValue:
            return afterValue();
        }
        return false;
    }

    // Just after { or [: its closing bracket, or its first member or element on a new line.
    bool firstInContainer()
    {
        if (*m_p == m_open.back()) {
            m_out += *m_p++;
            m_open.pop_back();
            m_next = Next::AfterValue;
            return true;
        }
        newLine();
        return m_next == Next::FirstValue ? value() : member();
    }

    // "key": value
    bool member()
    {
        if (*m_p != '"' || !copyScalar())
            return false;
        skipWhitespace();
        if (m_p == m_end || *m_p != ':')
            return false;
        ++m_p;
        m_out += ": ";
        skipWhitespace();
        return m_p != m_end && value();
    }

    // Opens an object or array, or copies a scalar.
    bool value()
    {
        if (*m_p == '{' || *m_p == '[') {
            if (m_open.size() >= size_t(MessageDecoding::maxJsonDepth))
                return false;
            const bool object = *m_p == '{';
            m_out += *m_p++;
            m_open.push_back(object ? '}' : ']');
            m_next = object ? Next::FirstKey : Next::FirstValue;
            return true;
        }
        m_next = Next::AfterValue;
        return copyScalar();
    }

    // A comma and the next member or element on a new line, or the closing bracket on a line of
    // its own.
    bool afterValue()
    {
        if (*m_p == ',') {
            ++m_p;
            m_out += ',';
            newLine();
            skipWhitespace();
            if (m_p == m_end)
                return false;
            m_next = m_open.back() == '}' ? Next::Key : Next::Value;
            return true;
        }
        if (*m_p != m_open.back())
            return false;
        ++m_p;
        m_open.pop_back();
        newLine();
        m_out += m_p[-1];
        return true;
    }

    bool copyScalar()
    {
        const char *const tokenEnd = scalarEnd(m_p, m_end);
        if (!tokenEnd)
            return false;
        m_out.append(m_p, tokenEnd - m_p);
        m_p = tokenEnd;
        return true;
    }

    const char *m_p;
    const char *const m_end;
    QByteArray m_out;
    std::vector<char> m_open; // the closing bracket of each open container
    Next m_next = Next::Value;
};

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
    return JsonPrettyPrinter(bytes).run();
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
