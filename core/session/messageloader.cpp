#include "session/messageloader.h"

#include "workers/browseworker.h"

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

// A load still running winds down on its own: destroying its host raises the worker's stop flag,
// which it notices within one 50 ms poll, and retires the thread.
MessageLoader::~MessageLoader() = default;

quint64 MessageLoader::start(const BrowseRequest &request)
{
    stop();
    const quint64 id = ++m_loadId;
    // Shared by this (which acknowledges batches and stops it) and its host's stop function,
    // which keeps it until the load's thread has finished: the job itself needs no reference.
    auto worker = std::make_shared<BrowseWorker>(id, m_profile, m_secrets, request);
    // The worker emits from the load's thread; queued connections bring results here.
    m_replies.route(worker.get(), &BrowseWorker::batchReady, this, &MessageLoader::onBatch,
                    Qt::QueuedConnection);
    m_replies.route(worker.get(), &BrowseWorker::finished, this, &MessageLoader::onFinished,
                    Qt::QueuedConnection);
    m_worker = worker;
    BrowseWorker *load = worker.get();
    m_host =
        std::make_unique<WorkerHost>([load] { load->run(); }, [worker] { worker->requestStop(); },
                                     QStringLiteral("qafka-browse-%1").arg(id));
    return id;
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
    m_worker.reset();
    emit finished(loadId, end, progress, error);
}

} // namespace Qafka
