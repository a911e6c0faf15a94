#include "groups/catchupestimate.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace Qafka {

namespace {

QString rateText(double rate)
{
    return QCoreApplication::translate("CatchUpEstimate", "%1 msg/s")
        .arg(QLocale().toString(std::abs(rate), 'f', std::abs(rate) < 10 ? 1 : 0));
}

QString ratesText(const CatchUpEstimate &estimate)
{
    return QCoreApplication::translate("CatchUpEstimate",
                                       "consumes %1, %2 produced, over the last %3 s")
        .arg(rateText(estimate.consumeRate), rateText(estimate.produceRate),
             QLocale().toString(estimate.windowMs / 1000));
}

CatchUpEstimate unknown(const QString &reason)
{
    CatchUpEstimate estimate;
    estimate.reason = reason;
    return estimate;
}

// Rates closer than this say nothing about which way the lag goes.
bool nearlyEqual(double consume, double produce)
{
    const double larger = std::max(std::abs(consume), std::abs(produce));
    return std::abs(consume - produce) < std::max(0.1, 0.05 * larger);
}

} // namespace

QString approximateDuration(double seconds)
{
    const QLocale locale;
    if (seconds < 60)
        return QCoreApplication::translate("CatchUpEstimate", "≈ %1 s")
            .arg(locale.toString(std::max(1, int(std::lround(seconds)))));
    if (seconds < 3600)
        return QCoreApplication::translate("CatchUpEstimate", "≈ %1 min")
            .arg(locale.toString(int(std::lround(seconds / 60))));
    if (seconds < 86400) {
        const int minutes = int(std::lround(seconds / 60));
        return QCoreApplication::translate("CatchUpEstimate", "≈ %1 h %2 min")
            .arg(locale.toString(minutes / 60), locale.toString(minutes % 60));
    }
    return QCoreApplication::translate("CatchUpEstimate", "more than a day");
}

double catchUpSortKey(const CatchUpEstimate &estimate)
{
    constexpr double kSteady = 1e12;
    switch (estimate.kind) {
    case CatchUpEstimate::Kind::CaughtUp:
        return 0;
    case CatchUpEstimate::Kind::CatchingUp:
        return estimate.seconds;
    case CatchUpEstimate::Kind::Steady:
        return kSteady;
    case CatchUpEstimate::Kind::FallingBehind:
        return 2 * kSteady - estimate.netRate();
    case CatchUpEstimate::Kind::Unknown:
        break;
    }
    return -1;
}

QString catchUpShortText(const CatchUpEstimate &estimate)
{
    switch (estimate.kind) {
    case CatchUpEstimate::Kind::CaughtUp:
        return QCoreApplication::translate("CatchUpEstimate", "caught up");
    case CatchUpEstimate::Kind::CatchingUp:
        return approximateDuration(estimate.seconds);
    case CatchUpEstimate::Kind::Steady:
        return QCoreApplication::translate("CatchUpEstimate", "steady");
    case CatchUpEstimate::Kind::FallingBehind:
        return QCoreApplication::translate("CatchUpEstimate", "falling behind");
    case CatchUpEstimate::Kind::Unknown:
        break;
    }
    return QStringLiteral("—");
}

QString catchUpDescription(const CatchUpEstimate &estimate)
{
    switch (estimate.kind) {
    case CatchUpEstimate::Kind::CaughtUp:
        return QCoreApplication::translate("CatchUpEstimate", "caught up: lag is 0");
    case CatchUpEstimate::Kind::CatchingUp:
        return QCoreApplication::translate("CatchUpEstimate", "catches up in %1 (%2)")
            .arg(approximateDuration(estimate.seconds), ratesText(estimate));
    case CatchUpEstimate::Kind::Steady:
        return QCoreApplication::translate("CatchUpEstimate",
                                           "lag about steady: consumed as fast as produced (%1)")
            .arg(ratesText(estimate));
    case CatchUpEstimate::Kind::FallingBehind:
        return QCoreApplication::translate("CatchUpEstimate", "falling further behind at %1 (%2)")
            .arg(rateText(estimate.netRate()), ratesText(estimate));
    case CatchUpEstimate::Kind::Unknown:
        break;
    }
    return QCoreApplication::translate("CatchUpEstimate", "no estimate: %1").arg(estimate.reason);
}

CatchUpWindow::CatchUpWindow(qint64 spanMs, qint64 minimumMs)
    : m_spanMs(std::max<qint64>(spanMs, 1000))
    , m_minimumMs(std::clamp<qint64>(minimumMs, 1000, m_spanMs))
{}

void CatchUpWindow::add(qint64 timeMs, qint64 committed, qint64 logEnd)
{
    if (committed < 0 || logEnd < 0) {
        m_samples.clear();
        return;
    }
    if (!m_samples.isEmpty() &&
        (timeMs < m_samples.last().timeMs || committed < m_samples.last().committed)) {
        m_samples.clear(); // a clock step back, or a rewind: the old rates mean nothing now
    }
    m_samples.append({timeMs, committed, logEnd});
    // Keep one sample at or before the span's start, so the window covers the whole span.
    while (m_samples.size() > 2 && timeMs - m_samples.at(1).timeMs >= m_spanMs)
        m_samples.removeFirst();
}

