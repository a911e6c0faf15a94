#pragma once

#include "platform/guithreadallocator.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QStringList>
#include <QTextStream>
#include <QThread>

#include <ctime>
#include <functional>
#include <sys/resource.h>

// Constructed before QApplication (a base listed first): the allocator set up as Qafka's main()
// sets it up, before any thread starts.
struct AllocatorSetUpFirst
{
    AllocatorSetUpFirst() { Qafka::setUpGuiThreadAllocator(); }
};

// With QAFKA_BENCH_TRACE set, names every GUI-thread event that took 10 ms (QAFKA_BENCH_TRACE_MS)
// or more, with the events nested in it that took 3 ms or more: what a stall was spent on. Each
// line also says how much of it the GUI thread spent on a core, and how often it blocked (waited
// for a lock or another thread) or was preempted (waited for a core).
class TracingApplication : private AllocatorSetUpFirst, public QApplication
{
public:
    using QApplication::QApplication;
    bool notify(QObject *receiver, QEvent *event) override
    {
        if (!m_trace || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        QElapsedTimer timer;
        timer.start();
        const ThreadUsage before = ThreadUsage::now();
        const int type = event->type();
        // Named before delivery: a receiver may delete itself while it handles its event (as the
        // sanitizer suite caught in tst_chaos, where the receiver was one of Qt Core's own).
        const char *const className = receiver->metaObject()->className();
        const QString objectName = receiver->objectName();
        ++m_depth;
        const bool result = QApplication::notify(receiver, event);
        --m_depth;
        const qint64 wall = timer.elapsed();
        if (wall >= (m_depth == 0 ? m_slowMs : 3)) {
            const ThreadUsage after = ThreadUsage::now();
            QString line;
            QTextStream(&line) << QString(m_depth * 2, QLatin1Char(' ')) << wall
                               << " ms (GUI thread CPU " << qRound(after.cpuMs - before.cpuMs)
                               << " ms, blocked " << after.blocked - before.blocked
                               << ", preempted " << after.preempted - before.preempted << "), type "
                               << type << ", " << className << ' ' << objectName;
            m_nested.prepend(line);
        }
        if (m_depth == 0) {
            if (wall >= m_slowMs) {
                // When it ended on the monotonic clock: to line it up with other samplers.
                timespec end{};
                clock_gettime(CLOCK_MONOTONIC, &end);
                QString report;
                QTextStream(&report)
                    << "slow event at " << end.tv_sec << '.'
                    << QString::number(end.tv_nsec / 1000000).rightJustified(3, u'0') << ": "
                    << m_nested.join(QLatin1Char('\n')) << '\n';
                if (m_slowEventSink)
                    m_slowEventSink(report);
                else
                    QTextStream(stderr) << report;
            }
            m_nested.clear();
        }
        return result;
    }

    // Where slow events are told instead of stderr (a test reads them).
    void setSlowEventSink(std::function<void(const QString &)> sink)
    {
        m_slowEventSink = std::move(sink);
    }

private:
    struct ThreadUsage
    {
        double cpuMs = 0;
        long blocked = 0;
        long preempted = 0;
        static ThreadUsage now()
        {
            timespec cpu{};
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cpu);
            rusage usage{};
            getrusage(RUSAGE_THREAD, &usage);
            return {double(cpu.tv_sec) * 1000.0 + double(cpu.tv_nsec) / 1e6, usage.ru_nvcsw,
                    usage.ru_nivcsw};
        }
    };

    bool m_trace = qEnvironmentVariableIsSet("QAFKA_BENCH_TRACE");
    // QAFKA_BENCH_TRACE_MS lowers the bar to look at what adds up to a stall.
    int m_slowMs = qEnvironmentVariableIntValue("QAFKA_BENCH_TRACE_MS") > 0
                       ? qEnvironmentVariableIntValue("QAFKA_BENCH_TRACE_MS")
                       : 10;
    int m_depth = 0;
    QStringList m_nested;
    std::function<void(const QString &)> m_slowEventSink;
};
