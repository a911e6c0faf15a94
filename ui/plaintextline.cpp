#include "plaintextline.h"

#include <QPainter>
#include <QRawFont>
#include <QVarLengthArray>

#include <algorithm>

namespace Qafka {

namespace {

// Printable Latin-1, less the no-break space and the soft hyphen: a text layout draws those in
// ways of its own.
bool needsNoShaping(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x20 && u < 0x7f) || (u > 0xa0 && u <= 0xff && u != 0xad);
}

// Fonts that skip HarfBuzz where no shaping is needed (a text layout would otherwise draw "fi" as a
// ligature) and do not kern: QRawFont's kerned advances are not the ones a text layout gives
// (0.2 px apart between "r" and "d" in DejaVu Sans), and unkerned ones are.
bool drawsGlyphsAsTheyAre(const QFont &font)
{
    return (font.styleStrategy() & QFont::PreferNoShaping) && !font.kerning() &&
           font.letterSpacing() == 0 && font.wordSpacing() == 0 &&
           font.capitalization() == QFont::MixedCase && !font.underline() && !font.overline() &&
           !font.strikeOut();
}

struct Glyphs
{
    QVarLengthArray<quint32, 256> indexes;
    QVarLengthArray<QPointF, 256> advances;
};

// The glyphs and advances of text in rawFont; false when its face lacks one of them.
bool lookUpGlyphs(QStringView text, const QRawFont &rawFont, Glyphs &glyphs)
{
    const int count = int(text.size());
    glyphs.indexes.resize(count);
    glyphs.advances.resize(count);
    int found = count;
    if (!rawFont.glyphIndexesForChars(text.data(), count, glyphs.indexes.data(), &found) ||
        found != count ||
        std::find(glyphs.indexes.cbegin(), glyphs.indexes.cend(), 0U) != glyphs.indexes.cend())
        return false;
    return rawFont.advancesForGlyphIndexes(glyphs.indexes.data(), glyphs.advances.data(), count,
                                           QRawFont::SeparateAdvances);
}

// How many characters come before the one under x, as QTextLine::xToCursor(x, CursorOnCharacter)
// counts them: a character that ends exactly at x is under it too.
qsizetype charactersBefore(const Glyphs &glyphs, qreal x)
{
    qreal end = 0;
    for (qsizetype i = 0; i < glyphs.advances.size(); ++i) {
        end += glyphs.advances[i].x();
        if (end >= x)
            return i;
    }
    return glyphs.advances.size();
}

// The width of the line, trailing spaces included (as a text layout's line that never wraps).
qreal naturalWidth(const Glyphs &glyphs)
{
    qreal width = 0;
    for (const QPointF &advance : glyphs.advances)
        width += advance.x();
    return width;
}

// Whether the last glyph's ink reaches past its advance (an italic ")", an "f"): a text layout
// adds that to the line's width unless the text ends in a space, and the sum of advances does not.
bool endsInOverhang(QStringView text, const Glyphs &glyphs, const QRawFont &rawFont)
{
    if (text.isEmpty() || text.back() == QLatin1Char(' '))
        return false;
    return rawFont.boundingRect(glyphs.indexes.back()).right() > glyphs.advances.back().x();
}

} // namespace

std::optional<PlainTextLine> PlainTextLine::layOut(const QString &text, const QFont &font,
                                                   const QRawFont &rawFont, qreal maxWidth)
{
    if (!rawFont.isValid() || !drawsGlyphsAsTheyAre(font) ||
        !std::all_of(text.cbegin(), text.cend(), needsNoShaping))
        return std::nullopt;
    Glyphs glyphs;
    if (!lookUpGlyphs(text, rawFont, glyphs) || endsInOverhang(text, glyphs, rawFont))
        return std::nullopt;
    QString shown = text;
    qreal width = naturalWidth(glyphs);
    if (width > maxWidth) {
        // Cut as SingleLineTextDelegate cuts: where the room left of the ellipsis ends. A face
        // without "…" is left to the layout, which may take one from another font.
        const QString ellipsis(QChar(0x2026));
        Glyphs ellipsisGlyphs;
        if (!rawFont.supportsCharacter(ellipsis.front()) ||
            !lookUpGlyphs(ellipsis, rawFont, ellipsisGlyphs))
            return std::nullopt;
        const qreal room = maxWidth - qRound(naturalWidth(ellipsisGlyphs));
        if (room <= 0)
            return std::nullopt;
        shown = text.left(charactersBefore(glyphs, room)) + ellipsis;
        if (!lookUpGlyphs(shown, rawFont, glyphs) || endsInOverhang(shown, glyphs, rawFont))
            return std::nullopt;
        width = naturalWidth(glyphs);
    }
    QList<QPointF> positions(glyphs.advances.size());
    qreal x = 0;
    for (qsizetype i = 0; i < positions.size(); ++i) {
        positions[i] = QPointF(x, 0);
        x += glyphs.advances[i].x();
    }
    QGlyphRun run;
    run.setRawFont(rawFont);
    run.setGlyphIndexes(QList<quint32>(glyphs.indexes.cbegin(), glyphs.indexes.cend()));
    run.setPositions(positions);
    return PlainTextLine(run, width);
}

qreal PlainTextLine::height() const
{
    return m_run.rawFont().ascent() + m_run.rawFont().descent();
}

void PlainTextLine::draw(QPainter *painter, const QPointF &topLeft) const
{
    painter->drawGlyphRun(topLeft + QPointF(0, m_run.rawFont().ascent()), m_run);
}

} // namespace Qafka
