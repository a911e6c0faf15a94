#include "rdkafka/acladmin.h"

#include "rdkafka/adminclient.h"
#include "rdkafka/adminerrors.h"
#include "rdkafka/adminrequests.h"
#include "rdkafka/clusterrights.h"

#include <QCoreApplication>

#include <algorithm>
#include <vector>

namespace Qafka {

namespace {

using BindingPtr = RdPtr<rd_kafka_AclBinding_t, &rd_kafka_AclBinding_destroy>;

// Kafka's resource types past librdkafka's enum, as a listing may carry them.
QString laterResourceType(int type)
{
    switch (type) {
    case 6:
        return QStringLiteral("DELEGATION_TOKEN");
    case 7:
        return QStringLiteral("USER");
    default:
        return QStringLiteral("UNKNOWN");
    }
}

QString laterOperation(int operation)
{
    switch (operation) {
    case 13:
        return QStringLiteral("CREATE_TOKENS");
    case 14:
        return QStringLiteral("DESCRIBE_TOKENS");
    case 15:
        return QStringLiteral("TWO_PHASE_COMMIT");
    default:
        return QStringLiteral("UNKNOWN");
    }
}

template <typename Enum, typename NameOf>
Enum enumNamed(const QString &name, int count, NameOf nameOf, Enum fallback)
{
    for (int value = 0; value < count; ++value)
        if (name == QLatin1StringView(nameOf(Enum(value))))
            return Enum(value);
    return fallback;
}

rd_kafka_ResourceType_t resourceTypeOf(const QString &name)
{
    if (name == u"CLUSTER")
        return RD_KAFKA_RESOURCE_BROKER;
    return enumNamed(name, RD_KAFKA_RESOURCE__CNT, rd_kafka_ResourceType_name,
                     RD_KAFKA_RESOURCE_UNKNOWN);
}

BindingPtr newBinding(const AclBinding &binding, QString *problem)
{
    char errstr[512] = "";
    BindingPtr made(rd_kafka_AclBinding_new(
        resourceTypeOf(binding.resourceType), binding.resourceName.toUtf8().constData(),
        enumNamed(binding.patternType, RD_KAFKA_RESOURCE_PATTERN_TYPE__CNT,
                  rd_kafka_ResourcePatternType_name, RD_KAFKA_RESOURCE_PATTERN_UNKNOWN),
        binding.principal.toUtf8().constData(), binding.host.toUtf8().constData(),
        enumNamed(binding.operation, RD_KAFKA_ACL_OPERATION__CNT, rd_kafka_AclOperation_name,
                  RD_KAFKA_ACL_OPERATION_UNKNOWN),
        enumNamed(binding.permission, RD_KAFKA_ACL_PERMISSION_TYPE__CNT,
                  rd_kafka_AclPermissionType_name, RD_KAFKA_ACL_PERMISSION_TYPE_UNKNOWN),
        errstr, sizeof errstr));
    if (!made)
        *problem = QString::fromUtf8(errstr);
    return made;
}

// librdkafka's copies of a list of bindings, alive as long as the request needs them.
struct OwnedBindings
{
    std::vector<BindingPtr> owned;
    std::vector<rd_kafka_AclBinding_t *> raw;

