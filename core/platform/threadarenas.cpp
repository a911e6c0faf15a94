#include "platform/threadarenas.h"

#include <algorithm>
#include <cstdlib> // defines __GLIBC__ where it applies
#include <cstring>
#include <thread>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace Qafka {

#if defined(__GLIBC__)
namespace {
// glibc's default, eight per core, plus room for far more threads than Qafka runs at once (so
// no machine gets fewer than before). Arenas are made only as threads first allocate, and a
// finished thread's arena, with what it kept, goes to the next new thread; what arenas keep
// freed goes back to the system after each load (returnFreedMemoryToSystem).
constexpr int kArenasPerCore = 8;
constexpr int kArenasBeyondDefault = 256;

bool userChoseArenaLimit()
{
    const char *tunables = std::getenv("GLIBC_TUNABLES");
    return std::getenv("MALLOC_ARENA_MAX") != nullptr ||
           (tunables != nullptr && std::strstr(tunables, "glibc.malloc.arena_max") != nullptr);
}
} // namespace
#endif

bool giveEachThreadItsOwnAllocatorArena()
{
#if defined(__GLIBC__)
    if (userChoseArenaLimit())
        return false;
    const int cores = std::max(1, int(std::thread::hardware_concurrency()));
    return mallopt(M_ARENA_MAX, kArenasPerCore * cores + kArenasBeyondDefault) == 1;
#else
    return false;
#endif
}

} // namespace Qafka
