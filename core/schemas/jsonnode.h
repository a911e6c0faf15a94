#pragma once

#include <QByteArrayView>
#include <QString>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace Qafka {

// A parsed JSON value that keeps numbers as they were written: "12.3400" stays "12.3400", and
// integers keep all 64 bits (QJsonDocument reads every number as a double). The schema codecs
// read schemas and the JSON a person typed with it.
class JsonNode
{
public:
    enum class Kind { Null, Boolean, Number, String, Array, Object };

    // Nesting deeper than this is refused: the codecs walk values recursively.
    static constexpr int maxDepth = 1000;

    // nullopt with *error (line, column and what is wrong) when json is not one JSON value.
    static std::optional<JsonNode> parse(QByteArrayView json, QString *error);

    Kind kind() const { return m_kind; }
    bool isNull() const { return m_kind == Kind::Null; }
    bool boolean() const { return m_boolean; }

    // Number: the text as written for fractions and exponents, the decimal digits of the value
    // for integers. String: the UTF-8 text.
    const std::string &text() const { return m_text; }

    // The value of an integer written without fraction or exponent that fits 64 bits, else
    // nullopt.
    std::optional<std::int64_t> integer() const;
    bool isIntegerToken() const { return m_integerToken; }
    double number() const { return m_number; }

    const std::vector<JsonNode> &items() const { return m_items; }  // Array; Object values
    const std::vector<std::string> &keys() const { return m_keys; } // Object
    const JsonNode *member(std::string_view key) const; // the first member of that name, or null

    // The value in a few words for messages: "abc" quoted (cut short when long), 12, true, null,
    // "an object", "an array".
    QString brief() const;

private:
    friend class JsonNodeBuilder;

    Kind m_kind = Kind::Null;
    bool m_boolean = false;
    bool m_integerToken = false;
    bool m_negative = false;
    std::uint64_t m_magnitude = 0;
    double m_number = 0;
    std::string m_text;
    std::vector<JsonNode> m_items;
    std::vector<std::string> m_keys;
};

} // namespace Qafka
