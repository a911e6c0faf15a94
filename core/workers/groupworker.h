#pragma once

#include "groups/grouptypes.h"
#include "groups/membershiptracker.h"
#include "groups/offsettimeline.h"
#include "groups/partitionlagwindow.h"
#include "profiles/connectionprofile.h"
#include "types/clustertypes.h"
#include "types/connectiondiagnosis.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <atomic>
#include <functional>
#include <memory>

namespace Qafka {

class AdminClient;
class GroupAdmin;
struct GroupListing;
class OffsetTimestampReader;

// Watches every consumer group of one cluster on a thread of its own, with its own admin handle so
// a slow round never holds up the metadata refresh. One round lists the groups, describes them,
// reads their committed offsets and the partitions' end offsets (all batched, all in flight at
// once), then works out lag, time lag and a verdict per partition. It keeps what the verdicts and
// time-lag estimates need between rounds: a window of observations per group-partition, a log-end
// timeline per topic-partition and the timestamps already read. Also runs the group write
// operations, which it refuses on a read-only connection.
class GroupWorker : public QObject
{
    Q_OBJECT
public:
    using Settings = GroupRoundSettings;

    GroupWorker(const ConnectionProfile &profile, const ProfileSecrets &secrets, Settings settings);
    ~GroupWorker() override;

    void requestStop() { m_stop.store(true); }
    // Admin handles made so far (one per outage at most: see dropClientAfterFailure).
    int clientsCreated() const { return m_clientsCreated; }

public slots:
    // detailGroups: groups open in a pane or watched; their exact time lags are read first.
    void refresh(quint64 round, bool readCommitted, const QStringList &detailGroups);
    // scope: the partitions to reset; empty means every partition the group has offsets for.
    void previewReset(quint64 id, const QString &groupId, const QList<Qafka::TopicPartition> &scope,
                      const Qafka::OffsetResetSpec &spec);
    void applyReset(quint64 id, const QString &groupId, const QList<Qafka::OffsetResetRow> &rows);
    void deleteGroup(quint64 id, const QString &groupId);
    void deleteGroupOffsets(quint64 id, const QString &groupId, const QString &topic);

signals:
    void roundReady(quint64 round, const Qafka::GroupLagRound &result);
    void roundFailed(quint64 round, const Qafka::KafkaError &error);
    void resetPreviewReady(quint64 id, const Qafka::OffsetResetPreview &preview,
                           const Qafka::KafkaError &error);
    void operationFinished(quint64 id, const QString &description, const Qafka::KafkaError &error);

private:
    bool ensureClient(KafkaError *error);
    // After a broker restart librdkafka's admin requests keep sending the leader epochs of its
    // old metadata (FENCED_LEADER_EPOCH) for as long as the handle lives, so a handle that has
    // worked is replaced after a failed round. One that never completed a round keeps retrying by
    // itself: replacing it every round of an outage only churns threads and sockets.
    void dropClientAfterFailure();
    // Runs a write unless the connection is read-only, then reports it with operationFinished.
    void runWrite(quint64 id, const QString &description,
                  const std::function<void(KafkaError *error)> &write);
    // The steps of a round, in the order refresh runs them. Those returning bool return false
    // when the round has failed with *error; refresh then calls failRound.
    void failRound(quint64 roundId, const KafkaError &error);
    bool listAndDescribeGroups(GroupLagRound *round, QStringList *ids,
                               QHash<QString, ConsumerGroupLag> *groups, KafkaError *error);
    QStringList groupsToDescribe(const QList<GroupListing> &listings, qint64 nowMs,
                                 QHash<QString, ConsumerGroupLag> *groups) const;
    void rememberDescriptions(const QStringList &described, qint64 nowMs,
                              const QHash<QString, ConsumerGroupLag> &groups);
    bool readCommittedOffsets(const QStringList &ids, QHash<QString, ConsumerGroupLag> *groups,
                              QHash<QString, QHash<TopicPartition, qint64>> *committed,
                              KafkaError *error);
    // Every partition a group has an offset for or is assigned, and the member owning each.
    static void collectPartitions(const QStringList &ids,
                                  const QHash<QString, ConsumerGroupLag> &groups,
                                  const QHash<QString, QHash<TopicPartition, qint64>> &committed,
                                  QSet<TopicPartition> *partitions,
                                  QHash<QString, QHash<TopicPartition, int>> *owners);
    // Also stamps the round's time and adds the ends to the timelines.
    bool readLogEnds(const QSet<TopicPartition> &partitions, GroupLagRound *round,
                     QHash<TopicPartition, qint64> *ends, KafkaError *error);
    static void addPartitionRows(ConsumerGroupLag *group,
                                 const QHash<TopicPartition, qint64> &offsets,
                                 const QHash<TopicPartition, int> &owned,
                                 const QHash<TopicPartition, qint64> &ends);
    void fillTimeLags(GroupLagRound *round, const QStringList &detailGroups);
    QHash<TopicPartition, qint64> positionsToRead(const GroupLagRound &round,
                                                  const QStringList &detailGroups) const;
    // Reads the positions (until m_stop is raised), caches the messages found and returns the
    // partitions with nothing readable from their position to the end.
    QSet<TopicPartition> readTimestamps(const QHash<TopicPartition, qint64> &toRead);
    // endReadNow: this round's read found nothing readable from the row's committed offset on.
    void fillTimeLag(GroupLagRound *round, GroupPartitionLag *row, bool endReadNow) const;
    void evaluate(GroupLagRound *round);
    void estimateCatchUp(ConsumerGroupLag *group, qint64 nowMs, bool readCommitted);
    static LagVerdict groupVerdict(const ConsumerGroupLag &group, qsizetype worst);
    // Drops what is kept for groups and partitions that are gone.
    void forgetMissing(const GroupLagRound &round, const QSet<TopicPartition> &partitions);

