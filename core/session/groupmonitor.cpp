#include "session/groupmonitor.h"

#include "workers/groupworker.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace Qafka {

namespace {

// Statuses from which a watched group "turned bad".
bool isBad(LagStatus status)
{
    return lagStatusSeverity(status) >= lagStatusSeverity(LagStatus::FallingBehind);
}

} // namespace

GroupMonitor::GroupMonitor(const ConnectionProfile &profile, const ProfileSecrets &secrets,
                           QObject *parent, GroupRoundSettings settings)
    : QObject(parent)
    , m_profile(profile)
    , m_secrets(secrets)
    , m_settings(settings)
{
    registerGroupTypes();
    m_timer.setSingleShot(true);
    m_timer.setInterval(2000);
    connect(&m_timer, &QTimer::timeout, this, &GroupMonitor::refreshNow);
}

GroupMonitor::~GroupMonitor()
{
    close();
}

void GroupMonitor::start()
{
    if (m_host)
        return;
    auto *worker = new GroupWorker(m_profile, m_secrets, m_settings);
    m_replies.route(worker, &GroupWorker::roundReady, this, &GroupMonitor::onRound);
    m_replies.route(worker, &GroupWorker::roundFailed, this, &GroupMonitor::onRoundFailed);
    m_replies.route(worker, &GroupWorker::resetPreviewReady, this,
                    &GroupMonitor::resetPreviewReady);
    m_replies.route(worker, &GroupWorker::operationFinished, this,
                    &GroupMonitor::operationFinished);
    m_worker = worker;
    m_host = std::make_unique<WorkerHost>(
        worker, [worker] { worker->requestStop(); }, QStringLiteral("groups:") + m_profile.name);
}

void GroupMonitor::close()
{
    m_timer.stop();
    m_inFlight = false;
    ++m_roundId;
    if (m_worker)
        m_worker->disconnect(&m_replies);
    m_host.reset(); // stops the worker; never waits
    m_worker = nullptr;
}

void GroupMonitor::setReadCommitted(bool readCommitted)
{
    if (m_readCommitted == readCommitted)
        return;
    m_readCommitted = readCommitted;
    // Lag means something else from now on: the charts show a break, and the answer of a round
    // still in flight in the other mode is not used.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_histories.breakLag(now);
    ++m_roundId;
    m_inFlight = false;
    if (isRunning())
        refreshNow();
}

void GroupMonitor::setViewing(bool viewing)
{
    const bool wasRunning = isRunning();
    m_viewers = std::max(0, m_viewers + (viewing ? 1 : -1));
    updateTimer();
    if (isRunning() != wasRunning)
        emit runningChanged(isRunning());
}

void GroupMonitor::updateTimer()
{
    if (!isRunning()) {
        m_timer.stop();
        return;
    }
    if (!m_inFlight && !m_timer.isActive())
        refreshNow();
}

void GroupMonitor::refreshNow()
{
    if (m_inFlight)
        return;
    start();
    m_timer.stop();
    m_inFlight = true;
    GroupWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [worker, round = ++m_roundId, readCommitted = m_readCommitted,
         details = QStringList(detailGroups().values())] {
            worker->refresh(round, readCommitted, details);
        },
        Qt::QueuedConnection);
}

QSet<QString> GroupMonitor::detailGroups() const
{
    QSet<QString> groups = m_tracked;
    for (auto it = m_watches.cbegin(); it != m_watches.cend(); ++it)
        groups.insert(it.key());
    return groups;
}

void GroupMonitor::onRound(quint64 roundId, const GroupLagRound &round)
{
    if (roundId != m_roundId)
        return;
    // Freeing a round (50,000 rows on a big cluster) costs tens of milliseconds: the worker's
    // thread does it, not the GUI's. The round before the last is kept until now because the
    // views' rows share its data until they took the last round: had they dropped the last
    // reference, the GUI thread would have freed it (54 ms, contending with the worker's
    // allocations, in bench/run groups10k).
    GroupLagRound older = std::exchange(m_previousRound, std::exchange(m_round, round));
    if (m_worker)
        QMetaObject::invokeMethod(
            m_worker, [older = std::move(older)] {}, Qt::QueuedConnection);
    m_histories.beginRound(m_round);
    m_recordedGroups = 0;
    recordSlice(roundId);
}

