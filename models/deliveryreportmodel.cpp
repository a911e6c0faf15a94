#include "deliveryreportmodel.h"

#include "semanticcolors.h"

#include <QColor>
#include <QDateTime>

namespace Qafka {

DeliveryReportModel::DeliveryReportModel(QObject *parent, int capacity)
    : TableModel(ColumnCount, parent)
    , m_capacity(capacity)
{}

QStringList DeliveryReportModel::columnTitles() const
{
    return {
        tr("#"), tr("Partition"), tr("Offset"), tr("Timestamp"), tr("Result"),
    };
}

QVariant DeliveryReportModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DeliveryReport &report = m_reports.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case SequenceColumn:
            return report.sequence;
        case PartitionColumn:
            return report.partition < 0 ? QVariant(QString()) : QVariant(report.partition);
        case OffsetColumn:
            return report.offset < 0 ? QVariant(QString()) : QVariant(report.offset);
        case TimestampColumn:
            return report.timestampMs < 0 ? QString()
                                          : QDateTime::fromMSecsSinceEpoch(report.timestampMs)
                                                .toString(Qt::ISODateWithMs);
        case ResultColumn:
            return report.succeeded()
                       ? tr("delivered")
                       : QStringLiteral("%1 (%2)").arg(report.errorMessage, report.errorCode);
        }
    }
    if (role == Qt::ForegroundRole && index.column() == ResultColumn && !report.succeeded())
        return semanticColor(Meaning::Error);
    return {};
}

void DeliveryReportModel::append(const QList<DeliveryReport> &reports)
{
    if (reports.isEmpty())
        return;
    const qsizetype incoming = std::min<qsizetype>(reports.size(), m_capacity);
    const qsizetype overflow = m_reports.size() + incoming - m_capacity;
    if (overflow > 0) {
        beginRemoveRows({}, 0, int(overflow) - 1);
        m_reports.remove(0, overflow);
        endRemoveRows();
    }
    const int first = int(m_reports.size());
    beginInsertRows({}, first, first + int(incoming) - 1);
    m_reports.append(reports.mid(reports.size() - incoming));
    endInsertRows();
}

void DeliveryReportModel::clear()
{
    beginResetModel();
    m_reports.clear();
    endResetModel();
}

} // namespace Qafka
