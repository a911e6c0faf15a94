#include "jsonhighlighter.h"

#include <QSet>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <cmath>

using namespace Qafka;

namespace {

QPalette paletteWithBase(QColor base)
{
    QPalette palette;
    palette.setColor(QPalette::Base, base);
    return palette;
}

// The document's coloured tokens, one "kind:text" entry each, line by line.
QStringList tokens(const QTextDocument &document, const JsonHighlighter &highlighter)
{
    static const QList<QPair<JsonHighlighter::Token, QString>> names = {
        {JsonHighlighter::Token::Key, QStringLiteral("key")},
        {JsonHighlighter::Token::String, QStringLiteral("string")},
        {JsonHighlighter::Token::Number, QStringLiteral("number")},
        {JsonHighlighter::Token::Literal, QStringLiteral("literal")},
        {JsonHighlighter::Token::Punctuation, QStringLiteral("punct")},
    };
    QStringList result;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QList<QTextLayout::FormatRange> ranges = block.layout()->formats();
        for (const QTextLayout::FormatRange &range : ranges) {
            QString kind = QStringLiteral("?");
            for (const auto &[token, name] : names) {
                if (highlighter.tokenFormat(token).foreground() == range.format.foreground())
                    kind = name;
            }
            result.append(kind + u':' + block.text().mid(range.start, range.length));
        }
    }
    return result;
}

double luminance(QColor colour)
{
    const auto channel = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) +
           0.0722 * channel(colour.blueF());
}

double contrast(QColor a, QColor b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

} // namespace

class TestJsonHighlighter : public QObject
{
    Q_OBJECT
private slots:
    void highlights_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");

        QTest::addRow("member") << QStringLiteral("    \"id\": 42,")
                                << QStringList{
                                       QStringLiteral("key:\"id\""), QStringLiteral("punct::"),
                                       QStringLiteral("number:42"), QStringLiteral("punct:,")};
        QTest::addRow("string value with escapes")
            << QStringLiteral("\"k\": \"a \\\" b: c\"")
            << QStringList{QStringLiteral("key:\"k\""), QStringLiteral("punct::"),
                           QStringLiteral("string:\"a \\\" b: c\"")};
        QTest::addRow("literals") << QStringLiteral("[true, false, null, nope]")
                                  << QStringList{
                                         QStringLiteral("punct:["), QStringLiteral("literal:true"),
                                         QStringLiteral("punct:,"), QStringLiteral("literal:false"),
                                         QStringLiteral("punct:,"), QStringLiteral("literal:null"),
                                         QStringLiteral("punct:,"), QStringLiteral("punct:]")};
        QTest::addRow("numbers") << QStringLiteral("-1.5e+3, 12345678901234567890")
                                 << QStringList{QStringLiteral("number:-1.5e+3"),
                                                QStringLiteral("punct:,"),
                                                QStringLiteral("number:12345678901234567890")};
        QTest::addRow("several lines")
            << QStringLiteral("{\n    \"a\": {},\n    \"b\": \"x\"\n}")
            << QStringList{QStringLiteral("punct:{"), QStringLiteral("key:\"a\""),
                           QStringLiteral("punct::"),
                           // QSyntaxHighlighter merges neighbours of one format.
                           QStringLiteral("punct:{},"), QStringLiteral("key:\"b\""),
                           QStringLiteral("punct::"), QStringLiteral("string:\"x\""),
                           QStringLiteral("punct:}")};
        QTest::addRow("cut-off string")
            << QStringLiteral("\"abc") << QStringList{QStringLiteral("string:\"abc")};
        QTest::addRow("cut-off escape")
            << QStringLiteral("\"abc\\") << QStringList{QStringLiteral("string:\"abc\\")};
        QTest::addRow("plain text") << QStringLiteral("hello world") << QStringList{};
        QTest::addRow("empty") << QString() << QStringList{};
    }

    void highlights()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QTextDocument document;
        JsonHighlighter highlighter(&document, paletteWithBase(Qt::white));
        document.setPlainText(text);
        highlighter.rehighlight(); // rather than waiting for the first, queued, highlighting
        QCOMPARE(tokens(document, highlighter), expected);
    }

    void readableColours_data()
    {
        QTest::addColumn<QColor>("base");
        QTest::addRow("white") << QColor(Qt::white);
        QTest::addRow("light grey") << QColor(0xf0, 0xf0, 0xf0);
        QTest::addRow("dark grey") << QColor(0x2d, 0x2d, 0x2d);
        QTest::addRow("black") << QColor(Qt::black);
    }

    void readableColours()
    {
        QFETCH(QColor, base);
        QTextDocument document;
        JsonHighlighter highlighter(&document, paletteWithBase(base));
        QSet<QRgb> colours;
        for (const auto token : {JsonHighlighter::Token::Key, JsonHighlighter::Token::String,
                                 JsonHighlighter::Token::Number, JsonHighlighter::Token::Literal,
                                 JsonHighlighter::Token::Punctuation}) {
            const QColor colour = highlighter.tokenFormat(token).foreground().color();
            colours.insert(colour.rgb());
            QVERIFY2(contrast(colour, base) >= 4.0, qPrintable(colour.name()));
        }
        QCOMPARE(colours.size(), 5);
    }

    void paletteChangeRecolours()
    {
        QTextDocument document;
        JsonHighlighter highlighter(&document, paletteWithBase(Qt::white));
        document.setPlainText(QStringLiteral("{\"a\": 1}"));
        highlighter.rehighlight();
        const QColor light = document.begin().layout()->formats().at(1).format.foreground().color();
        highlighter.setPalette(paletteWithBase(Qt::black));
        const QColor dark = document.begin().layout()->formats().at(1).format.foreground().color();
        QVERIFY(light != dark);
        QCOMPARE(dark, highlighter.tokenFormat(JsonHighlighter::Token::Key).foreground().color());
    }
};

QTEST_MAIN(TestJsonHighlighter)
#include "tst_jsonhighlighter.moc"
