#include "rdkafka/clusterrights.h"

#include "rdkafka/adminclient.h"
#include "rdkafka/adminrequests.h"
#include "rdkafka/configreader.h"

#include <algorithm>

namespace Qafka {

ClusterRights::ClusterRights(AdminClient *client)
    : m_client(client)
{}

bool ClusterRights::runsAuthorizer(int timeoutMs)
{
    QList<BrokerInfo> brokers;
    QList<ConfigEntry> entries;
    KafkaError ignored;
    if (!m_client->fetchBrokers(timeoutMs, &brokers, &ignored) || brokers.isEmpty() ||
        !ConfigReader(m_client).describeBroker(brokers.first().nodeId, timeoutMs, &entries,
                                               &ignored))
        return true;
    const auto authorizer = std::find_if(entries.cbegin(), entries.cend(), [](const auto &entry) {
        return entry.name == u"authorizer.class.name";
    });
    return authorizer == entries.cend() || !authorizer->value.trimmed().isEmpty();
}

ClusterRights::Answer ClusterRights::mayDescribe(int timeoutMs)
{
    AdminRequests requests(m_client);
    const OptionsPtr options = requests.options(RD_KAFKA_ADMIN_OP_DESCRIBECLUSTER, timeoutMs);
    const ErrorPtr refused(
        rd_kafka_AdminOptions_set_include_authorized_operations(options.get(), 1));
    rd_kafka_DescribeCluster(requests.handle(), options.get(), requests.queue());
    requests.sent();
    const EventPtr event = requests.next(QDeadlineTimer(timeoutMs));
    if (refused || !event || rd_kafka_event_error(event.get()))
        return Answer::Unknown; // before 2.8, or no answer
    size_t count = 0;
    const rd_kafka_AclOperation_t *operations =
        rd_kafka_DescribeCluster_result_authorized_operations(
            rd_kafka_event_DescribeCluster_result(event.get()), &count);
    // nullptr: the broker did not say; an empty list: nothing is authorised.
    if (!operations)
        return Answer::Unknown;
    // The broker sets DESCRIBE when anything implies it (ALTER, ALL) and a DENY does not take
    // it away; ALL itself is never in the answer.
    const bool may =
        std::any_of(operations, operations + count, [](rd_kafka_AclOperation_t operation) {
            return operation == RD_KAFKA_ACL_OPERATION_DESCRIBE;
        });
    return may ? Answer::Yes : Answer::No;
}

} // namespace Qafka
