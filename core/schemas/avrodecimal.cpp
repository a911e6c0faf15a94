#include "schemas/avrodecimal.h"

#include <algorithm>
#include <vector>

namespace Qafka::AvroDecimal {

namespace {

using Bytes = std::vector<unsigned char>;

// Beyond any sensible precision, and short enough for the quadratic conversions here.
constexpr std::int64_t maxDigits = 4000;

// Two's complement negation in place: invert every byte and add one.
void negate(Bytes &bytes)
{
    unsigned carry = 1;
    for (auto at = bytes.rbegin(); at != bytes.rend(); ++at) {
        const unsigned sum = unsigned(static_cast<unsigned char>(~*at)) + carry;
        *at = static_cast<unsigned char>(sum);
        carry = sum >> 8;
    }
}

// The decimal digits of an unsigned big-endian integer, by repeated division by 10^9.
std::string magnitudeDigits(Bytes magnitude)
{
    constexpr std::uint64_t chunk = 1000000000;
    std::string digits;
    auto first = std::find_if(magnitude.begin(), magnitude.end(), [](auto b) { return b != 0; });
    while (first != magnitude.end()) {
        std::uint64_t remainder = 0;
        for (auto at = first; at != magnitude.end(); ++at) {
            const std::uint64_t current = remainder * 256 + *at;
            *at = static_cast<unsigned char>(current / chunk);
            remainder = current % chunk;
        }
        for (int i = 0; i < 9; ++i, remainder /= 10)
            digits += char('0' + remainder % 10);
        first = std::find_if(first, magnitude.end(), [](auto b) { return b != 0; });
    }
    while (digits.size() > 1 && digits.back() == '0')
        digits.pop_back();
    if (digits.empty())
        digits.push_back('0');
    std::reverse(digits.begin(), digits.end());
    return digits;
}

// Big-endian unsigned bytes of a string of decimal digits.
Bytes digitsMagnitude(std::string_view digits)
{
    Bytes bytes;
    for (const char digit : digits) {
        unsigned carry = unsigned(digit - '0');
        for (auto at = bytes.rbegin(); at != bytes.rend(); ++at) {
            const unsigned product = unsigned(*at) * 10 + carry;
            *at = static_cast<unsigned char>(product);
            carry = product >> 8;
        }
        if (carry)
            bytes.insert(bytes.begin(), static_cast<unsigned char>(carry));
    }
    return bytes;
}

struct Parsed
{
    bool negative = false;
    std::string digits;          // integer and fraction digits together
    std::int64_t pointAfter = 0; // how many of digits come before the point
};

// A number as JSON writes it, with an optional + sign and without its exponent limits.
std::optional<Parsed> parseNumber(std::string_view text)
{
    Parsed parsed;
    std::size_t at = 0;
    if (at < text.size() && (text[at] == '-' || text[at] == '+'))
        parsed.negative = text[at++] == '-';
    const auto digitRun = [&] {
        const std::size_t start = at;
        while (at < text.size() && text[at] >= '0' && text[at] <= '9')
            parsed.digits += text[at++];
        return at - start;
    };
    const std::size_t integerDigits = digitRun();
    parsed.pointAfter = std::int64_t(integerDigits);
    const std::size_t fractionDigits = at < text.size() && text[at] == '.' ? (++at, digitRun()) : 0;
    if (integerDigits + fractionDigits == 0)
        return std::nullopt;
    if (at < text.size() && (text[at] == 'e' || text[at] == 'E')) {
        ++at;
        const bool negative = at < text.size() && text[at] == '-';
        at += at < text.size() && (text[at] == '-' || text[at] == '+');
        std::int64_t exponent = 0;
        const std::size_t start = at;
        while (at < text.size() && text[at] >= '0' && text[at] <= '9' && exponent < 100000)
            exponent = exponent * 10 + (text[at++] - '0');
        if (at == start || exponent >= 100000)
            return std::nullopt;
        parsed.pointAfter += negative ? -exponent : exponent;
    }
    if (at != text.size())
        return std::nullopt;
    return parsed;
}

} // namespace

std::string toText(const unsigned char *bytes, std::size_t size, int scale, int *digitCount)
{
    Bytes magnitude(bytes, bytes + size);
    const bool negative = size > 0 && (bytes[0] & 0x80);
    if (negative)
        negate(magnitude);
    std::string digits = magnitudeDigits(std::move(magnitude));
    if (digitCount)
        *digitCount = int(digits.size());
    if (scale > 0) {
        if (digits.size() <= std::size_t(scale))
            digits.insert(0, std::size_t(scale) + 1 - digits.size(), '0');
        digits.insert(digits.size() - std::size_t(scale), 1, '.');
    }
    const bool zero =
        std::all_of(digits.begin(), digits.end(), [](char c) { return c == '0' || c == '.'; });
    return negative && !zero ? '-' + digits : digits;
}

std::optional<std::string> fromText(std::string_view text, int precision, int scale,
                                    std::int64_t fixedSize, Problem *problem)
{
    const auto fail = [problem](Problem why) {
        *problem = why;
        return std::nullopt;
    };
    auto parsed = parseNumber(text);
    if (!parsed)
        return fail(Problem::NotANumber);
    // Make the unscaled integer: exactly scale digits after the point.
    std::int64_t fraction = std::int64_t(parsed->digits.size()) - parsed->pointAfter;
    std::string &digits = parsed->digits;
    for (; fraction > scale; --fraction) {
        if (!digits.empty() && digits.back() != '0')
            return fail(Problem::TooManyFractionDigits);
        if (!digits.empty())
            digits.pop_back();
    }
    const auto firstDigit = digits.find_first_not_of('0');
    digits.erase(0, firstDigit == std::string::npos ? digits.size() : firstDigit);
    const std::int64_t unscaledDigits = std::int64_t(digits.size()) + (scale - fraction);
    if (!digits.empty() && (unscaledDigits > precision || unscaledDigits > maxDigits))
        return fail(Problem::TooManyDigits);
    if (!digits.empty())
        digits.append(std::size_t(scale - fraction), '0');
    Bytes bytes = digitsMagnitude(digits);
    const bool negative = parsed->negative && !bytes.empty();
    if (negative)
        negate(bytes);
    const unsigned char sign = negative ? 0xff : 0x00;
    if (bytes.empty() || (bytes.front() & 0x80) != (sign & 0x80))
        bytes.insert(bytes.begin(), sign);
    if (fixedSize >= 0) {
        if (std::int64_t(bytes.size()) > fixedSize)
            return fail(Problem::TooLargeForFixed);
        bytes.insert(bytes.begin(), std::size_t(fixedSize) - bytes.size(), sign);
    }
    return std::string(bytes.begin(), bytes.end());
}

} // namespace Qafka::AvroDecimal
