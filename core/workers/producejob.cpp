#include "workers/producejob.h"

#include "rdkafka/producerclient.h"

#include <algorithm>

namespace Qafka {

namespace {
// Successful reports kept per progress signal; failures are always all kept.
constexpr qsizetype maxSuccessReports = 1000;
// Messages generated and handed to librdkafka at a time.
constexpr qint64 kBatchMessages = 256;
constexpr int kQueueFullWaitMs = 5;

// Keeps every failure and the newest maxSuccessReports successes, in their order, in place: a
// million-message batch must not ship (or hold) a million reports.
void keepNewestSuccesses(QList<DeliveryReport> *reports)
{
    qsizetype toDrop =
        std::count_if(reports->cbegin(), reports->cend(),
                      [](const DeliveryReport &report) { return report.succeeded(); }) -
        maxSuccessReports;
    if (toDrop <= 0)
        return;
    auto kept = reports->begin();
    for (auto it = reports->begin(); it != reports->end(); ++it) {
        if (toDrop > 0 && it->succeeded()) {
            --toDrop;
            continue;
        }
        if (kept != it)
            *kept = std::move(*it);
        ++kept;
    }
    reports->erase(kept, reports->end());
}

} // namespace

ProduceJob::ProduceJob(quint64 id, ProduceRequest request, ProducerClient *producer,
                       QObject *parent)
    : QObject(parent)
    , m_id(id)
    , m_request(std::move(request))
    , m_producer(producer)
{
    m_progress.total = m_request.count;
    m_timer.setInterval(m_request.intervalMs > 0 ? m_request.intervalMs : 0);
    connect(&m_timer, &QTimer::timeout, this, &ProduceJob::tick);
}

void ProduceJob::start()
{
    m_clock.start();
    m_timer.start();
    tick();
}

void ProduceJob::cancel()
{
    if (m_progress.finished || m_progress.cancelled)
        return;
    m_progress.cancelled = true;
    m_unsent.clear(); // never handed over, so never counted as produced
    // What librdkafka still holds locally is dropped and reported as not sent; what is already on
    // the wire gets its real delivery report.
    m_producer->purgeQueued();
}

DeliveryReport ProduceJob::notMade(qint64 sequence, const QString &problem)
{
    DeliveryReport report;
    report.sequence = sequence;
    report.errorCode = QStringLiteral("NOT_ENCODED");
    report.errorMessage = problem;
    return report;
}

void ProduceJob::tick()
{
    if (m_progress.finished)
        return;
    // This tick's reports go straight after the ones not yet shipped: no list per tick to grow
    // and copy (a report per message is most of what the worker does besides librdkafka).
    const qsizetype reportsBefore = m_pendingReports.size();
    bool queueFull = false;
    // Paced sends produce one per tick; unpaced ones hand over batches for a few ms, reading the
    // clock once per batch (well under a millisecond each).
    const qint64 sliceEnd = m_clock.elapsed() + 5;
    while (!m_progress.cancelled && m_progress.produced < m_progress.total) {
        if (m_unsent.isEmpty())
            generate(&m_pendingReports);
        const qsizetype taken =
            m_producer->produceBatch(m_request.topic, m_unsent, &m_pendingReports);
        m_progress.produced += taken;
        m_unsent.remove(0, taken);
        if (!m_unsent.isEmpty()) {
            queueFull = true;
            break;
        }
        if (m_request.intervalMs > 0 || m_clock.elapsed() >= sliceEnd)
            break;
    }
    const bool allHandedOver = m_progress.cancelled || m_progress.produced >= m_progress.total;
    // With librdkafka's queue full, wait for delivery reports to make room (as kcat does) rather
    // than spin: the spinning took a core from librdkafka's and the broker's threads.
    m_producer->poll(allHandedOver ? 10 : (queueFull ? kQueueFullWaitMs : 0), &m_pendingReports);
    account(reportsBefore);

    if (allHandedOver && m_progress.delivered + m_progress.failed >= m_progress.produced) {
        m_timer.stop();
        m_progress.finished = true;
        m_progress.elapsedMs = m_clock.elapsed();
        emitProgress(true);
        emit finished(m_id, m_progress);
        return;
    }
    emitProgress(false);
}

void ProduceJob::generate(QList<DeliveryReport> *reports)
{
    const qint64 batchEnd =
        std::min(m_progress.total, m_generated + (m_request.intervalMs > 0 ? 1 : kBatchMessages));
    for (; m_generated < batchEnd; ++m_generated) {
        OutgoingMessage message = m_request.generator(m_generated);
        if (message.problem.isEmpty()) {
            m_unsent.append({m_generated, std::move(message)});
        } else {
            ++m_progress.produced;
            reports->append(notMade(m_generated, message.problem));
        }
    }
}

void ProduceJob::account(qsizetype from)
{
    for (qsizetype i = from; i < m_pendingReports.size(); ++i) {
        if (m_pendingReports.at(i).succeeded())
            ++m_progress.delivered;
        else
            ++m_progress.failed;
    }
    if (m_pendingReports.size() > 8 * maxSuccessReports)
        keepNewestSuccesses(&m_pendingReports);
}

void ProduceJob::emitProgress(bool force)
{
    const qint64 now = m_clock.elapsed();
    if (!force && now - m_lastEmitMs < 100)
        return;
    m_lastEmitMs = now;
    m_progress.elapsedMs = now;
    keepNewestSuccesses(&m_pendingReports);
    emit progress(m_id, m_progress, m_pendingReports);
    m_pendingReports.clear();
}

} // namespace Qafka
