#include "windowplacement.h"

#include <algorithm>

namespace Qafka {

namespace {

constexpr int kSmallScreenWidth = 1440;
constexpr int kSmallScreenHeight = 900;
constexpr double kLargeScreenShare = 0.85;
constexpr QSize kComfortableSize(1280, 800);

} // namespace

QRect firstWindowGeometry(const QRect &available)
{
    if (available.width() <= kSmallScreenWidth || available.height() <= kSmallScreenHeight)
        return available;
    const int width =
        std::clamp(int(available.width() * kLargeScreenShare),
                   std::min(kComfortableSize.width(), available.width()), available.width());
    const int height =
        std::clamp(int(available.height() * kLargeScreenShare),
                   std::min(kComfortableSize.height(), available.height()), available.height());
    QRect geometry(0, 0, width, height);
    geometry.moveCenter(available.center());
    return geometry;
}

} // namespace Qafka
