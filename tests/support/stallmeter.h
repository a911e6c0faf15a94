#pragma once

#include <QElapsedTimer>
#include <QEventLoop>
#include <QList>
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

// Lateness of a 1 ms timer on the GUI thread, sampled while something runs.
class StallMeter
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (m_last >= 0)
                m_gapsUs.append((now - m_last) / 1000);
            m_last = now;
        });
    }
    void start()
    {
        m_gapsUs.clear();
        m_last = -1;
        m_clock.start();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    // Stall = gap beyond the 1 ms period.
    double maxMs() const
    {
        qint64 worst = 0;
        for (qint64 gap : m_gapsUs)
            worst = qMax(worst, gap);
        return qMax<double>(0, (worst - 1000) / 1000.0);
    }
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
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = -1;
    QList<qint64> m_gapsUs;
};
