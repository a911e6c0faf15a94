#include "platform/threadpriority.h"

#include <QThread>
#include <QtGlobal>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace Qafka {

void lowerCurrentThreadPriority()
{
#ifdef Q_OS_LINUX
    // Linux keeps a nice value per thread, and making one's own nicer needs no privilege. Qt's
    // QThread priorities do nothing there for ordinary threads.
    constexpr int kBackgroundNice = 10;
    const pid_t self = gettid();
    if (getpriority(PRIO_PROCESS, id_t(self)) < kBackgroundNice)
        setpriority(PRIO_PROCESS, id_t(self), kBackgroundNice);
#else
    QThread::currentThread()->setPriority(QThread::LowPriority);
#endif
}

} // namespace Qafka
