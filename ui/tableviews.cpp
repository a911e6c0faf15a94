#include "tableviews.h"

#include "steadyscrollbar.h"

#include <QHeaderView>
#include <QTableView>

#include <algorithm>

namespace Qafka {

QTableView *makeTableView(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setVerticalScrollBar(new SteadyScrollBar(Qt::Vertical, view));
    view->setHorizontalScrollBar(new SteadyScrollBar(Qt::Horizontal, view));
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setSortingEnabled(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

void fitColumn(QTableView *view, int column, int contentWidth)
{
    view->setColumnWidth(column,
                         std::max(contentWidth, view->horizontalHeader()->sectionSizeHint(column)));
}

} // namespace Qafka
