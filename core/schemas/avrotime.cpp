#include "schemas/avrotime.h"

#include <cinttypes>
#include <cstdio>
#include <limits>

namespace Qafka::AvroTime {

namespace {

struct CivilDate
{
    std::int64_t year = 1970;
    int month = 1;
    int day = 1;
};

// Howard Hinnant's days_from_civil / civil_from_days: exact for the whole proleptic Gregorian
// calendar, with no overflow for the days an Avro long of microseconds can reach.
std::int64_t daysFromCivil(CivilDate date)
{
    const std::int64_t y = date.year - (date.month <= 2);
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const std::int64_t yearOfEra = y - era * 400;
    const std::int64_t dayOfYear =
        (153 * (date.month > 2 ? date.month - 3 : date.month + 9) + 2) / 5 + date.day - 1;
    const std::int64_t dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

CivilDate civilFromDays(std::int64_t days)
{
    days += 719468;
    const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
    const std::int64_t dayOfEra = days - era * 146097;
    const std::int64_t yearOfEra =
        (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const std::int64_t dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const std::int64_t shiftedMonth = (5 * dayOfYear + 2) / 153;
    CivilDate date;
    date.day = int(dayOfYear - (153 * shiftedMonth + 2) / 5 + 1);
    date.month = int(shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9);
    date.year = yearOfEra + era * 400 + (date.month <= 2);
    return date;
}

int daysInMonth(std::int64_t year, int month)
{
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

std::int64_t powerOfTen(int digits)
{
    std::int64_t power = 1;
    for (int i = 0; i < digits; ++i)
        power *= 10;
    return power;
}

// Reads ISO 8601 text from left to right.
class Cursor
{
public:
    explicit Cursor(std::string_view text)
        : m_text(text)
    {}

    bool done() const { return m_at == m_text.size(); }
    bool peek(char c) const { return m_at < m_text.size() && m_text[m_at] == c; }
    bool eat(char c)
    {
        if (!peek(c))
            return false;
        ++m_at;
        return true;
    }
    // A run of min to max digits (as many as there are).
    bool number(int min, int max, std::int64_t *value, int *count = nullptr)
    {
        int n = 0;
        *value = 0;
        while (n < max && m_at < m_text.size() && m_text[m_at] >= '0' && m_text[m_at] <= '9') {
            *value = *value * 10 + (m_text[m_at++] - '0');
            ++n;
        }
        if (count)
            *count = n;
        return n >= min && !(m_at < m_text.size() && m_text[m_at] >= '0' && m_text[m_at] <= '9');
    }

private:
    std::string_view m_text;
    std::size_t m_at = 0;
};

std::optional<std::int64_t> readDate(Cursor &cursor)
{
    const bool negative = cursor.eat('-');
    const bool signed_ = negative || cursor.eat('+');
    std::int64_t year = 0, month = 0, day = 0;
    if (!cursor.number(4, signed_ ? 9 : 4, &year) || !cursor.eat('-') ||
        !cursor.number(2, 2, &month) || !cursor.eat('-') || !cursor.number(2, 2, &day))
        return std::nullopt;
    year = negative ? -year : year;
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, int(month)))
        return std::nullopt;
    return daysFromCivil({year, int(month), int(day)});
}

// The fraction of a second in units of 10^-digits; digits past those must be zeros.
std::optional<std::int64_t> readFraction(Cursor &cursor, int digits)
{
    if (!cursor.eat('.'))
        return 0;
    std::int64_t all = 0;
    int count = 0;
    if (!cursor.number(1, 9, &all, &count))
        return std::nullopt;
    if (count <= digits)
        return all * powerOfTen(digits - count);
    const std::int64_t dropped = powerOfTen(count - digits);
    if (all % dropped != 0)
        return std::nullopt;
    return all / dropped;
}

std::optional<std::int64_t> readTime(Cursor &cursor, int digits)
{
    std::int64_t hour = 0, minute = 0, second = 0;
    if (!cursor.number(2, 2, &hour) || !cursor.eat(':') || !cursor.number(2, 2, &minute))
        return std::nullopt;
    if (cursor.eat(':') && !cursor.number(2, 2, &second))
        return std::nullopt;
    const auto fraction = readFraction(cursor, digits);
    if (!fraction || hour > 23 || minute > 59 || second > 59)
        return std::nullopt;
    return ((hour * 60 + minute) * 60 + second) * powerOfTen(digits) + *fraction;
}

// The zone's offset from UTC in minutes: Z, +02:00, -0530, +01.
std::optional<std::int64_t> readZone(Cursor &cursor)
{
    if (cursor.eat('Z') || cursor.eat('z'))
        return 0;
    const bool negative = cursor.peek('-');
    if (!cursor.eat('-') && !cursor.eat('+'))
        return std::nullopt;
    std::int64_t hours = 0, minutes = 0;
    if (!cursor.number(2, 2, &hours))
        return std::nullopt;
    if (cursor.eat(':') ? !cursor.number(2, 2, &minutes) : !cursor.number(0, 2, &minutes))
        return std::nullopt;
    if (hours > 23 || minutes > 59)
        return std::nullopt;
    return (negative ? -1 : 1) * (hours * 60 + minutes);
}

std::string yearText(std::int64_t year)
{
    char text[32];
    if (year >= 0 && year <= 9999)
        std::snprintf(text, sizeof text, "%04" PRId64, year);
    else
        std::snprintf(text, sizeof text, "%c%04" PRIu64, year < 0 ? '-' : '+',
                      year < 0 ? std::uint64_t(0) - std::uint64_t(year) : std::uint64_t(year));
    return text;
}

} // namespace

std::int64_t unitsPerDay(int digits)
{
    return 86400 * powerOfTen(digits);
}

std::string dateText(std::int64_t daysSinceEpoch)
{
    const CivilDate date = civilFromDays(daysSinceEpoch);
    char text[16];
    std::snprintf(text, sizeof text, "-%02d-%02d", date.month, date.day);
    return yearText(date.year) + text;
}

std::string timeOfDayText(std::int64_t sinceMidnight, int digits)
{
    const std::int64_t perSecond = powerOfTen(digits);
    const std::int64_t seconds = sinceMidnight / perSecond;
    char text[32];
    std::snprintf(text, sizeof text, "%02d:%02d:%02d.%0*" PRId64, int(seconds / 3600),
                  int(seconds / 60 % 60), int(seconds % 60), digits, sinceMidnight % perSecond);
    return text;
}

std::string timestampText(std::int64_t sinceEpoch, int digits, bool utc)
{
    const std::int64_t perDay = unitsPerDay(digits);
    std::int64_t days = sinceEpoch / perDay;
    std::int64_t rest = sinceEpoch % perDay;
    if (rest < 0) {
        days -= 1;
        rest += perDay;
    }
    return dateText(days) + 'T' + timeOfDayText(rest, digits) + (utc ? "Z" : "");
}

std::optional<std::int64_t> parseDate(std::string_view text)
{
    Cursor cursor(text);
    const auto days = readDate(cursor);
    return days && cursor.done() ? days : std::nullopt;
}

std::optional<std::int64_t> parseTimeOfDay(std::string_view text, int digits)
{
    Cursor cursor(text);
    const auto units = readTime(cursor, digits);
    return units && cursor.done() ? units : std::nullopt;
}

std::optional<std::int64_t> parseTimestamp(std::string_view text, int digits, bool utc)
{
    Cursor cursor(text);
    const auto days = readDate(cursor);
    if (!days || !(cursor.eat('T') || cursor.eat('t') || cursor.eat(' ')))
        return std::nullopt;
    const auto time = readTime(cursor, digits);
    const auto offset = utc ? readZone(cursor) : std::optional<std::int64_t>(0);
    if (!time || !offset || !cursor.done())
        return std::nullopt;
    // In 128 bits: the day's start may be out of range when the instant is not.
    const __int128 value =
        __int128(*days) * unitsPerDay(digits) + *time - __int128(*offset) * 60 * powerOfTen(digits);
    if (value < std::numeric_limits<std::int64_t>::min() ||
        value > std::numeric_limits<std::int64_t>::max())
        return std::nullopt;
    return std::int64_t(value);
}

} // namespace Qafka::AvroTime
