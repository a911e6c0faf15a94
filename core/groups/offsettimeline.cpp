#include "groups/offsettimeline.h"

#include <algorithm>
#include <cmath>

namespace Qafka {

OffsetTimeline::OffsetTimeline(int capacity)
    : m_capacity(std::max(capacity, 2))
{
    m_samples.reserve(m_capacity);
}

void OffsetTimeline::add(qint64 timeMs, qint64 logEndOffset)
{
    if (logEndOffset < 0)
        return;
    if (!m_samples.isEmpty()) {
        Sample &last = m_samples.last();
        timeMs = std::max(timeMs, last.lastSeenMs);
        if (logEndOffset == last.offset) {
            last.lastSeenMs = timeMs;
            return;
        }
        if (logEndOffset < last.offset)
            m_samples.clear();
    }
    if (m_samples.size() == m_capacity)
        m_samples.removeFirst();
    m_samples.append(Sample{logEndOffset, timeMs, timeMs});
}

void OffsetTimeline::clear()
{
    m_samples.clear();
}

OffsetTimeline::Estimate OffsetTimeline::timeOfOffset(qint64 offset) const
{
    if (m_samples.isEmpty() || offset > m_samples.last().offset)
        return {};
    const auto after =
        std::lower_bound(m_samples.cbegin(), m_samples.cend(), offset,
                         [](const Sample &sample, qint64 value) { return sample.offset < value; });
    if (after->offset == offset)
        return {after->firstSeenMs, after == m_samples.cbegin()};

    // Between two samples the log end moved from one offset to the next while unobserved.
    const auto interpolate = [](const Sample &a, const Sample &b, qint64 at) {
        const double fraction = double(at - a.offset) / double(b.offset - a.offset);
        return a.lastSeenMs + qint64(std::llround(fraction * double(b.firstSeenMs - a.lastSeenMs)));
    };
    if (after != m_samples.cbegin())
        return {interpolate(*(after - 1), *after, offset), false};
    // Before the oldest sample: its rate of growth continued backwards from when it was first seen.
    const Sample &oldest = m_samples.at(0);
    if (m_samples.size() == 1)
        return {oldest.firstSeenMs, true};
    const Sample &next = m_samples.at(1);
    const double msPerOffset =
        double(next.firstSeenMs - oldest.lastSeenMs) / double(next.offset - oldest.offset);
    return {oldest.firstSeenMs - qint64(std::llround(msPerOffset * double(oldest.offset - offset))),
            true};
}

} // namespace Qafka
