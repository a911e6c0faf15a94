#pragma once

// What `kafka-consumer-groups.sh --reset-offsets` would do, worked out before anything is
// written, for the preview.

#include <QList>
#include <QString>

namespace Qafka {

enum class OffsetResetMode { Earliest, Latest, Timestamp, Offset, ShiftBy };

struct OffsetResetSpec
{
    OffsetResetMode mode = OffsetResetMode::Latest;
    qint64 value = 0; // Offset: the target; ShiftBy: ±N; Timestamp: ms since the epoch
};

struct PartitionOffsetState
{
    QString topic;
    int partition = 0;
    qint64 committed = -1; // -1: the group has no committed offset
    qint64 earliest = 0;
    qint64 latest = 0;
    qint64 offsetForTimestamp = -1; // ListOffsets by timestamp; -1: no message at or after it
};

struct OffsetResetRow
{
    QString topic;
    int partition = 0;
    qint64 current = -1;
    qint64 target = -1; // -1: left unchanged
    qint64 lagAfter = 0;
    bool changes = false;
    QString note; // translated, empty when there is nothing to say
};

// As Kafka's ConsumerGroupCommand: Offset and ShiftBy are clamped to [earliest, latest];
// Timestamp takes the first offset at or after the time, or the latest offset when there is
// none; ShiftBy leaves a partition without a committed offset unchanged. lagAfter = latest −
// target (0 when unchanged). Rows are sorted by topic, then partition.
QList<OffsetResetRow> planOffsetReset(const QList<PartitionOffsetState> &partitions,
                                      const OffsetResetSpec &spec);

} // namespace Qafka
