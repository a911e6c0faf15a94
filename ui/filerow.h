#pragma once

#include <QString>

class QFormLayout;
class QLineEdit;
class QWidget;

namespace Qafka {

// Adds a form row of a line edit and a "…" button that picks a file into it; the label is the
// line's buddy (a row given as a layout gets none from QFormLayout, and the '&' would show).
void addFileRow(QFormLayout *form, QWidget *owner, const QString &label, QLineEdit *line,
                const QString &title);

} // namespace Qafka
