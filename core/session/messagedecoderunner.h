#pragma once

#include "messages/decodedmessage.h"
#include "messages/messagestore.h"
#include "session/workerhost.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace Qafka {

// Decodes schema-encoded messages off the GUI thread: the rows a table shows (JSON cut to what a
// cell can show) or one message for the detail view (whole, with its schemas). One pass at a
// time per runner; a new pass cancels the one before, which then delivers nothing.
class MessageDecodeRunner : public QObject
{
    Q_OBJECT
public:
    enum class Detail { Preview, Full };
    using Done = std::function<void(const DecodedMessages &messages)>;

    explicit MessageDecodeRunner(QObject *parent = nullptr);
    ~MessageDecodeRunner() override;

    void start(MessageStoreSnapshot snapshot, std::vector<qint64> indexes,
               const std::shared_ptr<const PayloadDecoder> &decoder, Detail detail, Done done);
    void cancel();
    bool isRunning() const { return bool(m_cancel); }

    // JSON kept per field in Preview passes: a cell shows about 200 characters.
    static constexpr qsizetype previewJsonBytes = 1024;

private:
    std::shared_ptr<std::atomic_bool> m_cancel;
    WorkerHostPtr m_host;
};

} // namespace Qafka
