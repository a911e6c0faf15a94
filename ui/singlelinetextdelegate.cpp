#include "singlelinetextdelegate.h"

#include "plaintextline.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>

namespace Qafka {

namespace {

// Lays text out on one line that never wraps; returns that line.
QTextLine layOutOneLine(QTextLayout &layout, const QStyleOptionViewItem &option)
{
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::NoWrap);
    textOption.setTextDirection(option.direction);
    layout.setTextOption(textOption);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(1e6); // never reached: the line holds all of the text
    layout.endLayout();
    return line;
}

// Whether the text holds no right-to-left script: then its logical and visual orders agree.
bool isLeftToRightOnly(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x0590; });
}

// The text of a laid-out line too wide for width, cut to fit with an ellipsis at its end. Cut
// where the line already reaches the width: QFontMetrics::elidedText would shape all of the text
// again (a live tail repaints 30 rows of 100-byte values several times a second). Other elide
// modes and right-to-left text go through elidedText.
QString elidedToFit(const QStyleOptionViewItem &option, const QTextLine &line, int width)
{
    if (option.textElideMode != Qt::ElideRight || option.direction != Qt::LeftToRight ||
        !isLeftToRightOnly(option.text))
        return option.fontMetrics.elidedText(option.text, option.textElideMode, width);
    const QChar ellipsisChar(0x2026);
    const QString ellipsis =
        option.fontMetrics.inFont(ellipsisChar) ? QString(ellipsisChar) : QStringLiteral("...");
    const int room = width - option.fontMetrics.horizontalAdvance(ellipsis);
    if (room <= 0)
        return option.fontMetrics.elidedText(option.text, option.textElideMode, width);
    // The character under x = room is the first that does not fit whole.
    const int cut = line.xToCursor(room, QTextLine::CursorOnCharacter);
    return option.text.left(cut) + ellipsis;
}

} // namespace

void SingleLineTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (!isPlainText(opt)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QWidget *widget = opt.widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);
    // The same text margin QCommonStyle gives an item view's text.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    drawText(painter, opt, opt.rect.adjusted(margin, 0, -margin, 0));
    if (opt.state & QStyle::State_HasFocus) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(opt);
        focus.rect = style->subElementRect(QStyle::SE_ItemViewItemFocusRect, &opt, widget);
        focus.state |= QStyle::State_KeyboardFocusChange | QStyle::State_Item;
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, widget);
    }
}

bool SingleLineTextDelegate::isPlainText(const QStyleOptionViewItem &option)
{
    constexpr auto kOther =
        QStyleOptionViewItem::HasDecoration | QStyleOptionViewItem::HasCheckIndicator;
    return !(option.features & kOther) && !option.text.contains(QLatin1Char('\n')) &&
           !option.text.contains(QChar::LineSeparator);
}

QString SingleLineTextDelegate::shownText(const QStyleOptionViewItem &option, int width)
{
    QTextLayout layout(option.text, option.font);
    const QTextLine line = layOutOneLine(layout, option);
    return line.naturalTextWidth() > width ? elidedToFit(option, line, width) : option.text;
}

void SingleLineTextDelegate::drawText(QPainter *painter, const QStyleOptionViewItem &option,
                                      const QRect &textRect) const
{
    if (option.text.isEmpty() || textRect.width() <= 0)
        return;
    const QPalette::ColorGroup group = !(option.state & QStyle::State_Enabled) ? QPalette::Disabled
                                       : (option.state & QStyle::State_Active) ? QPalette::Normal
                                                                               : QPalette::Inactive;
    const QPalette::ColorRole role =
        option.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text;
    painter->save();
    painter->setPen(option.palette.color(group, role));
    painter->setClipRect(textRect, Qt::IntersectClip);
    if (!drawUnshapedText(painter, option, textRect))
        drawLaidOutText(painter, option, textRect);
    painter->restore();
}

bool SingleLineTextDelegate::drawUnshapedText(QPainter *painter, const QStyleOptionViewItem &option,
                                              const QRect &textRect) const
{
    if (option.textElideMode != Qt::ElideRight || option.direction != Qt::LeftToRight)
        return false;
    const std::optional<PlainTextLine> line = PlainTextLine::layOut(
        option.text, option.font, rawFontFor(option.font, painter->device()), textRect.width());
    if (!line)
        return false;
    const QRect aligned =
        QStyle::alignedRect(option.direction, option.displayAlignment,
                            QSize(qCeil(line->width()), qCeil(line->height())), textRect);
    line->draw(painter, aligned.topLeft());
    return true;
}

void SingleLineTextDelegate::drawLaidOutText(QPainter *painter, const QStyleOptionViewItem &option,
                                             const QRect &textRect)
{
    QTextLayout layout(option.text, option.font, painter->device());
    QTextLine line = layOutOneLine(layout, option);
    if (line.naturalTextWidth() > textRect.width()) {
        layout.setText(elidedToFit(option, line, textRect.width()));
        line = layOutOneLine(layout, option);
    }
    const QRect aligned =
        QStyle::alignedRect(option.direction, option.displayAlignment,
                            QSize(qCeil(line.naturalTextWidth()), qCeil(line.height())), textRect);
    layout.draw(painter, aligned.topLeft());
}

QRawFont SingleLineTextDelegate::rawFontFor(const QFont &font, QPaintDevice *device) const
{
    const int dpi = device ? device->logicalDpiY() : 0;
    for (const RawFontEntry &entry : m_rawFonts)
        if (entry.rawFont.isValid() && entry.dpi == dpi && entry.font == font)
            return entry.rawFont;
    RawFontEntry &entry = m_rawFonts[m_nextRawFont];
    m_nextRawFont = (m_nextRawFont + 1) % kRawFontsKept;
    entry = {font, dpi, QRawFont::fromFont(device ? QFont(font, device) : font)};
    return entry.rawFont;
}

} // namespace Qafka
