#pragma once

// A bounded history of one numeric series (a group's lag, say) for charts and sparklines.

#include <QList>
#include <QPointF>

#include <algorithm>
#include <limits>

namespace Qafka {

// Two rings, both fed by every append: the last `finePoints` raw samples, and `coarseBuckets`
// buckets of `bucketMs` each holding the minimum, maximum and last value and whether a gap fell
// in it (before or after its values). Both grow up to their limit and then overwrite their oldest
// entry, so memory stays bounded however long the series runs. With the defaults, one hour of 2-s
// samples at full resolution plus 24 hours of 30-s buckets, about 100 KB.
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
    // they still cover, coarse buckets (their minimum and maximum) the older part. When there
    // are more than maxPoints points, each of about maxPoints / 2 equal time slices keeps its
    // minimum and maximum, in time order, so spikes stay visible, and each segment keeps its first
    // and last points: at most maxPoints + 2 per segment.
    QList<QList<QPointF>> segments(qint64 fromMs, qint64 toMs, int maxPoints) const;

    qsizetype memoryBytes() const; // bytes held, by capacity
    Limits limits() const { return m_limits; }

private:
    struct Sample
    {
        qint64 timeMs;
        double value;
    };
    struct Bucket
    {
        qint64 startMs;
        float min; // NaN when the bucket holds only gaps
        float max;
        float last;
        bool leadingGap;  // a gap came before the first value (or there is no value)
        bool trailingGap; // a gap came after a value
        bool maxAfterMin; // so the two points come out in time order
    };

    // A ring that grows to its limit in steps and then overwrites its oldest item.
    template <typename T> class Ring
    {
    public:
        explicit Ring(qsizetype limit)
            : m_limit(limit)
        {}
        qsizetype size() const { return m_items.size(); }
        bool isEmpty() const { return m_items.isEmpty(); }
        bool hasDropped() const { return m_dropped; }
        const T &at(qsizetype i) const { return m_items.at((m_head + i) % m_items.size()); }
        T &last() { return m_items[(m_head + m_items.size() - 1) % m_items.size()]; }
        const T &last() const { return at(m_items.size() - 1); }
        qsizetype bytes() const { return m_items.capacity() * qsizetype(sizeof(T)); }
        void push(const T &item)
        {
            if (m_items.size() < m_limit) {
                // Grow by doubling but never past the limit: QList's own growth would.
                if (m_items.size() == m_items.capacity())
                    m_items.reserve(
                        std::min(m_limit, std::max<qsizetype>(kFirstCapacity, m_items.size() * 2)));
                m_items.append(item);
                return;
            }
            m_items[m_head] = item;
            m_head = (m_head + 1) % m_limit;
            m_dropped = true;
        }

    private:
        // Small: on a cluster of 10,000 groups every group's first sample allocates a ring.
        static constexpr qsizetype kFirstCapacity = 8;
        QList<T> m_items;
        qsizetype m_limit;
        qsizetype m_head = 0; // the oldest item once full
        bool m_dropped = false;
    };

    qint64 bucketStart(qint64 timeMs) const;
    void appendCoarse(qint64 timeMs, double value);
    struct SegmentBuilder;
    QList<QList<QPointF>> rawSegments(qint64 fromMs, qint64 toMs) const;
    qint64 addBuckets(SegmentBuilder &builder, qint64 fineFrom) const;
    void addSamples(SegmentBuilder &builder, qint64 beginMs, qint64 previousEnd) const;

    Limits m_limits;
    Ring<Sample> m_fine;
    Ring<Bucket> m_coarse;
    qint64 m_firstTimeMs = -1;
};

} // namespace Qafka
