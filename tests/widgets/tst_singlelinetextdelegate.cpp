// The table cells' text delegate cuts a text too wide for its cell where its laid-out line
// reaches the width, not by shaping it again: the result must fit, end in an ellipsis and keep
// as much as QFontMetrics::elidedText keeps; right-to-left text and other elide modes are left
// to elidedText. Text that needs no shaping is drawn from its glyphs without a text layout
// (PlainTextLine), and must look exactly as the layout draws it.

#include "plaintextline.h"
#include "singlelinetextdelegate.h"

#include <QApplication>
#include <QFontMetrics>
#include <QImage>
#include <QPainter>
#include <QRawFont>
#include <QStandardItemModel>
#include <QTest>
#include <QTextLayout>

using namespace Qafka;

namespace {

QStyleOptionViewItem optionFor(const QString &text)
{
    QStyleOptionViewItem option;
    option.text = text;
    option.font = QApplication::font();
    option.fontMetrics = QFontMetrics(option.font);
    option.textElideMode = Qt::ElideRight;
    option.direction = Qt::LeftToRight;
    return option;
}

QImage blankCell(const QSize &size)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    return image;
}

// The cell as the delegate paints it.
QImage paintedByDelegate(const QString &text, const QFont &font, Qt::Alignment alignment,
                         const QSize &size)
{
    QStandardItemModel model(1, 1);
    model.setData(model.index(0, 0), text);
    model.setData(model.index(0, 0), font, Qt::FontRole);
    model.setData(model.index(0, 0), int(alignment), Qt::TextAlignmentRole);
    QImage image = blankCell(size);
    QPainter painter(&image);
    QStyleOptionViewItem option;
    option.rect = QRect(QPoint(0, 0), size);
    option.state = QStyle::State_Enabled | QStyle::State_Active;
    option.palette = QApplication::palette();
    option.textElideMode = Qt::ElideRight;
    option.direction = Qt::LeftToRight;
    SingleLineTextDelegate().paint(&painter, option, model.index(0, 0));
    return image;
}

// The same cell drawn through a text layout of the text the delegate shows, the way the delegate
// draws text that needs shaping.
QImage paintedByTextLayout(const QString &text, const QFont &font, Qt::Alignment alignment,
                           const QSize &size)
{
    QImage image = blankCell(size);
    QPainter painter(&image);
    QStyleOptionViewItem option = optionFor(text);
    option.font = font;
    option.fontMetrics = QFontMetrics(font);
    const int margin = QApplication::style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 1;
    const QRect textRect = QRect(QPoint(0, 0), size).adjusted(margin, 0, -margin, 0);
    QTextLayout layout(SingleLineTextDelegate::shownText(option, textRect.width()), font, &image);
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::NoWrap);
    layout.setTextOption(textOption);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(1e6);
    layout.endLayout();
    const QRect aligned =
        QStyle::alignedRect(Qt::LeftToRight, alignment,
                            QSize(qCeil(line.naturalTextWidth()), qCeil(line.height())), textRect);
    painter.setPen(QApplication::palette().color(QPalette::Normal, QPalette::Text));
    painter.setClipRect(textRect);
    layout.draw(&painter, aligned.topLeft());
    return image;
}

} // namespace

