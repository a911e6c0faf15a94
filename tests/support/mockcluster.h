#pragma once

// One of librdkafka's mock clusters with an AdminClient on it, for unit tests of how Qafka reads
// what librdkafka answers (never proof of a broker feature). Tests using it link Qafka::rdkafka.

#include "rdkafka/adminclient.h"
#include "types/connectiondiagnosis.h"
#include "types/kafkaconfig.h"

#include <librdkafka/rdkafka.h>
#include <librdkafka/rdkafka_mock.h> // after rdkafka.h, which it needs

#include <atomic>
#include <memory>

struct MockCluster
{
    rd_kafka_t *producer = nullptr; // holds the mock cluster; also sends the tests' messages
    rd_kafka_mock_cluster_t *cluster = nullptr;
    Qafka::ConnectionDiagnosis diagnosis;
    std::atomic_bool stop = false;
    Qafka::KafkaError error; // why admin is null
    std::unique_ptr<Qafka::AdminClient> admin;

    explicit MockCluster(int brokers)
    {
        char errstr[256];
        rd_kafka_conf_t *conf = rd_kafka_conf_new();
        rd_kafka_conf_set(conf, "test.mock.num.brokers", QByteArray::number(brokers).constData(),
                          errstr, sizeof errstr);
        producer = rd_kafka_new(RD_KAFKA_PRODUCER, conf, errstr, sizeof errstr);
        if (!producer) {
            error.message = QString::fromUtf8(errstr);
            return;
        }
        cluster = rd_kafka_handle_mock_cluster(producer);
    }
    // Makes admin (once); null with error set when it could not be made. A test decides when:
    // an admin client made before a broker goes down already holds a connection to it.
    Qafka::AdminClient *connectAdmin()
    {
        if (!admin && cluster)
            admin = Qafka::AdminClient::create(
                Qafka::KafkaConfig::forProfile(
                    Qafka::ConnectionProfile::forBootstrap(
                        QString::fromUtf8(rd_kafka_mock_cluster_bootstraps(cluster))),
                    {}),
                &diagnosis, &stop, &error);
        return admin.get();
    }
    ~MockCluster()
    {
        admin.reset();
        if (producer)
            rd_kafka_destroy(producer);
    }
    MockCluster(const MockCluster &) = delete;
    MockCluster &operator=(const MockCluster &) = delete;
};
