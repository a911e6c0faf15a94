#pragma once

#include <QElapsedTimer>
#include <QEventLoop>
#include <QList>
#include <QTimer>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <functional>
#include <unistd.h>

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
// /proc/thread-self/schedstat): a gap that is all run delay is the machine being busy (brokers
// and compilers on the same two cores), not the GUI thread working or blocking.
class StallMeter
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { sample(); });
    }
    ~StallMeter()
    {
        if (m_schedstat >= 0)
            ::close(m_schedstat);
    }
    void start()
    {
        m_gapsUs.clear();
        m_ownGapsUs.clear();
        m_maxRunDelayUs = 0;
        m_worstOwnUs = 0;
        m_worstOwnEndUs = 0;
        m_last = -1;
        if (m_schedstat < 0)
            m_schedstat = ::open("/proc/thread-self/schedstat", O_RDONLY | O_CLOEXEC);
        m_clock.start();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    // Runs the test's own work on this thread (starting an oracle's process, parsing what it
    // printed): the gap up to it is counted as usual, the work itself is not.
    void excluding(const std::function<void()> &work)
    {
        if (!m_timer.isActive())
            return work();
        sample();
        work();
        m_last = -1;
    }
    // Stall = gap beyond the 1 ms period.
    double maxMs() const
    {
        qint64 worst = 0;
        for (qint64 gap : m_gapsUs)
            worst = qMax(worst, gap);
        return qMax<double>(0, (worst - 1000) / 1000.0);
    }
    // The longest gap less the time the thread waited for a core in it: what the GUI thread's
    // own work and blocking cost. Equal to maxMs() where schedstat cannot be read.
    double maxOwnMs() const
    {
        qint64 worst = 0;
        for (qint64 gap : m_ownGapsUs)
            worst = qMax(worst, gap);
        return qMax<double>(0, (worst - 1000) / 1000.0);
    }
    // When the longest own gap ended, and how long the meter has run: seconds since start(), to
    // line a stall up with what a test logged.
    double worstOwnEndedAtS() const { return double(m_worstOwnEndUs) / 1e6; }
    double elapsedS() const { return double(m_clock.elapsed()) / 1000.0; }
    // The longest wait for a core within one gap.
    double maxRunDelayMs() const { return double(m_maxRunDelayUs) / 1000.0; }
    double p99Ms() const
    {
        if (m_gapsUs.isEmpty())
            return 0;
        QList<qint64> sorted = m_gapsUs;
        std::sort(sorted.begin(), sorted.end());
        return qMax<double>(0, (sorted.at(qsizetype(double(sorted.size() - 1) * 0.99)) - 1000) /
                                   1000.0);
    }

private:
    // One tick of the 1 ms timer: the gap since the last one, and how much of it was a wait for
    // a core.
    void sample()
    {
        const qint64 now = m_clock.nsecsElapsed();
        const qint64 runDelay = runDelayNs();
        if (m_last >= 0) {
            const qint64 gap = (now - m_last) / 1000;
            m_gapsUs.append(gap);
            const qint64 waited =
                runDelay >= 0 && m_lastRunDelay >= 0 ? (runDelay - m_lastRunDelay) / 1000 : 0;
            const qint64 own = std::max<qint64>(0, gap - waited);
            m_ownGapsUs.append(own);
            if (own > m_worstOwnUs) {
                m_worstOwnUs = own;
                m_worstOwnEndUs = now / 1000;
            }
            m_maxRunDelayUs = std::max(m_maxRunDelayUs, waited);
        }
        m_last = now;
        m_lastRunDelay = runDelay;
    }

    // Nanoseconds this thread has waited on a run queue (schedstat's second field); -1 if unknown.
    qint64 runDelayNs() const
    {
        char text[96];
        if (m_schedstat < 0)
            return -1;
        const ssize_t size = ::pread(m_schedstat, text, sizeof text - 1, 0);
        if (size <= 0)
            return -1;
        text[size] = 0;
        const char *second = std::strchr(text, ' ');
        return second ? std::strtoll(second + 1, nullptr, 10) : -1;
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = -1;
    qint64 m_lastRunDelay = -1;
    qint64 m_maxRunDelayUs = 0;
    qint64 m_worstOwnUs = 0;
    qint64 m_worstOwnEndUs = 0;
    int m_schedstat = -1;
    QList<qint64> m_gapsUs;
    QList<qint64> m_ownGapsUs;
};
