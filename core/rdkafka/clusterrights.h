#pragma once

#include <QtGlobal>

namespace Qafka {

class AdminClient;

// What the connection's login may do on the cluster resource, as far as the brokers say:
// whether they run an authorizer at all, and whether this login may DESCRIBE the cluster
// (DescribeCluster's authorised operations, KIP-430, Kafka 2.8 and later). Used before requests
// whose refusal librdkafka 2.14 mishandles (AclAdmin, ScramAdmin). Cluster worker thread only.
class ClusterRights
{
public:
    enum class Answer { Yes, No, Unknown };

    explicit ClusterRights(AdminClient *client);

    // authorizer.class.name of one broker. Unknown (the login may not read broker configs)
    // counts as yes: without an authorizer nothing is refused.
    bool runsAuthorizer(int timeoutMs);
    // DESCRIBE on the cluster (granted, or implied by ALTER or ALL).
    Answer mayDescribe(int timeoutMs);

private:
    AdminClient *m_client;
};

} // namespace Qafka
