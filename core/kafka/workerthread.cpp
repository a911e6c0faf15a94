#include "workerthread.h"

#include <QDeadlineTimer>
#include <QLoggingCategory>

namespace Qafka {

namespace {

Q_LOGGING_CATEGORY(lcWorkerThread, "qafka.worker", QtWarningMsg)

} // namespace

bool stopWorkerThread(QThread *thread, int waitMs)
{
    thread->quit();
    if (!thread->wait(QDeadlineTimer(waitMs))) {
        qCWarning(lcWorkerThread) << "worker thread" << thread->objectName()
                                  << "did not stop in time; leaving it";
        return false;
    }
    delete thread;
    return true;
}

} // namespace Qafka
