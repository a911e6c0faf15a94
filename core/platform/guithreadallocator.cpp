#include "platform/guithreadallocator.h"

#include "platform/foreignfrees.h"
#include "platform/threadarenas.h"

namespace Qafka {

void setUpGuiThreadAllocator()
{
    // The arena limit first: glibc must have it before any other thread allocates, and the
    // hand-over starts a thread.
    giveEachThreadItsOwnAllocatorArena();
    handOverForeignFreesOfThisThread();
}

} // namespace Qafka