    ConnectionProfile m_profile;
    ProfileSecrets m_secrets;
    Settings m_settings;
    std::atomic_bool m_stop = false;
    ConnectionDiagnosis m_diagnosis;
    std::unique_ptr<AdminClient> m_client;
    bool m_clientCompletedRound = false;
    int m_clientsCreated = 0;
    std::unique_ptr<GroupAdmin> m_admin;
    std::unique_ptr<OffsetTimestampReader> m_reader;

    // The last description of each group the listing calls Empty. An Empty group has no members,
    // so its description changes only with its coordinator; it is described again when its listed
    // state changes or, a few groups per round, once it is older than kEmptyDescriptionMaxAgeMs.
    // Describing every group every round was a third of a round on a cluster of 500 idle groups.
    struct CachedDescription
    {
        ConsumerGroupLag group; // without partitions
        qint64 describedMs = 0;
    };
    QHash<QString, CachedDescription> m_emptyDescriptions;
    // Group -> partition -> window: one group lookup per group, not one per row.
    QHash<QString, QHash<TopicPartition, PartitionLagWindow>> m_windows;
    QHash<TopicPartition, OffsetTimeline> m_timelines;
    // First readable message at or after an offset: read once, kept until the cache is full.
    struct OffsetKey
    {
        TopicPartition partition;
        qint64 offset = 0;
        bool operator==(const OffsetKey &) const = default;
    };
    friend size_t qHash(const OffsetKey &key, size_t seed)
    {
        return qHashMulti(seed, key.partition, key.offset);
    }
    struct ReadMessage
    {
        qint64 offset = -1;
        qint64 timestampMs = -1;
    };
    QHash<OffsetKey, ReadMessage> m_timestamps;
    bool m_timestampsReadCommitted = false;
    // Sums of the previous round per group, for the produce and consume rates.
    struct Totals
    {
        qint64 timeMs = 0;
        qint64 logEnd = 0;
        qint64 committed = 0;
        qsizetype partitions = 0;
    };
    QHash<QString, Totals> m_previousTotals;
    // Rates over the last minute per group (summed offsets) and per partition, for the time to
    // catch up.
    struct CatchUpWindows
    {
        CatchUpWindow group;
        qsizetype partitionCount = 0;
        bool readCommitted = false;
        QHash<TopicPartition, CatchUpWindow> partitions;
    };
    QHash<QString, CatchUpWindows> m_catchUp;
    MembershipTracker m_membership;
};

} // namespace Qafka
