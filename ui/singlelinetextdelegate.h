#pragma once

#include <QFont>
#include <QRawFont>
#include <QStyledItemDelegate>

namespace Qafka {

// Paints a table's plain single-line text cells with one text layout each. QStyledItemDelegate
// shapes a cell's text three times per paint (to size it, to elide it, to draw it); in a table
// that follows a live topic every visible row is new at every repaint, so that was most of the
// GUI thread's time there. Text that needs no shaping skips the layout too (PlainTextLine). Cells
// with an icon, a check box or several lines are left to the base.
class SingleLineTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

    // The cell's text (option.text, option.font) as it is drawn in width pixels: whole, or cut
    // with an ellipsis.
    static QString shownText(const QStyleOptionViewItem &option, int width);

private:
    static bool isPlainText(const QStyleOptionViewItem &option);
    void drawText(QPainter *painter, const QStyleOptionViewItem &option,
                  const QRect &textRect) const;
    bool drawUnshapedText(QPainter *painter, const QStyleOptionViewItem &option,
                          const QRect &textRect) const;
    static void drawLaidOutText(QPainter *painter, const QStyleOptionViewItem &option,
                                const QRect &textRect);
    const QRawFont &rawFontFor(const QFont &font, QPaintDevice *device) const;

    // The last font painted with, as its glyphs are looked up (one font per table, mostly).
    mutable QFont m_rawFontSource;
    mutable int m_rawFontDpi = 0;
    mutable QRawFont m_rawFont;
};

} // namespace Qafka
