#include "groups/lagverdict.h"

#include <QCoreApplication>

namespace Qafka {

QString lagStatusName(LagStatus status)
{
    switch (status) {
    case LagStatus::Unknown:
        return QCoreApplication::translate("LagVerdict", "—");
    case LagStatus::Ok:
        return QCoreApplication::translate("LagVerdict", "OK");
    case LagStatus::FallingBehind:
        return QCoreApplication::translate("LagVerdict", "FALLING BEHIND");
    case LagStatus::Rewound:
        return QCoreApplication::translate("LagVerdict", "REWOUND");
    case LagStatus::Stalled:
        return QCoreApplication::translate("LagVerdict", "STALLED");
    case LagStatus::Stopped:
        return QCoreApplication::translate("LagVerdict", "STOPPED");
    }
    return {};
}

int lagStatusSeverity(LagStatus status)
{
    return int(status);
}

LagVerdict worstOf(const LagVerdict &a, const LagVerdict &b)
{
    return lagStatusSeverity(b.status) > lagStatusSeverity(a.status) ? b : a;
}

} // namespace Qafka
