#pragma once

namespace Qafka {

// glibc gives threads at most eight allocator arenas per core; past that, a new thread shares an
// arena, the GUI thread's among them, and its every malloc and free takes that arena's lock.
// Qafka runs a few librdkafka threads per broker and client (33 in the chaos test), so a busy
// librdkafka thread ended up sharing with the GUI thread's data: when the machine was loaded and
// that thread lost its core while holding the lock, the GUI thread waited for it (a 97 ms stall
// in tst_chaos, blocked in free()). Raising the limit gives each thread an arena of its own.
// Call it at the start of main(), before the process has started eight threads that allocate:
// glibc reads the limit once. A no-op elsewhere.
void giveEachThreadItsOwnAllocatorArena();

} // namespace Qafka
