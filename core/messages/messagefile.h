#pragma once

#include "types/messagetypes.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <atomic>
#include <optional>

class QIODevice;

namespace Qafka {

// The file format the message browser exports and the producer pane imports.
//
// JSON Lines: one object per line,
//   {"key": K, "value": V, "headers": [{"key": "name", "value": V}], "partition": N}
// where K and V are null (Kafka null), a string (UTF-8 text) or {"base64": "..."} (bytes that are
// not valid UTF-8), so a round trip is byte for byte. When reading, a missing key, value or header
// value is null, a missing partition means "by key", unknown fields (topic, offset, timestamp...)
// are ignored, and any other JSON value (object, array, number, boolean) stands for its compact
// JSON text, so {"value": {"id": 1}} can be written by hand.
//
// Plain text: each line is the value of one message, with a null key.
class MessageFile
{
public:
    // One line, without the trailing newline. Headers are left out when there are none and the
    // partition when it is -1.
    static QByteArray toJsonLine(const OutgoingMessage &message);
    // On failure, *error (if given) says why, without a line number.
    static std::optional<OutgoingMessage> fromJsonLine(const QByteArray &line, QString *error);

    // Appends every good message to *messages and one "line N: ..." entry per bad line to
    // *errors; false when any line failed. Blank lines are skipped. Stops (false, no error) soon
    // after *cancel turns true.
    static bool readJsonLines(QIODevice *device, QList<OutgoingMessage> *messages,
                              QStringList *errors, const std::atomic_bool *cancel = nullptr);
    // Lines end with \n or \r\n; the empty "line" after a final newline is not a message, but
    // empty lines before it are empty values. Nothing when *cancel turns true before the end.
    static QList<OutgoingMessage> readPlainText(QIODevice *device,
                                                const std::atomic_bool *cancel = nullptr);
};

} // namespace Qafka
