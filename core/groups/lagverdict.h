#pragma once

// The verdict on a consumer group's progress on one partition (or, with worstOf, on a whole group).

#include <QString>

namespace Qafka {

// In ascending severity; the words are Burrow's, so people who know Burrow recognise them.
enum class LagStatus : quint8 { Unknown, Ok, FallingBehind, Rewound, Stalled, Stopped };

struct LagVerdict
{
    LagStatus status = LagStatus::Unknown;
    QString reason; // a translated sentence saying why, without a capital or a full stop

    bool operator==(const LagVerdict &) const = default;
};

// Translated: "—", "OK", "FALLING BEHIND", "REWOUND", "STALLED", "STOPPED".
QString lagStatusName(LagStatus status);

// 0 (Unknown) to 5 (Stopped), in the order of LagStatus.
int lagStatusSeverity(LagStatus status);

// The more severe of the two; a tie keeps a.
LagVerdict worstOf(const LagVerdict &a, const LagVerdict &b);

} // namespace Qafka
