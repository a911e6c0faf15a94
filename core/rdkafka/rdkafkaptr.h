#pragma once

// Owning pointers for librdkafka's C objects, shared by the admin helpers. Only for .cpp files of
// core/kafka: it includes librdkafka's header.

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

} // namespace Qafka
