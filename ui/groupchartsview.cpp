#include "groupchartsview.h"

#include "grouppickerdialog.h"
#include "lagchartview.h"
#include "session/groupmonitor.h"

#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace Qafka {

namespace {

// More lines than this would be unreadable; the ones with the most lag are drawn.
constexpr int kMaxLines = 20;
// Export takes every sample held: far more than any history keeps.
constexpr int kAllPoints = std::numeric_limits<int>::max() / 4;

LagChartLine line(const QString &name, QList<QList<QPointF>> segments)
{
    LagChartLine result;
    result.name = name;
    result.segments = std::move(segments);
    return result;
}

// The lines of a keyed family of histories (per topic, per partition), those with the most lag.
template <typename Histories, typename NameOf>
void addLines(QList<LagChartLine> *lines, const Histories &histories, const NameOf &nameOf,
              qint64 from, qint64 to, int points)
{
    using Key = typename Histories::key_type;
    QList<Key> keys = histories.keys();
    std::sort(keys.begin(), keys.end(), [&](const Key &a, const Key &b) {
        return histories.value(a).lastValue() > histories.value(b).lastValue();
    });
    keys.resize(std::min<qsizetype>(keys.size(), kMaxLines));
    std::sort(keys.begin(), keys.end());
    for (const Key &key : std::as_const(keys))
        lines->append(line(nameOf(key), histories.value(key).segments(from, to, points)));
}

} // namespace

