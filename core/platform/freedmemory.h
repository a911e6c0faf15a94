#pragma once

namespace Qafka {

// glibc keeps what a thread frees in that thread's arena, and an arena gives memory back to the
// system only from its top. librdkafka's threads allocate fetch buffers and messages that the
// worker frees out of order, so after a load or a search their arenas hold tens of megabytes of
// freed memory, and each later search added to it (whole-topic searches of one topic: 67, 95,
// 103 MB resident; bench/run search). Called on a worker thread once its consumer is destroyed,
// this returns the free pages of every arena to the system (2-9 ms here). A no-op elsewhere.
void returnFreedMemoryToSystem();

} // namespace Qafka
