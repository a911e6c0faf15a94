#include "schemas/jsonnode.h"

#include <QCoreApplication>

#include <limits>
#include <nlohmann/json.hpp>

namespace Qafka {

namespace {

// nlohmann's messages read "[json.exception.parse_error.101] parse error at line 1, column 5:
// syntax error while parsing value - invalid literal; last read: 'x'": keep what follows the
// position (the byte offset is in the sentence already).
QString parseProblem(const std::string &what)
{
    std::string_view text(what);
    if (const auto bracket = text.find("] "); text.starts_with('[') && bracket != text.npos)
        text.remove_prefix(bracket + 2);
    if (const auto column = text.find("column "); column != text.npos) {
        if (const auto colon = text.find(": ", column); colon != text.npos)
            text.remove_prefix(colon + 2);
    }
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

} // namespace

// Builds a JsonNode from nlohmann's SAX events, which give the text of every fractional
// number as written.
class JsonNodeBuilder : public nlohmann::json_sax<nlohmann::json>
{
public:
    JsonNode root;
    QString error;

    bool null() override { return add(JsonNode()) != nullptr; }
    bool boolean(bool value) override
    {
        JsonNode node;
        node.m_kind = JsonNode::Kind::Boolean;
        node.m_boolean = value;
        return add(std::move(node)) != nullptr;
    }
    bool number_integer(number_integer_t value) override
    {
        const bool negative = value < 0;
        const auto magnitude = negative ? std::uint64_t(0) - std::uint64_t(value) : value;
        return addInteger(negative, magnitude, double(value));
    }
    bool number_unsigned(number_unsigned_t value) override
    {
        return addInteger(false, value, double(value));
    }
    bool number_float(number_float_t value, const string_t &text) override
    {
        JsonNode node;
        node.m_kind = JsonNode::Kind::Number;
        node.m_number = value;
        node.m_text = text;
        return add(std::move(node)) != nullptr;
    }
    bool string(string_t &value) override
    {
        JsonNode node;
        node.m_kind = JsonNode::Kind::String;
        node.m_text = std::move(value);
        return add(std::move(node)) != nullptr;
    }
    bool binary(binary_t &) override { return false; }
    bool start_object(std::size_t) override { return open(JsonNode::Kind::Object); }
    bool key(string_t &key) override
    {
        m_open.back()->m_keys.push_back(std::move(key));
        return true;
    }
    bool end_object() override { return close(); }
    bool start_array(std::size_t) override { return open(JsonNode::Kind::Array); }
    bool end_array() override { return close(); }
    bool parse_error(std::size_t position, const std::string &,
                     const nlohmann::detail::exception &problem) override
    {
        error = QCoreApplication::translate("JsonNode", "The JSON is not valid at byte %1: %2")
                    .arg(position)
                    .arg(parseProblem(problem.what()));
        return false;
    }

private:
    std::vector<JsonNode *> m_open; // the arrays and objects not closed yet, outermost first
    bool m_done = false;

    JsonNode *add(JsonNode node)
    {
        if (m_open.empty()) {
            root = std::move(node);
            m_done = true;
            return &root;
        }
        m_open.back()->m_items.push_back(std::move(node));
        return &m_open.back()->m_items.back();
    }
    bool addInteger(bool negative, std::uint64_t magnitude, double value)
    {
        JsonNode node;
        node.m_kind = JsonNode::Kind::Number;
        node.m_integerToken = true;
        node.m_negative = negative && magnitude != 0;
        node.m_magnitude = magnitude;
        node.m_number = value;
        node.m_text = (node.m_negative ? "-" : "") + std::to_string(magnitude);
        return add(std::move(node)) != nullptr;
    }
    bool open(JsonNode::Kind kind)
    {
        if (m_open.size() >= std::size_t(JsonNode::maxDepth)) {
            error = QCoreApplication::translate("AvroCodec",
                                                "The JSON is nested more than %1 levels deep.")
                        .arg(JsonNode::maxDepth);
            return false;
        }
        JsonNode node;
        node.m_kind = kind;
        m_open.push_back(add(std::move(node)));
        return true;
    }
    bool close()
    {
        m_open.pop_back();
        return true;
    }
};

std::optional<JsonNode> JsonNode::parse(QByteArrayView json, QString *error)
{
    JsonNodeBuilder builder;
    const auto *begin = reinterpret_cast<const std::uint8_t *>(json.data());
    const bool ok = nlohmann::json::sax_parse(begin, begin + json.size(), &builder);
    if (!ok) {
        if (error)
            *error = builder.error.isEmpty()
                         ? QCoreApplication::translate("JsonNode", "The JSON is not valid.")
                         : builder.error;
        return std::nullopt;
    }
    return std::move(builder.root);
}

std::optional<std::int64_t> JsonNode::integer() const
{
    if (!m_integerToken)
        return std::nullopt;
    constexpr auto max = std::uint64_t(std::numeric_limits<std::int64_t>::max());
    if (!m_negative)
        return m_magnitude <= max ? std::optional<std::int64_t>(std::int64_t(m_magnitude))
                                  : std::nullopt;
    if (m_magnitude > max + 1)
        return std::nullopt;
    return std::int64_t(std::uint64_t(0) - m_magnitude);
}

const JsonNode *JsonNode::member(std::string_view key) const
{
    for (std::size_t i = 0; i < m_keys.size(); ++i) {
        if (m_keys[i] == key)
            return &m_items[i];
    }
    return nullptr;
}

QString JsonNode::brief() const
{
    constexpr qsizetype maxLength = 40;
    switch (m_kind) {
    case Kind::Null:
        return QStringLiteral("null");
    case Kind::Boolean:
        return m_boolean ? QStringLiteral("true") : QStringLiteral("false");
    case Kind::Number:
        return QString::fromStdString(m_text);
    case Kind::String: {
        QString text = QString::fromStdString(m_text);
        if (text.size() > maxLength)
            text = text.first(maxLength - 1) + QChar(0x2026);
        return u'"' + text + u'"';
    }
    case Kind::Array:
        return QCoreApplication::translate("JsonNode", "an array");
    case Kind::Object:
        return QCoreApplication::translate("JsonNode", "an object");
    }
    return {};
}

} // namespace Qafka
