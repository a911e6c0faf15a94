// The wait at exit for retired worker threads (core/session/workerhost) also waits for each
// thread's last clean-up in the C library, which runs after QThread::wait() has returned: a
// process that exited meanwhile was seen to corrupt its heap.

#include "platform/kernelthread.h"
#include "session/workerhost.h"

#include <QTest>

#include <atomic>

using namespace Qafka;

namespace {

// Holds its thread in the C library's clean-up (thread-local destructors run there), after
// QThread::wait() has returned: the window in which an exiting process used to meet it.
struct SlowThreadEnd
{
    SlowThreadEnd() = default;
    SlowThreadEnd(const SlowThreadEnd &) = delete;
    SlowThreadEnd &operator=(const SlowThreadEnd &) = delete;
    ~SlowThreadEnd() { QThread::msleep(300); }
};

} // namespace

class TestWorkerHost : public QObject
{
    Q_OBJECT
private slots:
    void exitWaitWaitsForTheThreadToEnd()
    {
        std::atomic<long> kernelId = 0;
        {
            WorkerHost host(
                [&kernelId] {
                    static thread_local SlowThreadEnd slowEnd;
                    Q_UNUSED(slowEnd);
                    kernelId = currentKernelThreadId();
                },
                [] {}, QStringLiteral("tst-workerhost"));
        }
        QVERIFY(waitForRetiredWorkerThreads(10000));
        QCOMPARE(retiredWorkerThreadCount(), 0);
        QVERIFY(kernelId.load() != 0);
        QVERIFY2(kernelThreadHasEnded(kernelId.load()),
                 "the wait returned while the thread was still cleaning up");
    }

    void anEndedThreadIsToldApartFromALiveOne()
    {
        QVERIFY(!kernelThreadHasEnded(currentKernelThreadId()));
        QVERIFY(kernelThreadHasEnded(0));
    }
};

QTEST_GUILESS_MAIN(TestWorkerHost)
#include "tst_workerhost.moc"
