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
    , m_viewport(view->viewport())
    , m_headerViewport(view->horizontalHeader()->viewport())
    , m_column(column)
    , m_minimumWidth(minimumWidth)
    , m_share(share)
{
    m_viewport->installEventFilter(this);
    m_headerViewport->installEventFilter(this);
    QHeaderView *header = view->horizontalHeader();
    // Only a resize while the user holds the mouse on the header is theirs: the stretched last
    // section and model resets resize sections too.
    connect(header, &QHeaderView::sectionResized, this, [this] {
        if (m_mouseOnHeader)
            m_sizedElsewhere = true;
    });
    connect(header, &QHeaderView::sectionHandleDoubleClicked, this,
            [this] { m_sizedElsewhere = true; });
}

// Compares pointers only before it knows the event is one it wants: while the view is being
// destroyed its children still send events here, and the view is no longer a QTableView.
bool ColumnFiller::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_headerViewport) {
        if (event->type() == QEvent::MouseButtonPress)
            m_mouseOnHeader = true;
        else if (event->type() == QEvent::MouseButtonRelease)
            m_mouseOnHeader = false;
    } else if (watched == m_viewport && event->type() == QEvent::Resize && !m_sizedElsewhere) {
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
