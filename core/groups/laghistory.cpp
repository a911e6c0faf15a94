#include "groups/laghistory.h"

#include <cmath>
#include <utility>
#include <vector>

namespace Qafka {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

LagHistory::Limits sanitized(LagHistory::Limits limits)
{
    limits.finePoints = std::max(limits.finePoints, 1);
    limits.bucketMs = std::max<qint64>(limits.bucketMs, 1);
    limits.coarseBuckets = std::max(limits.coarseBuckets, 1);
    return limits;
}

// A time jump beyond this splits a segment: 3× the median interval, or never with fewer than
// two times.
qint64 gapThreshold(std::vector<qint64> times)
{
    if (times.size() < 2)
        return std::numeric_limits<qint64>::max();
    std::vector<qint64> intervals(times.size() - 1);
    for (size_t i = 1; i < times.size(); ++i)
        intervals[i - 1] = times[i] - times[i - 1];
    const auto middle = intervals.begin() + qsizetype(intervals.size() / 2);
    std::nth_element(intervals.begin(), middle, intervals.end());
    return 3 * std::max<qint64>(*middle, 1);
}

// Keeps the minimum and maximum of each of `slices` equal time slices of [fromX, toX], and the
// segment's first and last points so that a gap still starts and ends where it did.
QList<QPointF> downsampled(const QList<QPointF> &points, double fromX, double toX, int slices)
{
    QList<QPointF> result;
    const double width = std::max((toX - fromX) / slices, 1e-9);
    const auto sliceOf = [&](const QPointF &p) {
        return std::clamp(int((p.x() - fromX) / width), 0, slices - 1);
    };
    qsizetype i = 0;
    while (i < points.size()) {
        const qsizetype begin = i;
        const int slice = sliceOf(points.at(i));
        qsizetype low = i;
        qsizetype high = i;
        for (++i; i < points.size() && sliceOf(points.at(i)) == slice; ++i) {
            if (points.at(i).y() < points.at(low).y())
                low = i;
            if (points.at(i).y() > points.at(high).y())
                high = i;
        }
        qsizetype kept[4]; // in order already: begin <= low, high < i
        int count = 0;
        if (begin == 0)
            kept[count++] = 0;
        kept[count++] = std::min(low, high);
        kept[count++] = std::max(low, high);
        if (i == points.size())
            kept[count++] = i - 1;
        for (int k = 0; k < count; ++k) {
            if (k == 0 || kept[k] != kept[k - 1])
                result.append(points.at(kept[k]));
        }
    }
    return result;
}

} // namespace

LagHistory::LagHistory()
    : LagHistory(Limits{})
{}

LagHistory::LagHistory(Limits limits)
    : m_limits(sanitized(limits))
    , m_fine(m_limits.finePoints)
    , m_coarse(m_limits.coarseBuckets)
{}

qint64 LagHistory::bucketStart(qint64 timeMs) const
{
    const qint64 remainder = timeMs % m_limits.bucketMs;
    return timeMs - (remainder < 0 ? remainder + m_limits.bucketMs : remainder);
}

void LagHistory::append(qint64 timeMs, double value)
{
    if (m_fine.isEmpty())
        m_firstTimeMs = timeMs;
    else
        timeMs = std::max(timeMs, m_fine.last().timeMs);
    m_fine.push(Sample{timeMs, value});
    appendCoarse(timeMs, value);
}

void LagHistory::appendGap(qint64 timeMs)
{
    append(timeMs, kNaN);
}

void LagHistory::appendCoarse(qint64 timeMs, double value)
{
    const qint64 start = bucketStart(timeMs);
    const bool gap = std::isnan(value);
    const float v = float(value);
    if (m_coarse.isEmpty() || m_coarse.last().startMs != start) {
        m_coarse.push(Bucket{start, v, v, v, gap, false, false});
        return;
    }
    Bucket &bucket = m_coarse.last();
    if (gap) {
        if (std::isnan(bucket.min))
            bucket.leadingGap = true;
        else
            bucket.trailingGap = true;
        return;
    }
    if (std::isnan(bucket.min)) {
        bucket.min = bucket.max = v;
    } else if (v < bucket.min) {
        bucket.min = v;
        bucket.maxAfterMin = false;
    } else if (v > bucket.max) {
        bucket.max = v;
        bucket.maxAfterMin = true;
    }
    bucket.last = v;
}

qint64 LagHistory::firstTimeMs() const
{
    if (isEmpty())
        return -1;
    // Until a ring drops something, the very first sample is still represented.
    if (!m_fine.hasDropped() || !m_coarse.hasDropped())
        return m_firstTimeMs;
    return std::min(m_coarse.at(0).startMs, m_fine.at(0).timeMs);
}

qint64 LagHistory::lastTimeMs() const
{
    return isEmpty() ? -1 : m_fine.last().timeMs;
}

double LagHistory::lastValue() const
{
    return isEmpty() ? kNaN : m_fine.last().value;
}

QList<double> LagHistory::recent(int n) const
{
    const qsizetype count = std::clamp<qsizetype>(n, 0, m_fine.size());
    QList<double> values;
    values.reserve(count);
    for (qsizetype i = m_fine.size() - count; i < m_fine.size(); ++i)
        values.append(m_fine.at(i).value);
    return values;
}

