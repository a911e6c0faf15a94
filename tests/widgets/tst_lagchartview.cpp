// LagChartView: segments become series (gaps between them), series are reused between refreshes,
// the y axis stays readable, and the chart follows light and dark palettes. Screenshots go to
// $QAFKA_SCREENSHOT_DIR.

#include "lagchartview.h"
#include "screenshot.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QDir>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QTest>
#include <QValueAxis>

using namespace Qafka;

namespace {

constexpr qint64 kStart = 1'700'000'000'000;
constexpr qint64 kSecond = 1000;

QList<QPointF> ramp(qint64 fromMs, int points, double first, double slope)
{
    QList<QPointF> result;
    for (int i = 0; i < points; ++i)
        result.append(QPointF(double(fromMs + i * 15 * kSecond), first + slope * i));
    return result;
}

// Two consumer groups over 30 minutes; the second one was unreachable twice.
QList<LagChartLine> twoLines(double scale)
{
    return {
        {QStringLiteral("orders-consumer"), {ramp(kStart, 120, 200 * scale, 10 * scale)}},
        {QStringLiteral("billing"),
         {ramp(kStart, 30, 900 * scale, -20 * scale),
          ramp(kStart + 40 * 15 * kSecond, 40, 300 * scale, 15 * scale),
          ramp(kStart + 90 * 15 * kSecond, 30, 700 * scale, 5 * scale)}},
    };
}

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    palette.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    palette.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    return palette;
}

} // namespace

