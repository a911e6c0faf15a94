#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace Qafka {

// Avro's decimal logical type: an unscaled integer of any size in big-endian two's complement,
// worth unscaled × 10^-scale. Converted to and from decimal text without going through a
// fixed-size integer or a double.
namespace AvroDecimal {

// The value as a JSON number with exactly scale digits after the point ("-12.3400", "0.00",
// "42"); *digits (when given) is how many digits the unscaled integer has.
std::string toText(const unsigned char *bytes, std::size_t size, int scale, int *digits = nullptr);

enum class Problem { NotANumber, TooManyFractionDigits, TooManyDigits, TooLargeForFixed };

// The shortest two's complement bytes of a number written as text ("12.5", "-3", "1.25e2"),
// sign-extended to fixedSize bytes when fixedSize is not -1. Fraction digits beyond the scale
// are refused unless they are zeros.
std::optional<std::string> fromText(std::string_view text, int precision, int scale,
                                    std::int64_t fixedSize, Problem *problem);

} // namespace AvroDecimal

} // namespace Qafka
