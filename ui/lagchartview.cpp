#include "lagchartview.h"

#include "markedchartview.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QGraphicsLayout>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <array>
#include <cmath>

namespace Qafka {

namespace {

// Mid-saturation colours that stay readable on light and dark backgrounds alike.
constexpr std::array<QRgb, 8> kLineColours = {0x2a8fd6, 0xe0812b, 0x4caf50, 0xc2477a,
                                              0x8c6bd6, 0x1fa79a, 0xb59a1a, 0x7d8b99};

QColor mix(const QColor &a, const QColor &b, double amountOfA)
{
    const auto channel = [amountOfA](int x, int y) {
        return int(std::lround(x * amountOfA + y * (1.0 - amountOfA)));
    };
    return QColor(channel(a.red(), b.red()), channel(a.green(), b.green()),
                  channel(a.blue(), b.blue()));
}

} // namespace

LagChartView::LagChartView(const QString &title, const QString &valueLabel, QWidget *parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_x(new QDateTimeAxis(m_chart))
    , m_y(new QValueAxis(m_chart))
    , m_view(new MarkedChartView(m_chart, m_x, this))
{
    setObjectName(QStringLiteral("lagChartView"));
    setAccessibleName(title);
    setAccessibleDescription(valueLabel);
    m_view->setObjectName(QStringLiteral("lagChartViewChart"));
    m_view->setAccessibleName(title);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFrameShape(QFrame::NoFrame);

    m_chart->setTitle(title);
    m_chart->setBackgroundRoundness(0);
    m_chart->setMargins(QMargins(4, 4, 8, 4));
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_chart->setPlotAreaBackgroundVisible(true);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->legend()->setVisible(false);

    m_y->setTitleText(valueLabel);
    m_y->setLabelFormat(QStringLiteral("%.0f"));
    m_y->setMinorTickCount(0);
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_y, Qt::AlignLeft);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    setLines({}, now - qint64(60 * 60) * 1000, now);
    applyPalette();
}

void LagChartView::setLines(const QList<LagChartLine> &lines, qint64 fromMs, qint64 toMs)
{
    int index = 0;
    double maxValue = 0.0;
    for (qsizetype line = 0; line < lines.size(); ++line) {
        const QPen pen(QColor::fromRgb(kLineColours[size_t(line) % kLineColours.size()]), 2.0);
        bool first = true;
        const auto place = [&](const QList<QPointF> &points) {
            QLineSeries *series = seriesAt(index++);
            series->replace(points);
            // Setters repaint even when nothing changed: only touch what differs.
            if (series->pen() != pen)
                series->setPen(pen);
            if (series->name() != lines.at(line).name)
                series->setName(lines.at(line).name);
            // A lone sample between two gaps has no line to draw: show it as a dot.
            series->setPointsVisible(points.size() == 1);
            series->setVisible(true);
            // The legend names each line once, whatever its number of segments.
            const QList<QLegendMarker *> markers = m_chart->legend()->markers(series);
            for (QLegendMarker *marker : markers)
                marker->setVisible(first);
            first = false;
        };
        for (const QList<QPointF> &segment : lines.at(line).segments) {
            if (segment.isEmpty())
                continue;
            for (const QPointF &point : segment) {
                if (std::isfinite(point.y()))
                    maxValue = std::max(maxValue, point.y());
            }
            place(segment);
        }
        // A line without samples still gets its legend entry.
        if (first)
            place({});
    }
    // Series no longer needed stay in the pool, hidden, for the next call.
    for (int i = index; i < m_used; ++i) {
        m_pool.at(i)->replace(QList<QPointF>());
        m_pool.at(i)->setVisible(false);
    }
    m_used = index;
    m_lineCount = int(lines.size());
    m_chart->legend()->setVisible(m_lineCount > 1);

    toMs = std::max(toMs, fromMs + 1000);
    m_x->setRange(QDateTime::fromMSecsSinceEpoch(fromMs), QDateTime::fromMSecsSinceEpoch(toMs));
    const qint64 span = toMs - fromMs;
    if (span < qint64(60 * 60) * 1000)
        m_x->setFormat(QStringLiteral("hh:mm:ss"));
    else if (span <= qint64(24 * 60 * 60) * 1000)
        m_x->setFormat(QStringLiteral("hh:mm"));
    else
        m_x->setFormat(QStringLiteral("d MMM hh:mm"));
    updateTimeTicks();
    updateValueAxis(maxValue);
    m_view->timeRangeChanged();
}

void LagChartView::setValueFormat(const QString &labelFormat, double minimumStep)
{
    m_y->setLabelFormat(labelFormat);
    m_minimumStep = minimumStep;
    double maxValue = 0.0;
    for (int i = 0; i < m_used; ++i) {
        const QList<QPointF> points = m_pool.at(i)->points();
        for (const QPointF &point : points) {
            if (std::isfinite(point.y()))
                maxValue = std::max(maxValue, point.y());
        }
    }
    updateValueAxis(maxValue);
}

void LagChartView::setMarkers(const QList<LagChartMarker> &markers)
{
    m_view->setMarkers(markers);
}

int LagChartView::pointCount() const
{
    int count = 0;
    for (int i = 0; i < m_used; ++i)
        count += m_pool.at(i)->count();
    return count;
}

void LagChartView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void LagChartView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateTimeTicks();
    updateValueAxis(m_maxValue);
}