// Records the round's histories a few milliseconds at a time, each slice its own event, so that
// 10,000 groups (13 ms on the first round) never hold the GUI thread at once. The round stays "in
// flight" until then: no other round starts meanwhile.
void GroupMonitor::recordSlice(quint64 roundId)
{
    if (roundId != m_roundId)
        return; // closed, or lag changed its meaning (read_committed) meanwhile
    const QDeadlineTimer slice(m_settings.historySliceMs, Qt::PreciseTimer);
    const qsizetype groupsBetweenClockReads = std::max(1, m_settings.historySliceGroups);
    const QSet<QString> detailed = detailGroups();
    const auto isDetailed = [&detailed](const QString &groupId) {
        return !detailed.isEmpty() && detailed.contains(groupId);
    };
    const qsizetype total = m_round.groups.size();
    do {
        const qsizetype end = std::min(total, m_recordedGroups + groupsBetweenClockReads);
        m_histories.recordGroups(m_round, m_recordedGroups, end, isDetailed);
        m_recordedGroups = end;
    } while (m_recordedGroups < total && !slice.hasExpired());
    if (m_recordedGroups < total) {
        QMetaObject::invokeMethod(
            this, [this, roundId] { recordSlice(roundId); }, Qt::QueuedConnection);
        return;
    }
    m_histories.endRound(m_round);
    finishRound();
}

void GroupMonitor::finishRound()
{
    m_inFlight = false;
    m_hasRound = true;
    ++m_roundsReceived;
    m_lastError = {};
    checkWatches(m_round);
    emit roundReady(m_round);
    if (isRunning())
        m_timer.start();
}

void GroupMonitor::onRoundFailed(quint64 roundId, const KafkaError &error)
{
    if (roundId != m_roundId)
        return;
    m_inFlight = false;
    m_lastError = error;
    // No data for this moment: every chart shows a gap, not a line drawn across the outage.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_histories.breakAll(now);
    emit roundFailed(error);
    if (isRunning())
        m_timer.start();
}

void GroupMonitor::checkWatches(const GroupLagRound &round)
{
    const QLocale locale;
    for (auto it = m_watches.begin(); it != m_watches.end(); ++it) {
        const ConsumerGroupLag *current = group(it.key());
        if (!current)
            continue;
        Watch &watch = *it;
        const LagStatus status = current->verdict.status;
        if (isBad(status) && lagStatusSeverity(status) > lagStatusSeverity(watch.lastStatus))
            emit alert(it.key(), tr("Consumer group %1 is %2").arg(it.key(), lagStatusName(status)),
                       current->verdict.reason,
                       lagStatusSeverity(status) >= lagStatusSeverity(LagStatus::Stalled));
        if (watch.lagThreshold >= 0 && watch.lastLag <= watch.lagThreshold &&
            current->totalLag > watch.lagThreshold)
            emit alert(it.key(),
                       tr("Consumer group %1 lags %2 messages")
                           .arg(it.key(), locale.toString(current->totalLag)),
                       tr("Its lag crossed the threshold of %1 messages.")
                           .arg(locale.toString(watch.lagThreshold)),
                       false);
        watch.lastStatus = status;
        watch.lastLag = current->totalLag;
    }
    Q_UNUSED(round);
}

const ConsumerGroupLag *GroupMonitor::group(const QString &groupId) const
{
    const qsizetype index = indexOfGroup(m_round.groups, groupId);
    return index < 0 ? nullptr : &m_round.groups.at(index);
}

void GroupMonitor::trackDetails(const QString &groupId)
{
    m_tracked.insert(groupId);
}

