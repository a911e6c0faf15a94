// LayoutBarrier: a label whose text changes inside it no longer asks the window's layout to run
// again (a plain label in the same layout does, every time), it fills the box, and the box is as
// high as the label wants to be.

#include "layoutbarrier.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QTest>
#include <QVBoxLayout>

using namespace Qafka;

namespace {

class LayoutRequestCounter : public QObject
{
public:
    int count = 0;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::LayoutRequest)
            ++count;
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

class TestLayoutBarrier : public QObject
{
    Q_OBJECT

    // Sets LABEL's text ten times, letting the event loop run after each; returns how many
    // layout requests WINDOW received meanwhile.
    static int layoutRequestsWhileTextChanges(QWidget &window, QLabel *label)
    {
        LayoutRequestCounter counter;
        window.installEventFilter(&counter);
        for (int i = 0; i < 10; ++i) {
            label->setText(QStringLiteral("%1 messages loaded · %2 msg/s")
                               .arg(i * 123457)
                               .arg(QString(i + 1, QLatin1Char('9'))));
            QCoreApplication::processEvents();
        }
        window.removeEventFilter(&counter);
        return counter.count;
    }

    // A window with a table-like body and a status row: LABEL, behind a barrier or not.
    static QLabel *statusRow(QWidget &window, bool barrier)
    {
        auto *label = new QLabel(QStringLiteral("Choose a topic and press Load."));
        label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        auto *layout = new QVBoxLayout(&window);
        layout->addWidget(new QWidget, 1);
        auto *row = new QHBoxLayout;
        if (barrier)
            row->addWidget(new LayoutBarrier(label, &window), 1);
        else
            row->addWidget(label, 1);
        row->addWidget(new QLabel(QStringLiteral("Keep at most:")));
        layout->addLayout(row);
        window.resize(600, 300);
        window.show();
        return QTest::qWaitForWindowExposed(&window) ? label : nullptr;
    }

private slots:
    void aPlainLabelLaysTheWindowOutAgain()
    {
        QWidget window;
        QLabel *label = statusRow(window, false);
        QVERIFY(label);
        QVERIFY(layoutRequestsWhileTextChanges(window, label) >= 5);
    }

    void behindABarrierItDoesNot()
    {
        QWidget window;
        QLabel *label = statusRow(window, true);
        QVERIFY(label);
        QCOMPARE(layoutRequestsWhileTextChanges(window, label), 0);
        auto *box = qobject_cast<LayoutBarrier *>(label->parentWidget());
        QVERIFY(box);
        QCOMPARE(label->geometry(), box->rect());
        QCOMPARE(box->height(), label->sizeHint().height());
        QVERIFY(box->width() > 400); // the row's stretch
    }
};

QTEST_MAIN(TestLayoutBarrier)
#include "tst_layoutbarrier.moc"
