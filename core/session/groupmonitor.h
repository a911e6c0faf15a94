#pragma once

#include "groups/grouphistorystore.h"
#include "groups/grouptypes.h"
#include "profiles/connectionprofile.h"
#include "session/workerhost.h"
#include "session/workerreplies.h"
#include "types/clustertypes.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QThread>
#include <QTimer>

#include <memory>

namespace Qafka {

class GroupWorker;

// The GUI thread's handle on consumer-group monitoring of one cluster. Starts a GroupWorker on its
// own thread, asks it for a round every refresh interval (re-armed when the previous answer
// arrives, so rounds never pile up against a slow cluster), and keeps what the charts draw: a
// bounded history per group (total lag for every group; time lag, rates and one line per partition
// and per topic for the groups opened in detail or watched). Rounds run while somebody is viewing
// the groups or any group is watched; watched groups raise alert() when their status turns bad or
// their lag crosses the user's threshold.
class GroupMonitor : public QObject
{
    Q_OBJECT
public:
    GroupMonitor(const ConnectionProfile &profile, const ProfileSecrets &secrets,
                 QObject *parent = nullptr, GroupRoundSettings settings = {});
    ~GroupMonitor() override;

    bool isReadOnly() const { return m_profile.readOnly; }
    void setRefreshInterval(int ms) { m_timer.setInterval(ms); }
    int refreshInterval() const { return m_timer.interval(); }
    // read_committed: lag up to the last stable offset, not counting transaction markers.
    void setReadCommitted(bool readCommitted);
    bool readCommitted() const { return m_readCommitted; }

    // Each view that shows group data says when it is visible (counted: the groups pane and a
    // topic's Consumer groups tab may both be open).
    void setViewing(bool viewing);
    bool isRunning() const { return m_viewers > 0 || !m_watches.isEmpty(); }
    void refreshNow();

    bool hasRound() const { return m_hasRound; }
    const GroupLagRound &lastRound() const { return m_round; }
    // nullptr when the last round did not list it.
    const ConsumerGroupLag *group(const QString &groupId) const;
    KafkaError lastError() const { return m_lastError; }
    int roundsReceived() const { return m_roundsReceived; }

    // Groups whose details (per-partition histories, exact time lag first) are kept from now on.
    void trackDetails(const QString &groupId);
    bool isTracked(const QString &groupId) const;

    // What the rounds said over time, for the models and charts.
    const GroupHistoryStore &histories() const { return m_histories; }

    // lagThreshold < 0: alert only on status changes.
    void setWatched(const QString &groupId, bool watched, qint64 lagThreshold = -1);
    bool isWatched(const QString &groupId) const { return m_watches.contains(groupId); }
    qint64 lagThreshold(const QString &groupId) const;
    QStringList watchedGroups() const;

    struct TopicReader
    {
        QString groupId;
        QString state;
        int partitions = 0;
        qint64 lag = 0;
        double maxTimeLagSeconds = 0;
        LagVerdict verdict;
    };
    // The groups of the last round that read (committed offsets for, or are assigned) a topic.
    QList<TopicReader> readersOf(const QString &topic) const;

    // Group writes; each returns an id that operationFinished() carries back. Refused on a
    // read-only connection, here and on the worker.
    quint64 previewReset(const QString &groupId, const QList<TopicPartition> &scope,
                         const OffsetResetSpec &spec);
    quint64 applyReset(const QString &groupId, const QList<OffsetResetRow> &rows);
    quint64 deleteGroup(const QString &groupId);
    quint64 deleteGroupOffsets(const QString &groupId, const QString &topic);

    // Stops the worker and retires its thread without waiting for it (WorkerHost); returns at
    // once whatever the brokers do. Safe to call twice.
    void close();

signals:
    void roundReady(const Qafka::GroupLagRound &round);
    void roundFailed(const Qafka::KafkaError &error);
    void runningChanged(bool running);
    void alert(const QString &groupId, const QString &summary, const QString &body, bool urgent);
    void resetPreviewReady(quint64 id, const Qafka::OffsetResetPreview &preview,
                           const Qafka::KafkaError &error);
    void operationFinished(quint64 id, const QString &description, const Qafka::KafkaError &error);

private:
    void start();
    void updateTimer();
    void onRound(quint64 roundId, const GroupLagRound &round);
    void onRoundFailed(quint64 roundId, const KafkaError &error);
    void recordSlice(quint64 roundId);
    void finishRound();
    void checkWatches(const GroupLagRound &round);
    quint64 refusedWrite(const QString &description);
    QSet<QString> detailGroups() const; // tracked or watched

    ConnectionProfile m_profile;
    ProfileSecrets m_secrets;
    GroupRoundSettings m_settings;
    WorkerReplies m_replies; // the worker's signals arrive here
    WorkerHostPtr m_host;
    QPointer<GroupWorker> m_worker;
    QTimer m_timer;
    quint64 m_roundId = 0;
    bool m_inFlight = false;
    int m_viewers = 0;
    bool m_readCommitted = false;
    bool m_hasRound = false;
    int m_roundsReceived = 0;
    GroupLagRound m_round;
    GroupLagRound m_previousRound;  // see onRound()
    qsizetype m_recordedGroups = 0; // of m_round, into m_histories so far (recordSlice())
    KafkaError m_lastError;
    quint64 m_nextOperationId = 0;
    GroupHistoryStore m_histories;
    QSet<QString> m_tracked;
    struct Watch
    {
        qint64 lagThreshold = -1;
        LagStatus lastStatus = LagStatus::Unknown;
        qint64 lastLag = 0;
    };
    QHash<QString, Watch> m_watches;
};

} // namespace Qafka
