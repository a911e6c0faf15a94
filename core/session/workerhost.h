#pragma once

#include <QString>
#include <QThread>

#include <functional>
#include <memory>

namespace Qafka {

// One stop policy for every worker thread: the owner raises its worker's stop flag and retires
// the thread, which never blocks the GUI thread. The thread quits when its current call notices
// the flag (every call is bounded and sliced); the retired threads are deleted once finished, and
// at exit waitForRetiredWorkerThreads() waits for the rest, all in parallel.

// Takes thread (already told to end) without waiting for it. afterFinished runs on the calling
// thread once the thread has finished (for what must outlive it, such as a job's worker).
// WorkerHost::stop() is its user; hosts are the way to run work off the GUI thread.
void retireWorkerThread(QThread *thread, std::function<void()> afterFinished = {});

// Waits until every retired thread has finished, at most waitMs in all, and deletes them; then
// until each has ended in the kernel too (kernelthread.h), so that none is still cleaning up when
// the process exits. False when some were still running (they are left alone: deleting a running
// QThread aborts) or cleaning up. waitMs must not be negative.
bool waitForRetiredWorkerThreads(int waitMs);

// Retired threads that have not been deleted yet.
int retiredWorkerThreadCount();

// The one way Qafka runs work off the GUI thread. A host owns one thread with an event loop and
// either a worker QObject that lives there (requests arrive as queued calls, results leave as
// signals) or one job function that runs there once. Stopping follows the policy above: the stop
// function is called (it raises the worker's or job's atomic flag), a worker's event loop is told
// to quit, the thread is retired, and the worker is deleted on its own thread when it ends. The
// GUI thread never waits.
class WorkerHost
{
public:
    // Moves worker (no parent) to a new thread called name and starts it. requestStop must be
    // thread-safe; it is called once, from stop().
    WorkerHost(QObject *worker, std::function<void()> requestStop, const QString &name);
    // Runs job once on a new thread called name, which ends when job returns.
    WorkerHost(std::function<void()> job, std::function<void()> requestStop, const QString &name);
    ~WorkerHost();
    WorkerHost(const WorkerHost &) = delete;
    WorkerHost &operator=(const WorkerHost &) = delete;

    // Idempotent; the destructor calls it.
    void stop();
    bool isStopped() const { return m_thread == nullptr; }

private:
    QThread *m_thread = nullptr;
    bool m_quitOnStop = true; // a job's thread quits by itself once the job returned
    std::function<void()> m_requestStop;
};
using WorkerHostPtr = std::unique_ptr<WorkerHost>;

} // namespace Qafka
