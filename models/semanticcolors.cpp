#include "semanticcolors.h"

#include <QGuiApplication>

namespace Qafka {

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

QColor semanticColor(Meaning meaning, const QPalette &palette)
{
    const bool dark = isDarkPalette(palette);
    switch (meaning) {
    case Meaning::Error:
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xc6, 0x28, 0x28);
    case Meaning::Warning:
        return dark ? QColor(0xff, 0xc1, 0x4d) : QColor(0x8f, 0x52, 0x00);
    case Meaning::Success:
        return dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x1b, 0x6e, 0x20);
    case Meaning::Rewound:
        return dark ? QColor(0xc5, 0xa8, 0xf0) : QColor(0x6a, 0x3f, 0xb0);
    }
    return palette.color(QPalette::Text);
}

QColor semanticColor(Meaning meaning)
{
    // Models also run without a GUI (tests, benchmarks); then there is no application palette.
    const bool gui = qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr;
    return semanticColor(meaning, gui ? QGuiApplication::palette() : QPalette(Qt::white));
}

QString semanticStyle(Meaning meaning)
{
    return QStringLiteral("color: ") + semanticColor(meaning).name();
}

} // namespace Qafka
