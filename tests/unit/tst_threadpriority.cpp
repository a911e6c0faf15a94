// Background threads yield to the GUI thread (core/platform/threadpriority): a worker that lowers
// its priority runs nicer, and so do the threads it starts (librdkafka's), not the caller's.

#include "platform/threadpriority.h"

#include <QTest>

#include <algorithm>
#include <sys/resource.h>
#include <thread>
#include <unistd.h>

using namespace Qafka;

namespace {

int niceOfCurrentThread()
{
    return getpriority(PRIO_PROCESS, id_t(gettid()));
}

// Runs body on a thread of its own (the hints are per thread) and waits for it.
template <typename Body> void onOwnThread(Body body)
{
    std::thread thread(body);
    thread.join();
}

} // namespace

class TestThreadPriority : public QObject
{
    Q_OBJECT

private slots:
    void backgroundThreadsAndWhatTheyStartRunNicer()
    {
        const int guiNice = niceOfCurrentThread();
        int workerNice = -100, childNice = -100;
        onOwnThread([&] {
            lowerCurrentThreadPriority();
            workerNice = niceOfCurrentThread();
            onOwnThread([&] { childNice = niceOfCurrentThread(); }); // librdkafka's, say
        });
        QCOMPARE(workerNice, std::max(guiNice, 10));
        QCOMPARE(childNice, workerNice);
        QCOMPARE(niceOfCurrentThread(), guiNice);
    }
};

QTEST_GUILESS_MAIN(TestThreadPriority)
#include "tst_threadpriority.moc"
