// SparklineDelegate: a line where there are values, nothing where they are NaN, the warning colour
// for a rising line, and the selection background kept. Screenshots go to $QAFKA_SCREENSHOT_DIR.

#include "sparklinedelegate.h"

#include <QDir>
#include <QHeaderView>
#include <QImage>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

#include <cmath>
#include <limits>

using namespace Qafka;

namespace {

constexpr int kValuesRole = Qt::UserRole + 7;
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

bool near(QColor a, QColor b, int tolerance)
{
    return std::abs(a.red() - b.red()) <= tolerance &&
           std::abs(a.green() - b.green()) <= tolerance &&
           std::abs(a.blue() - b.blue()) <= tolerance;
}

} // namespace

class TestSparklineDelegate : public QObject
{
    Q_OBJECT

    QStandardItemModel m_model;
    QTableView m_table;
    SparklineDelegate *m_delegate = nullptr;

    // The cell as painted on screen.
    QImage cell(int row)
    {
        const QImage image = m_table.viewport()->grab().toImage();
        return image.copy(m_table.visualRect(m_model.index(row, 1)));
    }

    // Columns (relative to the cell) holding at least one pixel unlike the cell's corner.
    static QList<bool> inkedColumns(const QImage &image)
    {
        const QColor background = image.pixelColor(1, 1);
        QList<bool> columns(image.width(), false);
        for (int x = 0; x < image.width(); ++x) {
            for (int y = 0; y < image.height(); ++y) {
                if (!near(image.pixelColor(x, y), background, 24))
                    columns[x] = true;
            }
        }
        return columns;
    }

    static int countColour(const QImage &image, QColor colour)
    {
        int count = 0;
        for (int x = 0; x < image.width(); ++x) {
            for (int y = 0; y < image.height(); ++y)
                count += near(image.pixelColor(x, y), colour, 40) ? 1 : 0;
        }
        return count;
    }

private slots:
    void initTestCase()
    {
        m_model.setColumnCount(2);
        const QList<QPair<QString, QList<double>>> rows = {
            {QStringLiteral("gap"), {3, 4, 5, kNaN, kNaN, kNaN, 5, 4, 3}},
            {QStringLiteral("rising"), {0, 1, 2, 4, 8, 16}},
            {QStringLiteral("falling"), {16, 8, 4, 2, 1, 0}},
            {QStringLiteral("lone"), {kNaN, 2, kNaN}},
        };
        for (const auto &[name, values] : rows) {
            auto *value = new QStandardItem;
            value->setData(QVariant::fromValue(values), kValuesRole);
            m_model.appendRow({new QStandardItem(name), value});
        }
        m_delegate = new SparklineDelegate(kValuesRole, &m_table);
        m_table.setObjectName(QStringLiteral("sparklineTable"));
        m_table.setModel(&m_model);
        m_table.setItemDelegateForColumn(1, m_delegate);
        m_table.setSelectionBehavior(QAbstractItemView::SelectRows);
        m_table.horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        m_table.setColumnWidth(1, 180);
        m_table.verticalHeader()->setDefaultSectionSize(30);
        m_table.resize(360, 220);
        m_table.show();
        QVERIFY(QTest::qWaitForWindowExposed(&m_table));
    }

    void sizeHint()
    {
        const QSize hint = m_delegate->sizeHint(QStyleOptionViewItem(), m_model.index(0, 1));
        QCOMPARE(hint, QSize(80, 20));
    }

    void gapLeavesColumnsEmpty()
    {
        const QImage image = cell(0);
        const QList<bool> inked = inkedColumns(image);
        const int w = image.width();
        // Samples 0..2 span the first quarter, 6..8 the last; 3..5 are NaN.
        const auto anyInked = [&](double from, double to) {
            for (int x = int(w * from); x < int(w * to); ++x) {
                if (inked.at(x))
                    return true;
            }
            return false;
        };
        QVERIFY(anyInked(0.05, 0.2));
        QVERIFY(anyInked(0.8, 0.95));
        QVERIFY(!anyInked(0.32, 0.68));
    }

    void risingLineWarns()
    {
        const QColor highlight = m_table.palette().color(QPalette::Highlight);
        QVERIFY(countColour(cell(1), SparklineDelegate::kWarningColour) > 20);
        QCOMPARE(countColour(cell(1), highlight), 0);
        QVERIFY(countColour(cell(2), highlight) > 20);
        QCOMPARE(countColour(cell(2), SparklineDelegate::kWarningColour), 0);
        // A lone sample still shows, as a dot.
        QVERIFY(countColour(cell(3), highlight) > 0);
    }

    void selectionKeepsBackground()
    {
        m_table.selectRow(2);
        const QImage image = cell(2);
        const QColor selected = m_table.palette().color(QPalette::Highlight);
        QVERIFY(near(image.pixelColor(1, 1), selected, 8));
        QVERIFY(countColour(image, m_table.palette().color(QPalette::HighlightedText)) > 20);

        const QString dir = qEnvironmentVariable("QAFKA_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QDir().mkpath(dir);
            QVERIFY(m_table.grab().save(dir + QStringLiteral("/sparklinedelegate.png")));
        }
        m_table.clearSelection();
    }
};

QTEST_MAIN(TestSparklineDelegate)
#include "tst_sparklinedelegate.moc"
