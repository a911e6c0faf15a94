#pragma once

#include <QString>
#include <QStringList>

class QWidget;

// What a person and a screen reader must be able to read, checked over a widget tree:
// text cut off where it is shown, controls without an accessible name, and labels whose text
// the accessibility API does not carry. Each returns one line per problem, empty when none.

// Text that does not fit where it is shown: labels, buttons, check boxes, tabs and column headers.
QStringList clippedTexts(QWidget *root);
// Visible controls whose accessible name (what a screen reader, through AT-SPI, says) is empty.
QStringList unnamedControls(QWidget *root, const QString &where);
// Visible labels whose text a screen reader cannot read.
QStringList unreadableMessages(QWidget *root, const QString &where);
