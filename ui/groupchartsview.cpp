#include "groupchartsview.h"

#include "lagchartview.h"
#include "session/groupmonitor.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace Qafka {

namespace {

// More lines than this would be unreadable; the ones with the most lag are drawn.
constexpr int kMaxLines = 20;

LagChartLine line(const QString &name, QList<QList<QPointF>> segments)
{
    LagChartLine result;
    result.name = name;
    result.segments = std::move(segments);
    return result;
}

} // namespace

GroupChartsView::GroupChartsView(GroupMonitor *monitor, QWidget *parent)
    : QWidget(parent)
    , m_monitor(monitor)
    , m_range(new QComboBox(this))
    , m_lines(new QComboBox(this))
    , m_lagChart(new LagChartView(tr("Lag"), tr("messages"), this))
    , m_timeLagChart(new LagChartView(tr("Time lag"), tr("seconds"), this))
    , m_rateChart(new LagChartView(tr("Produce and consume rate"), tr("msg/s"), this))
{
    m_range->setObjectName(QStringLiteral("chartRange"));
    m_range->setAccessibleName(tr("Chart time range"));
    m_range->addItem(tr("Last 5 minutes"), 5 * 60 * 1000);
    m_range->addItem(tr("Last hour"), 60 * 60 * 1000);
    m_range->addItem(tr("Last 24 hours"), 24 * 60 * 60 * 1000);
    m_lines->setObjectName(QStringLiteral("chartLines"));
    m_lines->setAccessibleName(tr("Lag lines"));
    m_lines->addItem(tr("Total"), TotalLine);
    m_lines->addItem(tr("Per topic"), PerTopic);
    m_lines->addItem(tr("Per partition"), PerPartition);
    m_lagChart->setObjectName(QStringLiteral("lagChart"));
    m_timeLagChart->setObjectName(QStringLiteral("timeLagChart"));
    m_timeLagChart->setValueFormat(QStringLiteral("%.1f"), 0.1);
    m_rateChart->setObjectName(QStringLiteral("rateChart"));
    m_rateChart->setValueFormat(QStringLiteral("%.1f"), 0.1);
    // Below these the axes have no room for their labels; above, the charts would not fit under
    // the group table at 1280×800.
    m_lagChart->setMinimumHeight(160);
    m_timeLagChart->setMinimumHeight(150);
    m_rateChart->setMinimumHeight(150);

    auto *controls = new QHBoxLayout;
    auto *rangeLabel = new QLabel(tr("&Range:"), this);
    rangeLabel->setBuddy(m_range);
    auto *linesLabel = new QLabel(tr("&Lines:"), this);
    linesLabel->setBuddy(m_lines);
    controls->addWidget(rangeLabel);
    controls->addWidget(m_range);
    controls->addSpacing(12);
    controls->addWidget(linesLabel);
    controls->addWidget(m_lines);
    controls->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(m_lagChart, 2);
    auto *lower = new QHBoxLayout;
    lower->addWidget(m_timeLagChart);
    lower->addWidget(m_rateChart);
    layout->addLayout(lower, 1);

    connect(m_range, &QComboBox::currentIndexChanged, this, &GroupChartsView::redraw);
    connect(m_lines, &QComboBox::currentIndexChanged, this, &GroupChartsView::redraw);
}

void GroupChartsView::setGroup(const QString &groupId)
{
    m_groupId = groupId;
    if (!groupId.isEmpty())
        m_monitor->trackDetails(groupId);
    redraw();
}

void GroupChartsView::redraw()
{
    const qint64 to = m_monitor->hasRound() ? std::max(m_monitor->lastRound().timeMs,
                                                       QDateTime::currentMSecsSinceEpoch())
                                            : QDateTime::currentMSecsSinceEpoch();
    const qint64 from = to - m_range->currentData().toLongLong();
    const GroupHistory *history =
        m_groupId.isEmpty() ? nullptr : m_monitor->histories().history(m_groupId);
    const ConsumerGroupLag *group = m_groupId.isEmpty() ? nullptr : m_monitor->group(m_groupId);
    m_lagChart->setToolTip(group ? tr("Catch-up: %1").arg(catchUpDescription(group->catchUp))
                                 : QString());
    if (!history) {
        m_lagChart->setLines({}, from, to);
        m_timeLagChart->setLines({}, from, to);
        m_rateChart->setLines({}, from, to);
        return;
    }
    // About one point per horizontal pixel: more could not be seen.
    const int points = std::max(200, m_lagChart->width());
    QList<LagChartLine> lag;
    const auto addLines = [&](const auto &histories, const auto &nameOf) {
        using Key = typename std::decay_t<decltype(histories)>::key_type;
        QList<Key> keys = histories.keys();
        std::sort(keys.begin(), keys.end(), [&](const Key &a, const Key &b) {
            return histories.value(a).lastValue() > histories.value(b).lastValue();
        });
        keys.resize(std::min<qsizetype>(keys.size(), kMaxLines));
        std::sort(keys.begin(), keys.end());
        for (const Key &key : std::as_const(keys))
            lag.append(line(nameOf(key), histories.value(key).segments(from, to, points)));
    };
    switch (m_lines->currentData().toInt()) {
    case PerTopic:
        addLines(history->topicLag, [](const QString &topic) -> QString { return topic; });
        break;
    case PerPartition:
        addLines(history->partitionLag, [](const TopicPartition &partition) -> QString {
            return partition.topic + u'-' + QString::number(partition.partition);
        });
        break;
    default:
        lag.append(line(tr("Total lag"), history->totalLag.segments(from, to, points)));
    }
    m_lagChart->setLines(lag, from, to);
    m_timeLagChart->setLines(
        {line(tr("Max time lag"), history->timeLagSeconds.segments(from, to, points))}, from, to);
    m_rateChart->setLines({line(tr("Produced"), history->produceRate.segments(from, to, points)),
                           line(tr("Consumed"), history->consumeRate.segments(from, to, points))},
                          from, to);
}

} // namespace Qafka
