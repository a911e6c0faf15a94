#include "session/workerhost.h"

#include "platform/kernelthread.h"
#include "platform/threadpriority.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHash>
#include <QLoggingCategory>
#include <QMutex>

#include <utility>

namespace Qafka {

namespace {

Q_LOGGING_CATEGORY(lcWorkerThread, "qafka.worker", QtWarningMsg)

// The retired threads, each under a token of its own (a finished relay that arrives after the
// exit wait buried its thread must not touch a new thread at the same address), and what to do
// once each has finished. Retiring and burying happen on the GUI thread, and each worker thread
// tells its kernel id as it starts; the mutex keeps it safe.
struct RetiredThread
{
    QThread *thread = nullptr;
    std::function<void()> afterFinished;
    QElapsedTimer sinceRetired;
};

struct RetiredThreads
{
    QMutex mutex;
    quint64 lastToken = 0;
    QHash<quint64, RetiredThread> threads;
    QHash<const QThread *, long> kernelIds; // each thread's own, told as it starts
    QList<long> ending; // buried threads' ids: the C library may still be cleaning up after them
};

RetiredThreads &retired()
{
    static RetiredThreads instance;
    return instance;
}

// Deletes a retired thread that has finished; nothing when it was buried already.
void bury(quint64 token)
{
    RetiredThread entry;
    {
        QMutexLocker lock(&retired().mutex);
        entry = retired().threads.take(token);
    }
    if (!entry.thread)
        return;
    entry.thread->wait(); // finished already: returns once run() has fully unwound
    qCDebug(lcWorkerThread) << "worker thread" << entry.thread->objectName() << "ended"
                            << entry.sinceRetired.elapsed() << "ms after it was retired";
    if (entry.afterFinished)
        entry.afterFinished();
    {
        QMutexLocker lock(&retired().mutex);
        retired().ending.removeIf(&kernelThreadHasEnded);
        if (const long id = retired().kernelIds.take(entry.thread))
            retired().ending.append(id);
    }
    delete entry.thread;
}

// Until every buried thread has ended in the kernel too (see kernelthread.h), or the deadline.
bool waitForEndingThreads(const QDeadlineTimer &deadline)
{
    constexpr unsigned long kLookAgainUs = 200;
    for (;;) {
        {
            QMutexLocker lock(&retired().mutex);
            retired().ending.removeIf(&kernelThreadHasEnded);
            if (retired().ending.isEmpty())
                return true;
        }
        if (deadline.hasExpired())
            return false;
        QThread::usleep(kLookAgainUs);
    }
}

// Emitted on the new thread before its event loop runs: the thread tells its kernel id and lowers
// its own priority before it starts anything (librdkafka's threads inherit it).
void startsInBackground(QThread *thread)
{
    QObject::connect(
        thread, &QThread::started, thread,
        [thread] {
            {
                QMutexLocker lock(&retired().mutex);
                retired().kernelIds.insert(thread, currentKernelThreadId());
            }
            lowerCurrentThreadPriority();
        },
        Qt::DirectConnection);
}

} // namespace

// Runs as the application object goes (after main's own, bounded wait): whatever was retired
// since, such as the last connection a test closed, is waited for and deleted, so nothing outlives
// the application unseen.
static void buryAtExit()
{
    constexpr int kAtExitBudgetMs = 2000;
    waitForRetiredWorkerThreads(kAtExitBudgetMs);
}

void retireWorkerThread(QThread *thread, std::function<void()> afterFinished)
{
    if (!thread)
        return;
    static const bool buriedAtExit = [] {
        qAddPostRoutine(buryAtExit);
        return true;
    }();
    Q_UNUSED(buriedAtExit);
    quint64 token = 0;
    {
        QMutexLocker lock(&retired().mutex);
        token = ++retired().lastToken;
        RetiredThread entry{thread, std::move(afterFinished), {}};
        entry.sinceRetired.start();
        retired().threads.emplace(token, std::move(entry));
    }
    if (thread->isFinished() || !thread->isRunning()) {
        bury(token);
        return;
    }
    // finished is emitted on the thread itself (the worker's deferred deletion runs there right
    // after it; bury() waits for that); the application object brings the burial to the GUI
    // thread. Without an application only waitForRetiredWorkerThreads() buries.
    if (QObject *context = QCoreApplication::instance()) {
        QObject::connect(
            thread, &QThread::finished, context, [token] { bury(token); }, Qt::QueuedConnection);
        if (thread->isFinished()) // it finished before the connection was made
            bury(token);
    }
}

bool waitForRetiredWorkerThreads(int waitMs)
{
    const QDeadlineTimer deadline(waitMs);
    QList<quint64> tokens;
    {
        QMutexLocker lock(&retired().mutex);
        tokens = retired().threads.keys();
    }
    bool allEnded = true;
    for (const quint64 token : std::as_const(tokens)) {
        QThread *thread = nullptr;
        {
            QMutexLocker lock(&retired().mutex);
            thread = retired().threads.value(token).thread;
        }
        if (!thread)
            continue;
        if (thread->wait(deadline)) {
            bury(token);
            continue;
        }
        qCWarning(lcWorkerThread) << "worker thread" << thread->objectName()
                                  << "did not stop in time; leaving it";
        allEnded = false;
    }
    if (!waitForEndingThreads(deadline)) {
        qCWarning(lcWorkerThread) << "a worker thread's last clean-up did not end in time";
        allEnded = false;
    }
    return allEnded;
}

int retiredWorkerThreadCount()
{
    QMutexLocker lock(&retired().mutex);
    return int(retired().threads.size());
}

WorkerHost::WorkerHost(QObject *worker, std::function<void()> requestStop, const QString &name)
    : m_thread(new QThread)
    , m_requestStop(std::move(requestStop))
{
    m_thread->setObjectName(name);
    startsInBackground(m_thread);
    worker->moveToThread(m_thread);
    QObject::connect(m_thread, &QThread::finished, worker, &QObject::deleteLater);
    m_thread->start();
}

WorkerHost::WorkerHost(std::function<void()> job, std::function<void()> requestStop,
                       const QString &name)
    : m_thread(new QThread)
    , m_quitOnStop(false)
    , m_requestStop(std::move(requestStop))
{
    m_thread->setObjectName(name);
    startsInBackground(m_thread);
    // The job runs in the thread's event loop, which it then ends: the same thread life as a
    // worker's, so the same retirement applies.
    auto *context = new QObject;
    context->moveToThread(m_thread);
    QObject::connect(m_thread, &QThread::finished, context, &QObject::deleteLater);
    QThread *thread = m_thread;
    QMetaObject::invokeMethod(
        context,
        [job = std::move(job), thread] {
            job();
            thread->quit();
        },
        Qt::QueuedConnection);
    m_thread->start();
}

WorkerHost::~WorkerHost()
{
    stop();
}

void WorkerHost::stop()
{
    if (!m_thread)
        return;
    if (m_requestStop)
        m_requestStop();
    if (m_quitOnStop)
        m_thread->quit();
    // What the stop function holds (a job's worker, say) goes on this thread once the thread has
    // finished: never under a job still running, never left to a queue nobody serves at exit.
    retireWorkerThread(std::exchange(m_thread, nullptr),
                       [keep = std::exchange(m_requestStop, {})] {});
}

} // namespace Qafka
