#pragma once

#include <QThread>

#include <functional>
#include <memory>

namespace Qafka {

// One stop policy for every worker thread: the owner raises its worker's stop flag and retires
// the thread, which never blocks the GUI thread. The thread quits when its current call notices
// the flag (every call is bounded and sliced); the retired threads are deleted once finished, and
// at exit waitForRetiredWorkerThreads() waits for the rest, all in parallel.

// Quits thread without waiting. afterFinished runs on the calling thread once the thread has
// finished (for objects that must outlive it, such as a worker of QThread::create()).
void retireWorkerThread(QThread *thread, std::function<void()> afterFinished = {});

// Waits until every retired thread has finished, at most waitMs in all, and deletes them. False
// when some were still running (they are left alone: deleting a running QThread aborts).
bool waitForRetiredWorkerThreads(int waitMs);

// Retired threads that have not been deleted yet.
int retiredWorkerThreadCount();

// Owns a worker's thread and retires it (as above) when it goes.
struct WorkerThreadRetirer
{
    void operator()(QThread *thread) const { retireWorkerThread(thread); }
};
using WorkerThreadPtr = std::unique_ptr<QThread, WorkerThreadRetirer>;

} // namespace Qafka