class TestLagChartView : public QObject
{
    Q_OBJECT

private slots:
    void segmentsBecomeSeries()
    {
        LagChartView view(QStringLiteral("Lag"), QStringLiteral("Messages"));
        const QList<LagChartLine> lines = twoLines(1.0);
        view.setLines(lines, kStart, kStart + 30 * 60 * kSecond);
        QCOMPARE(view.segmentCount(), 4);
        QCOMPARE(view.lineCount(), 2);
        QCOMPARE(view.pointCount(), 120 + 30 + 40 + 30);
        QCOMPARE(view.series().at(1)->points(), lines.at(1).segments.at(0));

        // One legend entry per line, shown only because there are two lines. Marker visibility
        // is settled by the chart's layout, so look once the view is on screen.
        view.resize(800, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCoreApplication::processEvents();
        QVERIFY(view.chart()->legend()->isVisible());
        int visibleMarkers = 0;
        const QList<QLegendMarker *> markers = view.chart()->legend()->markers();
        for (const QLegendMarker *marker : markers)
            visibleMarkers += marker->isVisible() ? 1 : 0;
        QCOMPARE(visibleMarkers, 2);
        // Segments of one line share its pen.
        QCOMPARE(view.series().at(1)->pen(), view.series().at(3)->pen());
        QVERIFY(view.series().at(0)->pen() != view.series().at(1)->pen());

        QVERIFY(view.valueAxis()->max() > 200.0 + 10.0 * 119);
        QCOMPARE(view.valueAxis()->min(), 0.0);
        QCOMPARE(view.timeAxis()->format(), QStringLiteral("hh:mm:ss"));
        // 30 minutes over 800 px: a tick every 5 minutes.
        QCOMPARE(view.timeAxis()->tickCount(), 7);
    }

    void seriesAreReused()
    {
        LagChartView view(QStringLiteral("Lag"), QStringLiteral("Messages"));
        view.setLines(twoLines(1.0), kStart, kStart + 30 * 60 * kSecond);
        const QList<QLineSeries *> before = view.series();
        const QList<QAbstractSeries *> attached = view.chart()->series();

        const QList<LagChartLine> again = twoLines(3.0);
        view.setLines(again, kStart, kStart + 2 * 60 * 60 * kSecond);
        QCOMPARE(view.series(), before);
        QCOMPARE(view.chart()->series(), attached);
        QCOMPARE(view.series().at(2)->points(), again.at(1).segments.at(1));
        QCOMPARE(view.timeAxis()->format(), QStringLiteral("hh:mm"));

        // Fewer segments hide series, more take them back from the pool.
        view.setLines({{QStringLiteral("solo"), {ramp(kStart, 5, 1, 1)}}}, kStart,
                      kStart + 60 * kSecond);
        QCOMPARE(view.segmentCount(), 1);
        QCOMPARE(view.lineCount(), 1);
        QCOMPARE(view.pointCount(), 5);
        QVERIFY(!view.chart()->legend()->isVisible());
        QVERIFY(!before.at(3)->isVisible());
        view.setLines(twoLines(1.0), kStart, kStart + 30 * 60 * kSecond);
        QCOMPARE(view.series(), before);
        QVERIFY(before.at(3)->isVisible());
        QCOMPARE(view.chart()->series().size(), 4);
    }

    void yAxisStaysPositive()
    {
        LagChartView view(QStringLiteral("Lag"), QStringLiteral("Messages"));
        view.resize(600, 300); // tall enough for five value labels
        QList<QPointF> zeros = ramp(kStart, 10, 0.0, 0.0);
        view.setLines({{QStringLiteral("idle"), {zeros}}}, kStart, kStart + 10 * 15 * kSecond);
        QCOMPARE(view.valueAxis()->min(), 0.0);
        QVERIFY(view.valueAxis()->max() > 0.0);

        view.setLines({}, kStart, kStart + kSecond);
        QCOMPARE(view.segmentCount(), 0);
        QCOMPARE(view.pointCount(), 0);
        QVERIFY(view.valueAxis()->max() > 0.0);

        // Whole-number counts never get fractional ticks; seconds may.
        view.setLines({{QStringLiteral("small"), {ramp(kStart, 3, 0.1, 0.1)}}}, kStart,
                      kStart + 60 * kSecond);
        QCOMPARE(view.valueAxis()->max(), 1.0);
        QCOMPARE(view.valueAxis()->tickCount(), 2);
        view.setValueFormat(QStringLiteral("%.1f s"), 0.0);
        QVERIFY(qFuzzyCompare(view.valueAxis()->max(), 0.4));
        QCOMPARE(view.valueAxis()->tickCount(), 5);
    }

    void shortChartsGetFewerValueLabels()
    {
        // About 30 px per label: a chart squeezed under a group table keeps readable labels
        // instead of Qt eliding them all to "…".
        LagChartView view(QStringLiteral("Rate"), QStringLiteral("msg/s"));
        view.resize(600, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setLines({{QStringLiteral("r"), {ramp(kStart, 10, 0.0, 10.0)}}}, kStart,
                      kStart + 10 * 15 * kSecond);
        QCOMPARE(view.valueAxis()->tickCount(), 6);
        view.resize(600, 160);
        QCOMPARE(view.valueAxis()->tickCount(), 3);
        QVERIFY(view.valueAxis()->max() >= 90.0);
    }

    void screenshots()
    {
        LagChartView view(QStringLiteral("Consumer lag"), QStringLiteral("Messages behind"));
        view.resize(800, 300);
        view.setLines(twoLines(1.0), kStart, kStart + 30 * 60 * kSecond);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(saveScreenshot(&view, QStringLiteral("lagchartview.png")));

        const QPalette dark = darkPalette();
        view.setPalette(dark);
        QCOMPARE(view.chart()->backgroundBrush().color(), dark.color(QPalette::Window));
        QCOMPARE(view.valueAxis()->labelsBrush().color(), dark.color(QPalette::WindowText));
        QCOMPARE(view.chart()->legend()->labelColor(), dark.color(QPalette::WindowText));
        QVERIFY(saveScreenshot(&view, QStringLiteral("lagchartview-dark.png")));
    }
};

QTEST_MAIN(TestLagChartView)
#include "tst_lagchartview.moc"
