#pragma once

namespace Qafka {

// Background work yields to the GUI thread. Loading a busy topic keeps both cores of a small
// machine busy with the consumer, its librdkafka threads and often a local broker; at equal
// priority the GUI thread then waits its turn for a core in the middle of a paint. Called on a
// worker thread as it starts, this lowers that thread's priority and, on Linux, that of the
// threads it starts (librdkafka's inherit it).
void lowerCurrentThreadPriority();

} // namespace Qafka
