#pragma once

#include "rdkafka/rdkafkaptr.h"

#include <QDeadlineTimer>

namespace Qafka {

class AdminClient;

// The requests of one admin call. They answer on a result queue of their own, so the late answer
// to a call given up on (timeout, stop) can never be taken for another call's: there are no tags
// to match, and destroying this drops whatever still arrives. Every admin request of core/rdkafka
// goes through one of these. Used on the AdminClient's thread only.
class AdminRequests
{
public:
    explicit AdminRequests(AdminClient *client);

    rd_kafka_t *handle() const;
    rd_kafka_queue_t *queue() const { return m_queue.get(); }
    // Options for one request: its timeout, and for writes whether the broker answers only once
    // the controller applied it (so the next metadata refresh shows the change).
    OptionsPtr options(rd_kafka_admin_op_t op, int timeoutMs, bool untilApplied = false) const;
    // Counts a request sent on queue().
    void sent(int requests = 1) { m_pending += requests; }
    int pending() const { return m_pending; }

    // The next answer, waiting up to the deadline plus a second (so librdkafka reports its own
    // request timeout first) in short slices that serve the client's events and honour its stop
    // flag; nullptr when none came.
    EventPtr next(const QDeadlineTimer &deadline);
    // An answer that already arrived, without waiting; nullptr when none is there.
    EventPtr poll();

private:
    EventPtr taken(rd_kafka_event_t *event);

    AdminClient *m_client;
    QueuePtr m_queue;
    int m_pending = 0;
};

} // namespace Qafka
