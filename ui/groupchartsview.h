#pragma once

#include <QWidget>

class QComboBox;

namespace Qafka {

class GroupMonitor;
class LagChartView;

// The lag of one consumer group over time: lag in messages (the total, or one line per topic or
// per partition), time lag in seconds, and the produce and consume rates, over the last 5 min,
// 1 h or 24 h. Redrawn from the monitor's bounded histories after every round, downsampled to
// what the charts can draw.
class GroupChartsView : public QWidget
{
    Q_OBJECT
public:
    explicit GroupChartsView(GroupMonitor *monitor, QWidget *parent = nullptr);

    void setGroup(const QString &groupId);
    void redraw();

    LagChartView *lagChart() const { return m_lagChart; }
    LagChartView *timeLagChart() const { return m_timeLagChart; }
    LagChartView *rateChart() const { return m_rateChart; }
    QComboBox *rangeBox() const { return m_range; }
    QComboBox *linesBox() const { return m_lines; }

    enum Lines { TotalLine, PerTopic, PerPartition };

private:
    GroupMonitor *m_monitor;
    QString m_groupId;
    QComboBox *m_range;
    QComboBox *m_lines;
    LagChartView *m_lagChart;
    LagChartView *m_timeLagChart;
    LagChartView *m_rateChart;
};

} // namespace Qafka
