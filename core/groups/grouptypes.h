#pragma once

// Value types of consumer groups and their lag, as one monitoring round saw them. They travel from
// the group worker's thread to the GUI thread; registered in registerGroupTypes().

#include "groups/catchupestimate.h"
#include "groups/lagverdict.h"
#include "groups/membershipchange.h"
#include "groups/offsetresetplan.h"
#include "groups/topicpartition.h"

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>

#include <cmath>

namespace Qafka {

// Which group protocol a group speaks: the classic rebalance protocol, or the consumer protocol of
// KIP-848 (Kafka 4.x brokers, group.protocol=consumer clients).
enum class GroupProtocol : quint8 { Unknown, Classic, Consumer };

struct GroupMember
{
    QString memberId;
    QString groupInstanceId; // static membership; empty when none
    QString clientId;
    QString host;
    QList<TopicPartition> assignment;
};

// One partition a group has committed an offset for or is assigned. The numbers are those
// kafka-consumer-groups.sh --describe prints; -1 means there is none ("-" in the UI, never 0).
struct GroupPartitionLag
{
    QString topic;
    int partition = 0;
    qint64 committed = -1; // -1: the group has no committed offset here
    qint64 logEnd = -1;    // high watermark, or the last stable offset in read_committed mode
    qint64 lag = -1;       // logEnd - committed; -1 when either is unknown
    // Seconds behind: now minus the timestamp of the first message not consumed yet. NaN when not
    // known; timeLagEstimated when interpolated from log-end history instead of read.
    double timeLagSeconds = std::nan("");
    bool timeLagEstimated = false;
    QString memberId; // the member it is assigned to; empty when none
    QString host;
    QString clientId;
    LagVerdict verdict;
    CatchUpEstimate catchUp;
};

struct ConsumerGroupLag
{
    QString groupId;
    QString state;        // Stable, Empty, PreparingRebalance, ..., as the broker names it
    QString protocolType; // "consumer" for Kafka consumers; empty for a simple (offsets-only) group
    GroupProtocol protocol = GroupProtocol::Unknown;
    bool simple = false;
    int coordinatorId = -1;
    QString coordinator; // host:port
    QList<GroupMember> members;
    QList<GroupPartitionLag> partitions; // sorted by topic, partition
    // Why part of the group could not be read (describe or offsets refused, a group type this
    // librdkafka cannot describe); empty when everything was read.
    QString problem;
    bool described = false; // members and state come from a description, not only the listing
    // Joins, leaves and moved partitions that settled this round; empty when none.
    MembershipChange membershipChange;

    qint64 totalLag = 0;
    qint64 maxLag = 0;
    double maxTimeLagSeconds = std::nan("");
    bool timeLagEstimated = false;
    // From offset deltas since the previous round; NaN on the first round.
    double produceRate = std::nan("");
    double consumeRate = std::nan("");
    LagVerdict verdict;
    CatchUpEstimate catchUp; // of the whole group: its summed offsets

    bool hasActiveMembers() const { return !members.isEmpty(); }
};

// One monitoring round over every consumer group of the cluster.
struct GroupLagRound
{
    qint64 timeMs = 0; // when the offsets were read (ms since the epoch)
    bool readCommitted = false;
    QList<ConsumerGroupLag> groups; // sorted by group id
    QString warning;                // parts that could not be read, in words
    qint64 elapsedMs = 0;           // how long the round took on the worker
    int exactTimeLags = 0;          // partitions whose time lag was read from the message itself
    int estimatedTimeLags = 0;      // ... and those interpolated
    int describedGroups = 0;        // groups described this round (idle ones are described less)
};

// The state of the partitions an offset reset would change, read just before the preview.
struct OffsetResetPreview
{
    QString groupId;
    QList<OffsetResetRow> rows;
    bool groupHasActiveMembers = false;
};

// How the group worker runs its lag rounds.
struct GroupRoundSettings
{
    int requestTimeoutMs = 5000;
    // Partitions whose exact time lag may be read per round (the rest are estimated);
    // the groups asked about in detail come first.
    int exactTimeLagBudget = 2000;
    int timeLagReadMs = 1500;
    int verdictWindow = 10; // observations per partition, as Burrow's default
    qint64 catchUpSpanMs = CatchUpWindow::kDefaultSpanMs;       // rates for the time to catch up
    qint64 catchUpMinimumMs = CatchUpWindow::kDefaultMinimumMs; // ... need at least this span
    // The monitor records a round's histories on the GUI thread in slices of about this many
    // milliseconds, looking at the clock every historySliceGroups groups.
    int historySliceMs = 4;
    int historySliceGroups = 250;
};

void registerGroupTypes();

// The index of groupId in groups sorted by group id (as a round's are), or -1: a binary search.
qsizetype indexOfGroup(const QList<ConsumerGroupLag> &groups, const QString &groupId);

} // namespace Qafka

Q_DECLARE_METATYPE(Qafka::TopicPartition)
Q_DECLARE_METATYPE(Qafka::GroupLagRound)
Q_DECLARE_METATYPE(Qafka::OffsetResetSpec)
Q_DECLARE_METATYPE(Qafka::OffsetResetPreview)