void LagChartView::applyPalette()
{
    // Chart themes bring their own fixed colours; follow the widget palette instead so dark
    // desktops get a dark chart.
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::WindowText);
    const QColor base = pal.color(QPalette::Base);
    m_chart->setBackgroundBrush(pal.color(QPalette::Window));
    m_chart->setBackgroundPen(Qt::NoPen);
    m_chart->setPlotAreaBackgroundBrush(base);
    m_chart->setPlotAreaBackgroundPen(QPen(mix(text, base, 0.35), 1.0));
    m_chart->setTitleBrush(text);
    m_chart->legend()->setLabelColor(text);
    m_view->setBackgroundBrush(pal.color(QPalette::Window));
    const QList<QAbstractAxis *> axes = {m_x, m_y};
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setLinePenColor(mix(text, base, 0.35));
        axis->setGridLineColor(mix(text, base, 0.15));
    }
}

void LagChartView::updateValueAxis(double maxValue)
{
    // A 1-2-5 step (2.5 for tens and up) giving up to about five intervals, with a little headroom
    // so the highest point never sits on the top edge. All zeros still show a 0..1 axis.
    m_maxValue = maxValue;
    const double top = maxValue > 0.0 ? maxValue * 1.05 : 1.0;
    // Fewer intervals on a short chart: each label needs about 30 px, or Qt elides them all.
    constexpr int kChartChrome = 90; // title, time labels and legend
    const int intervalsWanted = std::clamp((height() - kChartChrome) / 30, 2, 5);
    const double raw = top / intervalsWanted;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = 10.0 * magnitude;
    for (const double factor : {1.0, 2.0, 2.5, 5.0}) {
        if (factor == 2.5 && (magnitude < 10.0 && m_minimumStep > 0.0))
            continue;
        if (factor * magnitude >= raw) {
            step = factor * magnitude;
            break;
        }
    }
    step = std::max(step, m_minimumStep);
    const double intervals = std::max(1.0, std::ceil(top / step - 1e-9));
    m_y->setRange(0.0, intervals * step);
    m_y->setTickCount(int(intervals) + 1);
}

void LagChartView::updateTimeTicks()
{
    // About one label per 110 px, so "hh:mm:ss" labels never overlap. QDateTimeAxis spaces its
    // ticks evenly over the range, so prefer a count that makes each step a round duration.
    static constexpr std::array<qint64, 16> kRoundSteps = {
        1'000,   2'000,   5'000,   10'000,    15'000,    30'000,    60'000,     120'000,
        300'000, 600'000, 900'000, 1'800'000, 3'600'000, 7'200'000, 21'600'000, 86'400'000};
    const int maxTicks = std::clamp(m_view->width() / 110 + 1, 2, 9);
    const qint64 span = m_x->min().msecsTo(m_x->max());
    int ticks = maxTicks;
    for (int n = maxTicks; n >= 3; --n) {
        if (span % (n - 1) == 0 && std::find(kRoundSteps.cbegin(), kRoundSteps.cend(),
                                             span / (n - 1)) != kRoundSteps.cend()) {
            ticks = n;
            break;
        }
    }
    m_x->setTickCount(ticks);
}

QLineSeries *LagChartView::seriesAt(int index)
{
    if (index < m_pool.size())
        return m_pool.at(index);
    auto *series = new QLineSeries;
    m_chart->addSeries(series);
    series->attachAxis(m_x);
    series->attachAxis(m_y);
    m_pool.append(series);
    return series;
}

} // namespace Qafka
