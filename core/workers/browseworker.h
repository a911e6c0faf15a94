#pragma once

#include "messages/messagebatch.h"
#include "messages/messagebatchbuilder.h"
#include "messages/messagefilter.h"
#include "profiles/connectionprofile.h"
#include "types/browsetypes.h"
#include "types/clustertypes.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>

#include <atomic>
#include <memory>
#include <vector>

namespace Qafka {

class BrowseConsumer;
struct ConsumedRecord;

// Reads one topic's messages for the browser on its own thread, with an assigned consumer that
// never joins or commits to a group. Messages travel to the GUI in batches (at most ~20 a second),
// packed compactly; when the GUI has not taken the previous batches yet the worker keeps
// collecting instead of queueing more, so memory stays bounded by what was asked for.
class BrowseWorker : public QObject
{
    Q_OBJECT
public:
    BrowseWorker(quint64 loadId, const ConnectionProfile &profile, const ProfileSecrets &secrets,
                 const BrowseRequest &request);

    // Thread-safe.
    void requestStop() { m_stop.store(true); }
    // The GUI took one batch (thread-safe).
    void acknowledgeBatch() { m_unacknowledged.fetch_sub(1); }

    // The whole load; returns when it ends or requestStop() was called (within ~50 ms).
    void run();

signals:
    void batchReady(quint64 loadId, const Qafka::MessageBatch &batch,
                    const Qafka::BrowseProgress &progress);
    void finished(quint64 loadId, Qafka::BrowseEnd end, const Qafka::BrowseProgress &progress,
                  const Qafka::KafkaError &error);

private:
    void scan();
    bool prepare(BrowseConsumer *consumer, QHash<int, qint64> *starts, KafkaError *error);
    // A search reads only the partitions, offsets and times its filter can match.
    bool boundBySearch(BrowseConsumer *consumer, QList<int> *partitions, QHash<int, qint64> *low,
                       QHash<int, qint64> *high, KafkaError *error) const;
    qint64 startOf(qint64 first, qint64 end, qint64 atTime) const;
    void readUntilDone(BrowseConsumer *consumer);
    // Takes one consumed record; true when it was a message (kept or, when searching, not).
    bool take(const ConsumedRecord &record);
    bool keeps(const ConsumedRecord &record) const;
    // Marks a partition's range read; the consumer stops fetching it after this consume call.
    void markDone(PartitionPosition &position);
    void emitBatch();
    bool allDone() const;
    void finish(BrowseEnd end, const KafkaError &error);

    quint64 m_loadId;
    ConnectionProfile m_profile;
    ProfileSecrets m_secrets;
    BrowseRequest m_request;
    std::atomic_bool m_stop = false;
    std::atomic_int m_unacknowledged = 0;

    // The state of the load run() performs.
    QElapsedTimer m_clock;
    QElapsedTimer m_sinceEmit;
    BrowseProgress m_progress;
    std::vector<PartitionPosition> m_positions;
    QHash<int, size_t> m_slotOf; // partition -> index in m_positions
    QList<int> m_newlyDone;      // partitions whose range was read in this consume call
    MessageBatchBuilder m_builder;
    std::unique_ptr<MessageFilter::Matcher> m_matcher; // when searching
    BrowseEnd m_end = BrowseEnd::Completed;
    KafkaError m_error;
    bool m_stopAfterEmit = false;
};

} // namespace Qafka
