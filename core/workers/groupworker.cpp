#include "workers/groupworker.h"

#include "rdkafka/adminclient.h"
#include "rdkafka/groupadmin.h"
#include "rdkafka/offsettimestampreader.h"
#include "types/kafkaconfig.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QLoggingCategory>

#include <algorithm>
#include <cmath>

namespace Qafka {

namespace {

// Drops what is kept per partition for partitions the group no longer has offsets for or is
// assigned.
template <typename Value>
void forgetPartitionsNotIn(const ConsumerGroupLag &group, QHash<TopicPartition, Value> *kept)
{
    if (kept->size() <= group.partitions.size())
        return;
    QSet<TopicPartition> present;
    for (const GroupPartitionLag &row : group.partitions)
        present.insert({row.topic, row.partition});
    kept->removeIf([&](const auto &it) { return !present.contains(it.key()); });
}

Q_LOGGING_CATEGORY(lcGroups, "qafka.groups", QtWarningMsg)

QString partitionName(const TopicPartition &partition)
{
    return partition.topic + u'-' + QString::number(partition.partition);
}

void appendWarning(QString *warnings, const QString &warning)
{
    if (warning.isEmpty())
        return;
    if (!warnings->isEmpty())
        *warnings += u' ';
    *warnings += warning;
}

constexpr QLatin1StringView kEmptyState("Empty");
constexpr qint64 kEmptyDescriptionMaxAgeMs = 60'000;
constexpr qsizetype kStaleDescriptionsPerRound = 25;

} // namespace

GroupWorker::GroupWorker(const ConnectionProfile &profile, const ProfileSecrets &secrets,
                         Settings settings)
    : m_profile(profile)
    , m_secrets(secrets)
    , m_settings(settings)
{}

GroupWorker::~GroupWorker() = default;

void GroupWorker::dropClientAfterFailure()
{
    if (!m_clientCompletedRound)
        return;
    m_clientCompletedRound = false;
    m_emptyDescriptions.clear(); // coordinators may have moved
    m_admin.reset();
    m_client.reset();
}

bool GroupWorker::ensureClient(KafkaError *error)
{
    if (m_client)
        return true;
    m_client = AdminClient::create(KafkaConfig::forProfile(m_profile, m_secrets), &m_diagnosis,
                                   &m_stop, error);
    if (!m_client)
        return false;
    ++m_clientsCreated;
    m_admin = std::make_unique<GroupAdmin>(m_client.get());
    return true;
}

void GroupWorker::refresh(quint64 roundId, bool readCommitted, const QStringList &detailGroups)
{
    QElapsedTimer clock;
    clock.start();
    KafkaError error;
    if (!ensureClient(&error))
        return emit roundFailed(roundId, error);
    m_client->pollEvents();

    GroupLagRound round;
    round.readCommitted = readCommitted;
    QStringList ids;
    QHash<QString, ConsumerGroupLag> groups;
    if (!listAndDescribeGroups(&round, &ids, &groups, &error))
        return failRound(roundId, error);
    QHash<QString, QHash<TopicPartition, qint64>> committed;
    if (!readCommittedOffsets(ids, &groups, &committed, &error))
        return failRound(roundId, error);

    // Every partition a group has an offset for or is assigned; their end offsets in one batch.
    QSet<TopicPartition> partitionSet;
    QHash<QString, QHash<TopicPartition, int>> owners; // partition -> member index
    collectPartitions(ids, groups, committed, &partitionSet, &owners);
    QHash<TopicPartition, qint64> ends;
    if (!readLogEnds(partitionSet, &round, &ends, &error))
        return failRound(roundId, error);

    round.groups.reserve(ids.size());
    for (const QString &id : std::as_const(ids)) {
        ConsumerGroupLag group = groups.take(id);
        addPartitionRows(&group, committed[id], owners[id], ends);
        group.membershipChange = m_membership.observe(group, round.timeMs);
        round.groups.append(std::move(group));
    }
    fillTimeLags(&round, detailGroups);
    evaluate(&round);
    forgetMissing(round, partitionSet);
    round.elapsedMs = clock.elapsed();
    if (m_client) // not dropped by a failure during this round
        m_clientCompletedRound = true;
    emit roundReady(roundId, round);
}

void GroupWorker::failRound(quint64 roundId, const KafkaError &error)
{
    dropClientAfterFailure();
    emit roundFailed(roundId, error);
}

bool GroupWorker::listAndDescribeGroups(GroupLagRound *round, QStringList *ids,
                                        QHash<QString, ConsumerGroupLag> *groups, KafkaError *error)
{
    const int timeoutMs = m_settings.requestTimeoutMs;
    QList<GroupListing> listings;
    QString warning;
    if (!m_admin->listGroups(timeoutMs, &listings, &warning, error))
        return false;
    appendWarning(&round->warning, warning);

    ids->reserve(listings.size());
    for (const GroupListing &listing : std::as_const(listings)) {
        ids->append(listing.groupId);
        ConsumerGroupLag &group = (*groups)[listing.groupId];
        group.groupId = listing.groupId;
        group.state = listing.state;
        group.protocol = listing.protocol;
        group.simple = listing.simple;
        group.protocolType = listing.simple ? QString() : QStringLiteral("consumer");
    }
    const qint64 describeTimeMs = QDateTime::currentMSecsSinceEpoch();
    const QStringList toDescribe = groupsToDescribe(listings, describeTimeMs, groups);
    // A failed description leaves the listing's view of the groups: a warning, not a failed round.
    if (!m_admin->describeGroups(toDescribe, timeoutMs, groups, error))
        appendWarning(&round->warning, error->message);
    rememberDescriptions(toDescribe, describeTimeMs, *groups);
    round->describedGroups = int(toDescribe.size());
    return true;
}

bool GroupWorker::readCommittedOffsets(const QStringList &ids,
                                       QHash<QString, ConsumerGroupLag> *groups,
                                       QHash<QString, QHash<TopicPartition, qint64>> *committed,
                                       KafkaError *error)
{
    // Each group's coordinator, from its description: the groups of one go in few requests.
    QHash<QString, int> coordinators;
    coordinators.reserve(groups->size());
    for (auto it = groups->cbegin(); it != groups->cend(); ++it) {
        if (it->coordinatorId >= 0)
            coordinators.insert(it.key(), it->coordinatorId);
    }
    QHash<QString, QString> offsetFailures;
    if (!m_admin->listCommittedOffsets(ids, m_settings.requestTimeoutMs, committed, &offsetFailures,
                                       error, coordinators))
        return false;
    // One group's failure is that group's problem, not the round's.
    for (auto it = offsetFailures.cbegin(); it != offsetFailures.cend(); ++it) {
        ConsumerGroupLag &group = (*groups)[it.key()];
        appendWarning(&group.problem,
                      tr("Committed offsets could not be read: %1").arg(it.value()));
    }
    return true;
}

void GroupWorker::collectPartitions(const QStringList &ids,
                                    const QHash<QString, ConsumerGroupLag> &groups,
                                    const QHash<QString, QHash<TopicPartition, qint64>> &committed,
                                    QSet<TopicPartition> *partitions,
                                    QHash<QString, QHash<TopicPartition, int>> *owners)
{
    for (const QString &id : ids) {
        const ConsumerGroupLag group = groups.value(id);
        for (qsizetype m = 0; m < group.members.size(); ++m) {
            for (const TopicPartition &partition : group.members.at(m).assignment) {
                partitions->insert(partition);
                (*owners)[id].insert(partition, int(m));
            }
        }
        const QHash<TopicPartition, qint64> offsets = committed.value(id);
        for (auto it = offsets.cbegin(); it != offsets.cend(); ++it)
            partitions->insert(it.key());
    }
}

bool GroupWorker::readLogEnds(const QSet<TopicPartition> &partitionSet, GroupLagRound *round,
                              QHash<TopicPartition, qint64> *ends, KafkaError *error)
{
    const QList<TopicPartition> partitions(partitionSet.cbegin(), partitionSet.cend());
    if (!m_admin->listOffsets(partitions, GroupAdmin::kLatest, round->readCommitted,
                              m_settings.requestTimeoutMs, ends, error)) {
        // With no end at all the round fails (failRound drops the handle); with some, the lags
        // it has are worth showing, and the handle is still replaced before the next round.
        if (ends->isEmpty() && !partitions.isEmpty())
            return false;
        dropClientAfterFailure();
        appendWarning(&round->warning, error->message);
    }
    round->timeMs = QDateTime::currentMSecsSinceEpoch();
    for (auto it = ends->cbegin(); it != ends->cend(); ++it)
        m_timelines[it.key()].add(round->timeMs, it.value());
    return true;
}

void GroupWorker::addPartitionRows(ConsumerGroupLag *group,
                                   const QHash<TopicPartition, qint64> &offsets,
                                   const QHash<TopicPartition, int> &owned,
                                   const QHash<TopicPartition, qint64> &ends)
{
    QSet<TopicPartition> mine(offsets.keyBegin(), offsets.keyEnd());
    for (auto it = owned.cbegin(); it != owned.cend(); ++it)
        mine.insert(it.key());
    QList<TopicPartition> sorted(mine.cbegin(), mine.cend());
    std::sort(sorted.begin(), sorted.end());
    group->partitions.reserve(sorted.size());
    for (const TopicPartition &partition : std::as_const(sorted)) {
        GroupPartitionLag row;
        row.topic = partition.topic;
        row.partition = partition.partition;
        row.committed = offsets.value(partition, -1);
        row.logEnd = ends.value(partition, -1);
        // As kafka-consumer-groups.sh: end minus committed, unknown when either is missing.
        row.lag = row.committed >= 0 && row.logEnd >= 0 ? row.logEnd - row.committed : -1;
        if (const int m = owned.value(partition, -1); m >= 0) {
            const GroupMember &member = group->members.at(m);
            row.memberId = member.memberId;
            row.host = member.host;
            row.clientId = member.clientId;
        }
        group->partitions.append(row);
    }
}

QStringList GroupWorker::groupsToDescribe(const QList<GroupListing> &listings, qint64 nowMs,
                                          QHash<QString, ConsumerGroupLag> *groups) const
{
    QStringList toDescribe;
    QList<QPair<qint64, QString>> stale; // (described at, group id)
    for (const GroupListing &listing : listings) {
        const auto cached = m_emptyDescriptions.constFind(listing.groupId);
        if (listing.state != kEmptyState || cached == m_emptyDescriptions.cend()) {
            toDescribe.append(listing.groupId);
            continue;
        }
        ConsumerGroupLag &group = (*groups)[listing.groupId];
        group.coordinatorId = cached->group.coordinatorId;
        group.coordinator = cached->group.coordinator;
        // Brokers before 3.8 list no group type (ListGroups before v5): the description said it.
        if (group.protocol == GroupProtocol::Unknown)
            group.protocol = cached->group.protocol;
        if (nowMs - cached->describedMs > kEmptyDescriptionMaxAgeMs)
            stale.append({cached->describedMs, listing.groupId});
    }
    // The oldest first, a few per round, so 500 idle groups never fall due in the same round.
    std::sort(stale.begin(), stale.end());
    for (qsizetype i = 0; i < std::min<qsizetype>(stale.size(), kStaleDescriptionsPerRound); ++i)
        toDescribe.append(stale.at(i).second);
    return toDescribe;
}

void GroupWorker::rememberDescriptions(const QStringList &described, qint64 nowMs,
                                       const QHash<QString, ConsumerGroupLag> &groups)
{
    for (const QString &id : described) {
        const ConsumerGroupLag group = groups.value(id);
        if (group.state == kEmptyState && group.problem.isEmpty() && group.members.isEmpty())
            m_emptyDescriptions.insert(id, {group, nowMs});
        else
            m_emptyDescriptions.remove(id);
    }
}

void GroupWorker::fillTimeLags(GroupLagRound *round, const QStringList &detailGroups)
{
    if (!m_reader || m_reader->readCommitted() != round->readCommitted) {
        m_reader.reset();
        m_timestamps.clear();
        KafkaError error;
        m_reader = OffsetTimestampReader::create(KafkaConfig::forProfile(m_profile, m_secrets),
                                                 round->readCommitted, &error);
        if (!m_reader)
            appendWarning(&round->warning, error.message);
    }
    const QHash<TopicPartition, qint64> toRead = positionsToRead(*round, detailGroups);
    const QSet<TopicPartition> readToEnd = readTimestamps(toRead);
    for (ConsumerGroupLag &group : round->groups) {
        for (GroupPartitionLag &row : group.partitions) {
            const TopicPartition partition{row.topic, row.partition};
            // Only an answer for this round's position says anything about the committed offset.
            const bool endReadNow =
                readToEnd.contains(partition) && toRead.value(partition) == row.committed;
            fillTimeLag(round, &row, endReadNow);
        }
    }
}

QHash<TopicPartition, qint64> GroupWorker::positionsToRead(const GroupLagRound &round,
                                                           const QStringList &detailGroups) const
{
    // One position per partition per read; the detail groups ask first.
    QHash<TopicPartition, qint64> toRead;
    int budget = m_settings.exactTimeLagBudget;
    const auto wantReads = [&](const ConsumerGroupLag &group) {
        for (const GroupPartitionLag &row : group.partitions) {
            if (budget <= 0)
                return;
            if (row.lag <= 0)
                continue;
            const TopicPartition partition{row.topic, row.partition};
            if (m_timestamps.contains({partition, row.committed}) || toRead.contains(partition))
                continue;
            toRead.insert(partition, row.committed);
            --budget;
        }
    };
    const QSet<QString> details(detailGroups.cbegin(), detailGroups.cend());
    for (const ConsumerGroupLag &group : round.groups)
        if (details.contains(group.groupId))
            wantReads(group);
    for (const ConsumerGroupLag &group : round.groups)
        if (!details.contains(group.groupId))
            wantReads(group);
    return toRead;
}

QSet<TopicPartition> GroupWorker::readTimestamps(const QHash<TopicPartition, qint64> &toRead)
{
    QHash<TopicPartition, OffsetTimestampReader::Found> found;
    if (m_reader && !toRead.isEmpty())
        found = m_reader->read(toRead, m_settings.timeLagReadMs, &m_stop);
    qCDebug(lcGroups) << "time lag reads:" << toRead.size() << "asked," << found.size()
                      << "answered";
    if (m_timestamps.size() > 200000)
        m_timestamps.clear(); // bounded: what is still needed is read again
    QSet<TopicPartition> readToEnd;
    for (auto it = found.cbegin(); it != found.cend(); ++it) {
        if (it->kind == OffsetTimestampReader::Found::Message)
            m_timestamps.insert({it.key(), toRead.value(it.key())}, {it->offset, it->timestampMs});
        else if (it->kind == OffsetTimestampReader::Found::End)
            readToEnd.insert(it.key());
    }
    return readToEnd;
}

void GroupWorker::fillTimeLag(GroupLagRound *round, GroupPartitionLag *row, bool endReadNow) const
{
    const TopicPartition partition{row->topic, row->partition};
    if (row->lag == 0) {
        row->timeLagSeconds = 0;
        return;
    }
    if (row->lag < 0)
        return;
    const qint64 now = round->timeMs;
    const auto cached = m_timestamps.constFind({partition, row->committed});
    if (cached != m_timestamps.cend()) {
        // In read_committed mode the offsets before the first readable message are
        // transaction markers or aborted records: nothing a consumer will ever receive.
        if (round->readCommitted && cached->offset > row->committed)
            row->lag = std::max<qint64>(0, row->logEnd - cached->offset);
        row->timeLagSeconds =
            row->lag == 0 ? 0.0 : double(std::max<qint64>(0, now - cached->timestampMs)) / 1000.0;
        ++round->exactTimeLags;
    } else if (endReadNow) {
        // Nothing readable up to the end: only markers (or aborted records) are left.
        if (round->readCommitted)
            row->lag = 0;
        row->timeLagSeconds = 0;
        ++round->exactTimeLags;
    } else {
        const OffsetTimeline::Estimate estimate =
            m_timelines.value(partition).timeOfOffset(row->committed);
        if (estimate.timeMs >= 0) {
            row->timeLagSeconds = double(std::max<qint64>(0, now - estimate.timeMs)) / 1000.0;
            row->timeLagEstimated = true;
            ++round->estimatedTimeLags;
        }
    }
}

void GroupWorker::evaluate(GroupLagRound *round)
{
    const qint64 now = round->timeMs;
    for (ConsumerGroupLag &group : round->groups) {
        QSet<TopicPartition> assigned;
        for (const GroupMember &member : std::as_const(group.members))
            for (const TopicPartition &partition : member.assignment)
                assigned.insert(partition);
        // First: the verdict's rule 6 reads the partitions' rates.
        estimateCatchUp(&group, now, round->readCommitted);
        QHash<TopicPartition, PartitionLagWindow> &windows = m_windows[group.groupId];
        Totals totals;
        totals.timeMs = now;
        totals.partitions = group.partitions.size();
        qsizetype worst = -1;
        for (qsizetype i = 0; i < group.partitions.size(); ++i) {
            GroupPartitionLag &row = group.partitions[i];
            const TopicPartition partition{row.topic, row.partition};
            auto window = windows.find(partition);
            if (window == windows.end())
                window = windows.insert(partition, PartitionLagWindow(m_settings.verdictWindow));
            window->add({now, row.committed, row.lag});
            row.verdict = window->evaluate(now, assigned.contains(partition), row.catchUp);
            if (worst < 0 || lagStatusSeverity(row.verdict.status) >
                                 lagStatusSeverity(group.partitions.at(worst).verdict.status))
                worst = i;
            if (row.lag > 0) {
                group.totalLag += row.lag;
                group.maxLag = std::max(group.maxLag, row.lag);
            }
            if (!std::isnan(row.timeLagSeconds) && (std::isnan(group.maxTimeLagSeconds) ||
                                                    row.timeLagSeconds > group.maxTimeLagSeconds)) {
                group.maxTimeLagSeconds = row.timeLagSeconds;
                group.timeLagEstimated = row.timeLagEstimated;
            }
            totals.logEnd += std::max<qint64>(row.logEnd, 0);
            totals.committed += std::max<qint64>(row.committed, 0);
        }
        forgetPartitionsNotIn(group, &windows);
        group.verdict = groupVerdict(group, worst);
        const Totals previous = m_previousTotals.value(group.groupId);
        const qint64 elapsed = now - previous.timeMs;
        if (previous.timeMs > 0 && elapsed > 0 && previous.partitions == totals.partitions) {
            group.produceRate = double(totals.logEnd - previous.logEnd) * 1000.0 / double(elapsed);
            group.consumeRate =
                double(totals.committed - previous.committed) * 1000.0 / double(elapsed);
        }
        m_previousTotals.insert(group.groupId, totals);
    }
}

void GroupWorker::estimateCatchUp(ConsumerGroupLag *group, qint64 nowMs, bool readCommitted)
{
    const auto newWindow = [this] {
        return CatchUpWindow(m_settings.catchUpSpanMs, m_settings.catchUpMinimumMs);
    };
    auto windows = m_catchUp.find(group->groupId);
    if (windows == m_catchUp.end())
        windows = m_catchUp.insert(group->groupId, {newWindow(), 0, readCommitted, {}});
    // The group's sums cover the partitions with a committed offset and a known end.
    qint64 committed = 0;
    qint64 logEnd = 0;
    qint64 lag = 0;
    qsizetype counted = 0;
    for (GroupPartitionLag &row : group->partitions) {
        const TopicPartition partition{row.topic, row.partition};
        auto window = windows->partitions.find(partition);
        if (window == windows->partitions.end() || windows->readCommitted != readCommitted)
            window = windows->partitions.insert(partition, newWindow());
        window->add(nowMs, row.committed, row.logEnd);
        row.catchUp = window->estimate(row.lag);
        if (row.committed >= 0 && row.logEnd >= 0) {
            committed += row.committed;
            logEnd += row.logEnd;
            lag += std::max<qint64>(row.lag, 0);
            ++counted;
        }
    }
    forgetPartitionsNotIn(*group, &windows->partitions);
    // Lag to another end, or another set of partitions summed: the group's window starts over.
    if (windows->readCommitted != readCommitted || windows->partitionCount != counted) {
        windows->group = newWindow();
        windows->partitionCount = counted;
        windows->readCommitted = readCommitted;
    }
    windows->group.add(nowMs, counted > 0 ? committed : -1, logEnd);
    group->catchUp = windows->group.estimate(counted > 0 ? lag : -1);
}

LagVerdict GroupWorker::groupVerdict(const ConsumerGroupLag &group, qsizetype worst)
{
    if (worst < 0)
        return {LagStatus::Unknown, tr("no committed offsets and no assigned partitions")};
    const GroupPartitionLag &row = group.partitions.at(worst);
    if (row.verdict.status == LagStatus::Ok) {
        return {LagStatus::Ok, tr("all %n partition(s) caught up or catching up", nullptr,
                                  int(group.partitions.size()))};
    }
    return {row.verdict.status,
            partitionName({row.topic, row.partition}) + QStringLiteral(": ") + row.verdict.reason};
}

void GroupWorker::forgetMissing(const GroupLagRound &round, const QSet<TopicPartition> &partitions)
{
    QSet<QString> groups;
    groups.reserve(round.groups.size());
    for (const ConsumerGroupLag &group : round.groups)
        groups.insert(group.groupId);
    const auto gone = [&](const auto &it) { return !groups.contains(it.key()); };
    m_windows.removeIf(gone);
    m_previousTotals.removeIf(gone);
    m_catchUp.removeIf(gone);
    m_emptyDescriptions.removeIf(gone);
    m_membership.retain(groups);
    m_timelines.removeIf([&](const auto &it) { return !partitions.contains(it.key()); });
}

void GroupWorker::runWrite(quint64 id, const QString &description,
                           const std::function<void(KafkaError *error)> &write)
{
    KafkaError error;
    if (m_profile.readOnly) {
        error = readOnlyRefusal(description);
    } else if (ensureClient(&error)) {
        write(&error);
    }
    emit operationFinished(id, description, error);
}

void GroupWorker::previewReset(quint64 id, const QString &groupId,
                               const QList<TopicPartition> &scope, const OffsetResetSpec &spec)
{
    OffsetResetPreview preview;
    preview.groupId = groupId;
    KafkaError error;
    const auto done = [&] { emit resetPreviewReady(id, preview, error); };
    if (!ensureClient(&error))
        return done();
    const int timeoutMs = m_settings.requestTimeoutMs;
    QHash<QString, ConsumerGroupLag> described;
    if (!m_admin->describeGroups({groupId}, timeoutMs, &described, &error))
        return done();
    preview.groupHasActiveMembers = described.value(groupId).hasActiveMembers();
    QHash<QString, QHash<TopicPartition, qint64>> committed;
    QHash<QString, QString> failures;
    if (!m_admin->listCommittedOffsets({groupId}, timeoutMs, &committed, &failures, &error))
        return done();
    if (failures.contains(groupId)) {
        error = {tr("The committed offsets of group %1 could not be read: %2")
                     .arg(groupId, failures.value(groupId)),
                 QStringLiteral("_FAIL"),
                 {}};
        return done();
    }
    const QHash<TopicPartition, qint64> &current = committed[groupId];
    QList<TopicPartition> partitions =
        scope.isEmpty() ? QList<TopicPartition>(current.keyBegin(), current.keyEnd()) : scope;
    std::sort(partitions.begin(), partitions.end());
    if (partitions.isEmpty()) {
        error = {tr("Group %1 has no committed offsets; choose the topics to reset.").arg(groupId),
                 QStringLiteral("_INVALID_ARG"),
                 {}};
        return done();
    }
    QHash<TopicPartition, qint64> earliest, latest, atTime;
    if (!m_admin->listOffsets(partitions, GroupAdmin::kEarliest, false, timeoutMs, &earliest,
                              &error) ||
        !m_admin->listOffsets(partitions, GroupAdmin::kLatest, false, timeoutMs, &latest, &error))
        return done();
    if (spec.mode == OffsetResetMode::Timestamp &&
        !m_admin->listOffsets(partitions, spec.value, false, timeoutMs, &atTime, &error))
        return done();
    QList<PartitionOffsetState> states;
    for (const TopicPartition &partition : std::as_const(partitions)) {
        PartitionOffsetState state;
        state.topic = partition.topic;
        state.partition = partition.partition;
        state.committed = current.value(partition, -1);
        state.earliest = earliest.value(partition);
        state.latest = latest.value(partition);
        state.offsetForTimestamp = atTime.value(partition, -1);
        states.append(state);
    }
    preview.rows = planOffsetReset(states, spec);
    done();
}

void GroupWorker::applyReset(quint64 id, const QString &groupId, const QList<OffsetResetRow> &rows)
{
    runWrite(id, tr("Reset the offsets of group %1").arg(groupId), [&](KafkaError *error) {
        // Checked again right before writing: a consumer may have joined since the preview, and
        // the broker would refuse (or the consumer would overwrite the reset with its next
        // commit).
        QHash<QString, ConsumerGroupLag> described;
        if (!m_admin->describeGroups({groupId}, m_settings.requestTimeoutMs, &described, error))
            return;
        if (described.value(groupId).hasActiveMembers()) {
            *error = {tr("Group %1 has active members; offsets can only be reset while no "
                         "consumer of the group is running.")
                          .arg(groupId),
                      QStringLiteral("NON_EMPTY_GROUP"),
                      tr("Stop the group's consumers, then try again.")};
            return;
        }
        QList<QPair<TopicPartition, qint64>> offsets;
        for (const OffsetResetRow &row : rows)
            if (row.changes && row.target >= 0)
                offsets.append({{row.topic, row.partition}, row.target});
        if (!offsets.isEmpty())
            m_admin->alterCommittedOffsets(groupId, offsets, m_settings.requestTimeoutMs, error);
    });
}

void GroupWorker::deleteGroup(quint64 id, const QString &groupId)
{
    runWrite(id, tr("Delete group %1").arg(groupId), [&](KafkaError *error) {
        m_admin->deleteGroup(groupId, m_settings.requestTimeoutMs, error);
    });
}

void GroupWorker::deleteGroupOffsets(quint64 id, const QString &groupId, const QString &topic)
{
    const QString description =
        tr("Delete the committed offsets of group %1 for topic %2").arg(groupId, topic);
    runWrite(id, description, [&](KafkaError *error) {
        QHash<QString, QHash<TopicPartition, qint64>> committed;
        QHash<QString, QString> failures;
        if (!m_admin->listCommittedOffsets({groupId}, m_settings.requestTimeoutMs, &committed,
                                           &failures, error))
            return;
        QList<TopicPartition> partitions;
        const QHash<TopicPartition, qint64> &offsets = committed[groupId];
        for (auto it = offsets.cbegin(); it != offsets.cend(); ++it)
            if (it.key().topic == topic)
                partitions.append(it.key());
        if (partitions.isEmpty()) {
            *error = {tr("Group %1 has no committed offsets for topic %2.").arg(groupId, topic),
                      QStringLiteral("_INVALID_ARG"),
                      {}};
            return;
        }
        m_admin->deleteCommittedOffsets(groupId, partitions, m_settings.requestTimeoutMs, error);
    });
}

} // namespace Qafka
