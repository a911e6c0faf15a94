// The message browser's views of raw bytes: preview, text, UTF-8 check, pretty JSON, hex, base64.
#include "messages/messagedecoding.h"

#include "fuzzinput.h"

using Qafka::MessageDecoding;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    MessageDecoding::preview(bytes, 200);
    MessageDecoding::preview(std::nullopt, 200);
    const QString text = MessageDecoding::text(bytes);
    FUZZ_CHECK(text.isEmpty() == bytes.isEmpty());
    MessageDecoding::isValidUtf8(bytes);
    if (const std::optional<QString> pretty = MessageDecoding::prettyJson(bytes)) {
        // Pretty JSON is JSON again, and prettying it changes nothing more.
        const std::optional<QString> again = MessageDecoding::prettyJson(pretty->toUtf8());
        FUZZ_CHECK(again && *again == *pretty);
    }
    MessageDecoding::hexDump(bytes, 4096);
    FUZZ_CHECK(QByteArray::fromBase64(MessageDecoding::base64(bytes).toLatin1()) == bytes);
    return 0;
}
