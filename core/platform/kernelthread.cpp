#include "platform/kernelthread.h"

#include <QtGlobal>

#ifdef Q_OS_LINUX
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
    // is gone at once (unless a debugger holds it), so its id answers "no such thread". Any
    // other refusal (a sandbox) counts as ended too: waiting could not learn more.
    return id == 0 || tgkill(getpid(), pid_t(id), 0) != 0;
#else
    Q_UNUSED(id);
    return true;
#endif
}

} // namespace Qafka
