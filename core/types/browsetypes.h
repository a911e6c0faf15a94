#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

#include <memory>

namespace Qafka {

class MessageFilter;

// What the message browser should read. A browse consumer never joins a group or commits: it is
// assigned the partitions (assign, not subscribe).
struct BrowseRequest
{
    enum class Start { Beginning, End, Offset, Timestamp, LastPerPartition };

    QString topic;
    QList<int> partitions; // empty: all
    Start start = Start::Beginning;
    qint64 offset = 0;      // Start::Offset, clamped to each partition's range
    qint64 timestampMs = 0; // Start::Timestamp: the first message at or after it
    qint64 lastCount = 100; // Start::LastPerPartition
    qint64 maxMessages = 0; // 0: no limit
    // false: stop when every partition reached the end it had when the load started.
    // true: keep reading new messages until stopped (live tail).
    bool follow = false;
    // Whole-topic search: only the messages this filter matches are kept (and count towards
    // maxMessages); its partitions, offsets and time range also bound what is read.
    std::shared_ptr<const MessageFilter> searchFilter;
};

// One partition's progress: reading from start towards end (the end at start time; -1 while
// following with no end).
struct PartitionPosition
{
    int partition = -1;
    qint64 start = 0;
    qint64 position = 0; // next offset to read
    qint64 end = -1;
    qint64 loaded = 0;
    bool done = false;
};

struct BrowseProgress
{
    qint64 loaded = 0;  // messages kept
    qint64 scanned = 0; // messages read: more than loaded when searching
    // Messages handed over past a partition's range (its end, or a search's bound) and thrown
    // away; not what librdkafka itself dropped once the partition was paused.
    qint64 readBeyondRange = 0;
    qint64 bytes = 0;
    qint64 elapsedMs = 0;
    double ratePerSecond = 0; // messages read per second
    QList<PartitionPosition> partitions;
    // The latest problem the consumer reported while it keeps going (broker down, leader moved);
    // cleared once messages flow again.
    QString warning;
};

enum class BrowseEnd { Completed, LimitReached, Stopped, Failed };

} // namespace Qafka

Q_DECLARE_METATYPE(Qafka::BrowseRequest)
Q_DECLARE_METATYPE(Qafka::BrowseProgress)
Q_DECLARE_METATYPE(Qafka::BrowseEnd)
