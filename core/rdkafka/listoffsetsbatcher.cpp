#include "rdkafka/listoffsetsbatcher.h"

#include "rdkafka/adminrequests.h"

namespace Qafka {

ListOffsetsBatcher::ListOffsetsBatcher(AdminRequests *requests, qint64 spec, bool readCommitted,
                                       int timeoutMs)
    : m_requests(requests)
    , m_spec(spec)
    , m_readCommitted(readCommitted)
    , m_timeoutMs(timeoutMs)
{}

void ListOffsetsBatcher::add(const QByteArray &topic, int partition)
{
    if (!m_list)
        m_list.reset(rd_kafka_topic_partition_list_new(kPartitionsPerRequest));
    rd_kafka_topic_partition_list_add(m_list.get(), topic.constData(), partition)->offset = m_spec;
    if (m_list->cnt >= kPartitionsPerRequest)
        flush();
}

void ListOffsetsBatcher::flush()
{
    if (!m_list || m_list->cnt == 0)
        return;
    const OptionsPtr options = m_requests->options(RD_KAFKA_ADMIN_OP_LISTOFFSETS, m_timeoutMs);
    if (m_readCommitted)
        ErrorPtr(rd_kafka_AdminOptions_set_isolation_level(
            options.get(), RD_KAFKA_ISOLATION_LEVEL_READ_COMMITTED));
    rd_kafka_ListOffsets(m_requests->handle(), m_list.get(), options.get(), m_requests->queue());
    m_requests->sent();
    ++m_sent;
    m_list.reset();
}

void ListOffsetsBatcher::read(rd_kafka_event_t *event, const Found &found)
{
    size_t count = 0;
    const rd_kafka_ListOffsetsResultInfo_t **infos =
        rd_kafka_ListOffsets_result_infos(rd_kafka_event_ListOffsets_result(event), &count);
    for (size_t i = 0; i < count; ++i) {
        const rd_kafka_topic_partition_t *entry =
            rd_kafka_ListOffsetsResultInfo_topic_partition(infos[i]);
        // librdkafka fills in OFFSET_INVALID without an error for a partition whose leader (as
        // its metadata has it) never answered, e.g. a broker that just died: not an offset.
        const bool unanswered = !entry->err && entry->offset == RD_KAFKA_OFFSET_INVALID;
        found(entry->topic, entry->partition, entry->offset,
              unanswered ? RD_KAFKA_RESP_ERR_LEADER_NOT_AVAILABLE : entry->err);
    }
}

} // namespace Qafka
