#include "sparklinedelegate.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace Qafka {

SparklineDelegate::SparklineDelegate(int valuesRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_valuesRole(valuesRole)
{}

void SparklineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    // The style draws background, selection and focus; the text is replaced by the line.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QList<double> values = index.data(m_valuesRole).value<QList<double>>();
    const auto finite = [](double v) { return std::isfinite(v); };
    const auto firstIt = std::find_if(values.cbegin(), values.cend(), finite);
    if (firstIt == values.cend())
        return;
    const auto lastIt = std::find_if(values.crbegin(), values.crend(), finite);
    double maxValue = 0.0;
    for (const double v : values) {
        if (finite(v))
            maxValue = std::max(maxValue, v);
    }
    if (maxValue <= 0.0)
        maxValue = 1.0;

    const QRectF area = QRectF(opt.rect).adjusted(3.0, 3.0, -3.0, -3.0);
    if (area.width() < 2.0 || area.height() < 2.0)
        return;
    const qsizetype n = values.size();
    const auto pointAt = [&](qsizetype i) {
        const double x =
            n > 1 ? area.left() + area.width() * double(i) / double(n - 1) : area.center().x();
        const double y = area.bottom() - area.height() * std::max(0.0, values.at(i)) / maxValue;
        return QPointF(x, y);
    };

    // One subpath per run of samples; a lone sample between gaps becomes a dot.
    QPainterPath path;
    QList<QPointF> dots;
    for (qsizetype i = 0; i < n; ++i) {
        if (!finite(values.at(i)))
            continue;
        const bool prev = i > 0 && finite(values.at(i - 1));
        const bool next = i + 1 < n && finite(values.at(i + 1));
        if (!prev && !next)
            dots.append(pointAt(i));
        else if (!prev)
            path.moveTo(pointAt(i));
        else
            path.lineTo(pointAt(i));
    }

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    QColor colour =
        opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Highlight);
    if (*lastIt > *firstIt)
        colour = kWarningColour;

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setClipRect(opt.rect);
    painter->setPen(QPen(colour, 1.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(path);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    for (const QPointF &dot : std::as_const(dots))
        painter->drawEllipse(dot, 1.5, 1.5);
    painter->restore();
}

QSize SparklineDelegate::sizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    Q_UNUSED(option);
    Q_UNUSED(index);
    return QSize(80, 20);
}

} // namespace Qafka
