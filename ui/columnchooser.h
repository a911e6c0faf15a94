#pragma once

class QTableView;

namespace Qafka {

// A context menu on the table's header with a check box per column, so columns hidden by default
// (or by the user) can be shown again; the last visible column cannot be hidden. Hidden columns
// are part of the header state ViewLayoutStore remembers.
void addColumnChooser(QTableView *view);

} // namespace Qafka
