#pragma once

// An AdminClient on one of librdkafka's mock clusters, for unit tests of how Qafka reads what
// librdkafka answers (never proof of a broker feature). Tests using it link Qafka::rdkafka.

#include "rdkafka/adminclient.h"
#include "types/connectiondiagnosis.h"
#include "types/kafkaconfig.h"

#include <librdkafka/rdkafka.h>
#include <librdkafka/rdkafka_mock.h> // after rdkafka.h, which it needs

#include <atomic>
#include <memory>

struct MockAdmin
{
    Qafka::ConnectionDiagnosis diagnosis;
    std::atomic_bool stop = false;
    Qafka::KafkaError error; // why client is null
    std::unique_ptr<Qafka::AdminClient> client;

    explicit MockAdmin(rd_kafka_mock_cluster_t *cluster)
        : client(Qafka::AdminClient::create(
              Qafka::KafkaConfig::forProfile(
                  Qafka::ConnectionProfile::forBootstrap(
                      QString::fromUtf8(rd_kafka_mock_cluster_bootstraps(cluster))),
                  {}),
              &diagnosis, &stop, &error))
    {}
};
