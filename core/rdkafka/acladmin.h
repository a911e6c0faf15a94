#pragma once

#include "types/acltypes.h"
#include "types/clustertypes.h"

#include <QCoreApplication>

namespace Qafka {

class AdminClient;

// Kafka's access-control lists through librdkafka's admin API (DescribeAcls, CreateAcls,
// DeleteAcls), on the AdminClient's handle. Blocking, bounded by timeoutMs; cluster worker thread
// only. Every call returns false with *error saying in words what failed: a cluster without an
// authorizer, a login without the right to read or change ACLs, the broker's own message.
class AclAdmin
{
    Q_DECLARE_TR_FUNCTIONS(AclAdmin)

public:
    explicit AclAdmin(AdminClient *client);

    // Every binding of the cluster, sorted as kafka-acls.sh --list shows them.
    bool describe(int timeoutMs, QList<AclBinding> *bindings, KafkaError *error);
    bool create(const QList<AclBinding> &bindings, int timeoutMs, KafkaError *error);
    // Each binding as a filter that matches it alone; *deleted (optional) counts what went.
    bool remove(const QList<AclBinding> &bindings, int timeoutMs, KafkaError *error,
                int *deleted = nullptr);

    // librdkafka's codes and Kafka's names (CLUSTER is librdkafka's BROKER resource type).
    static QString resourceTypeName(int type);
    static QString operationName(int operation);

private:
    // An empty listing may hide a refusal (see describe()): in words when it does.
    bool checkEmptyListing(int timeoutMs, KafkaError *error);

    AdminClient *m_client;
};

} // namespace Qafka
