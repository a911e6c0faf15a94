// WorkerReplies: a worker's signals reach the session object's slots and signals on the GUI
// thread, with their arguments, through the replies object and not with the session object as
// their receiver (Qt's lock for a receiver is taken by the sending thread); disconnecting the
// worker from the replies object stops them.

#include "session/workerreplies.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace Qafka;

namespace {

class FakeWorker : public QObject
{
    Q_OBJECT
signals:
    void answered(int generation, const QString &text);
    void failed(const QString &problem);
};

class FakeSession : public QObject
{
    Q_OBJECT
public:
    QList<QPair<int, QString>> answers;
    QList<Qt::HANDLE> threads;
    void onAnswer(int generation, const QString &text)
    {
        answers.append({generation, text});
        threads.append(QThread::currentThreadId());
    }
signals:
    void failed(const QString &problem);
};

} // namespace

class TestWorkerReplies : public QObject
{
    Q_OBJECT

private slots:
    void routesToSlotsAndSignalsOnTheReceiversThread()
    {
        FakeSession session;
        WorkerReplies replies;
        QThread thread;
        auto *worker = new FakeWorker;
        worker->moveToThread(&thread);
        connect(&thread, &QThread::finished, worker, &QObject::deleteLater);
        replies.route(worker, &FakeWorker::answered, &session, &FakeSession::onAnswer);
        replies.route(worker, &FakeWorker::failed, &session, &FakeSession::failed);
        QSignalSpy failures(&session, &FakeSession::failed);
        thread.start();

        QMetaObject::invokeMethod(worker, [worker] {
            emit worker->answered(7, QStringLiteral("seven"));
            emit worker->failed(QStringLiteral("broken"));
        });
        QTRY_COMPARE(failures.size(), 1);
        QCOMPARE(failures.first().first().toString(), QStringLiteral("broken"));
        QCOMPARE(session.answers, (QList<QPair<int, QString>>{{7, QStringLiteral("seven")}}));
        QCOMPARE(session.threads.first(), QThread::currentThreadId());

        // The session object is nobody's receiver of the worker's signals: nothing to disconnect.
        QVERIFY(!QObject::disconnect(worker, &FakeWorker::answered, &session, nullptr));
        QVERIFY(!QObject::disconnect(worker, &FakeWorker::failed, &session, nullptr));

        // Disconnected from the replies object, the worker is heard no more.
        QVERIFY(worker->disconnect(&replies));
        QMetaObject::invokeMethod(
            worker, [worker] { emit worker->failed(QStringLiteral("late")); },
            Qt::BlockingQueuedConnection);
        QCoreApplication::processEvents();
        QCOMPARE(failures.size(), 1);
        thread.quit();
        thread.wait();
    }

    void queuedRoutesWaitForTheEventLoop()
    {
        FakeSession session;
        WorkerReplies replies;
        FakeWorker worker;
        replies.route(&worker, &FakeWorker::answered, &session, &FakeSession::onAnswer,
                      Qt::QueuedConnection);
        emit worker.answered(1, QStringLiteral("one"));
        QVERIFY(session.answers.isEmpty());
        QTRY_COMPARE(session.answers.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestWorkerReplies)
#include "tst_workerreplies.moc"
