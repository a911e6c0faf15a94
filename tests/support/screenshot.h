#pragma once

class QString;
class QWidget;

namespace Qafka {

// Saves a picture of the widget as $QAFKA_SCREENSHOT_DIR/name, for a person to look at. True when
// it was written or no such directory is set; false when it could not be written.
bool saveScreenshot(QWidget *widget, const QString &name);

} // namespace Qafka
