#pragma once

#include "session/workerhost.h"
#include "types/messagetypes.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace Qafka {

// Reads a file of messages to send on a worker thread, so a large file never freezes the window:
// .jsonl/.ndjson/.json as JSON Lines (MessageFile), anything else as plain text, one value per
// line. Cancellable; a newer start() supersedes an older read, whose result is dropped.
class MessageFileReadJob : public QObject
{
    Q_OBJECT
public:
    explicit MessageFileReadJob(QObject *parent = nullptr);
    ~MessageFileReadJob() override;

    void start(const QString &path);
    void cancel();
    bool isRunning() const { return m_running; }

    // The reading itself, on the calling thread. False with a sentence in error when the file
    // cannot be read or a line is not a message; cancel (may be null) stops it between lines.
    static bool read(const QString &path, QList<OutgoingMessage> *messages, QString *error,
                     const std::atomic_bool *cancel = nullptr);

signals:
    // error is empty on success; a cancelled read delivers no messages.
    void finished(const QList<Qafka::OutgoingMessage> &messages, const QString &error,
                  bool cancelled);

private:
    bool m_running = false;
    std::shared_ptr<std::atomic_bool> m_cancel;
    WorkerHostPtr m_host; // of the newest run
};

} // namespace Qafka
