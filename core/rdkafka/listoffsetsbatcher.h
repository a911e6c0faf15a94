#pragma once

#include "rdkafka/rdkafkaptr.h"

#include <QByteArray>

#include <functional>

namespace Qafka {

class AdminRequests;

// Sends ListOffsets for any number of partitions in requests of kPartitionsPerRequest, all in
// flight at once on the call's AdminRequests. librdkafka (2.14) merges each leader's answer into
// the request's result with a linear search per partition, so one request of n partitions costs
// O(n²) on its main thread: about 50 s for 100,000 partitions, during which the handle serves
// nothing else. Batches keep the total linear. The one ListOffsets path of core/rdkafka.
class ListOffsetsBatcher
{
public:
    static constexpr int kPartitionsPerRequest = 500;

    // spec: RD_KAFKA_OFFSET_SPEC_EARLIEST, _LATEST or a timestamp in ms. readCommitted asks for
    // the last stable offset instead of the high watermark.
    ListOffsetsBatcher(AdminRequests *requests, qint64 spec, bool readCommitted, int timeoutMs);
    ~ListOffsetsBatcher() { flush(); }
    ListOffsetsBatcher(const ListOffsetsBatcher &) = delete;
    ListOffsetsBatcher &operator=(const ListOffsetsBatcher &) = delete;

    // topic: UTF-8; librdkafka copies it.
    void add(const QByteArray &topic, int partition);
    // Sends what was added since the last full request.
    void flush();
    int requestsSent() const { return m_sent; }

    // Calls found(topic, partition, offset, err) for every partition of a ListOffsets answer, in
    // the answer's order (grouped by topic).
    using Found = std::function<void(const char *topic, int partition, qint64 offset,
                                     rd_kafka_resp_err_t err)>;
    static void read(rd_kafka_event_t *event, const Found &found);

private:
    AdminRequests *m_requests;
    qint64 m_spec;
    bool m_readCommitted;
    int m_timeoutMs;
    PartitionListPtr m_list;
    int m_sent = 0;
};

} // namespace Qafka
