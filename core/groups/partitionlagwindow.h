#pragma once

// Burrow-style judgement of one consumer group's progress on one partition.

#include "groups/catchupestimate.h"
#include "groups/lagverdict.h"

#include <QList>

#include <optional>

namespace Qafka {

struct LagObservation
{
    qint64 timeMs = 0;
    qint64 committed = -1; // -1: the group has no committed offset for the partition
    qint64 lag = -1;       // -1: unknown (the log-end offset could not be read)
};

// The last `capacity` observations of a group-partition, and a verdict on them.
//
// This is LinkedIn Burrow's evaluator (calculatePartitionStatus in evaluator/caching.go) adapted
// to observations sampled by polling rather than a stream of every commit. Burrow sees a consumer
// commit the same offset again and again and knows it is alive; polling cannot tell a repeated
// commit from no commit, so "is a consumer still there" comes from group membership instead
// (hasActiveConsumer). The rules, first match wins:
//
//  1. No observation, no committed offset in the latest one, or its lag unknown: Unknown.
//  2. Latest lag 0: Ok. Otherwise, until the window is full: Unknown ("warming up"), as Burrow
//     judges only full windows: a partial one may span less than one commit interval.
//  3. The committed offset did not change across the whole window (and lag > 0): Stalled when
//     a live member has the partition assigned (it is there but makes no progress), else
//     Stopped. Also Stopped, without a live consumer, when the last observed commit change is
//     older than the window's span (Burrow's rule 4: commits stopped even though the window
//     still shows movement, e.g. when polling paused).
//  4. The lag was 0 at some observation in the window: Ok (Burrow's rule 1).
//  5. The committed offset went lower than at the previous observation: Rewound.
//  6. The consume rate over the last minute is below the produce rate (CatchUpEstimate says
//     FallingBehind): FallingBehind (Burrow's "WARN"). Burrow asks instead whether the lag at
//     each commit never shrank; sampled by polling, lag grows between any two commits and a
//     window holds only a few commits, so that rule flagged consumers that keep up and missed
//     ones that do not. Rates over a minute, with no verdict while they are too uneven, do not.
//  7. Otherwise Ok.
class PartitionLagWindow
{
public:
    static constexpr int kMinimumObservations = 3;

    // Capacities below kMinimumObservations are raised to it.
    explicit PartitionLagWindow(int capacity = 10);

    void add(const LagObservation &observation); // in time order; drops the oldest when full
    void clear();
    int size() const { return int(m_observations.size()); }
    int capacity() const { return m_capacity; }
    const QList<LagObservation> &observations() const { return m_observations; } // oldest first

    // hasActiveConsumer: a live group member has this partition assigned right now.
    // rates: the partition's catch-up estimate (rule 6); without one, rule 6 never applies.
    LagVerdict evaluate(qint64 nowMs, bool hasActiveConsumer,
                        const CatchUpEstimate &rates = {}) const;

    // When the committed offset last changed value (as observed), or -1. Survives observations
    // dropping out of the window; a change to "no committed offset" does not count.
    qint64 lastCommitChangeMs() const { return m_lastCommitChangeMs; }

private:
    std::optional<LagVerdict> verdictOnCommits(qint64 nowMs, bool hasActiveConsumer) const;

    QList<LagObservation> m_observations;
    int m_capacity;
    qint64 m_lastCommitChangeMs = -1;
};

} // namespace Qafka
