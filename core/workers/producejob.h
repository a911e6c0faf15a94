#pragma once

#include "types/clustertypes.h"
#include "types/messagetypes.h"
#include "types/producetypes.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace Qafka {

class ProducerClient;

// One batch send on the worker thread, driven by a timer so the worker keeps answering other
// requests: produces in slices, serves delivery reports, reports progress at most ten times a
// second with the reports gathered meanwhile (every failure, and the latest successes).
class ProduceJob : public QObject
{
    Q_OBJECT
public:
    ProduceJob(quint64 id, ProduceRequest request, ProducerClient *producer,
               QObject *parent = nullptr);

    quint64 id() const { return m_id; }
    const QString &topic() const { return m_request.topic; }
    void start();
    void cancel();
    bool isFinished() const { return m_progress.finished; }

signals:
    void progress(quint64 id, const Qafka::ProduceProgress &progress,
                  const QList<Qafka::DeliveryReport> &reports);
    void finished(quint64 id, const Qafka::ProduceProgress &progress);

private:
    void tick();
    // Fills m_unsent with the next messages; those a schema rejected go to *reports instead.
    void generate(QList<DeliveryReport> *reports);
    static DeliveryReport notMade(qint64 sequence, const QString &problem);
    // Counts the reports from index from of m_pendingReports on.
    void account(qsizetype from);
    void emitProgress(bool force);

    quint64 m_id;
    ProduceRequest m_request;
    ProducerClient *m_producer;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastEmitMs = -1000;
    ProduceProgress m_progress;
    QList<DeliveryReport> m_pendingReports;
    qint64 m_generated = 0; // the next sequence to generate
    // Generated, not yet taken by librdkafka (its queue was full).
    QList<SequencedMessage> m_unsent;
};

} // namespace Qafka
