#pragma once

#include <QFont>
#include <QRawFont>
#include <QStyledItemDelegate>

#include <array>

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
    QRawFont rawFontFor(const QFont &font, QPaintDevice *device) const;

    // The last fonts painted with, as their glyphs are looked up: a messages table alternates
    // between its own font and the italic one of "(null)" keys from row to row.
    struct RawFontEntry
    {
        QFont font;
        int dpi = 0;
        QRawFont rawFont;
    };
    static constexpr int kRawFontsKept = 3;
    mutable std::array<RawFontEntry, kRawFontsKept> m_rawFonts;
    mutable int m_nextRawFont = 0;
};

} // namespace Qafka
