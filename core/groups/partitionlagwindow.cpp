#include "groups/partitionlagwindow.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

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

LagVerdict PartitionLagWindow::evaluate(qint64 nowMs, bool hasActiveConsumer) const
{
    const qsizetype count = m_observations.size();
    if (count < kMinimumObservations) {
        return {LagStatus::Unknown,
                QCoreApplication::translate("PartitionLagWindow", "collecting samples (%1 of %2)")
                    .arg(count)
                    .arg(kMinimumObservations)};
    }
    const LagObservation &first = m_observations.first();
    const LagObservation &last = m_observations.last();
    if (last.committed < 0)
        return {LagStatus::Unknown,
                QCoreApplication::translate("PartitionLagWindow", "no committed offset")};
    if (last.lag < 0)
        return {LagStatus::Unknown,
                QCoreApplication::translate("PartitionLagWindow",
                                            "lag unknown: the log-end offset could not be read")};
    if (last.lag == 0)
        return {LagStatus::Ok, QCoreApplication::translate("PartitionLagWindow", "lag is 0")};

    // Polling cannot see when a commit happened before the first observation: count from there.
    const qint64 quietSince = m_lastCommitChangeMs >= 0 ? m_lastCommitChangeMs : first.timeMs;
    LagVerdict stopped{LagStatus::Stopped,
                       QCoreApplication::translate("PartitionLagWindow",
                                                   "no consumer has committed for %1 s; lag is %2")
                           .arg(seconds(nowMs - quietSince), number(last.lag))};

    const bool committedMoved =
        std::any_of(m_observations.cbegin(), m_observations.cend(),
                    [&](const LagObservation &o) { return o.committed != last.committed; });
    if (!committedMoved) {
        if (!hasActiveConsumer)
            return stopped;
        return {LagStatus::Stalled,
                QCoreApplication::translate(
                    "PartitionLagWindow",
                    "committed offset stuck at %1 for %2 s while lag went from %3 to %4")
                    .arg(number(last.committed), seconds(nowMs - quietSince),
                         lagText(firstKnownLag(m_observations)), number(last.lag))};
    }
    if (!hasActiveConsumer && m_lastCommitChangeMs >= 0 &&
        nowMs - m_lastCommitChangeMs > last.timeMs - first.timeMs) {
        return stopped;
    }

    if (std::any_of(m_observations.cbegin(), m_observations.cend(),
                    [](const LagObservation &o) { return o.lag == 0; })) {
        return {LagStatus::Ok,
                QCoreApplication::translate("PartitionLagWindow",
                                            "lag reached 0 in the last %1 s; lag is %2")
                    .arg(seconds(nowMs - first.timeMs), number(last.lag))};
    }

    // The most recent rewind is the one worth naming.
    for (qsizetype i = count - 1; i > 0; --i) {
        const qint64 before = m_observations.at(i - 1).committed;
        const qint64 after = m_observations.at(i).committed;
        if (before >= 0 && after >= 0 && after < before) {
            return {LagStatus::Rewound,
                    QCoreApplication::translate("PartitionLagWindow",
                                                "committed offset went back from %1 to %2")
                        .arg(number(before), number(after))};
        }
    }

    // Unknown lags say nothing either way: compare each known lag with the previous known one.
    qint64 previousLag = -1;
    int comparisons = 0;
    bool decreased = false;
    for (const LagObservation &observation : m_observations) {
        if (observation.lag < 0)
            continue;
        if (previousLag >= 0) {
            ++comparisons;
            if (observation.lag < previousLag)
                decreased = true;
        }
        previousLag = observation.lag;
    }
    const qint64 fromLag = firstKnownLag(m_observations);
    // Lag is above 0 throughout here (rules 2 and 4), so "grew or stayed above 0" holds.
    if (comparisons > 0 && !decreased) {
        return {LagStatus::FallingBehind,
                QCoreApplication::translate(
                    "PartitionLagWindow",
                    "consumer is committing but lag never shrank in the last %1 s: %2 → %3")
                    .arg(seconds(last.timeMs - first.timeMs), number(fromLag), number(last.lag))};
    }
    return {LagStatus::Ok,
            QCoreApplication::translate("PartitionLagWindow",
                                        "consumer is committing and lag is shrinking; lag is %1")
                .arg(number(last.lag))};
}

} // namespace Qafka
