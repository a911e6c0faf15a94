#include "messages/messagefilter.h"

#include "messages/jsonfieldfilter.h"
#include "messages/payloaddecoder.h"

#include <QCoreApplication>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

namespace Qafka {

namespace {} // namespace

MessageFilter::~MessageFilter()
{
    if (m_code)
        pcre2_code_free(static_cast<pcre2_code *>(m_code));
}

std::shared_ptr<const MessageFilter>
MessageFilter::create(const MessageFilterSpec &spec, QString *error,
                      std::shared_ptr<const PayloadDecoder> decoder)
{
    std::shared_ptr<MessageFilter> filter(new MessageFilter);
    filter->m_spec = spec;
    filter->m_decoder = std::move(decoder);
    if (!spec.text.isEmpty()) {
        const QByteArray pattern = spec.text.toUtf8();
        uint32_t options = PCRE2_UTF | PCRE2_MATCH_INVALID_UTF;
        if (!spec.caseSensitive)
            options |= PCRE2_CASELESS;
        if (!spec.regex)
            options |= PCRE2_LITERAL;
        int errorCode = 0;
        PCRE2_SIZE errorOffset = 0;
        pcre2_code *code =
            pcre2_compile(reinterpret_cast<PCRE2_SPTR>(pattern.constData()),
                          PCRE2_SIZE(pattern.size()), options, &errorCode, &errorOffset, nullptr);
        if (!code) {
            PCRE2_UCHAR message[256];
            pcre2_get_error_message(errorCode, message, sizeof message);
            if (error)
                *error = QCoreApplication::translate(
                             "MessageFilter", "Invalid regular expression at character %1: %2")
                             .arg(qulonglong(errorOffset) + 1)
                             .arg(QString::fromUtf8(reinterpret_cast<const char *>(message)));
            return {};
        }
        // Without JIT (not available on every CPU) matching still works, only slower.
        pcre2_jit_compile(code, PCRE2_JIT_COMPLETE);
        filter->m_code = code;
    }
    if (!spec.jsonField.trimmed().isEmpty()) {
        QString jsonError;
        std::optional<JsonFieldFilter> json = JsonFieldFilter::parse(spec.jsonField, &jsonError);
        if (!json) {
            if (error)
                *error = jsonError;
            return {};
        }
        filter->m_json = std::make_unique<JsonFieldFilter>(std::move(*json));
    }
    return filter;
}

MessageFilter::Matcher::Matcher(const MessageFilter &filter)
{
    if (filter.m_code)
        m_matchData = pcre2_match_data_create_from_pattern(
            static_cast<const pcre2_code *>(filter.m_code), nullptr);
}

MessageFilter::Matcher::~Matcher()
{
    if (m_matchData)
        pcre2_match_data_free(static_cast<pcre2_match_data *>(m_matchData));
}

bool MessageFilter::textMatches(QByteArrayView bytes, Matcher &matcher) const
{
    const int rc = pcre2_match(static_cast<const pcre2_code *>(m_code),
                               reinterpret_cast<PCRE2_SPTR>(bytes.data()), PCRE2_SIZE(bytes.size()),
                               0, 0, static_cast<pcre2_match_data *>(matcher.m_matchData), nullptr);
    return rc >= 0;
}

bool MessageFilter::matches(const MessageRecord &record, const MessageBytes &bytes,
                            Matcher &matcher) const
{
    if (!m_spec.partitions.isEmpty() && !m_spec.partitions.contains(record.partition))
        return false;
    if (m_spec.minOffset && record.offset < *m_spec.minOffset)
        return false;
    if (m_spec.maxOffset && record.offset > *m_spec.maxOffset)
        return false;
    if (m_spec.fromMs && record.timestampMs < *m_spec.fromMs)
        return false;
    if (m_spec.toMs && record.timestampMs > *m_spec.toMs)
        return false;
    if (!m_json && !m_code)
        return true;
    if (!m_decoder)
        return payloadMatches(bytes, matcher);
    // Schema-encoded keys and values are searched as the JSON they decode to.
    MessageBytes shown = bytes;
    DecodedField key;
    DecodedField value;
    if (m_code && m_spec.inKey && m_decoder->handles(bytes.key, true, bytes.headers)) {
        key = m_decoder->decode(bytes.key, true, bytes.headers);
        if (key.state == DecodedField::State::Decoded)
            shown.key = QByteArrayView(key.json);
    }
    if (m_decoder->handles(bytes.value, false, bytes.headers)) {
        value = m_decoder->decode(bytes.value, false, bytes.headers);
        if (value.state == DecodedField::State::Decoded)
            shown.value = QByteArrayView(value.json);
    }
    return payloadMatches(shown, matcher);
}

bool MessageFilter::payloadMatches(const MessageBytes &bytes, Matcher &matcher) const
{
    if (m_json && !(bytes.value && m_json->matches(*bytes.value)))
        return false;
    if (!m_code)
        return true;
    if (m_spec.inValue && bytes.value && textMatches(*bytes.value, matcher))
        return true;
    if (m_spec.inKey && bytes.key && textMatches(*bytes.key, matcher))
        return true;
    if (m_spec.inHeaders && !bytes.headers.isEmpty()) {
        bool found = false;
        HeaderBlob::forEach(bytes.headers, [&](const HeaderBlob::Header &header) {
            if (!found && header.value && textMatches(*header.value, matcher))
                found = true;
        });
        return found;
    }
    return false;
}

} // namespace Qafka
