#pragma once

#include <QColor>
#include <QPalette>

namespace Qafka {

// Colours that carry meaning (a down broker, a failed send, a lag verdict), picked for the palette
// in use so they stay readable on light and dark desktops alike: dark shades on a light base,
// light shades on a dark one. Every shade has a contrast of at least 4.5:1 against both the
// Base and the Window colour of Qt's standard light and dark palettes (tested).
enum class Meaning { Error, Warning, Success, Rewound };

bool isDarkPalette(const QPalette &palette);
QColor semanticColor(Meaning meaning, const QPalette &palette);
QColor semanticColor(Meaning meaning); // for the application's palette
// "color: #rrggbb" for a style sheet.
QString semanticStyle(Meaning meaning);

} // namespace Qafka
