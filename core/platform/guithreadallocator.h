#pragma once

namespace Qafka {

// What keeps the GUI thread from waiting for another thread's allocator lock, in one call for
// every program that runs Qafka's GUI thread as the app does (the app, the benchmarks, and the
// tests built on TracingApplication): each thread gets an arena of its own
// (giveEachThreadItsOwnAllocatorArena), and this thread hands the blocks other threads allocated
// to a helper to free (handOverForeignFreesOfThisThread). Call it first thing in main(), on the
// main thread, before any other thread starts.
void setUpGuiThreadAllocator();

} // namespace Qafka