bool GroupMonitor::isTracked(const QString &groupId) const
{
    return m_tracked.contains(groupId) || m_watches.contains(groupId);
}

void GroupMonitor::setWatched(const QString &groupId, bool watched, qint64 lagThreshold)
{
    const bool wasRunning = isRunning();
    if (watched) {
        Watch &watch = m_watches[groupId];
        watch.lagThreshold = lagThreshold;
        if (const ConsumerGroupLag *current = group(groupId)) {
            watch.lastStatus = current->verdict.status;
            watch.lastLag = current->totalLag;
        }
    } else {
        m_watches.remove(groupId);
    }
    updateTimer();
    if (isRunning() != wasRunning)
        emit runningChanged(isRunning());
}

qint64 GroupMonitor::lagThreshold(const QString &groupId) const
{
    return m_watches.value(groupId).lagThreshold;
}

QStringList GroupMonitor::watchedGroups() const
{
    QStringList groups = m_watches.keys();
    groups.sort();
    return groups;
}

QList<GroupMonitor::TopicReader> GroupMonitor::readersOf(const QString &topic) const
{
    QList<TopicReader> readers;
    for (const ConsumerGroupLag &group : m_round.groups) {
        TopicReader reader;
        for (const GroupPartitionLag &row : group.partitions) {
            if (row.topic != topic)
                continue;
            ++reader.partitions;
            reader.lag += std::max<qint64>(row.lag, 0);
            if (!std::isnan(row.timeLagSeconds))
                reader.maxTimeLagSeconds = std::max(reader.maxTimeLagSeconds, row.timeLagSeconds);
            LagVerdict named = row.verdict;
            named.reason = row.topic + u'-' + QString::number(row.partition) +
                           QStringLiteral(": ") + named.reason;
            reader.verdict = reader.partitions == 1 ? named : worstOf(reader.verdict, named);
        }
        if (reader.partitions == 0)
            continue;
        reader.groupId = group.groupId;
        reader.state = group.state;
        readers.append(reader);
    }
    return readers;
}

quint64 GroupMonitor::refusedWrite(const QString &description)
{
    const quint64 id = ++m_nextOperationId;
    QMetaObject::invokeMethod(
        this,
        [this, id, description] {
            emit operationFinished(id, description, readOnlyRefusal(description));
        },
        Qt::QueuedConnection);
    return id;
}

quint64 GroupMonitor::previewReset(const QString &groupId, const QList<TopicPartition> &scope,
                                   const OffsetResetSpec &spec)
{
    start();
    const quint64 id = ++m_nextOperationId;
    GroupWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [worker, id, groupId, scope, spec] { worker->previewReset(id, groupId, scope, spec); },
        Qt::QueuedConnection);
    return id;
}

quint64 GroupMonitor::applyReset(const QString &groupId, const QList<OffsetResetRow> &rows)
{
    if (isReadOnly())
        return refusedWrite(tr("Reset the offsets of group %1").arg(groupId));
    start();
    const quint64 id = ++m_nextOperationId;
    GroupWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, id, groupId, rows] { worker->applyReset(id, groupId, rows); },
        Qt::QueuedConnection);
    return id;
}

quint64 GroupMonitor::deleteGroup(const QString &groupId)
{
    if (isReadOnly())
        return refusedWrite(tr("Delete group %1").arg(groupId));
    start();
    const quint64 id = ++m_nextOperationId;
    GroupWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, id, groupId] { worker->deleteGroup(id, groupId); }, Qt::QueuedConnection);
    return id;
}

quint64 GroupMonitor::deleteGroupOffsets(const QString &groupId, const QString &topic)
{
    if (isReadOnly())
        return refusedWrite(
            tr("Delete the committed offsets of group %1 for topic %2").arg(groupId, topic));
    start();
    const quint64 id = ++m_nextOperationId;
    GroupWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, id, groupId, topic] { worker->deleteGroupOffsets(id, groupId, topic); },
        Qt::QueuedConnection);
    return id;
}

} // namespace Qafka
