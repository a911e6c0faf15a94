#include "session/messageloader.h"

#include "session/workerthread.h"
#include "workers/browseworker.h"

#include <QThread>

namespace Qafka {

void registerBrowseTypes()
{
    qRegisterMetaType<Qafka::MessageBatch>();
    qRegisterMetaType<Qafka::BrowseProgress>();
    qRegisterMetaType<Qafka::BrowseRequest>();
    qRegisterMetaType<Qafka::BrowseEnd>();
    qRegisterMetaType<Qafka::KafkaError>();
}

MessageLoader::MessageLoader(const ConnectionProfile &profile, const ProfileSecrets &secrets,
                             QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_secrets(secrets)
{
    registerBrowseTypes();
}

MessageLoader::~MessageLoader()
{
    // Loads still running wind down on their own (the worker notices the stop flag within one
    // 50 ms poll); their threads are retired, never waited for here.
    for (const Load &load : std::as_const(m_loads)) {
        load.worker->requestStop();
        load.worker->disconnect(this);
        load.thread->disconnect(this);
        BrowseWorker *worker = load.worker;
        retireWorkerThread(load.thread, [worker] { delete worker; });
    }
}

quint64 MessageLoader::start(const BrowseRequest &request)
{
    stop();
    const quint64 id = ++m_loadId;
    auto *worker = new BrowseWorker(id, m_profile, m_secrets, request);
    QThread *thread = QThread::create([worker] { worker->run(); });
    thread->setObjectName(QStringLiteral("qafka-browse-%1").arg(id));
    // The worker emits from the load's thread; queued connections bring results here.
    connect(worker, &BrowseWorker::batchReady, this, &MessageLoader::onBatch, Qt::QueuedConnection);
    connect(worker, &BrowseWorker::finished, this, &MessageLoader::onFinished,
            Qt::QueuedConnection);
    connect(thread, &QThread::finished, this, [this, thread] { reap(thread); });
    m_worker = worker;
    m_loads.append({thread, worker});
    thread->start();
    return id;
}

void MessageLoader::reap(QThread *thread)
{
    for (qsizetype i = 0; i < m_loads.size(); ++i) {
        if (m_loads[i].thread != thread)
            continue;
        const Load load = m_loads.takeAt(i);
        if (m_worker == load.worker)
            m_worker = nullptr;
        load.thread->deleteLater();
        // Queued signals from it may still be pending; deleteLater runs after them.
        load.worker->deleteLater();
        return;
    }
}

void MessageLoader::stop()
{
    if (m_worker)
        m_worker->requestStop();
}

void MessageLoader::onBatch(quint64 loadId, const MessageBatch &batch,
                            const BrowseProgress &progress)
{
    if (loadId != m_loadId)
        return;
    emit batchReady(loadId, batch, progress);
    if (m_worker)
        m_worker->acknowledgeBatch();
}

void MessageLoader::onFinished(quint64 loadId, BrowseEnd end, const BrowseProgress &progress,
                               const KafkaError &error)
{
    if (loadId != m_loadId)
        return;
    m_worker = nullptr;
    emit finished(loadId, end, progress, error);
}

} // namespace Qafka