    bool build(const QList<AclBinding> &bindings, KafkaError *error)
    {
        for (const AclBinding &binding : bindings) {
            QString problem;
            BindingPtr made = newBinding(binding, &problem);
            if (!made)
                return fail(error, RD_KAFKA_RESP_ERR__INVALID_ARG,
                            QStringLiteral("%1: %2").arg(binding.summary(), problem));
            raw.push_back(made.get());
            owned.push_back(std::move(made));
        }
        return true;
    }
};

AclBinding bindingOf(const rd_kafka_AclBinding_t *acl)
{
    return {AclAdmin::resourceTypeName(rd_kafka_AclBinding_restype(acl)),
            QString::fromUtf8(rd_kafka_AclBinding_name(acl)),
            QString::fromUtf8(
                rd_kafka_ResourcePatternType_name(rd_kafka_AclBinding_resource_pattern_type(acl))),
            QString::fromUtf8(rd_kafka_AclBinding_principal(acl)),
            QString::fromUtf8(rd_kafka_AclBinding_host(acl)),
            AclAdmin::operationName(rd_kafka_AclBinding_operation(acl)),
            QString::fromUtf8(
                rd_kafka_AclPermissionType_name(rd_kafka_AclBinding_permission_type(acl)))};
}

// The sentence for a failed ACL request: what the code means for the person asking.
QString explained(rd_kafka_resp_err_t code, const QString &brokerWords, bool changing)
{
    switch (code) {
    case RD_KAFKA_RESP_ERR_SECURITY_DISABLED:
        return AclAdmin::tr(
            "This cluster keeps no ACLs: its brokers run without an authorizer "
            "(authorizer.class.name is not set), so every client that can connect may do "
            "everything.");
    case RD_KAFKA_RESP_ERR_CLUSTER_AUTHORIZATION_FAILED:
        return changing
                   ? AclAdmin::tr("This login may not change ACLs: that needs ALTER on the cluster "
                                  "resource (kafka-cluster), or a super user.")
                   : AclAdmin::tr("This login may not read the ACLs: that needs DESCRIBE on the "
                                  "cluster resource (kafka-cluster), or a super user.");
    default:
        return (changing ? AclAdmin::tr("The ACLs could not be changed: %1")
                         : AclAdmin::tr("The ACLs could not be read: %1"))
            .arg(brokerWords);
    }
}

bool failed(KafkaError *error, rd_kafka_resp_err_t code, const char *text, bool changing)
{
    return fail(error, code, explained(code, brokerText(code, text), changing));
}

// The answer to the request just sent on requests; nullptr with *error set when none came in
// time or the request failed as a whole.
EventPtr answered(const AdminClient *client, AdminRequests &requests, int timeoutMs, bool changing,
                  KafkaError *error)
{
    requests.sent();
    EventPtr event = requests.next(QDeadlineTimer(timeoutMs));
    if (!event) {
        *error = noAnswer(client->stopRequested(), timeoutMs, [changing](const QString &reason) {
            return explained(RD_KAFKA_RESP_ERR__TIMED_OUT, reason, changing);
        });
        return nullptr;
    }
    if (const rd_kafka_resp_err_t code = rd_kafka_event_error(event.get())) {
        failed(error, code, rd_kafka_event_error_string(event.get()), changing);
        return nullptr;
    }
    return event;
}

} // namespace

AclAdmin::AclAdmin(AdminClient *client)
    : m_client(client)
{}

QString AclAdmin::resourceTypeName(int type)
{
    if (type == RD_KAFKA_RESOURCE_BROKER)
        return QStringLiteral("CLUSTER");
    if (type >= RD_KAFKA_RESOURCE__CNT)
        return laterResourceType(type);
    return QString::fromUtf8(rd_kafka_ResourceType_name(rd_kafka_ResourceType_t(type)));
}

QString AclAdmin::operationName(int operation)
{
    if (operation >= RD_KAFKA_ACL_OPERATION__CNT)
        return laterOperation(operation);
    return QString::fromUtf8(rd_kafka_AclOperation_name(rd_kafka_AclOperation_t(operation)));
}

bool AclAdmin::describe(int timeoutMs, QList<AclBinding> *bindings, KafkaError *error)
{
    BindingPtr all(rd_kafka_AclBindingFilter_new(
        RD_KAFKA_RESOURCE_ANY, nullptr, RD_KAFKA_RESOURCE_PATTERN_ANY, nullptr, nullptr,
        RD_KAFKA_ACL_OPERATION_ANY, RD_KAFKA_ACL_PERMISSION_TYPE_ANY, nullptr, 0));
    AdminRequests requests(m_client);
    const OptionsPtr options = requests.options(RD_KAFKA_ADMIN_OP_DESCRIBEACLS, timeoutMs);
    rd_kafka_DescribeAcls(requests.handle(), all.get(), options.get(), requests.queue());
    const EventPtr event = answered(m_client, requests, timeoutMs, false, error);
    if (!event)
        return false;
    size_t count = 0;
    const rd_kafka_AclBinding_t **acls =
        rd_kafka_DescribeAcls_result_acls(rd_kafka_event_DescribeAcls_result(event.get()), &count);
    bindings->clear();
    bindings->reserve(qsizetype(count));
    for (size_t i = 0; i < count; ++i)
        bindings->append(bindingOf(acls[i]));
    std::sort(bindings->begin(), bindings->end());
    return count > 0 || checkEmptyListing(timeoutMs, error);
}

// librdkafka 2.14 reads DescribeAcls' error code and drops it (rd_kafka_DescribeAclsResponse_parse
// returns success with no bindings): a broker without an authorizer (SECURITY_DISABLED) and a
// login without DESCRIBE on the cluster (CLUSTER_AUTHORIZATION_FAILED) both look like a cluster
// with no ACLs. Telling an operator "no bindings" then would be false, so an empty listing is
// checked against the broker's configuration and the login's authorised operations.
bool AclAdmin::checkEmptyListing(int timeoutMs, KafkaError *error)
{
    ClusterRights rights(m_client);
    if (!rights.runsAuthorizer(timeoutMs))
        return failed(error, RD_KAFKA_RESP_ERR_SECURITY_DISABLED, nullptr, false);
    if (rights.mayDescribe(timeoutMs) == ClusterRights::Answer::No)
        return failed(error, RD_KAFKA_RESP_ERR_CLUSTER_AUTHORIZATION_FAILED, nullptr, false);
    return true;
}

bool AclAdmin::create(const QList<AclBinding> &bindings, int timeoutMs, KafkaError *error)
{
    for (const AclBinding &binding : bindings)
        if (const QString problem = binding.problem(); !problem.isEmpty())
            return fail(error, RD_KAFKA_RESP_ERR__INVALID_ARG,
                        QStringLiteral("%1: %2").arg(binding.summary(), problem));
    OwnedBindings made;
    if (!made.build(bindings, error))
        return false;
    AdminRequests requests(m_client);
    const OptionsPtr options = requests.options(RD_KAFKA_ADMIN_OP_CREATEACLS, timeoutMs);
    rd_kafka_CreateAcls(requests.handle(), made.raw.data(), made.raw.size(), options.get(),
                        requests.queue());
    const EventPtr event = answered(m_client, requests, timeoutMs, true, error);
    if (!event)
        return false;
    size_t count = 0;
    const rd_kafka_acl_result_t **results =
        rd_kafka_CreateAcls_result_acls(rd_kafka_event_CreateAcls_result(event.get()), &count);
    Failures failures;
    for (size_t i = 0; i < count; ++i) {
        const rd_kafka_error_t *each = rd_kafka_acl_result_error(results[i]);
        if (!each || rd_kafka_error_code(each) == RD_KAFKA_RESP_ERR_NO_ERROR)
            continue;
        const rd_kafka_resp_err_t code = rd_kafka_error_code(each);
        const QString line = explained(code, brokerText(each), true);
        failures.add(code,
                     i < size_t(bindings.size())
                         ? QStringLiteral("%1: %2").arg(bindings.at(qsizetype(i)).summary(), line)
                         : line);
    }
    return failures.report(error);
}

bool AclAdmin::remove(const QList<AclBinding> &bindings, int timeoutMs, KafkaError *error,
                      int *deleted)
{
    OwnedBindings filters; // each binding, as a filter, matches itself alone
    if (!filters.build(bindings, error))
        return false;
    AdminRequests requests(m_client);
    const OptionsPtr options = requests.options(RD_KAFKA_ADMIN_OP_DELETEACLS, timeoutMs);
    rd_kafka_DeleteAcls(requests.handle(), filters.raw.data(), filters.raw.size(), options.get(),
                        requests.queue());
    const EventPtr event = answered(m_client, requests, timeoutMs, true, error);
    if (!event)
        return false;
    size_t count = 0;
    const rd_kafka_DeleteAcls_result_response_t **responses =
        rd_kafka_DeleteAcls_result_responses(rd_kafka_event_DeleteAcls_result(event.get()), &count);
    Failures failures;
    int gone = 0;
    for (size_t i = 0; i < count; ++i) {
        const rd_kafka_error_t *each = rd_kafka_DeleteAcls_result_response_error(responses[i]);
        if (each && rd_kafka_error_code(each) != RD_KAFKA_RESP_ERR_NO_ERROR) {
            const rd_kafka_resp_err_t code = rd_kafka_error_code(each);
            failures.add(code, explained(code, brokerText(each), true));
            continue;
        }
        size_t matching = 0;
        rd_kafka_DeleteAcls_result_response_matching_acls(responses[i], &matching);
        gone += int(matching);
    }
    if (deleted)
        *deleted = gone;
    return failures.report(error);
}

} // namespace Qafka
