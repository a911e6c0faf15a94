#include "chartcsv.h"

#include <QDateTime>
#include <QTimeZone>

namespace Qafka {

namespace {

QByteArray field(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    if (!bytes.contains(',') && !bytes.contains('"') && !bytes.contains('\n') &&
        !bytes.contains('\r'))
        return bytes;
    bytes.replace('"', "\"\"");
    return '"' + bytes + '"';
}

} // namespace

QByteArray chartCsv(const QList<NamedChart> &charts)
{
    QByteArray csv = "time_utc,time_ms,chart,line,value\r\n";
    for (const NamedChart &chart : charts) {
        const QByteArray chartName = field(chart.name);
        for (const LagChartLine &line : chart.lines) {
            const QByteArray lineName = field(line.name);
            for (const QList<QPointF> &segment : line.segments) {
                for (const QPointF &point : segment) {
                    const qint64 ms = qint64(point.x());
                    csv += QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc())
                               .toString(Qt::ISODateWithMs)
                               .toUtf8() +
                           ',' + QByteArray::number(ms) + ',' + chartName + ',' + lineName + ',' +
                           QByteArray::number(point.y(), 'g', 12) + "\r\n";
                }
            }
        }
    }
    return csv;
}

} // namespace Qafka
