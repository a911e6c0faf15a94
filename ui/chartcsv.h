#pragma once

#include "lagchartline.h"

#include <QByteArray>
#include <QList>

namespace Qafka {

// The lines of one chart, named for the CSV's chart column.
struct NamedChart
{
    QString name;
    QList<LagChartLine> lines;
};

// Every point of every line as CSV rows "time_utc,time_ms,chart,line,value" (RFC 4180 quoting,
// UTF-8, a header row). Gaps have no rows.
QByteArray chartCsv(const QList<NamedChart> &charts);

} // namespace Qafka
