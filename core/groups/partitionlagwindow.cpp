#include "groups/partitionlagwindow.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <optional>

namespace Qafka {

namespace {

QString number(qint64 value)
{
    return QLocale().toString(value);
}

QString seconds(qint64 ms)
{
    return QLocale().toString(std::max<qint64>(ms, 0) / 1000);
}

// The oldest known lag, for "lag went from A to B"; -1 when none is known.
qint64 firstKnownLag(const QList<LagObservation> &observations)
{
    for (const LagObservation &observation : observations) {
        if (observation.lag >= 0)
            return observation.lag;
    }
    return -1;
}

QString lagText(qint64 lag)
{
    return lag >= 0 ? number(lag) : QStringLiteral("?");
}

LagVerdict warmingUp(qsizetype count, int capacity)
{
    return LagVerdict{LagStatus::Unknown, QCoreApplication::translate(
                                              "PartitionLagWindow", "warming up: %1 of %2 samples")
                                              .arg(count)
                                              .arg(capacity)};
}

// Rules 1 and 2, which look only at the latest observation (and the window's size); nullopt
// when they do not decide.
std::optional<LagVerdict> verdictOnLatest(const QList<LagObservation> &observations, int capacity)
{
    const qsizetype count = observations.size();
    if (count == 0)
        return warmingUp(count, capacity);
    const LagObservation &last = observations.last();
    if (last.committed < 0)
        return LagVerdict{LagStatus::Unknown,
                          QCoreApplication::translate("PartitionLagWindow", "no committed offset")};
    if (last.lag < 0)
        return LagVerdict{
            LagStatus::Unknown,
            QCoreApplication::translate("PartitionLagWindow",
                                        "lag unknown: the log-end offset could not be read")};
    if (last.lag == 0)
        return LagVerdict{LagStatus::Ok,
                          QCoreApplication::translate("PartitionLagWindow", "lag is 0")};
    // A partial window spans less than a consumer's commit interval (5 s by default): lag that
    // grows between two commits would read as falling behind, an offset not yet re-committed as
    // stalled. Burrow, too, judges only full windows.
    if (count < capacity)
        return warmingUp(count, capacity);
    return std::nullopt;
}

// Rule 5: the most recent rewind is the one worth naming.
std::optional<LagVerdict> latestRewind(const QList<LagObservation> &observations)
{
    for (qsizetype i = observations.size() - 1; i > 0; --i) {
        const qint64 before = observations.at(i - 1).committed;
        const qint64 after = observations.at(i).committed;
        if (before >= 0 && after >= 0 && after < before) {
            return LagVerdict{LagStatus::Rewound,
                              QCoreApplication::translate(
                                  "PartitionLagWindow", "committed offset went back from %1 to %2")
                                  .arg(number(before), number(after))};
        }
    }
    return std::nullopt;
}

} // namespace

PartitionLagWindow::PartitionLagWindow(int capacity)
    : m_capacity(std::max(capacity, kMinimumObservations))
{
    m_observations.reserve(m_capacity);
}

void PartitionLagWindow::add(const LagObservation &observation)
{
    if (!m_observations.isEmpty()) {
        const qint64 previous = m_observations.last().committed;
        if (observation.committed >= 0 && observation.committed != previous)
            m_lastCommitChangeMs = observation.timeMs;
    }
    if (m_observations.size() == m_capacity)
        m_observations.removeFirst();
    m_observations.append(observation);
}

void PartitionLagWindow::clear()
{
    m_observations.clear();
    m_lastCommitChangeMs = -1;
}

LagVerdict PartitionLagWindow::evaluate(qint64 nowMs, bool hasActiveConsumer,
                                        const CatchUpEstimate &rates) const
{
    if (const std::optional<LagVerdict> verdict = verdictOnLatest(m_observations, m_capacity))
        return *verdict;
    if (const std::optional<LagVerdict> verdict = verdictOnCommits(nowMs, hasActiveConsumer))
        return *verdict;

    const LagObservation &first = m_observations.first();
    const LagObservation &last = m_observations.last();
    if (std::any_of(m_observations.cbegin(), m_observations.cend(),
                    [](const LagObservation &o) { return o.lag == 0; })) {
        return {LagStatus::Ok,
                QCoreApplication::translate("PartitionLagWindow",
                                            "lag reached 0 in the last %1 s; lag is %2")
                    .arg(seconds(nowMs - first.timeMs), number(last.lag))};
    }
    if (const std::optional<LagVerdict> verdict = latestRewind(m_observations))
        return *verdict;

    if (rates.kind == CatchUpEstimate::Kind::FallingBehind) {
        return {LagStatus::FallingBehind,
                QCoreApplication::translate(
                    "PartitionLagWindow",
                    "consumer is committing but slower than the producers: %1; lag %2 → %3")
                    .arg(catchUpDescription(rates), number(firstKnownLag(m_observations)),
                         number(last.lag))};
    }
    return {LagStatus::Ok,
            QCoreApplication::translate("PartitionLagWindow", "consumer is committing; lag is %1")
                .arg(number(last.lag))};
}

// Rule 3: Stalled or Stopped when commits did not move (or stopped moving long ago), else nullopt.
std::optional<LagVerdict> PartitionLagWindow::verdictOnCommits(qint64 nowMs,
                                                               bool hasActiveConsumer) const
{
    const LagObservation &first = m_observations.first();
    const LagObservation &last = m_observations.last();
    // Polling cannot see when a commit happened before the first observation: count from there.
    const qint64 quietSince = m_lastCommitChangeMs >= 0 ? m_lastCommitChangeMs : first.timeMs;
    const auto stopped = [&] {
        return LagVerdict{LagStatus::Stopped,
                          QCoreApplication::translate(
                              "PartitionLagWindow", "no consumer has committed for %1 s; lag is %2")
                              .arg(seconds(nowMs - quietSince), number(last.lag))};
    };

    const bool committedMoved =
        std::any_of(m_observations.cbegin(), m_observations.cend(),
                    [&](const LagObservation &o) { return o.committed != last.committed; });
    if (!committedMoved) {
        if (!hasActiveConsumer)
            return stopped();
        return LagVerdict{LagStatus::Stalled,
                          QCoreApplication::translate(
                              "PartitionLagWindow",
                              "committed offset stuck at %1 for %2 s while lag went from %3 to %4")
                              .arg(number(last.committed), seconds(nowMs - quietSince),
                                   lagText(firstKnownLag(m_observations)), number(last.lag))};
    }
    if (!hasActiveConsumer && m_lastCommitChangeMs >= 0 &&
        nowMs - m_lastCommitChangeMs > last.timeMs - first.timeMs) {
        return stopped();
    }
    return std::nullopt;
}

} // namespace Qafka
