// The producer pane's templates ({{seq}}, {{uuid}}, {{random 1 9}}, {{pick a|b}}...): a template
// that validates expands without trouble; escaping any text makes a template that expands to it.
#include "messages/messagetemplate.h"

#include "fuzzinput.h"

#include <QDateTime>

using Qafka::MessageTemplate;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    if (MessageTemplate::validate(text).isEmpty()) {
        MessageTemplate messageTemplate(text);
        messageTemplate.setClock([] { return QDateTime::fromMSecsSinceEpoch(1764892800000); });
        messageTemplate.setRandomSeed(7);
        for (qint64 sequence : {qint64(0), qint64(1), std::numeric_limits<qint64>::max()})
            messageTemplate.expand(sequence);
    }
    if (const std::optional<QString> escaped = MessageTemplate::escaped(text)) {
        FUZZ_CHECK(MessageTemplate::validate(*escaped).isEmpty());
        FUZZ_CHECK(MessageTemplate(*escaped).expand(0) == text);
    }
    return 0;
}
