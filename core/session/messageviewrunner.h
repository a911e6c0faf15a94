#pragma once

#include "messages/messageviewbuilder.h"
#include "session/workerhost.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

namespace Qafka {

// Runs the message browser's filter and sort passes (MessageViewJob) on a worker thread, one at a
// time: start() cancels the pass before, which then delivers nothing. The result comes back on
// this object's thread through the callback given to start(); progress at most ten times a
// second.
class MessageViewRunner : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(MessageIndexListPtr result)>;

    explicit MessageViewRunner(QObject *parent = nullptr);
    ~MessageViewRunner() override;

    void start(MessageViewJob job, Done done);
    void cancel();

signals:
    void progress(qint64 done, qint64 total);

private:
    std::shared_ptr<std::atomic_bool> m_cancel;
    WorkerHostPtr m_host; // of the newest pass
};

} // namespace Qafka
