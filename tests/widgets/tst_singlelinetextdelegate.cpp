// The table cells' text delegate cuts a text too wide for its cell where its laid-out line
// reaches the width, not by shaping it again: the result must fit, end in an ellipsis and keep
// as much as QFontMetrics::elidedText keeps; right-to-left text and other elide modes are left
// to elidedText.

#include "singlelinetextdelegate.h"

#include <QApplication>
#include <QFontMetrics>
#include <QTest>

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
};

QTEST_MAIN(TestSingleLineTextDelegate)
#include "tst_singlelinetextdelegate.moc"
