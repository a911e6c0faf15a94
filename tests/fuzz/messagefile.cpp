// Message files a user loads into the producer pane: JSON Lines (one message per line, as the
// export writes them) and plain text (one value per line). A message read from a line is written
// and read again unchanged.
#include "messages/messagefile.h"

#include "fuzzinput.h"

#include <QBuffer>

using Qafka::MessageFile;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    if (const auto message = MessageFile::fromJsonLine(bytes, &error)) {
        const QByteArray line = MessageFile::toJsonLine(*message);
        QString again;
        const auto reread = MessageFile::fromJsonLine(line, &again);
        FUZZ_CHECK(reread);
        FUZZ_CHECK(MessageFile::toJsonLine(*reread) == line);
    } else {
        FUZZ_CHECK(!error.isEmpty());
    }
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QList<Qafka::OutgoingMessage> messages;
    QStringList errors;
    MessageFile::readJsonLines(&buffer, &messages, &errors);
    buffer.seek(0);
    MessageFile::readPlainText(&buffer);
    return 0;
}
