#include "consumergrouplistmodel.h"

#include "groups/grouphistorystore.h"
#include "semanticcolors.h"

#include <QColor>
#include <QLocale>

#include <cmath>

namespace Qafka {

QString formatCount(qint64 value)
{
    return value < 0 ? QStringLiteral("-") : QLocale().toString(value);
}

QString formatSeconds(double seconds, bool estimated)
{
    if (std::isnan(seconds))
        return QStringLiteral("-");
    const qint64 whole = qint64(std::llround(seconds));
    QString text;
    if (whole < 60)
        text = ConsumerGroupListModel::tr("%1 s").arg(whole);
    else if (whole < 3600)
        text = ConsumerGroupListModel::tr("%1 min %2 s").arg(whole / 60).arg(whole % 60);
    else
        text = ConsumerGroupListModel::tr("%1 h %2 min").arg(whole / 3600).arg(whole / 60 % 60);
    // "~": interpolated from log-end history, not read from the message itself.
    return estimated ? u'~' + text : text;
}

QString protocolName(const ConsumerGroupLag &group)
{
    if (group.simple)
        return ConsumerGroupListModel::tr("Simple (offsets only)");
    switch (group.protocol) {
    case GroupProtocol::Classic:
        return ConsumerGroupListModel::tr("Classic");
    case GroupProtocol::Consumer:
        return ConsumerGroupListModel::tr("Consumer (KIP-848)");
    case GroupProtocol::Unknown:
        break;
    }
    return ConsumerGroupListModel::tr("Unknown");
}

QColor statusColor(LagStatus status)
{
    switch (status) {
    case LagStatus::Ok:
        return semanticColor(Meaning::Success);
    case LagStatus::FallingBehind:
        return semanticColor(Meaning::Warning);
    case LagStatus::Rewound:
        return semanticColor(Meaning::Rewound);
    case LagStatus::Stalled:
    case LagStatus::Stopped:
        return semanticColor(Meaning::Error);
    case LagStatus::Unknown:
        break;
    }
    return {};
}

ConsumerGroupListModel::ConsumerGroupListModel(const GroupHistoryStore *histories, QObject *parent)
    : TableModel(ColumnCount, parent)
    , m_histories(histories)
{}

namespace {

bool sameNumber(double a, double b)
{
    return a == b || (std::isnan(a) && std::isnan(b));
}

bool sameEstimate(const CatchUpEstimate &a, const CatchUpEstimate &b)
{
    return a.kind == b.kind && sameNumber(a.seconds, b.seconds) &&
           sameNumber(a.consumeRate, b.consumeRate) && sameNumber(a.produceRate, b.produceRate) &&
           a.windowMs == b.windowMs && a.reason == b.reason;
}

// Whether a row shows the same in every column but the trend (which moves every round).
bool showsSame(const ConsumerGroupLag &a, const ConsumerGroupLag &b)
{
    return a.state == b.state && a.protocol == b.protocol && a.simple == b.simple &&
           a.members.size() == b.members.size() &&
           a.partitions.isEmpty() == b.partitions.isEmpty() && a.problem == b.problem &&
           a.totalLag == b.totalLag && a.maxLag == b.maxLag &&
           sameNumber(a.maxTimeLagSeconds, b.maxTimeLagSeconds) &&
           a.timeLagEstimated == b.timeLagEstimated && a.verdict == b.verdict &&
           sameEstimate(a.catchUp, b.catchUp);
}

} // namespace

void ConsumerGroupListModel::setGroups(const QList<ConsumerGroupLag> &groups)
{
    if (m_groups.isEmpty()) {
        // The first round: the list is shared, not copied row by row.
        if (!groups.isEmpty()) {
            beginInsertRows({}, 0, int(groups.size() - 1));
            m_groups = groups;
            endInsertRows();
        }
        return;
    }
    if (!replaceSameGroups(groups))
        mergeGroups(groups);
    // The trend column draws each group's history, which every round extends.
    if (!m_groups.isEmpty())
        emit dataChanged(index(0, TrendColumn), index(rowCount() - 1, TrendColumn));
}

int ConsumerGroupListModel::rowOf(const QString &groupId) const
{
    return int(indexOfGroup(m_groups, groupId));
}

// The usual round of a big cluster: the same groups as the last. The rows take the round's list
// as it is (shared: nothing copied or freed row by row on the GUI thread), and only runs of rows
// that show something new are announced, so a sorted view does not sort 10,000 rows again.
// False, with nothing changed, when a group came or went.
bool ConsumerGroupListModel::replaceSameGroups(const QList<ConsumerGroupLag> &groups)
{
    if (groups.size() != m_groups.size())
        return false;
    QList<std::pair<qsizetype, qsizetype>> changedRuns; // first and last row
    qsizetype changedFrom = -1;
    for (qsizetype i = 0; i < groups.size(); ++i) {
        if (groups.at(i).groupId != m_groups.at(i).groupId)
            return false;
        const bool same = showsSame(m_groups.at(i), groups.at(i));
        if (!same && changedFrom < 0) {
            changedFrom = i;
        } else if (same && changedFrom >= 0) {
            changedRuns.append({changedFrom, i - 1});
            changedFrom = -1;
        }
    }
    if (changedFrom >= 0)
        changedRuns.append({changedFrom, groups.size() - 1});
    m_groups = groups;
    for (const auto &[first, last] : std::as_const(changedRuns))
        emit dataChanged(index(int(first), StateColumn), index(int(last), CatchUpColumn));
    return true;
}

// Groups came or went: both lists are sorted by group id, one merge pass.
void ConsumerGroupListModel::mergeGroups(const QList<ConsumerGroupLag> &groups)
{
    qsizetype changedFrom = -1; // a run of changed rows, announced when it ends
    const auto endChangedRun = [&](qsizetype end) {
        if (changedFrom >= 0)
            emit dataChanged(index(int(changedFrom), StateColumn),
                             index(int(end - 1), CatchUpColumn));
        changedFrom = -1;
    };
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < m_groups.size() || j < groups.size()) {
        if (j >= groups.size() ||
            (i < m_groups.size() && m_groups.at(i).groupId < groups.at(j).groupId)) {
            endChangedRun(i);
            removeGroupsFrom(i, groups, j);
        } else if (i >= m_groups.size() || groups.at(j).groupId < m_groups.at(i).groupId) {
            endChangedRun(i);
            const qsizetype inserted = insertGroupsAt(i, groups, j);
            i += inserted;
            j += inserted;
        } else {
            if (!showsSame(m_groups.at(i), groups.at(j))) {
                if (changedFrom < 0)
                    changedFrom = i;
            } else {
                endChangedRun(i);
            }
            m_groups[i] = groups.at(j);
            ++i;
            ++j;
        }
    }
    endChangedRun(i);
}

