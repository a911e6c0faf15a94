#pragma once

#include <cstdint>

namespace Qafka {

// The GUI thread frees much that worker and librdkafka threads allocated: a round's rows, the
// arguments of queued signals, message batches. glibc frees such a block into the arena of the
// thread that allocated it, under that arena's lock. Those threads run at a lower priority, so
// when one lost its core while holding its lock (in its own malloc), the GUI thread's free waited
// until a busy machine gave the core back: tst_chaos saw 76 ms in free() while three brokers
// recovered beside it. Called on the main (GUI) thread, after giveEachThreadItsOwnAllocatorArena
// (setUpGuiThreadAllocator calls both), this makes that thread hand such blocks to a helper
// thread, which frees them; its own blocks, and mapped ones (no arena), it still frees at once.
// Process-wide, this defines free() and realloc(), which pass everything else on to the next
// allocator's (glibc's, or one preloaded).
// Takes effect only with glibc's allocator in use (not under a preloaded one, heaptrack or a
// sanitizer: their blocks have no glibc header to tell foreign ones by), and not in a child
// forked without exec. A no-op elsewhere. True when it took effect.
bool handOverForeignFreesOfThisThread();

// What the threads that hand over have handed over, and what the helper has freed of it.
struct ForeignFreeCounts
{
    std::uint64_t handedOver = 0;
    std::uint64_t freed = 0;
};
ForeignFreeCounts foreignFreeCounts();

} // namespace Qafka
