#pragma once

// Owning pointers for librdkafka's C objects: the one set of RAII handles of core/rdkafka. Only
// for its .cpp files: it includes librdkafka's header.

#include <librdkafka/rdkafka.h>

#include <memory>

namespace Qafka {

template <auto destroy> struct RdDeleter
{
    template <typename T> void operator()(T *object) const { destroy(object); }
};
template <typename T, auto destroy> using RdPtr = std::unique_ptr<T, RdDeleter<destroy>>;

using OptionsPtr = RdPtr<rd_kafka_AdminOptions_t, &rd_kafka_AdminOptions_destroy>;
using PartitionListPtr =
    RdPtr<rd_kafka_topic_partition_list_t, &rd_kafka_topic_partition_list_destroy>;
using QueuePtr = RdPtr<rd_kafka_queue_t, &rd_kafka_queue_destroy>;
using ErrorPtr = RdPtr<rd_kafka_error_t, &rd_kafka_error_destroy>;
using EventPtr = RdPtr<rd_kafka_event_t, &rd_kafka_event_destroy>;
using ConfPtr = RdPtr<rd_kafka_conf_t, &rd_kafka_conf_destroy>;
using MessagePtr = RdPtr<rd_kafka_message_t, &rd_kafka_message_destroy>;
using MetadataPtr = RdPtr<const rd_kafka_metadata_t, &rd_kafka_metadata_destroy>;
using TopicPtr = RdPtr<rd_kafka_topic_t, &rd_kafka_topic_destroy>;
using ResourcePtr = RdPtr<rd_kafka_ConfigResource_t, &rd_kafka_ConfigResource_destroy>;
using HandlePtr = RdPtr<rd_kafka_t, &rd_kafka_destroy>;

// A consumer handle that is destroyed without leaving its group: the consumers of Qafka never
// join one (they are assigned), and closing would wait on a dead coordinator.
inline void destroyConsumerWithoutClose(rd_kafka_t *handle)
{
    rd_kafka_destroy_flags(handle, RD_KAFKA_DESTROY_F_NO_CONSUMER_CLOSE);
}
using ConsumerHandlePtr = RdPtr<rd_kafka_t, &destroyConsumerWithoutClose>;

} // namespace Qafka
