#include "jsonhighlighter.h"

namespace Qafka {

namespace {

bool isNumberCharacter(QChar c)
{
    return (c >= u'0' && c <= u'9') || c == u'.' || c == u'e' || c == u'E' || c == u'+' ||
           c == u'-';
}

} // namespace

JsonHighlighter::JsonHighlighter(QTextDocument *document, const QPalette &palette)
    : QSyntaxHighlighter(document)
{
    setPalette(palette);
}

void JsonHighlighter::setPalette(const QPalette &palette)
{
    // Mid-saturation colours with a contrast ratio of at least 4.2 against light (#f0f0f0 and
    // lighter) or dark (#2d2d2d and darker) backgrounds.
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    static constexpr std::array<QRgb, 5> light = {0x1a5fb4, 0x2e7d32, 0xb35900, 0x8e3ba8, 0x6a6a6a};
    static constexpr std::array<QRgb, 5> darkColours = {0x7fb4ff, 0x8fd18f, 0xf0a868, 0xd6a0f0,
                                                        0xa0a0a0};
    for (size_t i = 0; i < m_formats.size(); ++i) {
        m_formats[i] = QTextCharFormat();
        m_formats[i].setForeground(QColor::fromRgb(dark ? darkColours[i] : light[i]));
    }
    m_formats[size_t(Token::Literal)].setFontWeight(QFont::DemiBold);
    rehighlight();
}

void JsonHighlighter::highlightBlock(const QString &text)
{
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        const QChar c = text.at(i);
        const qsizetype start = i;
        if (c == u'"') {
            ++i;
            while (i < size) {
                if (text.at(i) == u'\\') {
                    i += 2;
                } else if (text.at(i++) == u'"') {
                    break;
                }
            }
            i = qMin(i, size);
            qsizetype next = i;
            while (next < size && (text.at(next) == u' ' || text.at(next) == u'\t'))
                ++next;
            const bool key = next < size && text.at(next) == u':';
            setFormat(int(start), int(i - start), tokenFormat(key ? Token::Key : Token::String));
        } else if (c == u'-' || (c >= u'0' && c <= u'9')) {
            while (i < size && isNumberCharacter(text.at(i)))
                ++i;
            setFormat(int(start), int(i - start), tokenFormat(Token::Number));
        } else if (c >= u'a' && c <= u'z') {
            while (i < size && text.at(i) >= u'a' && text.at(i) <= u'z')
                ++i;
            const QStringView word = QStringView(text).sliced(start, i - start);
            if (word == u"true" || word == u"false" || word == u"null")
                setFormat(int(start), int(i - start), tokenFormat(Token::Literal));
        } else {
            switch (c.unicode()) {
            case u'{':
            case u'}':
            case u'[':
            case u']':
            case u',':
            case u':':
                setFormat(int(start), 1, tokenFormat(Token::Punctuation));
                break;
            default:
                break;
            }
            ++i;
        }
    }
}

} // namespace Qafka
