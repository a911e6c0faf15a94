#pragma once

#include <QObject>

class QTableView;

namespace Qafka {

// Gives one column of a table the width its viewport has left (and at least a minimum) whenever
// the view is resized: after the visible columns before it (a message's value, with less
// important columns after it), or after all the others (a group's name in a table that fits). Stops
// for good once the user resizes a column or a saved layout is restored: their widths win.
class ColumnFiller : public QObject
{
    Q_OBJECT
public:
    enum class Share { AfterColumnsBefore, AfterAllOthers };

    ColumnFiller(QTableView *view, int column, int minimumWidth,
                 Share share = Share::AfterColumnsBefore);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fill();

    QTableView *m_view;
    QObject *m_viewport; // compared, never dereferenced in eventFilter: see there
    QObject *m_headerViewport;
    int m_column;
    int m_minimumWidth;
    Share m_share;
    bool m_mouseOnHeader = false;
    bool m_sizedElsewhere = false;
};

} // namespace Qafka
