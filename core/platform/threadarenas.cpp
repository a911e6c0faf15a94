#include "platform/threadarenas.h"

#include <algorithm>
#include <cstdlib> // defines __GLIBC__ where it applies
#include <thread>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace Qafka {

namespace {
// glibc's default, eight per core, plus room for far more threads than Qafka runs at once (so
// the limit is never lowered on a machine of many cores). An arena that is not used costs
// address space only (glibc reserves 64 MB of it), and a finished thread's arena goes to the
// next new thread.
constexpr int kArenasPerCore = 8;
constexpr int kArenasBeyondDefault = 256;
} // namespace

void giveEachThreadItsOwnAllocatorArena()
{
#if defined(__GLIBC__)
    const int cores = std::max(1, int(std::thread::hardware_concurrency()));
    mallopt(M_ARENA_MAX, kArenasPerCore * cores + kArenasBeyondDefault);
#endif
}

} // namespace Qafka
