#include "screenshot.h"

#include <QDir>
#include <QPixmap>
#include <QString>
#include <QWidget>

namespace Qafka {

bool saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("QAFKA_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return true;
    QDir().mkpath(dir);
    return widget->grab().save(dir + u'/' + name);
}

} // namespace Qafka