class TestSingleLineTextDelegate : public QObject
{
    Q_OBJECT

private slots:
    void cutTextFitsAndKeepsWhatElidedTextKeeps_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("order") << QStringLiteral(
            "order-0000000042 customer=c-123 amount=17.50 status=PAID currency=EUR channel=web");
        QTest::newRow("json") << QStringLiteral(
            R"({"id":42,"name":"Jürgen Groß","tags":["ä","ö","ü"],"nested":{"deep":true}})");
        QTest::newRow("wide") << QStringLiteral("WWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWW");
        QTest::newRow("hangul") << QStringLiteral(
            "소비자 그룹의 지연이 임계값을 넘었습니다 다시 확인");
    }

    void cutTextFitsAndKeepsWhatElidedTextKeeps()
    {
        QFETCH(QString, text);
        const QStyleOptionViewItem option = optionFor(text);
        const int full = option.fontMetrics.horizontalAdvance(text);
        QVERIFY2(full > 150, "no font to measure with");
        for (int width = 20; width < full; width += 7) {
            const QString shown = SingleLineTextDelegate::shownText(option, width);
            const QString reference = option.fontMetrics.elidedText(text, Qt::ElideRight, width);
            QVERIFY2(option.fontMetrics.horizontalAdvance(shown) <= width,
                     qPrintable(QStringLiteral("%1 px: %2").arg(width).arg(shown)));
            if (reference.size() <= 1) // elidedText gave up: nothing or an ellipsis
                continue;
            const QString ellipsis =
                reference.right(1) == QChar(0x2026) ? QStringLiteral("…") : QStringLiteral("...");
            QVERIFY2(shown.endsWith(ellipsis), qPrintable(shown));
            const QString kept = shown.chopped(ellipsis.size());
            QVERIFY2(text.startsWith(kept), qPrintable(shown));
            // At most one character less than elidedText keeps (the ellipsis's kerning).
            QVERIFY2(kept.size() >= reference.size() - ellipsis.size() - 1,
                     qPrintable(
                         QStringLiteral("%1 px: %2 against %3").arg(width).arg(shown, reference)));
        }
        QCOMPARE(SingleLineTextDelegate::shownText(option, full + 1), text);
    }

    void otherModesAndRightToLeftTextGoThroughElidedText()
    {
        const QString hebrew = QStringLiteral("שלום עולם זה טקסט ארוך מאוד שצריך לקצר אותו");
        QStyleOptionViewItem option = optionFor(hebrew);
        QCOMPARE(SingleLineTextDelegate::shownText(option, 80),
                 option.fontMetrics.elidedText(hebrew, Qt::ElideRight, 80));
        option = optionFor(QStringLiteral("a long text that is cut in its middle, not at its end"));
        option.textElideMode = Qt::ElideMiddle;
        QCOMPARE(SingleLineTextDelegate::shownText(option, 90),
                 option.fontMetrics.elidedText(option.text, Qt::ElideMiddle, 90));
    }

    void unshapedTextLooksAsTheLayoutDrawsIt_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("alignment");
        QTest::addColumn<bool>("italic");
        // Whether the glyphs draw it at every width (else the layout may, for some or all).
        QTest::addColumn<bool>("fromGlyphs");
        const int left = Qt::AlignLeft | Qt::AlignVCenter;
        const int right = Qt::AlignRight | Qt::AlignVCenter;
        QTest::newRow("order")
            << QStringLiteral(
                   "order-0000000042 customer=c-123 amount=17.50 status=PAID currency=EUR")
            << left << false << true;
        QTest::newRow("latin-1")
            << QStringLiteral(
                   R"({"name":"Jürgen Groß","city":"Besançon","price":"£12½","tags":["ä","ø"]})")
            << left << false << true;
        QTest::newRow("kerning pairs")
            << QStringLiteral("AVATAR To Ta Yo WAVE LT P. F, Te") << left << false << true;
        QTest::newRow("offset, right")
            << QStringLiteral("18446744073709") << right << false << true;
        QTest::newRow("trailing spaces, right")
            << QStringLiteral("value   ") << right << false << true;
        QTest::newRow("timestamp")
            << QStringLiteral("2026-12-07 17:21:00.123") << left << false << true;
        // Last glyphs whose ink may reach past their advance: the layout counts that in.
        QTest::newRow("null key, italic") << QStringLiteral("(null)") << left << true << false;
        QTest::newRow("ends in f, italic") << QStringLiteral("0xff") << right << true << false;
        QTest::newRow("ends in f") << QStringLiteral("stuff") << left << false << false;
    }

    void unshapedTextLooksAsTheLayoutDrawsIt()
    {
        QFETCH(QString, text);
        QFETCH(int, alignment);
        QFETCH(bool, italic);
        QFETCH(bool, fromGlyphs);
        QFont font = QApplication::font();
        font.setStyleStrategy(QFont::PreferNoShaping); // as the messages table's
        font.setKerning(false);
        font.setItalic(italic);
        const int margin = QApplication::style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 1;
        const int full = QFontMetrics(font).horizontalAdvance(text);
        for (int width = 24; width < full + 30; ++width) {
            const QSize size(width, QFontMetrics(font).height() + 6);
            const QImage ours = paintedByDelegate(text, font, Qt::Alignment(alignment), size);
            const QImage reference =
                paintedByTextLayout(text, font, Qt::Alignment(alignment), size);
            if (fromGlyphs) {
                // As the delegate asks, so that the comparison is of the two ways.
                const QRawFont rawFont = QRawFont::fromFont(QFont(font, &ours));
                QVERIFY2(PlainTextLine::layOut(text, font, rawFont, width - 2 * margin),
                         qPrintable(QStringLiteral("%1 px: the glyphs do not draw it").arg(width)));
            }
            if (ours != reference) {
                ours.save(QStringLiteral("unshaped-ours.png"));
                reference.save(QStringLiteral("unshaped-reference.png"));
                QFAIL(qPrintable(QStringLiteral("%1 px wide: the two differ (saved as "
                                                "unshaped-ours.png, unshaped-reference.png)")
                                     .arg(width)));
            }
        }
    }

    void textThatNeedsShapingTakesTheLayout_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("hangul") << QStringLiteral("소비자 그룹");
        QTest::newRow("hebrew") << QStringLiteral("שלום עולם");
        QTest::newRow("combining") << QStringLiteral("e\u0301t\u00e9");
        QTest::newRow("tab") << QStringLiteral("key\tvalue");
        QTest::newRow("no-break space") << QStringLiteral("12\u00a0000");
        QTest::newRow("emoji") << QStringLiteral("ok \U0001F600");
    }

    void textThatNeedsShapingTakesTheLayout()
    {
        QFETCH(QString, text);
        QFont font = QApplication::font();
        font.setStyleStrategy(QFont::PreferNoShaping);
        font.setKerning(false);
        const auto drawn = [](const QString &text, const QFont &font) {
            return PlainTextLine::layOut(text, font, QRawFont::fromFont(font), 1e6).has_value();
        };
        QVERIFY(!drawn(text, font));
        QVERIFY(drawn(QStringLiteral("plain"), font));
        QFont spaced = font;
        spaced.setLetterSpacing(QFont::AbsoluteSpacing, 1);
        QVERIFY(!drawn(QStringLiteral("plain"), spaced));
        QFont kerned = font;
        kerned.setKerning(true);
        QVERIFY(!drawn(QStringLiteral("plain"), kerned));
        QFont shaped = font; // ligatures ("fi") in a layout
        shaped.setStyleStrategy(QFont::PreferDefault);
        QVERIFY(!drawn(QStringLiteral("plain"), shaped));
    }
};

QTEST_MAIN(TestSingleLineTextDelegate)
#include "tst_singlelinetextdelegate.moc"
