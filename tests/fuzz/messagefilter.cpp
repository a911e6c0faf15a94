// The browser's filter expressions: a text or regex (PCRE2 over raw bytes) and a JSON field
// condition, compiled from fuzzed text and applied to a fuzzed key, value and header.
#include "messages/messagefilter.h"

#include "fuzzinput.h"
#include "messages/jsonfieldfilter.h"
#include "messages/storedmessage.h"

using namespace Qafka;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    // The first byte picks the options; then: filter text, JSON field expression, key, value.
    const quint8 options = data[0];
    const QList<QByteArray> parts = fuzzParts(data + 1, size - 1, 4);
    QString error;
    if (const auto json = JsonFieldFilter::parse(QString::fromUtf8(parts.at(1)), &error))
        json->matches(parts.at(3));
    MessageFilterSpec spec;
    spec.text = QString::fromUtf8(parts.at(0));
    spec.regex = options & 1;
    spec.caseSensitive = options & 2;
    spec.inKey = options & 4;
    spec.inValue = options & 8;
    spec.inHeaders = options & 16;
    spec.jsonField = QString::fromUtf8(parts.at(1));
    error.clear();
    const std::shared_ptr<const MessageFilter> filter = MessageFilter::create(spec, &error);
    if (!filter) {
        FUZZ_CHECK(!error.isEmpty());
        return 0;
    }
    QByteArray headers;
    HeaderBlob::append(headers, "trace", parts.at(2));
    MessageRecord record;
    record.offset = 7;
    record.partition = 0;
    record.keyLength = quint32(parts.at(2).size());
    record.valueLength = quint32(parts.at(3).size());
    record.headersLength = quint32(headers.size());
    MessageBytes bytes;
    bytes.key = QByteArrayView(parts.at(2));
    bytes.value = QByteArrayView(parts.at(3));
    bytes.headers = headers;
    MessageFilter::Matcher matcher(*filter);
    filter->matches(record, bytes, matcher);
    return 0;
}
