#pragma once

// When did a partition's log end reach an offset? For lag in time, kafka-lag-exporter style.

#include <QList>

namespace Qafka {

// Samples of one partition's log-end offset over time, kept only when the offset changed, so
// `capacity` samples cover a long time on a quiet partition. Each kept sample also remembers the
// last time the offset was still seen at that value: the log end moved somewhere between that
// time and the next sample, and interpolation uses that interval.
//
// Time lag of a consumer = now − timeOfOffset(committed).timeMs when committed < log end, and 0
// when committed >= log end. An extrapolated estimate is a lower bound at best.
class OffsetTimeline
{
public:
    explicit OffsetTimeline(int capacity = 720); // at least 2

    // A log-end offset seen at a time (times non-decreasing). An offset lower than the last one
    // (the topic was deleted and recreated) starts the timeline over.
    void add(qint64 timeMs, qint64 logEndOffset);
    void clear();

    struct Estimate
    {
        qint64 timeMs = -1; // -1: cannot say
        bool extrapolated = false;
    };
    // When did the log end reach `offset`? Interpolated linearly between the samples around it;
    // before the oldest sample, extrapolated from the oldest two (extrapolated = true), or with
    // only one sample, that sample's time (extrapolated = true). -1 for an offset the log end
    // has not reached yet, or when there are no samples.
    Estimate timeOfOffset(qint64 offset) const;

    int size() const { return int(m_samples.size()); }
    qint64 latestTimeMs() const { return m_samples.isEmpty() ? -1 : m_samples.last().lastSeenMs; }
    qint64 latestOffset() const { return m_samples.isEmpty() ? -1 : m_samples.last().offset; }

private:
    struct Sample
    {
        qint64 offset;
        qint64 firstSeenMs; // the log end reached offset at or before this time
        qint64 lastSeenMs;  // and was still there at this time
    };

    QList<Sample> m_samples; // oldest first, offsets strictly increasing
    int m_capacity;
};

} // namespace Qafka