GroupChartsView::GroupChartsView(GroupMonitor *monitor, QWidget *parent)
    : QWidget(parent)
    , m_monitor(monitor)
    , m_range(new QComboBox(this))
    , m_lines(new QComboBox(this))
    , m_compare(new QPushButton(tr("Com&pare Groups…"), this))
    , m_export(new QToolButton(this))
    , m_chartArea(new QWidget(this))
    , m_lagChart(new LagChartView(tr("Lag"), tr("messages"), m_chartArea))
    , m_timeLagChart(new LagChartView(tr("Time lag"), tr("seconds"), m_chartArea))
    , m_rateChart(new LagChartView(tr("Produce and consume rate"), tr("msg/s"), m_chartArea))
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
    m_compare->setObjectName(QStringLiteral("compareGroups"));
    m_compare->setToolTip(tr("Draw other groups' total lag on the lag chart"));
    m_export->setObjectName(QStringLiteral("exportChart"));
    m_export->setText(tr("E&xport"));
    m_export->setAccessibleName(tr("Export the charts"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(m_export);
    exportMenu->addAction(tr("Export Data as CSV…"), this, &GroupChartsView::askExportCsv);
    exportMenu->addAction(tr("Save Charts as PNG…"), this, &GroupChartsView::askSavePng);
    m_export->setMenu(exportMenu);
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
    controls->addSpacing(12);
    controls->addWidget(m_compare);
    controls->addStretch();
    controls->addWidget(m_export);
    auto *charts = new QVBoxLayout(m_chartArea);
    charts->setContentsMargins(0, 0, 0, 0);
    charts->addWidget(m_lagChart, 2);
    auto *lower = new QHBoxLayout;
    lower->addWidget(m_timeLagChart);
    lower->addWidget(m_rateChart);
    charts->addLayout(lower, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(m_chartArea, 1);

    connect(m_range, &QComboBox::currentIndexChanged, this, &GroupChartsView::redraw);
    connect(m_lines, &QComboBox::currentIndexChanged, this, &GroupChartsView::redraw);
    connect(m_compare, &QPushButton::clicked, this, &GroupChartsView::pickComparedGroups);
}

void GroupChartsView::setGroup(const QString &groupId)
{
    m_groupId = groupId;
    if (!groupId.isEmpty())
        m_monitor->trackDetails(groupId);
    redraw();
}

void GroupChartsView::setComparedGroups(const QStringList &groups)
{
    m_compared = groups;
    m_compared.removeAll(m_groupId);
    m_lines->setEnabled(m_compared.isEmpty());
    m_compare->setText(m_compared.isEmpty() ? tr("Com&pare Groups…")
                                            : tr("Com&pare Groups (%1)…").arg(m_compared.size()));
    redraw();
}

GroupChartsView::Range GroupChartsView::range() const
{
    const qint64 to = m_monitor->hasRound() ? std::max(m_monitor->lastRound().timeMs,
                                                       QDateTime::currentMSecsSinceEpoch())
                                            : QDateTime::currentMSecsSinceEpoch();
    return {to - m_range->currentData().toLongLong(), to};
}

QList<LagChartLine> GroupChartsView::lagLines(Range range, int points) const
{
    const GroupHistory *history = m_monitor->histories().history(m_groupId);
    QList<LagChartLine> lag;
    if (!m_compared.isEmpty()) {
        // Each group's total: the lines any group has, whether open in a pane or not.
        QStringList groups = m_compared;
        groups.prepend(m_groupId);
        for (const QString &groupId : std::as_const(groups)) {
            const GroupHistory *other = m_monitor->histories().history(groupId);
            lag.append(
                line(groupId, other ? other->totalLag.segments(range.fromMs, range.toMs, points)
                                    : QList<QList<QPointF>>()));
        }
        return lag;
    }
    switch (m_lines->currentData().toInt()) {
    case PerTopic:
        addLines(
            &lag, history->topicLag, [](const QString &topic) -> QString { return topic; },
            range.fromMs, range.toMs, points);
        break;
    case PerPartition:
        addLines(
            &lag, history->partitionLag,
            [](const TopicPartition &partition) -> QString {
                return partition.topic + u'-' + QString::number(partition.partition);
            },
            range.fromMs, range.toMs, points);
        break;
    default:
        lag.append(
            line(tr("Total lag"), history->totalLag.segments(range.fromMs, range.toMs, points)));
    }
    return lag;
}

QList<LagChartMarker> GroupChartsView::markers(Range range) const
{
    const GroupHistory *history = m_monitor->histories().history(m_groupId);
    QList<LagChartMarker> result;
    if (!history)
        return result;
    for (const MembershipChange &change : history->membership) {
        if (change.timeMs >= range.fromMs && change.timeMs <= range.toMs)
            result.append({change.timeMs, membershipChangeSummary(change)});
    }
    return result;
}

void GroupChartsView::redraw()
{
    const Range now = range();
    const ConsumerGroupLag *group = m_groupId.isEmpty() ? nullptr : m_monitor->group(m_groupId);
    m_lagChart->setToolTip(group ? tr("Catch-up: %1").arg(catchUpDescription(group->catchUp))
                                 : QString());
    // About one point per horizontal pixel: more could not be seen.
    const QList<NamedChart> data = chartData(now, std::max(200, m_lagChart->width()));
    const QList<LagChartView *> charts = {m_lagChart, m_timeLagChart, m_rateChart};
    for (qsizetype i = 0; i < charts.size(); ++i)
        charts.at(i)->setLines(i < data.size() ? data.at(i).lines : QList<LagChartLine>(),
                               now.fromMs, now.toMs);
    m_lagChart->setMarkers(markers(now));
}

QList<NamedChart> GroupChartsView::chartData() const
{
    return chartData(range(), kAllPoints);
}

QList<NamedChart> GroupChartsView::chartData(Range range, int points) const
{
    const GroupHistory *history =
        m_groupId.isEmpty() ? nullptr : m_monitor->histories().history(m_groupId);
    if (!history)
        return {};
    const auto segments = [&](const LagHistory &values) {
        return values.segments(range.fromMs, range.toMs, points);
    };
    return {
        {tr("Lag"), lagLines(range, points)},
        {tr("Time lag"), {line(tr("Max time lag"), segments(history->timeLagSeconds))}},
        {tr("Produce and consume rate"),
         {line(tr("Produced"), segments(history->produceRate)),
          line(tr("Consumed"), segments(history->consumeRate))}},
    };
}

bool GroupChartsView::exportCsv(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(chartCsv(chartData())) < 0 ||
        !file.commit()) {
        *error = tr("%1 could not be written: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool GroupChartsView::savePng(const QString &path, QString *error)
{
    if (!m_chartArea->grab().save(path, "PNG")) {
        *error = tr("%1 could not be written as a PNG picture.").arg(path);
        return false;
    }
    return true;
}

void GroupChartsView::pickComparedGroups()
{
    QStringList groups;
    for (const ConsumerGroupLag &group : m_monitor->lastRound().groups) {
        if (group.groupId != m_groupId)
            groups.append(group.groupId);
    }
    GroupPickerDialog dialog(groups, m_compared, this);
    if (dialog.exec() == QDialog::Accepted)
        setComparedGroups(dialog.checkedGroups());
}

void GroupChartsView::askExportCsv()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Chart Data"),
                                                      m_groupId + QStringLiteral("-lag.csv"),
                                                      tr("CSV files (*.csv)"));
    QString error;
    if (!path.isEmpty() && !exportCsv(path, &error))
        QMessageBox::warning(this, tr("Export Chart Data"), error);
}

void GroupChartsView::askSavePng()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Charts"),
                                                      m_groupId + QStringLiteral("-lag.png"),
                                                      tr("PNG pictures (*.png)"));
    QString error;
    if (!path.isEmpty() && !savePng(path, &error))
        QMessageBox::warning(this, tr("Save Charts"), error);
}

} // namespace Qafka
