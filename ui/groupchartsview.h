#pragma once

#include "chartcsv.h"

#include <QWidget>

class QComboBox;
class QPushButton;
class QToolButton;

namespace Qafka {

class GroupMonitor;
class LagChartView;

// The lag of one consumer group over time: lag in messages (the total, or one line per topic or
// per partition, or the totals of groups picked to compare), time lag in seconds, and the produce
// and consume rates, over the last 5 min, 1 h or 24 h, with the group's membership changes marked
// on the lag chart. Redrawn from the monitor's bounded histories after every round, downsampled to
// what the charts can draw; exported at full resolution as CSV, or as a PNG picture.
class GroupChartsView : public QWidget
{
    Q_OBJECT
public:
    explicit GroupChartsView(GroupMonitor *monitor, QWidget *parent = nullptr);

    void setGroup(const QString &groupId);
    void redraw();

    // Groups whose total lag is drawn beside the selected group's; empty for none.
    void setComparedGroups(const QStringList &groups);
    QStringList comparedGroups() const { return m_compared; }

    // The three charts' lines over the chosen range at full resolution.
    QList<NamedChart> chartData() const;
    bool exportCsv(const QString &path, QString *error) const;
    bool savePng(const QString &path, QString *error);

    LagChartView *lagChart() const { return m_lagChart; }
    LagChartView *timeLagChart() const { return m_timeLagChart; }
    LagChartView *rateChart() const { return m_rateChart; }
    QComboBox *rangeBox() const { return m_range; }
    QComboBox *linesBox() const { return m_lines; }
    QPushButton *compareButton() const { return m_compare; }
    QToolButton *exportButton() const { return m_export; }

    enum Lines { TotalLine, PerTopic, PerPartition };

private:
    struct Range
    {
        qint64 fromMs;
        qint64 toMs;
    };
    Range range() const;
    QList<NamedChart> chartData(Range range, int points) const;
    QList<LagChartLine> lagLines(Range range, int points) const;
    QList<LagChartMarker> markers(Range range) const;
    void pickComparedGroups();
    void askExportCsv();
    void askSavePng();

    GroupMonitor *m_monitor;
    QString m_groupId;
    QStringList m_compared;
    QComboBox *m_range;
    QComboBox *m_lines;
    QPushButton *m_compare;
    QToolButton *m_export;
    QWidget *m_chartArea;
    LagChartView *m_lagChart;
    LagChartView *m_timeLagChart;
    LagChartView *m_rateChart;
};

} // namespace Qafka
