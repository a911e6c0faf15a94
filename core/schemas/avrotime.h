#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace Qafka {

// Dates and times of Avro's logical types as ISO 8601 text, in the proleptic Gregorian
// calendar over the whole range of the values (no time_t, no QDateTime limits): years outside
// 0000–9999 get a sign and as many digits as they need ("-0044-03-15", "+292278-12-04").
// digits is 3 for milliseconds and 6 for microseconds.
namespace AvroTime {

std::string dateText(std::int64_t daysSinceEpoch);                 // 2024-01-31
std::string timeOfDayText(std::int64_t sinceMidnight, int digits); // 12:34:56.789; in [0, 1 day)
std::string timestampText(std::int64_t sinceEpoch, int digits, bool utc); // ...T12:34:56.789Z

// Units in a day for digits (86 400 000 for 3).
std::int64_t unitsPerDay(int digits);

// The reverse: nullopt when text is not that form or the value does not fit 64 bits. A
// timestamp needs a zone (Z, +02:00) when utc and must have none otherwise; fractions may have
// up to 9 digits, but those past digits must be zeros.
std::optional<std::int64_t> parseDate(std::string_view text);
std::optional<std::int64_t> parseTimeOfDay(std::string_view text, int digits);
std::optional<std::int64_t> parseTimestamp(std::string_view text, int digits, bool utc);

} // namespace AvroTime

} // namespace Qafka
