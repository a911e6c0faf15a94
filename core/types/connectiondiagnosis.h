#pragma once

#include "types/clustertypes.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Qafka {

// Collects what librdkafka reports while a connection is tried (its error callback) and turns it
// into one sentence a user can act on. librdkafka retries forever and reports causes only as text,
// so the classification works on its error codes first and its wording second.
class ConnectionDiagnosis
{
public:
    struct Event
    {
        int code = 0;     // rd_kafka_resp_err_t
        QString codeName; // rd_kafka_err2name
        QString reason;
    };

    void clear() { m_events.clear(); }
    void record(int code, const QString &codeName, const QString &reason);
    bool isEmpty() const { return m_events.isEmpty(); }
    const QList<Event> &events() const { return m_events; }

    // True once librdkafka said something that retrying will not fix (bad credentials, TLS
    // mismatch, unresolvable host with every bootstrap server down, ...).
    bool isConclusive() const;
    // Nothing but timeouts (or no event at all): no broker refused, failed or said anything.
    bool onlySilence() const;

    KafkaError diagnose(const QString &bootstrap, int waitedMs) const;

    static KafkaError classify(const Event &event, const QString &bootstrap);
    // The bootstrap server answered but the brokers' advertised addresses cannot be reached
    // (all of them, or only some): the classic advertised.listeners mistake.
    // Nothing but silence from librdkafka, yet these bootstrap servers accepted a TCP connection:
    // not a firewall, but something other than a Kafka listener on that port.
    static KafkaError silentListenerError(const QStringList &accepting, int waitedMs);
    // An OAuth login whose token request has not been answered: librdkafka asks no broker
    // without a token, so the wait is the identity provider's.
    static KafkaError tokenPendingError(const QString &tokenEndpoint, int waitedMs);
    static KafkaError advertisedListenerError(const QString &bootstrap,
                                              const QStringList &unreachable, bool all);

private:
    QList<Event> m_events; // newest last, bounded
};

} // namespace Qafka
