#include "platform/threadarenas.h"

#include <cstdlib> // defines __GLIBC__ where it applies

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace Qafka {

namespace {
// Far above the threads Qafka runs at once. An arena that is not used costs address space only
// (glibc reserves 64 MB of it), and a finished thread's arena goes to the next new thread.
constexpr int kArenasAtMost = 256;
} // namespace

void giveEachThreadItsOwnAllocatorArena()
{
#if defined(__GLIBC__)
    mallopt(M_ARENA_MAX, kArenasAtMost);
#endif
}

} // namespace Qafka
