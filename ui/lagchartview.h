#pragma once

#include "lagchartline.h"

#include <QList>
#include <QWidget>

class QChart;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace Qafka {

class MarkedChartView;

// One time-series chart (consumer lag, messages per second...) whose lines may have gaps. It is
// redrawn every refresh, so setLines() reuses its QLineSeries and only hands them new points.
class LagChartView : public QWidget
{
    Q_OBJECT
public:
    explicit LagChartView(const QString &title, const QString &valueLabel,
                          QWidget *parent = nullptr);

    // Replaces all lines; the x axis shows [fromMs, toMs] (ms since the epoch).
    void setLines(const QList<LagChartLine> &lines, qint64 fromMs, qint64 toMs);
    // printf-style y label format ("%.0f", "%.1f s"); the y axis never steps by less than
    // minimumStep, so whole-number counts never show repeated tick labels.
    void setValueFormat(const QString &labelFormat, double minimumStep);
    // Moments to mark on the time axis (rebalances); those outside the range are not drawn.
    void setMarkers(const QList<LagChartMarker> &markers);
    MarkedChartView *chartView() const { return m_view; }

    int pointCount() const;
    int lineCount() const { return m_lineCount; }
    int segmentCount() const { return m_used; }
    QChart *chart() const { return m_chart; }
    QValueAxis *valueAxis() const { return m_y; }
    QDateTimeAxis *timeAxis() const { return m_x; }
    // The series in use, in line order (for tests).
    QList<QLineSeries *> series() const { return m_pool.mid(0, m_used); }

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void applyPalette();
    void updateValueAxis(double maxValue);
    void updateTimeTicks();
    QLineSeries *seriesAt(int index);

    QChart *m_chart;
    QDateTimeAxis *m_x;
    QValueAxis *m_y;
    MarkedChartView *m_view;
    QList<QLineSeries *> m_pool;
    int m_used = 0;
    int m_lineCount = 0;
    double m_minimumStep = 1.0;
    double m_maxValue = 0.0; // of the lines shown, for the value axis after a resize
};

} // namespace Qafka
