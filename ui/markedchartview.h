#pragma once

#include "lagchartline.h"

#include <QChartView>

class QDateTimeAxis;

namespace Qafka {

// A chart view that draws moments on its time axis as dashed vertical lines with a small flag at
// the top, and shows what happened at a moment as the tooltip of its line.
class MarkedChartView : public QChartView
{
    Q_OBJECT
public:
    MarkedChartView(QChart *chart, QDateTimeAxis *timeAxis, QWidget *parent = nullptr);

    void setMarkers(const QList<LagChartMarker> &markers);
    // The time axis moved: the markers move with it. Qt repaints only what the series changed,
    // which would leave a marker's old line standing.
    void timeRangeChanged();
    const QList<LagChartMarker> &markers() const { return m_markers; }
    // Where the marker's line is drawn, in viewport coordinates; -1 when outside the plot.
    int markerX(const LagChartMarker &marker) const;
    // The tooltip for a viewport position: every marker within a few pixels; empty for none.
    QString markerToolTip(const QPoint &viewportPos) const;

protected:
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    bool viewportEvent(QEvent *event) override;

private:
    QDateTimeAxis *m_timeAxis;
    QList<LagChartMarker> m_markers;
};

} // namespace Qafka
