#pragma once

#include <functional>

class QWidget;

// Runs act on the next modal dialog once it is open: a pane's exec() blocks the test until then.
// A failed check inside act leaves the dialog open; it is rejected then, or exec() never returns.
void whenModal(const std::function<void(QWidget *)> &act);

// The same for the next modal dialog that inherits className, without blocking: for a dialog
// that opens after the one being acted on has closed.
void whenModal(const char *className, const std::function<void(QWidget *)> &act);
