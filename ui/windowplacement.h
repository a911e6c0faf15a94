#pragma once

#include <QRect>

namespace Qafka {

// Where the main window opens the first time (no saved geometry): the whole available area of a
// small screen (up to 1440×900, where every pixel counts), 85% of a larger one, centred, and
// never below 1280×800 unless the screen itself is smaller.
QRect firstWindowGeometry(const QRect &available);

} // namespace Qafka
