#include "platform/guithreadallocator.h"

#include "platform/foreignfrees.h"
#include "platform/threadarenas.h"

namespace Qafka {

void setUpGuiThreadAllocator()
{
    // Arenas first: the hand-over tells a foreign block by its arena.
    giveEachThreadItsOwnAllocatorArena();
    handOverForeignFreesOfThisThread();
}

} // namespace Qafka
