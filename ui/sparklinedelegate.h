#pragma once

#include <QColor>
#include <QStyledItemDelegate>

namespace Qafka {

// A tiny line chart in a table cell, drawn from the QList<double> under valuesRole (NaN = no
// sample, drawn as a gap). The y scale runs from 0 to the largest value; a line that ends higher
// than it started (lag growing) is drawn in the warning colour.
class SparklineDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    static inline const QColor kWarningColour = QColor(0xd0, 0x60, 0x20);

    explicit SparklineDelegate(int valuesRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_valuesRole;
};

} // namespace Qafka
