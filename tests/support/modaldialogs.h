#pragma once

#include <functional>

class QWidget;

// Runs act on the next modal dialog once it is open: a pane's exec() blocks the test until then.
// A failed check inside act leaves the dialog open; it is rejected then, or exec() never returns.
void whenModal(std::function<void(QWidget *)> act);
