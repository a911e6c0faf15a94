#pragma once

#include <QList>
#include <QtGlobal>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sched.h>
#include <sys/resource.h>
#include <unistd.h>

// What the calling thread's clocks say now, for telling a late timer's causes apart (Linux):
// time on a core and time waiting for one (/proc/thread-self/schedstat), how often it blocked
// (voluntary switches) and waited for a page from disk (major faults), and per core the time the
// hypervisor ran something else instead of this machine (steal in /proc/stat). Unknown values read
// -1.
class ThreadClocks
{
public:
    struct Reading
    {
        qint64 onCpuNs = -1;
        qint64 runDelayNs = -1;
        long blocked = 0;
        long majorFaults = 0;
        int cpu = -1;
        QList<qint64> stealMs;
    };

    ThreadClocks()
    {
        m_schedstat = ::open("/proc/thread-self/schedstat", O_RDONLY | O_CLOEXEC);
        m_stat = ::open("/proc/stat", O_RDONLY | O_CLOEXEC);
        m_msPerTick = 1000.0 / double(std::max(1L, ::sysconf(_SC_CLK_TCK)));
    }
    ~ThreadClocks()
    {
        if (m_schedstat >= 0)
            ::close(m_schedstat);
        if (m_stat >= 0)
            ::close(m_stat);
    }
    ThreadClocks(const ThreadClocks &) = delete;
    ThreadClocks &operator=(const ThreadClocks &) = delete;

    // Must be called on the thread the clocks were opened on. withSteal: also read /proc/stat,
    // the costly part (about 0.1 ms: every line of every core); stealMs stays empty otherwise.
    Reading read(bool withSteal = true) const
    {
        Reading reading;
        readSchedstat(reading);
        rusage usage{};
        if (::getrusage(RUSAGE_THREAD, &usage) == 0) {
            reading.blocked = usage.ru_nvcsw;
            reading.majorFaults = usage.ru_majflt;
        }
        reading.cpu = ::sched_getcpu();
        if (withSteal)
            readSteal(reading);
        return reading;
    }

private:
    void readSchedstat(Reading &reading) const
    {
        char text[96];
        const ssize_t size = m_schedstat < 0 ? -1 : ::pread(m_schedstat, text, sizeof text - 1, 0);
        if (size <= 0)
            return;
        text[size] = 0;
        char *end = nullptr;
        reading.onCpuNs = std::strtoll(text, &end, 10);
        reading.runDelayNs = end && *end == ' ' ? std::strtoll(end + 1, nullptr, 10) : -1;
    }

    // Lines "cpuN user nice system idle iowait irq softirq steal ...", in clock ticks.
    void readSteal(Reading &reading) const
    {
        char text[8192];
        const ssize_t size = m_stat < 0 ? -1 : ::pread(m_stat, text, sizeof text - 1, 0);
        if (size <= 0)
            return;
        text[size] = 0;
        for (const char *line = std::strstr(text, "\ncpu"); line;
             line = std::strstr(line + 1, "\ncpu")) {
            int cpu = -1;
            unsigned long long steal = 0;
            if (std::sscanf(line + 1, "cpu%d %*u %*u %*u %*u %*u %*u %*u %llu", &cpu, &steal) != 2)
                continue;
            if (cpu >= reading.stealMs.size())
                reading.stealMs.resize(cpu + 1, -1);
            reading.stealMs[cpu] = qint64(double(steal) * m_msPerTick);
        }
    }

    int m_schedstat = -1;
    int m_stat = -1;
    double m_msPerTick = 10;
};
