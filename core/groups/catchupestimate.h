#pragma once

// When a consumer will have caught up: from the consume and produce rates over a window of lag
// rounds, never a number when the rates are too short or too uneven to say.

#include <QList>
#include <QString>

#include <cmath>

namespace Qafka {

struct CatchUpEstimate
{
    enum class Kind : quint8 {
        Unknown,       // no estimate; reason says why
        CaughtUp,      // lag is 0
        CatchingUp,    // seconds until lag 0 at the current rates
        Steady,        // consume ≈ produce: the lag stays about where it is
        FallingBehind, // produce > consume, by -netRate messages a second
    };
    Kind kind = Kind::Unknown;
    double seconds = std::nan("");
    double consumeRate = std::nan(""); // messages a second over the window
    double produceRate = std::nan("");
    qint64 windowMs = 0; // the span the rates were measured over
    QString reason;      // translated; for Unknown, why there is no estimate

    double netRate() const { return consumeRate - produceRate; }
    bool operator==(const CatchUpEstimate &) const = default;
};

// Short, for a table cell: "caught up", "≈ 4 min", "falling behind", "steady", "—".
QString catchUpShortText(const CatchUpEstimate &estimate);
// A sentence: "catches up in ≈ 4 min (consumes 120 msg/s, 20 msg/s produced, over the last
// 60 s)", "falling further behind at 100 msg/s (…)", or why there is no estimate.
QString catchUpDescription(const CatchUpEstimate &estimate);
// For sorting, in order of concern: no estimate, caught up, seconds to catch up, steady, falling
// behind (faster last).
double catchUpSortKey(const CatchUpEstimate &estimate);
// "≈ 45 s", "≈ 4 min", "≈ 2 h 10 min", "more than a day".
QString approximateDuration(double seconds);

// The committed and log-end offsets (summed over a group's partitions, or of one partition) of
// the last `spanMs` of lag rounds, and the estimate they allow.
class CatchUpWindow
{
public:
    static constexpr qint64 kDefaultSpanMs = 60000;
    static constexpr qint64 kDefaultMinimumMs = 30000;

    explicit CatchUpWindow(qint64 spanMs = kDefaultSpanMs, qint64 minimumMs = kDefaultMinimumMs);

    // In time order. committed < 0 (nothing committed) or logEnd < 0 (unknown) restart the
    // window: rates across such a hole would be made up.
    void add(qint64 timeMs, qint64 committed, qint64 logEnd);
    void clear() { m_samples.clear(); }
    int size() const { return int(m_samples.size()); }

    CatchUpEstimate estimate(qint64 lag) const;

private:
    struct Sample
    {
        qint64 timeMs;
        qint64 committed;
        qint64 logEnd;
    };
    static double rate(qint64 from, qint64 to, qint64 ms)
    {
        return double(to - from) * 1000.0 / double(ms);
    }
    // Why the window's two halves give no single number (empty when they agree).
    QString halvesDisagree() const;
    int commitChanges() const;
    qint64 largestCommitStep() const;

    QList<Sample> m_samples;
    qint64 m_spanMs;
    qint64 m_minimumMs;
};

} // namespace Qafka
