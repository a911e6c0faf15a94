// The wait at exit for retired worker threads (core/session/workerhost) also waits for each
// thread's last clean-up in the C library, which runs after QThread::wait() has returned: a
// process that exited meanwhile was seen to corrupt its heap.

#include "platform/kernelthread.h"
#include "session/workerhost.h"

#include <QElapsedTimer>
#include <QTest>

#include <atomic>
#include <memory>
#include <thread>

using namespace Qafka;

namespace {

// Holds its thread in the C library's clean-up (thread-local destructors run there), after
// QThread::wait() has returned: the window in which an exiting process used to meet it.
struct SlowThreadEnd
{
    SlowThreadEnd() = default;
    SlowThreadEnd(const SlowThreadEnd &) = delete;
    SlowThreadEnd &operator=(const SlowThreadEnd &) = delete;
    ~SlowThreadEnd() { QThread::msleep(1000); }
};

} // namespace

class TestWorkerHost : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
#ifndef Q_OS_LINUX
        QSKIP("only Linux tells when a thread has ended");
#endif
    }

    void exitWaitWaitsForTheThreadToEnd()
    {
        const long kernelId = runJobWithSlowThreadEnd();
        QVERIFY(waitForRetiredWorkerThreads(10000));
        QCOMPARE(retiredWorkerThreadCount(), 0);
        QVERIFY(kernelId != 0);
        QVERIFY2(kernelThreadHasEnded(kernelId),
                 "the wait returned while the thread was still cleaning up");
    }

    // The budget holds for the clean-up too: a wait that runs out says so in time.
    void exitWaitKeepsItsBudget()
    {
        const long kernelId = runJobWithSlowThreadEnd();
        QVERIFY(kernelId != 0);
        QElapsedTimer waited;
        waited.start();
        QVERIFY(!waitForRetiredWorkerThreads(50));
        QCOMPARE_LT(waited.elapsed(), 250);
        QVERIFY(!kernelThreadHasEnded(kernelId));
        QVERIFY(waitForRetiredWorkerThreads(10000)); // the next wait still waits for it
        QVERIFY(kernelThreadHasEnded(kernelId));
    }

    void anEndedThreadIsToldApartFromALiveOne()
    {
        QVERIFY(!kernelThreadHasEnded(currentKernelThreadId()));
        QVERIFY(kernelThreadHasEnded(0));
        std::atomic<long> kernelId = 0;
        std::thread thread([&kernelId] { kernelId = currentKernelThreadId(); });
        thread.join();
        // join() returns just before the kernel lets the thread go.
        QTRY_VERIFY_WITH_TIMEOUT(kernelThreadHasEnded(kernelId.load()), 5000);
    }

private:
    // A job whose thread then holds in its clean-up; the host is gone (the thread retired) on
    // return. Returns the thread's kernel id.
    static long runJobWithSlowThreadEnd()
    {
        // Shared: should the job run late, it must not write into a returned frame.
        const auto kernelId = std::make_shared<std::atomic<long>>(0);
        {
            WorkerHost host(
                [kernelId] {
                    static thread_local SlowThreadEnd slowEnd;
                    Q_UNUSED(slowEnd);
                    *kernelId = currentKernelThreadId();
                },
                [] {}, QStringLiteral("tst-workerhost"));
        }
        const bool ran = QTest::qWaitFor([&kernelId] { return kernelId->load() != 0; }, 10000);
        return ran ? kernelId->load() : 0;
    }
};

QTEST_GUILESS_MAIN(TestWorkerHost)
#include "tst_workerhost.moc"
