#pragma once

#include <QString>

#include <cstdint>
#include <string_view>
#include <vector>

namespace Qafka {

// Where a codec is in a value, for messages: "$", "$.customer.address.zip", "$.items[2]",
// "$.attributes.colour", "$.attributes["two words"]". Steps are pushed and popped as the codec
// walks in and out (Scope does both); they point at text that outlives them.
class AvroPath
{
public:
    struct Step
    {
        enum class Kind { Field, Index, Key };
        Kind kind = Kind::Field;
        std::string_view name; // Field, Key
        std::int64_t index = 0;
    };

    static Step field(std::string_view name) { return {Step::Kind::Field, name, 0}; }
    static Step key(std::string_view key) { return {Step::Kind::Key, key, 0}; }
    static Step index(std::int64_t index) { return {Step::Kind::Index, {}, index}; }

    class Scope
    {
    public:
        Scope(AvroPath &path, Step step)
            : m_path(path)
        {
            m_path.m_steps.push_back(step);
        }
        ~Scope() { m_path.m_steps.pop_back(); }
        Scope(const Scope &) = delete;
        Scope &operator=(const Scope &) = delete;

    private:
        AvroPath &m_path;
    };

    QString toString() const;

private:
    std::vector<Step> m_steps;
};

} // namespace Qafka
