#pragma once

#include <QList>
#include <QPointF>
#include <QString>

namespace Qafka {

// One named line of a LagChartView. Each segment is drawn on its own, so the chart shows a gap
// where no samples were taken (x = ms since the epoch, y = value).
struct LagChartLine
{
    QString name;
    QList<QList<QPointF>> segments;
};

// A moment marked on a chart's time axis (a rebalance, say), with the words its tooltip shows.
struct LagChartMarker
{
    qint64 timeMs = 0;
    QString text;
};

} // namespace Qafka
