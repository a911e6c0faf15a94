#pragma once

#include "stallwitness.h"
#include "threadclocks.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QList>
#include <QString>
#include <QTimer>

#include <algorithm>
#include <functional>

// Runs the GUI thread's event loop, as the application does, until done() is true or timeoutMs
// passed; true when done. Not QTest::qWait(): between passes it sleeps 10 ms blind, which a stall
// meter would count as the pane's stall.
inline bool runEventLoopUntil(const std::function<bool()> &done, int timeoutMs)
{
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (done())
        return true;
    poll.start();
    loop.exec();
    return done();
}

inline void runEventLoopFor(int ms)
{
    runEventLoopUntil([] { return false; }, ms);
}

// Lateness of a 1 ms timer on the GUI thread, sampled while something runs. On Linux it also
// reads how long the thread waited for a core in each gap (the run delay in
// /proc/thread-self/schedstat) and how long the hypervisor held its core (steal): a gap that is
// all that is the machine being busy (brokers and compilers on the same two cores, neighbours on
// the same host), not the GUI thread working or blocking. For the worst gap less those waits it
// keeps what the thread's clocks said (describeWorstOwn()).
class StallMeter
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { sample(); });
    }
    void start()
    {
        m_gapsUs.clear();
        m_maxRunDelayUs = 0;
        m_worstOwn = {};
        m_hasLast = false;
        m_clock.start();
        m_timer.start();
        if (m_witnessed)
            m_witness.start();
    }
    // A witness thread looks at the GUI thread while a tick is late (StallWitness): for tests
    // that hold a bound, not for benchmarks (it wakes every 5 ms and signals the GUI thread).
    void setWitnessed(bool witnessed) { m_witnessed = witnessed; }
    void stop()
    {
        m_timer.stop();
        m_witness.stop();
    }
    // Runs the test's own work on this thread (starting an oracle's process, parsing what it
    // printed): the gap up to it is counted as usual, the work itself is not.
    void excluding(const std::function<void()> &work)
    {
        if (!m_timer.isActive())
            return work();
        sample();
        work();
        m_hasLast = false;
        m_witness.ticked(m_clock.nsecsElapsed());
    }
    // Stall = gap beyond the 1 ms period.
    double maxMs() const { return stallMs(longest(m_gapsUs)); }
    // The longest gap less the time the thread waited for a core in it and the steal on its
    // core: what the GUI thread's own work and blocking cost. Steal is counted in ticks of 10 ms,
    // so this may be off by up to one. Equal to maxMs() where /proc cannot be read.
    double maxOwnMs() const { return stallMs(m_worstOwn.ownUs); }
    // When the longest own gap ended, and how long the meter has run: seconds since start(), to
    // line a stall up with what a test logged.
    double worstOwnEndedAtS() const { return double(m_worstOwn.endUs) / 1e6; }
    double elapsedS() const { return double(m_clock.elapsed()) / 1000.0; }
    // The longest wait for a core within one gap.
    double maxRunDelayMs() const { return double(m_maxRunDelayUs) / 1000.0; }
    double p99Ms() const
    {
        if (m_gapsUs.isEmpty())
            return 0;
        QList<qint64> sorted = m_gapsUs;
        std::sort(sorted.begin(), sorted.end());
        return stallMs(sorted.at(qsizetype(double(sorted.size() - 1) * 0.99)));
    }
    // Where the worst own gap went: on a core, waiting for one, neither (blocked, or its core
    // held by the hypervisor: the steal on that core in the same span).
    QString describeWorstOwn() const
    {
        const Gap &gap = m_worstOwn;
        return QStringLiteral("gap %1 ms: on a core %2 ms, waiting for one %3 ms, off both %4 ms "
                              "(blocked %5 times, %6 major page faults; steal on core %7: %8 ms, "
                              "on all: %9 ms)")
                   .arg(ms(gap.gapUs))
                   .arg(ms(gap.onCpuUs))
                   .arg(ms(gap.waitedUs))
                   .arg(ms(gap.gapUs - gap.onCpuUs - gap.waitedUs))
                   .arg(gap.blocked)
                   .arg(gap.majorFaults)
                   .arg(gap.cpu)
                   .arg(gap.stealMs)
                   .arg(gap.allStealMs) +
               (gap.witnessed.isEmpty() ? QString() : QStringLiteral("; seen: ") + gap.witnessed);
    }

