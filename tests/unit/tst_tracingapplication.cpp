// The test support that names slow GUI-thread events (tests/support/tracingapplication.h) keeps
// working when a receiver deletes itself while handling its event, as Qt objects may: the
// sanitizer suite once found it reading such a receiver after delivery (tst_chaos, an object of
// Qt Core's own).

#include "tracingapplication.h"

#include <QElapsedTimer>
#include <QTest>

namespace {

// Slow enough to be traced (QAFKA_BENCH_TRACE_MS=1 below), then gone.
class SelfDeletingObject : public QObject
{
    Q_OBJECT
public:
    bool event(QEvent *event) override
    {
        if (event->type() != QEvent::User)
            return QObject::event(event);
        QElapsedTimer busy;
        busy.start();
        while (busy.elapsed() < 3) {
            // A handler that takes its time: what the trace exists to name.
        }
        delete this;
        return true;
    }
};

} // namespace

class TestTracingApplication : public QObject
{
    Q_OBJECT
private slots:
    void namesAReceiverThatDeletedItself()
    {
        auto *receiver = new SelfDeletingObject;
        receiver->setObjectName(QStringLiteral("deletes-itself"));
        QString trace;
        auto *app = static_cast<TracingApplication *>(QCoreApplication::instance());
        app->setSlowEventSink([&trace](const QString &report) { trace += report; });
        QEvent event(QEvent::User);
        QCoreApplication::sendEvent(receiver, &event);
        app->setSlowEventSink({});
        QVERIFY2(trace.contains(QLatin1String("slow event at")), qPrintable(trace));
        QVERIFY2(trace.contains(QLatin1String("SelfDeletingObject deletes-itself")),
                 qPrintable(trace));
    }
};

int main(int argc, char **argv)
{
    qputenv("QAFKA_BENCH_TRACE", "1");
    qputenv("QAFKA_BENCH_TRACE_MS", "1");
    TracingApplication app(argc, argv);
    QTEST_SET_MAIN_SOURCE_PATH
    TestTracingApplication test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_tracingapplication.moc"
