#include "markedchartview.h"

#include <QDateTime>
#include <QDateTimeAxis>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <cmath>

namespace Qafka {

namespace {

constexpr int kHitDistance = 6; // px either side of a line that still shows its tooltip
const QColor kMarkerColour = QColor::fromRgb(0x9c4fd6);

} // namespace

MarkedChartView::MarkedChartView(QChart *chart, QDateTimeAxis *timeAxis, QWidget *parent)
    : QChartView(chart, parent)
    , m_timeAxis(timeAxis)
{}

void MarkedChartView::setMarkers(const QList<LagChartMarker> &markers)
{
    const auto same = [](const LagChartMarker &a, const LagChartMarker &b) {
        return a.timeMs == b.timeMs && a.text == b.text;
    };
    if (std::equal(markers.cbegin(), markers.cend(), m_markers.cbegin(), m_markers.cend(), same))
        return;
    m_markers = markers;
    resetCachedContent();
    viewport()->update();
}

void MarkedChartView::timeRangeChanged()
{
    if (!m_markers.isEmpty())
        viewport()->update();
}

int MarkedChartView::markerX(const LagChartMarker &marker) const
{
    const qint64 from = m_timeAxis->min().toMSecsSinceEpoch();
    const qint64 to = m_timeAxis->max().toMSecsSinceEpoch();
    if (to <= from || marker.timeMs < from || marker.timeMs > to)
        return -1;
    const QRectF plot = chart()->plotArea();
    const double x = plot.left() + plot.width() * double(marker.timeMs - from) / double(to - from);
    return mapFromScene(QPointF(x, plot.top())).x();
}

QString MarkedChartView::markerToolTip(const QPoint &viewportPos) const
{
    QStringList lines;
    for (const LagChartMarker &marker : m_markers) {
        const int x = markerX(marker);
        if (x >= 0 && std::abs(x - viewportPos.x()) <= kHitDistance)
            lines.append(QLocale().toString(QDateTime::fromMSecsSinceEpoch(marker.timeMs).time(),
                                            QLocale::ShortFormat) +
                         QStringLiteral(" — ") + marker.text);
    }
    return lines.join(u'\n');
}

void MarkedChartView::drawForeground(QPainter *painter, const QRectF &rect)
{
    QChartView::drawForeground(painter, rect);
    if (m_markers.isEmpty())
        return;
    const QRectF plot = chart()->plotArea();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(kMarkerColour, 1.5, Qt::DashLine));
    for (const LagChartMarker &marker : std::as_const(m_markers)) {
        const int viewX = markerX(marker);
        if (viewX < 0)
            continue;
        const double x = mapToScene(QPoint(viewX, 0)).x();
        painter->drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        QPainterPath flag;
        flag.moveTo(x - 5, plot.top());
        flag.lineTo(x + 5, plot.top());
        flag.lineTo(x, plot.top() + 7);
        flag.closeSubpath();
        painter->fillPath(flag, kMarkerColour);
    }
    painter->restore();
}

bool MarkedChartView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = markerToolTip(help->pos());
        if (!text.isEmpty()) {
            QToolTip::showText(help->globalPos(), text, viewport());
            return true;
        }
    }
    return QChartView::viewportEvent(event);
}

} // namespace Qafka
