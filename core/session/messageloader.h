#pragma once

#include "messages/messagebatch.h"
#include "profiles/connectionprofile.h"
#include "session/workerhost.h"
#include "session/workerreplies.h"
#include "types/browsetypes.h"
#include "types/clustertypes.h"

#include <QObject>

#include <memory>

namespace Qafka {

class BrowseWorker;

// The GUI thread's handle on message loads: each load runs a BrowseWorker on a thread of its own
// and is named by an id. Starting a new load or stopping returns at once; an old load's batches are
// dropped here, so a topic switch never mixes rows. Never blocks on the network.
class MessageLoader : public QObject
{
    Q_OBJECT
public:
    MessageLoader(const ConnectionProfile &profile, const ProfileSecrets &secrets,
                  QObject *parent = nullptr);
    ~MessageLoader() override;

    // Stops the current load (if any) and starts this one; returns its id.
    quint64 start(const BrowseRequest &request);
    void stop();
    bool isLoading() const { return m_worker != nullptr; }
    quint64 currentLoad() const { return m_loadId; }

signals:
    void batchReady(quint64 loadId, const Qafka::MessageBatch &batch,
                    const Qafka::BrowseProgress &progress);
    void finished(quint64 loadId, Qafka::BrowseEnd end, const Qafka::BrowseProgress &progress,
                  const Qafka::KafkaError &error);

private:
    void onBatch(quint64 loadId, const MessageBatch &batch, const BrowseProgress &progress);
    void onFinished(quint64 loadId, BrowseEnd end, const BrowseProgress &progress,
                    const KafkaError &error);

    ConnectionProfile m_profile;
    ProfileSecrets m_secrets;
    quint64 m_loadId = 0;
    std::shared_ptr<BrowseWorker> m_worker; // of the current load, until it finishes
    WorkerReplies m_replies;                // the worker's signals arrive here
    WorkerHostPtr m_host;                   // of the newest load
};

void registerBrowseTypes();

} // namespace Qafka
