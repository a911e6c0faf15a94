#pragma once

#include <QThread>

#include <memory>

namespace Qafka {

// Ends a worker's thread: quit, wait at most waitMs, delete. Every worker call is bounded, so a
// thread still running after that means a librdkafka call far exceeded its timeout; it is then
// left running rather than blocking the user's quit or crashing in ~QThread. True when it ended.
bool stopWorkerThread(QThread *thread, int waitMs);

// Owns a worker's thread and stops it (as above, waiting up to 5 s) when it goes.
struct WorkerThreadStopper
{
    void operator()(QThread *thread) const { stopWorkerThread(thread, 5000); }
};
using WorkerThreadPtr = std::unique_ptr<QThread, WorkerThreadStopper>;

} // namespace Qafka
