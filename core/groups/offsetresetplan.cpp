#include "groups/offsetresetplan.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace Qafka {

namespace {

// Clamps to [state.earliest, state.latest], saying so in *note.
qint64 clamped(qint64 offset, const PartitionOffsetState &state, QString *note)
{
    if (offset < state.earliest) {
        *note = QCoreApplication::translate("OffsetResetPlan", "clamped to the earliest offset");
        return state.earliest;
    }
    if (offset > state.latest) {
        *note = QCoreApplication::translate("OffsetResetPlan", "clamped to the latest offset");
        return state.latest;
    }
    return offset;
}

// committed + shift without overflowing; the result is clamped afterwards anyway.
qint64 shifted(qint64 committed, qint64 shift)
{
    qint64 result = 0;
    if (__builtin_add_overflow(committed, shift, &result))
        return shift < 0 ? std::numeric_limits<qint64>::min() : std::numeric_limits<qint64>::max();
    return result;
}

} // namespace

QList<OffsetResetRow> planOffsetReset(const QList<PartitionOffsetState> &partitions,
                                      const OffsetResetSpec &spec)
{
    QList<OffsetResetRow> rows;
    rows.reserve(partitions.size());
    for (const PartitionOffsetState &state : partitions) {
        OffsetResetRow row;
        row.topic = state.topic;
        row.partition = state.partition;
        row.current = state.committed;
        switch (spec.mode) {
        case OffsetResetMode::Earliest:
            row.target = state.earliest;
            break;
        case OffsetResetMode::Latest:
            row.target = state.latest;
            break;
        case OffsetResetMode::Timestamp:
            if (state.offsetForTimestamp >= 0) {
                row.target = state.offsetForTimestamp;
            } else {
                row.target = state.latest;
                row.note = QCoreApplication::translate(
                    "OffsetResetPlan", "no message at or after the time: latest offset");
            }
            break;
        case OffsetResetMode::Offset:
            row.target = clamped(spec.value, state, &row.note);
            break;
        case OffsetResetMode::ShiftBy:
            if (state.committed < 0)
                row.note = QCoreApplication::translate(
                    "OffsetResetPlan", "no committed offset to shift from: left unchanged");
            else
                row.target = clamped(shifted(state.committed, spec.value), state, &row.note);
            break;
        }
        row.lagAfter = row.target >= 0 ? state.latest - row.target : 0;
        row.changes = row.target != row.current;
        rows.append(row);
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const OffsetResetRow &a, const OffsetResetRow &b) {
                         return a.topic != b.topic ? a.topic < b.topic : a.partition < b.partition;
                     });
    return rows;
}

} // namespace Qafka