// Removes the rows from i that are not in groups any more (up to the next group of groups[j]).
void ConsumerGroupListModel::removeGroupsFrom(qsizetype i, const QList<ConsumerGroupLag> &groups,
                                              qsizetype j)
{
    qsizetype end = i + 1;
    while (end < m_groups.size() &&
           (j >= groups.size() || m_groups.at(end).groupId < groups.at(j).groupId))
        ++end;
    beginRemoveRows({}, int(i), int(end - 1));
    m_groups.remove(i, end - i);
    endRemoveRows();
}

// Inserts at row i the new groups from groups[j] on (up to the next existing row); how many.
qsizetype ConsumerGroupListModel::insertGroupsAt(qsizetype i, const QList<ConsumerGroupLag> &groups,
                                                 qsizetype j)
{
    qsizetype end = j + 1;
    while (end < groups.size() &&
           (i >= m_groups.size() || groups.at(end).groupId < m_groups.at(i).groupId))
        ++end;
    beginInsertRows({}, int(i), int(i + end - j - 1));
    for (qsizetype k = j; k < end; ++k)
        m_groups.insert(i + k - j, groups.at(k));
    endInsertRows();
    return end - j;
}

QVariant ConsumerGroupListModel::display(const ConsumerGroupLag &group, int column) const
{
    switch (column) {
    case GroupColumn:
        return group.groupId;
    case StateColumn:
        return group.state;
    case ProtocolColumn:
        return protocolName(group);
    case MembersColumn:
        return QLocale().toString(group.members.size());
    case TotalLagColumn:
        return formatCount(group.partitions.isEmpty() ? -1 : group.totalLag);
    case MaxLagColumn:
        return formatCount(group.partitions.isEmpty() ? -1 : group.maxLag);
    case TimeLagColumn:
        return formatSeconds(group.maxTimeLagSeconds, group.timeLagEstimated);
    case StatusColumn:
        return lagStatusName(group.verdict.status);
    case CatchUpColumn:
        return catchUpShortText(group.catchUp);
    default:
        return {};
    }
}

QVariant ConsumerGroupListModel::sortValue(const ConsumerGroupLag &group, int column) const
{
    switch (column) {
    case MembersColumn:
        return qint64(group.members.size());
    case TotalLagColumn:
    case TrendColumn:
        return group.totalLag;
    case MaxLagColumn:
        return group.maxLag;
    case TimeLagColumn:
        return std::isnan(group.maxTimeLagSeconds) ? -1.0 : group.maxTimeLagSeconds;
    case StatusColumn:
        return lagStatusSeverity(group.verdict.status);
    case CatchUpColumn:
        return catchUpSortKey(group.catchUp);
    default:
        return display(group, column);
    }
}

QVariant ConsumerGroupListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_groups.size())
        return {};
    const ConsumerGroupLag &group = m_groups.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(group, index.column());
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn)
            return group.verdict.reason;
        if (index.column() == CatchUpColumn)
            return catchUpDescription(group.catchUp);
        if (index.column() == TimeLagColumn && group.timeLagEstimated)
            return tr("Estimated from the partitions' log-end history: the message at the "
                      "committed offset could not be read.");
        if (!group.problem.isEmpty())
            return group.problem;
        return {};
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn && group.verdict.status != LagStatus::Unknown)
            return statusColor(group.verdict.status);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= MembersColumn && index.column() <= TimeLagColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        return sortValue(group, index.column());
    case TrendRole: {
        if (!m_histories)
            return {};
        const GroupHistory *history = m_histories->history(group.groupId);
        return history ? QVariant::fromValue(history->totalLag.recent(kTrendSamples)) : QVariant();
    }
    case GroupIdRole:
        return group.groupId;
    case StatusRole:
        return int(group.verdict.status);
    default:
        return {};
    }
}

QStringList ConsumerGroupListModel::columnTitles() const
{
    return {
        tr("Group"),        tr("State"),     tr("Protocol"),
        tr("Members"),      tr("Total lag"), tr("Max partition lag"),
        tr("Max time lag"), tr("Status"),    tr("Catch-up"),
        tr("Trend"),
    };
}

} // namespace Qafka
