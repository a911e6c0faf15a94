#pragma once

namespace Qafka {

// QThread::wait() returns once the thread's own code is done, but the thread still runs the C
// library's clean-up after that (thread-local destructors, returning its allocator cache); a
// process that exits meanwhile was seen to corrupt its heap (searchbench, about 1 exit in 25).
// These let the exit wait for the thread itself to be gone.

// The kernel's id of the calling thread on Linux; 0 elsewhere, where it cannot be waited for.
long currentKernelThreadId();

// Whether the thread of this process with that id has ended, clean-up included. True for 0, and
// when the system will not say (the exit then does not wait for it).
bool kernelThreadHasEnded(long id);

} // namespace Qafka
