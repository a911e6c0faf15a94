#pragma once

// A bounded history of one numeric series (a group's lag, say) for charts and sparklines.

#include "groups/boundedring.h"

#include <QList>
#include <QPointF>

#include <limits>
#include <vector>

namespace Qafka {

// Two rings, both fed by every append: the last `finePoints` runs of raw samples, and
// `coarseBuckets` buckets of `bucketMs` each holding the minimum, maximum and last value and
// whether a gap fell in it (before or after its values). Both grow up to their limit and then
// overwrite their oldest entry, so memory stays bounded however long the series runs. With the
// defaults, a series that changes at every 2-s sample keeps one hour at full resolution plus 24
// hours of 30-s buckets, about 115 KB.
//
// Equal values in a row at a steady pace are one entry in each ring (a run): an idle group's lag
// costs a few hundred bytes however long it is watched, and its runs reach further back than the
// limits' hour and day. A pause longer than twice the pace starts a new run, so time jumps still
// show as gaps.
//
// Times are milliseconds and must not decrease (an earlier time is taken as the latest one).
// A NaN value is a gap: there was no data at that moment.
class LagHistory
{
public:
    struct Limits
    {
        int finePoints = 1800;
        qint64 bucketMs = 30000;
        int coarseBuckets = 2880;
    };

    LagHistory();
    explicit LagHistory(Limits limits); // values below 1 are raised to 1

    void append(qint64 timeMs, double value);
    void appendGap(qint64 timeMs); // append(timeMs, NaN)

    bool isEmpty() const { return m_fine.isEmpty(); }
    qint64 firstTimeMs() const; // of the oldest data still held (a bucket's start); -1 when empty
    qint64 lastTimeMs() const;  // -1 when empty
    double lastValue() const;   // NaN when empty or the last sample is a gap

    // The last n raw values (gaps as NaN), oldest first; fewer when fewer are held.
    QList<double> recent(int n) const;

    // Points (x = time in ms, y = value) within [fromMs, toMs], split into segments wherever
    // there is a gap: a NaN sample, or a time jump of more than 3× the median sample interval in
    // the range, so that a chart draws a gap as a gap. Raw samples serve the part of the range
    // they still cover, coarse buckets (their minimum and maximum) the older part; a run is its
    // first and last points. When there are more than maxPoints points, each of about
    // maxPoints / 2 equal time slices keeps its minimum and maximum, in time order, so spikes
    // stay visible, and each segment keeps its first and last points: at most maxPoints + 2 per
    // segment.
    QList<QList<QPointF>> segments(qint64 fromMs, qint64 toMs, int maxPoints) const;

    qsizetype memoryBytes() const; // bytes held, by capacity
    Limits limits() const { return m_limits; }

private:
    // `count` samples of one value, the first at timeMs and the last spanMs later.
    struct Sample
    {
        qint64 timeMs;
        double value;
        quint32 spanMs;
        quint32 count;
        qint64 lastMs() const { return timeMs + spanMs; }
    };
    // `count` buckets in a row. A run (count > 1) holds one value throughout and no gap: a change
    // in the bucket it is filling splits that bucket off first.
    struct Bucket
    {
        qint64 startMs;
        float min; // NaN when the bucket holds only gaps
        float max;
        float last;
        quint16 count;
        quint8 leadingGap : 1;  // a gap came before the first value (or there is no value)
        quint8 trailingGap : 1; // a gap came after a value
        quint8 maxAfterMin : 1; // so the two points come out in time order
        bool isSteady() const;  // one value, no gap: a run can go on from it
    };
    struct Interval // `weight` consecutive intervals of `ms` between points
    {
        qint64 ms;
        qint64 weight;
    };

    qint64 bucketStart(qint64 timeMs) const;
    void appendFine(qint64 timeMs, double value);
    void appendCoarse(qint64 timeMs, double value);
    Bucket &currentBucketAlone();
    static void addToBucket(Bucket &bucket, bool gap, float v);
    struct SegmentBuilder;
    QList<QList<QPointF>> rawSegments(qint64 fromMs, qint64 toMs) const;
    qint64 addBuckets(SegmentBuilder &builder, qint64 fineFrom) const;
    void addSamples(SegmentBuilder &builder, qint64 beginMs, qint64 previousEnd) const;
    static qint64 gapThreshold(std::vector<Interval> intervals);

    Limits m_limits;
    BoundedRing<Sample> m_fine;
    BoundedRing<Bucket> m_coarse;
    qint64 m_firstTimeMs = -1;
};

} // namespace Qafka
