#include "groups/laghistory.h"

#include <algorithm>
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
        timeMs = std::max(timeMs, m_fine.last().lastMs());
    appendFine(timeMs, value);
    appendCoarse(timeMs, value);
}

void LagHistory::appendGap(qint64 timeMs)
{
    append(timeMs, kNaN);
}

void LagHistory::appendFine(qint64 timeMs, double value)
{
    if (!m_fine.isEmpty()) {
        Sample &run = m_fine.last();
        const qint64 step = timeMs - run.lastMs();
        // The run's pace, or for a single sample the step that led to it.
        qint64 pace = step;
        if (run.count > 1)
            pace = run.spanMs / (run.count - 1);
        else if (m_fine.size() > 1)
            pace = run.timeMs - m_fine.at(m_fine.size() - 2).lastMs();
        const bool sameValue = value == run.value || (std::isnan(value) && std::isnan(run.value));
        if (sameValue && step <= 2 * std::max<qint64>(pace, 1) &&
            run.count < std::numeric_limits<quint32>::max() &&
            run.spanMs + step <= std::numeric_limits<quint32>::max()) {
            run.spanMs += quint32(step);
            ++run.count;
            return;
        }
    }
    m_fine.push(Sample{timeMs, value, 0, 1});
}

bool LagHistory::Bucket::isSteady() const
{
    return !std::isnan(min) && min == max && !leadingGap && !trailingGap;
}

void LagHistory::appendCoarse(qint64 timeMs, double value)
{
    const qint64 start = bucketStart(timeMs);
    const bool gap = std::isnan(value);
    const float v = float(value);
    if (!m_coarse.isEmpty()) {
        Bucket &run = m_coarse.last();
        const qint64 current = run.startMs + (run.count - 1) * m_limits.bucketMs;
        if (current == start) {
            if (run.count > 1 && !gap && v == run.min)
                return; // the run goes on
            addToBucket(currentBucketAlone(), gap, v);
            return;
        }
        if (!gap && run.isSteady() && v == run.min && start == current + m_limits.bucketMs &&
            run.count < std::numeric_limits<quint16>::max()) {
            ++run.count;
            return;
        }
    }
    Bucket bucket{start, v, v, v, 1, 0, 0, 0};
    bucket.leadingGap = gap;
    m_coarse.push(bucket);
}

// The bucket being filled, split off the run it ended so far.
LagHistory::Bucket &LagHistory::currentBucketAlone()
{
    Bucket &run = m_coarse.last();
    if (run.count == 1)
        return run;
    --run.count;
    Bucket current = run;
    current.startMs = run.startMs + run.count * m_limits.bucketMs;
    current.count = 1;
    m_coarse.push(current);
    return m_coarse.last();
}

void LagHistory::addToBucket(Bucket &bucket, bool gap, float v)
{
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
    return isEmpty() ? -1 : m_fine.last().lastMs();
}

double LagHistory::lastValue() const
{
    return isEmpty() ? kNaN : m_fine.last().value;
}

QList<double> LagHistory::recent(int n) const
{
    QList<double> values;
    for (qsizetype i = m_fine.size() - 1; i >= 0 && values.size() < n; --i) {
        const Sample &run = m_fine.at(i);
        const qsizetype take = std::min<qsizetype>(run.count, n - values.size());
        values.insert(values.size(), take, run.value); // newest first, reversed below
    }
    std::reverse(values.begin(), values.end());
    return values;
}

// A time jump beyond this splits a segment: 3× the median interval, or never with fewer than
// two points.
qint64 LagHistory::gapThreshold(std::vector<Interval> intervals)
{
    qint64 total = 0;
    for (const Interval &interval : intervals)
        total += interval.weight;
    if (total < 1)
        return std::numeric_limits<qint64>::max();
    std::sort(intervals.begin(), intervals.end(),
              [](const Interval &a, const Interval &b) { return a.ms < b.ms; });
    qint64 seen = 0;
    for (const Interval &interval : intervals) {
        seen += interval.weight;
        if (seen > total / 2)
            return 3 * std::max<qint64>(interval.ms, 1);
    }
    return 3 * std::max<qint64>(intervals.back().ms, 1);
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
// maximum (a run as its first and last bucket); returns the end of the last one used, or -1.
qint64 LagHistory::addBuckets(SegmentBuilder &builder, qint64 fineFrom) const
{
    const qint64 width = m_limits.bucketMs;
    struct Used
    {
        qsizetype index;
        qint64 lastStart; // of the run's last bucket before fineFrom
    };
    std::vector<Used> used;
    for (qsizetype i = 0; i < m_coarse.size(); ++i) {
        const Bucket &bucket = m_coarse.at(i);
        if (bucket.startMs >= fineFrom || bucket.startMs > builder.toMs)
            break;
        const qint64 lastStart =
            std::min(bucket.startMs + (bucket.count - 1) * width, fineFrom - width);
        if (lastStart + width > builder.fromMs)
            used.push_back({i, lastStart});
    }
    std::vector<Interval> intervals;
    for (size_t k = 0; k < used.size(); ++k) {
        const qint64 start = m_coarse.at(used[k].index).startMs;
        if (k > 0)
            intervals.push_back({start - used[k - 1].lastStart, 1});
        if (used[k].lastStart > start)
            intervals.push_back({width, (used[k].lastStart - start) / width});
    }
    const qint64 threshold = gapThreshold(std::move(intervals));
    qint64 previousEnd = -1;
    for (size_t k = 0; k < used.size(); ++k) {
        const Bucket &bucket = m_coarse.at(used[k].index);
        if ((k > 0 && bucket.startMs - used[k - 1].lastStart > threshold) || bucket.leadingGap)
            builder.split();
        if (!std::isnan(bucket.min)) {
            const qint64 second = bucket.startMs + width / 2;
            if (used[k].lastStart > bucket.startMs) { // a run: one value throughout
                builder.add(bucket.startMs, bucket.min);
                builder.add(used[k].lastStart, bucket.min);
            } else if (bucket.min == bucket.max) {
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
        previousEnd = used[k].lastStart + width;
    }
    return previousEnd;
}

// The raw samples in [beginMs, toMs] (a run as its first and last), previousEnd (or -1) being
// where the buckets before them ended.
void LagHistory::addSamples(SegmentBuilder &builder, qint64 beginMs, qint64 previousEnd) const
{
    // The runs are in time order, so search.
    qsizetype low = 0;
    qsizetype high = m_fine.size();
    while (low < high) {
        const qsizetype middle = (low + high) / 2;
        if (m_fine.at(middle).lastMs() < beginMs)
            low = middle + 1;
        else
            high = middle;
    }
    std::vector<Interval> intervals;
    qsizetype end = low;
    for (; end < m_fine.size() && m_fine.at(end).timeMs <= builder.toMs; ++end) {
        const Sample &run = m_fine.at(end);
        if (end > low)
            intervals.push_back({run.timeMs - m_fine.at(end - 1).lastMs(), 1});
        if (run.count > 1)
            intervals.push_back({run.spanMs / (run.count - 1), run.count - 1});
    }
    const qint64 threshold = gapThreshold(std::move(intervals));
    qint64 previous = previousEnd;
    for (qsizetype i = low; i < end; ++i) {
        const Sample &run = m_fine.at(i);
        const qint64 first = std::max(run.timeMs, beginMs);
        if (previous >= 0 && first - previous > threshold)
            builder.split();
        if (std::isnan(run.value)) {
            builder.split();
        } else {
            builder.add(first, run.value);
            if (run.lastMs() > first)
                builder.add(run.lastMs(), run.value);
        }
        previous = run.lastMs();
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
