#pragma once

namespace Qafka {

// glibc gives threads at most eight allocator arenas per core; past that, new threads share
// arenas, the GUI thread's among them. Qafka runs several librdkafka threads per client and
// broker, more than that on a small machine, so a busy librdkafka thread could share the GUI
// thread's arena or a worker's: when it lost its core while holding the arena's lock, the GUI
// thread's next malloc or free there waited for it (bench/README, stop 44). This gives each
// thread an arena of its own. Call it first thing in main(): glibc reads the limit once, when
// the ninth arena is needed. It leaves a limit the user chose (MALLOC_ARENA_MAX or
// glibc.malloc.arena_max in GLIBC_TUNABLES) alone. A no-op elsewhere. True when it raised the
// limit.
bool giveEachThreadItsOwnAllocatorArena();

} // namespace Qafka
