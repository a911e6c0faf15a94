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
    // A version-matrix row names its shots after its cluster, next to the 4.x suite's.
    const QString row = qEnvironmentVariable("QAFKA_MATRIX_CLUSTER");
    QString file = name;
    if (!row.isEmpty())
        file.insert(file.lastIndexOf(u'.'), u'@' + row);
    return widget->grab().save(dir + u'/' + file);
}

} // namespace Qafka