// Collects points into segments for rawSegments, clamping times to the requested range.
struct LagHistory::SegmentBuilder
{
    qint64 fromMs;
    qint64 toMs;
    QList<QList<QPointF>> segments = QList<QList<QPointF>>(1);

    void split()
    {
        if (!segments.last().isEmpty())
            segments.append(QList<QPointF>());
    }
    void add(qint64 timeMs, double value)
    {
        segments.last().append(QPointF(double(std::clamp(timeMs, fromMs, toMs)), value));
    }
};

QList<QList<QPointF>> LagHistory::rawSegments(qint64 fromMs, qint64 toMs) const
{
    SegmentBuilder builder{fromMs, toMs};
    // Buckets serve only what the raw samples no longer cover: up to the first bucket boundary
    // at or after the oldest raw sample (the bucket around it lost some of its samples).
    qint64 fineFrom = std::numeric_limits<qint64>::min();
    qint64 previousEnd = -1; // the end of the last bucket used, to spot a jump into raw samples
    if (m_fine.hasDropped()) {
        const qint64 oldest = m_fine.at(0).timeMs;
        fineFrom = bucketStart(oldest) == oldest ? oldest : bucketStart(oldest) + m_limits.bucketMs;
        previousEnd = addBuckets(builder, fineFrom);
    }
    addSamples(builder, std::max(fromMs, fineFrom), previousEnd);

    if (builder.segments.last().isEmpty())
        builder.segments.removeLast();
    return std::move(builder.segments);
}

// The buckets that overlap [fromMs, toMs] and start before fineFrom, as their minimum and
// maximum; returns the end of the last one used, or -1.
qint64 LagHistory::addBuckets(SegmentBuilder &builder, qint64 fineFrom) const
{
    std::vector<qint64> starts;
    qsizetype firstBucket = -1;
    for (qsizetype i = 0; i < m_coarse.size(); ++i) {
        const Bucket &bucket = m_coarse.at(i);
        if (bucket.startMs >= fineFrom || bucket.startMs > builder.toMs)
            break;
        if (bucket.startMs + m_limits.bucketMs <= builder.fromMs)
            continue;
        if (firstBucket < 0)
            firstBucket = i;
        starts.push_back(bucket.startMs);
    }
    const qint64 threshold = gapThreshold(starts);
    qint64 previousEnd = -1;
    for (size_t k = 0; k < starts.size(); ++k) {
        const Bucket &bucket = m_coarse.at(firstBucket + qsizetype(k));
        if ((k > 0 && starts[k] - starts[k - 1] > threshold) || bucket.leadingGap)
            builder.split();
        if (!std::isnan(bucket.min)) {
            const qint64 second = bucket.startMs + m_limits.bucketMs / 2;
            if (bucket.min == bucket.max) {
                builder.add(bucket.startMs, bucket.min);
            } else if (bucket.maxAfterMin) {
                builder.add(bucket.startMs, bucket.min);
                builder.add(second, bucket.max);
            } else {
                builder.add(bucket.startMs, bucket.max);
                builder.add(second, bucket.min);
            }
        }
        if (bucket.trailingGap)
            builder.split();
        previousEnd = bucket.startMs + m_limits.bucketMs;
    }
    return previousEnd;
}

// The raw samples in [beginMs, toMs]; previousEnd (or -1) is where the buckets before them ended.
void LagHistory::addSamples(SegmentBuilder &builder, qint64 beginMs, qint64 previousEnd) const
{
    // The samples are in time order, so search.
    qsizetype low = 0;
    qsizetype high = m_fine.size();
    while (low < high) {
        const qsizetype middle = (low + high) / 2;
        if (m_fine.at(middle).timeMs < beginMs)
            low = middle + 1;
        else
            high = middle;
    }
    std::vector<qint64> times;
    for (qsizetype i = low; i < m_fine.size() && m_fine.at(i).timeMs <= builder.toMs; ++i)
        times.push_back(m_fine.at(i).timeMs);
    const qint64 threshold = gapThreshold(times);
    qint64 previous = previousEnd;
    for (size_t k = 0; k < times.size(); ++k) {
        const Sample &sample = m_fine.at(low + qsizetype(k));
        if (previous >= 0 && sample.timeMs - previous > threshold)
            builder.split();
        if (std::isnan(sample.value))
            builder.split();
        else
            builder.add(sample.timeMs, sample.value);
        previous = sample.timeMs;
    }
}

QList<QList<QPointF>> LagHistory::segments(qint64 fromMs, qint64 toMs, int maxPoints) const
{
    if (isEmpty() || fromMs > toMs)
        return {};
    QList<QList<QPointF>> segments = rawSegments(fromMs, toMs);
    qsizetype total = 0;
    for (const QList<QPointF> &segment : segments)
        total += segment.size();
    maxPoints = std::max(maxPoints, 2);
    if (total <= maxPoints)
        return segments;

    // One grid for all segments, so slices line up across a gap. Each segment may add its first
    // and last points and share a slice with the next: fewer slices keep that within budget.
    const double fromX = segments.first().first().x();
    const double toX = segments.last().last().x();
    const int slices = std::max(1, (maxPoints - 2 * int(segments.size())) / 2);
    for (QList<QPointF> &segment : segments)
        segment = downsampled(segment, fromX, toX, slices);
    return segments;
}

qsizetype LagHistory::memoryBytes() const
{
    return qsizetype(sizeof(*this)) + m_fine.bytes() + m_coarse.bytes();
}

} // namespace Qafka
