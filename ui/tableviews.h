#pragma once

#include <QString>

class QTableView;
class QWidget;

namespace Qafka {

// The table look shared by every pane: row selection, sorting, alternating rows, compact rows.
QTableView *makeTableView(const QString &objectName, const QString &accessibleName,
                          QWidget *parent);

// Sets a column as wide as its content needs (contentWidth) and at least as wide as the style
// needs for its title in the current language, sort arrow included: no clipped titles.
void fitColumn(QTableView *view, int column, int contentWidth = 0);

} // namespace Qafka
