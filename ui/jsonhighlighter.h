#pragma once

#include <QPalette>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

#include <array>

namespace Qafka {

// Colours JSON in the message detail view: member names, strings, numbers, true/false/null and
// punctuation. Made for MessageDecoding::prettyJson's output, where no string spans lines, so it
// lexes each line on its own, in one pass; anything else (a cut-off value, plain text) is
// coloured as far as it looks like JSON and never throws the highlighter off.
class JsonHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    enum class Token { Key, String, Number, Literal, Punctuation };

    // Colours for palette: a light set, or a dark set when its Base colour is dark. The default is
    // the application palette.
    explicit JsonHighlighter(QTextDocument *document, const QPalette &palette = QPalette());

    // Picks the colours again, e.g. on QEvent::PaletteChange, and rehighlights.
    void setPalette(const QPalette &palette);
    QTextCharFormat tokenFormat(Token token) const { return m_formats.at(size_t(token)); }

protected:
    void highlightBlock(const QString &text) override;

private:
    std::array<QTextCharFormat, 5> m_formats;
};

} // namespace Qafka
