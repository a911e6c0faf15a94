#include "columnfiller.h"

#include "viewlayoutstore.h"

#include <QEvent>
#include <QHeaderView>
#include <QTableView>

#include <algorithm>

namespace Qafka {

ColumnFiller::ColumnFiller(QTableView *view, int column, int minimumWidth, Share share)
    : QObject(view)
    , m_view(view)
    , m_column(column)
    , m_minimumWidth(minimumWidth)
    , m_share(share)
{
    view->viewport()->installEventFilter(this);
    QHeaderView *header = view->horizontalHeader();
    header->viewport()->installEventFilter(this);
    // Only a resize while the user holds the mouse on the header is theirs: the stretched last
    // section and model resets resize sections too.
    connect(header, &QHeaderView::sectionResized, this, [this] {
        if (m_mouseOnHeader)
            m_sizedElsewhere = true;
    });
    connect(header, &QHeaderView::sectionHandleDoubleClicked, this,
            [this] { m_sizedElsewhere = true; });
}

bool ColumnFiller::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->horizontalHeader()->viewport()) {
        if (event->type() == QEvent::MouseButtonPress)
            m_mouseOnHeader = true;
        else if (event->type() == QEvent::MouseButtonRelease)
            m_mouseOnHeader = false;
        return QObject::eventFilter(watched, event);
    }
    if (event->type() == QEvent::Resize && !m_sizedElsewhere) {
        if (m_view->horizontalHeader()->property(ViewLayoutStore::kRestoredProperty).toBool())
            m_sizedElsewhere = true;
        else
            fill();
    }
    return QObject::eventFilter(watched, event);
}

void ColumnFiller::fill()
{
    const QHeaderView *header = m_view->horizontalHeader();
    const int end =
        m_share == Share::AfterColumnsBefore ? header->visualIndex(m_column) : header->count();
    int taken = 0;
    for (int visual = 0; visual < end; ++visual) {
        const int logical = header->logicalIndex(visual);
        if (logical != m_column)
            taken += header->sectionSize(logical); // 0 when hidden
    }
    const int width = std::max(m_minimumWidth, m_view->viewport()->width() - taken);
    m_view->setColumnWidth(m_column, width);
}

} // namespace Qafka
