#include "platform/kernelthread.h"

#include <QtGlobal>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <csignal>
#include <unistd.h>
#endif

namespace Qafka {

long currentKernelThreadId()
{
#ifdef Q_OS_LINUX
    return long(gettid());
#else
    return 0;
#endif
}

bool kernelThreadHasEnded(long id)
{
#ifdef Q_OS_LINUX
    // Signal 0 only asks whether the thread is there; a thread of this process that has ended
    // is gone at once (nothing waits to collect it), so its id answers "no such thread".
    return id == 0 || (tgkill(getpid(), pid_t(id), 0) != 0 && errno == ESRCH);
#else
    Q_UNUSED(id);
    return true;
#endif
}

} // namespace Qafka
