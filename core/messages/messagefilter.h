#pragma once

#include "messages/storedmessage.h"

#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace Qafka {

class JsonFieldFilter;
class PayloadDecoder;

// What the browser's filter bar asks for. Every part that is set must match.
struct MessageFilterSpec
{
    QString text;       // searched in the key, value and header values (as chosen below)
    bool regex = false; // text is a PCRE pattern (the syntax of QRegularExpression)
    bool caseSensitive = false;
    bool inKey = true;
    bool inValue = true;
    bool inHeaders = true;
    QList<int> partitions; // empty: all
    std::optional<qint64> minOffset;
    std::optional<qint64> maxOffset;
    std::optional<qint64> fromMs; // timestamps, inclusive
    std::optional<qint64> toMs;
    QString jsonField; // JsonFieldFilter syntax, e.g. "$.customer.id == 42"

    bool isEmpty() const
    {
        return text.isEmpty() && partitions.isEmpty() && !minOffset && !maxOffset && !fromMs &&
               !toMs && jsonField.trimmed().isEmpty();
    }
};

// A compiled filter. Text and regex search the raw UTF-8 bytes with PCRE2's JIT (no conversion to
// UTF-16 per message; invalid UTF-8 never stops a match), so a million values take a fraction of a
// second. Immutable after create(); each thread that calls matches() brings its own Matcher.
class MessageFilter
{
public:
    ~MessageFilter();
    // nullptr with *error set when the regex or JSON-field expression is malformed. With a
    // decoder, text and JSON-field conditions look at the decoded JSON of schema-encoded keys
    // and values (and at the bytes of those that are not, or do not decode).
    static std::shared_ptr<const MessageFilter>
    create(const MessageFilterSpec &spec, QString *error,
           std::shared_ptr<const PayloadDecoder> decoder = nullptr);

    // Per-thread scratch space for the regex engine.
    class Matcher
    {
    public:
        explicit Matcher(const MessageFilter &filter);
        ~Matcher();
        Matcher(const Matcher &) = delete;
        Matcher &operator=(const Matcher &) = delete;

    private:
        friend class MessageFilter;
        void *m_matchData = nullptr; // pcre2_match_data_8
    };

    bool matches(const MessageRecord &record, const MessageBytes &bytes, Matcher &matcher) const;
    const MessageFilterSpec &spec() const { return m_spec; }

private:
    MessageFilter() = default;
    bool textMatches(QByteArrayView bytes, Matcher &matcher) const;
    bool payloadMatches(const MessageBytes &bytes, Matcher &matcher) const;

    MessageFilterSpec m_spec;
    void *m_code = nullptr; // pcre2_code_8, null without text
    std::unique_ptr<JsonFieldFilter> m_json;
    std::shared_ptr<const PayloadDecoder> m_decoder;
};

} // namespace Qafka
