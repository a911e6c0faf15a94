// SteadyScrollBar: a growing range whose handle stays on the same pixels costs no repaint; a
// repaint that Qt asks for without a change (an item view raising its scroll bars) copies the
// last drawing instead of drawing again; a change the reader can see draws again; and on screen
// it always looks exactly like a plain QScrollBar in the same state beside it. Every table made
// by makeTableView has two.

#include "steadyscrollbar.h"
#include "tableviews.h"

#include <QHBoxLayout>
#include <QImage>
#include <QPixmap>
#include <QProxyStyle>
#include <QScreen>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace Qafka;

namespace {

// Counts the style's drawings of scroll bars and the scroll bar's paint events.
class CountingStyle : public QProxyStyle
{
public:
    mutable int drawings = 0;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option,
                            QPainter *painter, const QWidget *widget) const override
    {
        if (control == CC_ScrollBar)
            ++drawings;
        QProxyStyle::drawComplexControl(control, option, painter, widget);
    }
};

class PaintCounter : public QObject
{
public:
    int paints = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return false;
    }
};

} // namespace

class TestSteadyScrollBar : public QObject
{
    Q_OBJECT

    std::unique_ptr<QWidget> m_window;
    SteadyScrollBar *m_steady = nullptr;
    QScrollBar *m_plain = nullptr;
    std::unique_ptr<CountingStyle> m_style; // outlives the window that uses it
    PaintCounter m_counter;

    // Lets every pending paint happen, then says how many there were since the last call.
    int paintsSettled()
    {
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        const int paints = m_counter.paints;
        m_counter.paints = 0;
        return paints;
    }

    void setBoth(int maximum, int value)
    {
        for (QScrollBar *bar : {static_cast<QScrollBar *>(m_steady), m_plain}) {
            bar->setRange(0, maximum);
            bar->setValue(value);
        }
    }

    // On screen, the steady bar shows the same pixels as the plain one drawn now beside it.
    bool looksPlain()
    {
        m_plain->repaint();
        const QImage window = m_window->screen()->grabWindow(m_window->winId()).toImage();
        const QImage steady = window.copy(m_steady->geometry());
        const QImage plain = window.copy(m_plain->geometry());
        return !steady.isNull() && steady == plain;
    }

private slots:
    void init()
    {
        // A table's scroll bar after 300,000 rows, following the newest, with a plain one beside.
        m_style = std::make_unique<CountingStyle>();
        m_window = std::make_unique<QWidget>();
        auto *layout = new QHBoxLayout(m_window.get());
        m_steady = new SteadyScrollBar(Qt::Vertical);
        m_plain = new QScrollBar(Qt::Vertical);
        for (QScrollBar *bar : {static_cast<QScrollBar *>(m_steady), m_plain}) {
            bar->setStyle(m_style.get());
            bar->setFixedSize(16, 820);
            bar->setPageStep(30);
            layout->addWidget(bar);
        }
        setBoth(300000, 300000);
        m_steady->installEventFilter(&m_counter);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_VERIFY(m_counter.paints > 0);
        paintsSettled();
        QVERIFY(looksPlain());
    }

    void growingAtTheEndCostsNoPaint()
    {
        for (int step = 1; step <= 20; ++step) {
            m_steady->setSingleStep(step % 3 + 1); // a view resets its steps as it lays out
            setBoth(300000 + step * 500, 300000 + step * 500);
        }
        QCOMPARE(paintsSettled(), 0);
        QVERIFY(looksPlain());
    }

    void aRepaintWithoutChangeCopiesTheLastDrawing()
    {
        m_style->drawings = 0;
        m_steady->raise(); // what QAbstractScrollArea does whenever its view lays out its rows
        m_steady->update();
        QVERIFY(paintsSettled() >= 1);
        QCOMPARE(m_style->drawings, 0);
        QVERIFY(looksPlain());
    }

    void aMovedHandleDraws()
    {
        setBoth(300000, 150000); // the reader scrolls up: the handle moves
        QCOMPARE(paintsSettled(), 1);
        QVERIFY(looksPlain());
    }

    void aLongerHandleDraws()
    {
        // Few rows: the handle's length follows the range.
        setBoth(10, 0);
        QVERIFY(paintsSettled() >= 1);
        setBoth(40, 0);
        QCOMPARE(paintsSettled(), 1);
        QVERIFY(looksPlain());
    }

    void leavingTheEndDraws()
    {
        // One row up from the end moves the handle by less than a pixel, but it leaves the end.
        setBoth(300000, 299999);
        QCOMPARE(paintsSettled(), 1);
        QVERIFY(looksPlain());
    }

    void aDisabledBarDraws()
    {
        m_steady->setEnabled(false);
        m_plain->setEnabled(false);
        QVERIFY(paintsSettled() >= 1);
        QVERIFY(looksPlain());
    }

    void tablesHaveTwo()
    {
        std::unique_ptr<QTableView> view(
            makeTableView(QStringLiteral("table"), QStringLiteral("Table"), nullptr));
        QVERIFY(qobject_cast<SteadyScrollBar *>(view->verticalScrollBar()));
        QVERIFY(qobject_cast<SteadyScrollBar *>(view->horizontalScrollBar()));
    }

    void cleanup()
    {
        m_window.reset();
        m_style.reset();
    }
};

QTEST_MAIN(TestSteadyScrollBar)
#include "tst_steadyscrollbar.moc"
