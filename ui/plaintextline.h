#pragma once

#include <QGlyphRun>

#include <optional>

class QPainter;
class QRawFont;

namespace Qafka {

// One line of text drawn straight from its font's glyphs, for text that needs no shaping:
// printable Latin-1 that the font's own face holds. Laying that out is one glyph and one advance
// per character; QTextLayout also splits the text into script items, finds every character's
// break opportunities and builds its engine, and a table that follows a live topic lays out
// every visible cell anew at each repaint.
class PlainTextLine
{
public:
    // The text in font on one line, cut with an ellipsis at its end where it is wider than
    // maxWidth, as SingleLineTextDelegate cuts it; nothing when a text layout would draw it
    // otherwise: other characters, a last glyph whose ink overhangs, a face without "…", a font
    // that shapes, kerns or has spacing, capitals or lines of its own (and empty text).
    static std::optional<PlainTextLine> layOut(const QString &text, const QFont &font,
                                               const QRawFont &rawFont, qreal maxWidth);

    // The sum of the glyphs' advances, trailing spaces included: QTextLine::naturalTextWidth()
    // for the lines this draws.
    qreal width() const { return m_width; }
    qreal height() const;
    void draw(QPainter *painter, const QPointF &topLeft) const;

private:
    explicit PlainTextLine(const QGlyphRun &run, qreal width)
        : m_run(run)
        , m_width(width)
    {}

    QGlyphRun m_run;
    qreal m_width;
};

} // namespace Qafka
