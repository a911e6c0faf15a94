#pragma once

#include <sched.h>
#include <sys/resource.h>

// The cores this process may run on (a CI host may give it 2 of 64): what glibc counts its
// arena limit by, and what decides how many busy threads it takes to crowd them.
inline int coresThisProcessMayUse()
{
    cpu_set_t cores;
    CPU_ZERO(&cores);
    return sched_getaffinity(0, sizeof cores, &cores) == 0 ? CPU_COUNT(&cores) : 1;
}

// How often this thread gave up its core of its own accord: each wait for a lock held by
// another thread counts one (as does a page fault that waits on another thread's mapping).
inline long voluntarySwitchesOfThisThread()
{
    rusage usage{};
    getrusage(RUSAGE_THREAD, &usage);
    return usage.ru_nvcsw;
}
