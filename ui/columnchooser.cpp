#include "columnchooser.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QMenu>
#include <QTableView>

namespace Qafka {

namespace {

int visibleColumnCount(const QHeaderView *header)
{
    return header->count() - header->hiddenSectionCount();
}

void showColumnMenu(QTableView *view, const QPoint &position)
{
    QHeaderView *header = view->horizontalHeader();
    QMenu menu(view);
    menu.setTitle(QCoreApplication::translate("ColumnChooser", "Columns"));
    menu.setAccessibleName(QCoreApplication::translate("ColumnChooser", "Columns"));
    for (int column = 0; column < header->count(); ++column) {
        const QString title = view->model()->headerData(column, Qt::Horizontal).toString();
        QAction *action = menu.addAction(title);
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The last visible column stays: a table without columns cannot be right-clicked back.
        action->setEnabled(header->isSectionHidden(column) || visibleColumnCount(header) > 1);
        QObject::connect(action, &QAction::toggled, header, [header, column](bool shown) {
            header->setSectionHidden(column, !shown);
        });
    }
    menu.exec(header->mapToGlobal(position));
}

} // namespace

void addColumnChooser(QTableView *view)
{
    QHeaderView *header = view->horizontalHeader();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(header, &QHeaderView::customContextMenuRequested, view,
                     [view](const QPoint &position) { showColumnMenu(view, position); });
}

} // namespace Qafka