int CatchUpWindow::commitChanges() const
{
    int changes = 0;
    for (qsizetype i = 1; i < m_samples.size(); ++i)
        changes += m_samples.at(i).committed != m_samples.at(i - 1).committed ? 1 : 0;
    return changes;
}

// A consumer that commits every few seconds moves its offset in steps; the lag it leaves at the
// window's two ends can differ by one step without it falling behind or catching up.
qint64 CatchUpWindow::largestCommitStep() const
{
    qint64 step = 0;
    for (qsizetype i = 1; i < m_samples.size(); ++i)
        step = std::max(step, m_samples.at(i).committed - m_samples.at(i - 1).committed);
    return step;
}

// The net rate of the first half of the window against that of the second: opposite directions,
// or one half far faster than the other (a burst that drained most of the lag, then a flat line),
// mean the mean over the window would describe neither half.
QString CatchUpWindow::halvesDisagree() const
{
    const Sample &first = m_samples.first();
    const Sample &last = m_samples.last();
    const qint64 middleTime = first.timeMs + (last.timeMs - first.timeMs) / 2;
    const auto middle =
        std::lower_bound(m_samples.cbegin(), m_samples.cend(), middleTime,
                         [](const Sample &sample, qint64 time) { return sample.timeMs < time; });
    if (middle == m_samples.cbegin() || middle == m_samples.cend() - 1)
        return {};
    const auto net = [](const Sample &from, const Sample &to) {
        const qint64 ms = to.timeMs - from.timeMs;
        return rate(from.committed, to.committed, ms) - rate(from.logEnd, to.logEnd, ms);
    };
    const double early = net(first, *middle);
    const double late = net(*middle, last);
    const QString span = QLocale().toString((last.timeMs - first.timeMs) / 1000);
    if ((early > 0.1 && late < -0.1) || (early < -0.1 && late > 0.1))
        return QCoreApplication::translate(
                   "CatchUpEstimate", "the rates swing too much: lag shrank and grew within %1 s")
            .arg(span);
    const double larger = std::max(std::abs(early), std::abs(late));
    if (larger > 1.0 && std::min(std::abs(early), std::abs(late)) * 4.0 < larger)
        return QCoreApplication::translate("CatchUpEstimate",
                                           "the rates changed too much within %1 s: lag moved "
                                           "%2 msg/s, then %3 msg/s")
            .arg(span, QLocale().toString(-early, 'f', 1), QLocale().toString(-late, 'f', 1));
    return {};
}

CatchUpEstimate CatchUpWindow::estimate(qint64 lag) const
{
    if (lag == 0) {
        CatchUpEstimate estimate;
        estimate.kind = CatchUpEstimate::Kind::CaughtUp;
        return estimate;
    }
    if (lag < 0)
        return unknown(QCoreApplication::translate("CatchUpEstimate", "lag unknown"));
    const qint64 spanMs =
        m_samples.size() < 2 ? 0 : m_samples.last().timeMs - m_samples.first().timeMs;
    if (spanMs < m_minimumMs) {
        return unknown(
            QCoreApplication::translate("CatchUpEstimate", "measuring rates (%1 of %2 s)")
                .arg(QLocale().toString(spanMs / 1000), QLocale().toString(m_minimumMs / 1000)));
    }
    CatchUpEstimate estimate;
    estimate.windowMs = spanMs;
    estimate.consumeRate = rate(m_samples.first().committed, m_samples.last().committed, spanMs);
    estimate.produceRate = rate(m_samples.first().logEnd, m_samples.last().logEnd, spanMs);
    if (commitChanges() == 1) {
        estimate.reason = QCoreApplication::translate(
                              "CatchUpEstimate",
                              "one commit in the last %1 s is too few to measure a consume rate")
                              .arg(QLocale().toString(spanMs / 1000));
        return estimate;
    }
    if (const QString disagreement = halvesDisagree(); !disagreement.isEmpty()) {
        estimate.reason = disagreement;
        return estimate;
    }
    const double netMessages = std::abs(estimate.netRate()) * double(spanMs) / 1000.0;
    if (nearlyEqual(estimate.consumeRate, estimate.produceRate) ||
        netMessages <= double(largestCommitStep())) {
        estimate.kind = CatchUpEstimate::Kind::Steady;
    } else if (estimate.netRate() > 0) {
        estimate.kind = CatchUpEstimate::Kind::CatchingUp;
        estimate.seconds = double(lag) / estimate.netRate();
    } else {
        estimate.kind = CatchUpEstimate::Kind::FallingBehind;
    }
    return estimate;
}

} // namespace Qafka
