#pragma once

#include "groups/grouptypes.h"
#include "rdkafka/offsetfetchplan.h"
#include "types/clustertypes.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QSet>
#include <QStringList>

namespace Qafka {

class AdminClient;

// A consumer group as ListConsumerGroups names it.
struct GroupListing
{
    QString groupId;
    QString state;
    GroupProtocol protocol = GroupProtocol::Unknown;
    bool simple = false;
};

// Consumer-group administration through librdkafka's admin API, on an AdminClient of the caller's
// thread. Requests that concern many groups or partitions are all sent at once on a private queue
// and collected together, so one round costs a few round trips, not one per group. Blocking,
// bounded by timeoutMs and the client's stop flag; false with *error set when a call fails as a
// whole. Per-group failures are reported per group.
class GroupAdmin
{
public:
    explicit GroupAdmin(AdminClient *client);

    bool listGroups(int timeoutMs, QList<GroupListing> *groups, QString *warning,
                    KafkaError *error);
    // Fills state, protocol, coordinator and members of each ConsumerGroupLag in *groups (keyed by
    // group id); a group librdkafka could not describe gets its problem set.
    bool describeGroups(const QStringList &groupIds, int timeoutMs,
                        QHash<QString, ConsumerGroupLag> *groups, KafkaError *error);
    // Committed offsets of each group, all requests in flight. The groups of one coordinator
    // named in coordinators (group id -> broker id, from their descriptions) go together, many
    // to a request (OffsetFetch v8+); any other group has a request of its own, as do the
    // groups of a broker that takes one group per request or that failed a request of many. A
    // group whose offsets could not be read is named in *failures with the reason; one whose
    // coordinator moved meanwhile is asked again a few times first.
    bool listCommittedOffsets(const QStringList &groupIds, int timeoutMs,
                              QHash<QString, QHash<TopicPartition, qint64>> *offsets,
                              QHash<QString, QString> *failures, KafkaError *error,
                              const QHash<QString, int> &coordinators = {});
    // ListConsumerGroupOffsets calls that the last listCommittedOffsets made, and how many of
    // them asked for many groups.
    int offsetFetchCalls() const { return m_offsetFetchCalls; }
    int manyGroupOffsetFetchCalls() const { return m_manyGroupOffsetFetchCalls; }

    // ListOffsets of many partitions in batches. spec: kEarliest, kLatest or a timestamp (ms).
    // readCommitted asks for the last stable offset instead of the high watermark. A timestamp
    // past the last message answers -1.
    static constexpr qint64 kEarliest = -2;
    static constexpr qint64 kLatest = -1;
    bool listOffsets(const QList<TopicPartition> &partitions, qint64 spec, bool readCommitted,
                     int timeoutMs, QHash<TopicPartition, qint64> *offsets, KafkaError *error);

    bool alterCommittedOffsets(const QString &groupId,
                               const QList<QPair<TopicPartition, qint64>> &offsets, int timeoutMs,
                               KafkaError *error);
    bool deleteGroup(const QString &groupId, int timeoutMs, KafkaError *error);
    bool deleteCommittedOffsets(const QString &groupId, const QList<TopicPartition> &partitions,
                                int timeoutMs, KafkaError *error);

private:
    // Sends the calls, all in flight; false when answers stopped coming in time.
    bool fetchCommittedOffsets(const QList<OffsetFetchCall> &calls, int timeoutMs,
                               QHash<QString, QHash<TopicPartition, qint64>> *offsets,
                               QHash<QString, QString> *failures, OffsetFetchPass *pass,
                               KafkaError *error);
    // The brokers to which calls of many groups may go now: coordinators that the metadata
    // lists, minus those that took one group per request or failed such a call lately.
    QSet<int> manyGroupBrokers(const QHash<QString, int> &coordinators, int timeoutMs);
    // Why a call of many groups to brokerId failed decides when to try one there again.
    void noteFailedManyGroupCall(int brokerId, int code);
    // Waits pauseMs serving the client's events; false if stop was requested meanwhile.
    bool pauseBeforeRetry(int pauseMs);

    AdminClient *m_client;
    bool m_manyGroupsRefused = false; // a librdkafka without patch 0006
    // Brokers that get no call of many groups until then (before v8, or a call failed).
    QHash<int, QDeadlineTimer> m_manyGroupPause;
    int m_offsetFetchCalls = 0;
    int m_manyGroupOffsetFetchCalls = 0;
};

} // namespace Qafka
