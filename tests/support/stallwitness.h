#pragma once

#include <QElapsedTimer>
#include <QFile>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <atomic>
#include <csignal>
#include <cxxabi.h>
#include <dlfcn.h>
#include <execinfo.h>
#include <memory>
#include <thread>
#include <unistd.h>

// Looks at the GUI thread from a thread of its own while the stall meter's ticks are late: what
// the kernel says it is doing (state, system call and its arguments, where it sleeps), so that a
// stall spent blocked can be told from one spent waiting on the machine, and once per late tick
// the thread's own call stack (a signal makes it write its return addresses down). Linux only;
// the kernel stack needs root and is left out otherwise.
class StallWitness
{
public:
    explicit StallWitness(const QElapsedTimer &clock)
        : m_clock(clock)
        , m_taskDir(QStringLiteral("/proc/self/task/%1/").arg(::gettid()))
    {}
    ~StallWitness() { stop(); }
    StallWitness(const StallWitness &) = delete;
    StallWitness &operator=(const StallWitness &) = delete;

    void start()
    {
        stop();
        installStackHandler();
        m_running = true;
        m_thread = std::thread([this] { watch(); });
    }
    void stop()
    {
        m_running = false;
        if (m_thread.joinable())
            m_thread.join();
    }
    // Called by the observed thread at every tick, with the meter's clock.
    void ticked(qint64 nowNs) { m_lastTickNs.store(nowNs, std::memory_order_relaxed); }
    // What was seen during the gap that began at the tick of tickNs (empty if nothing).
    QString seenAfterTick(qint64 tickNs) const
    {
        QMutexLocker lock(&m_mutex);
        return tickNs == m_seenTickNs ? m_seen.join(QStringLiteral(" | ")) : QString();
    }

private:
    static constexpr qint64 lateNs = 15'000'000;
    static constexpr int lookEveryMs = 5;

    void watch()
    {
        qint64 lookedAt = -1;
        while (m_running) {
            ::usleep(lookEveryMs * 1000);
            const qint64 tick = m_lastTickNs.load(std::memory_order_relaxed);
            const qint64 late = m_clock.nsecsElapsed() - tick;
            if (tick <= 0 || late < lateNs || (tick == lookedAt && m_seenCount >= 4))
                continue;
            QString look = QStringLiteral("+%1 ms: %2").arg(late / 1'000'000).arg(lookNow());
            if (tick != lookedAt)
                look += QStringLiteral("; stack: ") + userStack();
            QMutexLocker lock(&m_mutex);
            if (tick != m_seenTickNs) {
                m_seen.clear();
                m_seenTickNs = tick;
                m_seenCount = 0;
            }
            m_seen.append(look);
            ++m_seenCount;
            lookedAt = tick;
        }
    }

    QString lookNow() const
    {
        const QString stat = read(QStringLiteral("stat"));
        // The state is the field after the command's closing parenthesis.
        const QString state = stat.mid(stat.lastIndexOf(u')') + 2, 1);
        QString stack = read(QStringLiteral("stack"));
        stack.replace(u'\n', u';');
        return QStringLiteral("state %1, syscall %2, wchan %3, futex in %4; %5")
            .arg(state, read(QStringLiteral("syscall")), read(QStringLiteral("wchan")),
                 futexMapping(read(QStringLiteral("syscall"))), stack.left(600));
    }

    // For futex(2) (202 on x86-64): the mapping its address lies in (a heap, libc's data, ...).
    static QString futexMapping(const QString &syscall)
    {
        const QStringList fields = syscall.split(u' ');
        if (fields.size() < 2 || fields.first() != QLatin1String("202"))
            return QStringLiteral("-");
        bool ok = false;
        const quint64 address = fields.at(1).toULongLong(&ok, 16);
        QFile maps(QStringLiteral("/proc/self/maps"));
        if (!ok || !maps.open(QIODevice::ReadOnly))
            return QStringLiteral("?");
        for (const QByteArray &line : maps.readAll().split('\n')) {
            const QList<QByteArray> parts = line.simplified().split(' ');
            const QList<QByteArray> range = parts.value(0).split('-');
            if (range.size() == 2 && range[0].toULongLong(nullptr, 16) <= address &&
                address < range[1].toULongLong(nullptr, 16))
                return QString::fromLatin1(parts.value(5, "[anonymous]"));
        }
        return QStringLiteral("?");
    }

    // The observed thread's call stack: SIGURG (unused by Qt and by the test's programs) makes it
    // store its return addresses; they are named here, outside the handler.
    struct Frames
    {
        std::atomic_int count{-1};
        void *addresses[24] = {};
    };
    static Frames &frames()
    {
        static Frames instance;
        return instance;
    }
    void installStackHandler()
    {
        void *warm[2];
        ::backtrace(warm, 2); // loads the unwinder now, not inside the handler
        struct sigaction action = {};
        action.sa_handler = [](int) {
            Frames &f = frames();
            f.count.store(::backtrace(f.addresses, 24));
        };
        action.sa_flags = SA_RESTART;
        ::sigaction(SIGURG, &action, nullptr);
        m_tid = ::gettid();
    }
    QString userStack() const
    {
        Frames &f = frames();
        f.count.store(-1);
        ::tgkill(::getpid(), m_tid, SIGURG);
        for (int i = 0; i < 200 && f.count.load() < 0; ++i)
            ::usleep(100);
        const int count = f.count.load();
        if (count < 0)
            return QStringLiteral("(no answer within 20 ms)");
        QStringList names;
        for (int i = 2; i < count; ++i) // 0-1: the handler and the signal trampoline
            names.append(symbolName(f.addresses[i]));
        return names.join(QStringLiteral(" < "));
    }
    static QString symbolName(void *address)
    {
        Dl_info info{};
        if (!::dladdr(address, &info) || !info.dli_sname)
            return QStringLiteral("%1+%2")
                .arg(info.dli_fname ? QString::fromLocal8Bit(info.dli_fname).section(u'/', -1)
                                    : QStringLiteral("?"))
                .arg(quintptr(address) - quintptr(info.dli_fbase), 0, 16);
        int status = 0;
        const std::unique_ptr<char, decltype(&std::free)> demangled(
            abi::__cxa_demangle(info.dli_sname, nullptr, nullptr, &status), &std::free);
        return QString::fromLocal8Bit(status == 0 ? demangled.get() : info.dli_sname).left(120);
    }

    QString read(const QString &name) const
    {
        QFile file(m_taskDir + name);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
            return QStringLiteral("?");
        return QString::fromLatin1(file.read(4096)).trimmed();
    }

    const QElapsedTimer &m_clock;
    const QString m_taskDir;
    pid_t m_tid = 0;
    std::atomic<qint64> m_lastTickNs{0};
    std::atomic_bool m_running{false};
    std::thread m_thread;
    mutable QMutex m_mutex;
    qint64 m_seenTickNs = -1;
    int m_seenCount = 0;
    QStringList m_seen;
};