private:
    static constexpr qint64 kLateTickNs = 2000000;    // a tick 1 ms later than due
    static constexpr qint64 kStealEveryNs = 10000000; // steal's own resolution

    struct Gap
    {
        qint64 gapUs = 0;
        qint64 ownUs = 0;
        qint64 onCpuUs = 0;
        qint64 waitedUs = 0;
        qint64 endUs = 0;
        long blocked = 0;
        long majorFaults = 0;
        int cpu = -1;
        qint64 stealMs = -1;
        qint64 allStealMs = 0;
        QString witnessed;
    };

    static double ms(qint64 us) { return double(us) / 1000.0; }
    static double stallMs(qint64 gapUs) { return qMax<double>(0, double(gapUs - 1000) / 1000.0); }
    static qint64 longest(const QList<qint64> &gapsUs)
    {
        return gapsUs.isEmpty() ? 0 : *std::max_element(gapsUs.cbegin(), gapsUs.cend());
    }
    static qint64 deltaUs(qint64 nowNs, qint64 thenNs)
    {
        return nowNs >= 0 && thenNs >= 0 ? (nowNs - thenNs) / 1000 : 0;
    }

    // One tick of the 1 ms timer: the gap since the last one, and how much of it the thread
    // waited for a core of this machine or its core waited for the hypervisor. Steal counts in
    // ticks of 10 ms, so /proc/stat is read every 10 ms and at the end of every late tick, not at
    // every tick: read at every tick it took a fifth of the GUI thread's time in a tail (perf),
    // the meter weighing on what it measures. A late tick's steal may then include up to 10 ms
    // before it: within the resolution it already had.
    void sample()
    {
        const qint64 nowNs = m_clock.nsecsElapsed();
        const bool late = m_hasLast && nowNs - m_lastNs > kLateTickNs;
        const bool readSteal = !m_hasLast || late || nowNs - m_stealReadNs >= kStealEveryNs;
        ThreadClocks::Reading reading = m_clocks.read(readSteal);
        if (readSteal)
            m_stealReadNs = nowNs;
        else
            reading.stealMs = m_last.stealMs;
        if (m_hasLast) {
            Gap gap;
            gap.gapUs = (nowNs - m_lastNs) / 1000;
            gap.waitedUs = deltaUs(reading.runDelayNs, m_last.runDelayNs);
            gap.cpu = reading.cpu;
            gap.stealMs = stealMs(reading);
            gap.ownUs = std::max<qint64>(0, gap.gapUs - gap.waitedUs -
                                                std::max<qint64>(0, gap.stealMs) * 1000);
            m_gapsUs.append(gap.gapUs);
            m_maxRunDelayUs = std::max(m_maxRunDelayUs, gap.waitedUs);
            if (gap.ownUs > m_worstOwn.ownUs)
                keepWorst(gap, reading, nowNs);
        }
        m_hasLast = true;
        m_lastNs = nowNs;
        m_last = std::move(reading);
        m_witness.ticked(nowNs);
    }

    // Steal on the core the thread ended the gap on: a vCPU the hypervisor does not run keeps
    // its thread (nothing else can take a running thread off it). -1 if unknown.
    qint64 stealMs(const ThreadClocks::Reading &reading) const
    {
        const int cpu = reading.cpu;
        if (cpu < 0 || cpu >= reading.stealMs.size() || cpu >= m_last.stealMs.size() ||
            reading.stealMs.at(cpu) < 0 || m_last.stealMs.at(cpu) < 0)
            return -1;
        return reading.stealMs.at(cpu) - m_last.stealMs.at(cpu);
    }

    void keepWorst(Gap gap, const ThreadClocks::Reading &reading, qint64 nowNs)
    {
        gap.onCpuUs = deltaUs(reading.onCpuNs, m_last.onCpuNs);
        gap.endUs = nowNs / 1000;
        gap.blocked = reading.blocked - m_last.blocked;
        gap.majorFaults = reading.majorFaults - m_last.majorFaults;
        for (qsizetype cpu = 0; cpu < std::min(reading.stealMs.size(), m_last.stealMs.size());
             ++cpu)
            gap.allStealMs += reading.stealMs.at(cpu) - m_last.stealMs.at(cpu);
        gap.witnessed = m_witness.seenAfterTick(m_lastNs);
        m_worstOwn = gap;
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    StallWitness m_witness{m_clock};
    bool m_witnessed = false;
    ThreadClocks m_clocks;
    bool m_hasLast = false;
    qint64 m_lastNs = 0;
    qint64 m_stealReadNs = 0;
    ThreadClocks::Reading m_last;
    qint64 m_maxRunDelayUs = 0;
    Gap m_worstOwn;
    QList<qint64> m_gapsUs;
};
