#pragma once

#include <QString>

class QTableView;
class QWidget;

namespace Qafka {

// The table look shared by every pane: row selection, sorting, alternating rows, compact rows.
QTableView *makeTableView(const QString &objectName, const QString &accessibleName,
                          QWidget *parent);

} // namespace Qafka
