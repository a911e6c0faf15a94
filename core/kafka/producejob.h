#pragma once

#include "clustertypes.h"
#include "messagetypes.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>

namespace Qafka {

class ProducerClient;

// Makes the message with this sequence number; runs on the worker thread (templates expand there,
// so a million-message batch never touches the GUI thread).
using MessageGenerator = std::function<OutgoingMessage(qint64 sequence)>;

struct ProduceRequest
{
    QString topic;
    qint64 count = 1;
    int intervalMs = 0; // 0: as fast as the broker takes them
    QString compression = QStringLiteral("none");
    MessageGenerator generator;
};

struct ProduceProgress
{
    qint64 total = 0;
    qint64 produced = 0;  // handed to librdkafka
    qint64 delivered = 0; // acknowledged by the broker
    qint64 failed = 0;
    qint64 elapsedMs = 0;
    bool finished = false;
    bool cancelled = false;
    double ratePerSecond() const
    {
        return elapsedMs > 0 ? double(delivered) * 1000.0 / double(elapsedMs) : 0;
    }
};

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
    void start();
    void cancel();
    bool isFinished() const { return m_progress.finished; }

signals:
    void progress(quint64 id, const Qafka::ProduceProgress &progress,
                  const QList<Qafka::DeliveryReport> &reports);
    void finished(quint64 id, const Qafka::ProduceProgress &progress);

private:
    void tick();
    void account(const QList<DeliveryReport> &reports);
    void emitProgress(bool force);

    quint64 m_id;
    ProduceRequest m_request;
    ProducerClient *m_producer;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastEmitMs = -1000;
    ProduceProgress m_progress;
    QList<DeliveryReport> m_pendingReports;
};

} // namespace Qafka

Q_DECLARE_METATYPE(Qafka::ProduceProgress)
