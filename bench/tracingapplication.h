#pragma once

#include <QApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <QThread>

// With QAFKA_BENCH_TRACE set, names every GUI-thread event that took 10 ms or more: what a
// stall was spent on.
class TracingApplication : public QApplication
{
public:
    using QApplication::QApplication;
    bool notify(QObject *receiver, QEvent *event) override
    {
        if (!m_trace || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        QElapsedTimer timer;
        timer.start();
        const int type = event->type();
        const bool result = QApplication::notify(receiver, event);
        if (timer.elapsed() >= 10 && m_depth == 0)
            QTextStream(stderr) << "slow event: " << timer.elapsed() << " ms, type " << type << ", "
                                << receiver->metaObject()->className() << ' '
                                << receiver->objectName() << '\n';
        return result;
    }
    bool m_trace = qEnvironmentVariableIsSet("QAFKA_BENCH_TRACE");
    int m_depth = 0;
};
