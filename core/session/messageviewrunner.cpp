#include "session/messageviewrunner.h"

#include <QElapsedTimer>

namespace Qafka {

namespace {

constexpr qint64 kProgressEveryMs = 100;

// Carries a pass's result from its thread to the runner; deleted on the runner's thread.
class ViewJobRelay : public QObject
{
    Q_OBJECT
signals:
    void progress(qint64 done, qint64 total);
    void done(Qafka::MessageIndexListPtr result);
};

} // namespace

MessageViewRunner::MessageViewRunner(QObject *parent)
    : QObject(parent)
{}

MessageViewRunner::~MessageViewRunner()
{
    cancel();
}

void MessageViewRunner::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
    m_cancel.reset();
}

void MessageViewRunner::start(MessageViewJob job, Done done)
{
    cancel();
    auto cancelFlag = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancelFlag;
    std::shared_ptr<ViewJobRelay> relay(new ViewJobRelay,
                                        [](ViewJobRelay *r) { r->deleteLater(); });
    connect(relay.get(), &ViewJobRelay::progress, this, &MessageViewRunner::progress);
    connect(relay.get(), &ViewJobRelay::done, this,
            [done = std::move(done)](MessageIndexListPtr result) { done(std::move(result)); });
    m_host = std::make_unique<WorkerHost>(
        [job = std::move(job), cancelFlag, relay] {
            QElapsedTimer sinceProgress;
            sinceProgress.start();
            MessageIndexListPtr result = job.run(*cancelFlag, [&](qint64 done, qint64 total) {
                if (sinceProgress.elapsed() >= kProgressEveryMs) {
                    emit relay->progress(done, total);
                    sinceProgress.restart();
                }
            });
            if (!cancelFlag->load())
                emit relay->done(result);
        },
        [cancelFlag] { cancelFlag->store(true); }, QStringLiteral("qafka-message-view"));
}

} // namespace Qafka

#include "messageviewrunner.moc"
