#pragma once

#include "messages/messagestore.h"
#include "messages/messageviewbuilder.h"
#include "session/workerhost.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace Qafka {

// Writes messages to a JSON Lines or CSV file on a worker thread, with progress and cancel. Works
// on a snapshot, so loading may go on meanwhile. The file appears only when complete (QSaveFile).
class MessageExportJob : public QObject
{
    Q_OBJECT
public:
    enum class Format { JsonLines, Csv };

    explicit MessageExportJob(QObject *parent = nullptr);
    ~MessageExportJob() override;

    // indexes: the messages to write, in order; null means every message of the snapshot.
    // decoder: JSON Lines also carry the decoded JSON of schema-encoded keys and values.
    void start(const QString &path, Format format, const QString &topic,
               const MessageStoreSnapshot &snapshot, const MessageIndexListPtr &indexes,
               const std::shared_ptr<const PayloadDecoder> &decoder = nullptr);
    void cancel();
    bool isRunning() const { return m_running; }

    static Format formatForPath(const QString &path);

signals:
    void progress(qint64 done, qint64 total);
    // error is empty on success; cancelled exports leave no file.
    void finished(qint64 written, const QString &error, bool cancelled);

private:
    bool m_running = false;
    std::shared_ptr<std::atomic_bool> m_cancel;
    WorkerHostPtr m_host; // of the newest run
};

} // namespace Qafka
