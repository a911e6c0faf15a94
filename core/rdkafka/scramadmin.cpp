#include "rdkafka/scramadmin.h"

#include "rdkafka/adminclient.h"
#include "rdkafka/adminerrors.h"
#include "rdkafka/adminrequests.h"
#include "rdkafka/clusterrights.h"

#include <algorithm>

namespace Qafka {

namespace {

using AlterationPtr = RdPtr<rd_kafka_UserScramCredentialAlteration_t,
                            &rd_kafka_UserScramCredentialAlteration_destroy>;

QString mechanismName(rd_kafka_ScramMechanism_t mechanism)
{
    switch (mechanism) {
    case RD_KAFKA_SCRAM_MECHANISM_SHA_256:
        return QStringLiteral("SCRAM-SHA-256");
    case RD_KAFKA_SCRAM_MECHANISM_SHA_512:
        return QStringLiteral("SCRAM-SHA-512");
    default:
        return QStringLiteral("UNKNOWN");
    }
}

rd_kafka_ScramMechanism_t mechanismOf(const QString &name)
{
    if (name == u"SCRAM-SHA-256")
        return RD_KAFKA_SCRAM_MECHANISM_SHA_256;
    if (name == u"SCRAM-SHA-512")
        return RD_KAFKA_SCRAM_MECHANISM_SHA_512;
    return RD_KAFKA_SCRAM_MECHANISM_UNKNOWN;
}

QString explained(rd_kafka_resp_err_t code, const QString &brokerWords, bool changing)
{
    switch (code) {
    case RD_KAFKA_RESP_ERR__UNSUPPORTED_FEATURE:
    case RD_KAFKA_RESP_ERR_UNSUPPORTED_VERSION:
        return ScramAdmin::tr(
            "This cluster's brokers cannot list or change SCRAM users over the Kafka protocol: "
            "that came with Kafka 2.7 (KIP-554). On older clusters the users live in ZooKeeper; "
            "kafka-configs.sh --zookeeper … --entity-type users manages them there.");
    case RD_KAFKA_RESP_ERR_CLUSTER_AUTHORIZATION_FAILED:
        return changing ? ScramAdmin::tr("This login may not change SCRAM users: that needs "
                                         "ALTER on the cluster resource, or a super user.")
                        : ScramAdmin::tr("This login may not list SCRAM users: that needs "
                                         "DESCRIBE on the cluster resource, or a super user.");
    default:
        return (changing ? ScramAdmin::tr("The SCRAM user could not be changed: %1")
                         : ScramAdmin::tr("The SCRAM users could not be read: %1"))
            .arg(brokerWords);
    }
}

ScramUser userOf(const rd_kafka_UserScramCredentialsDescription_t *description)
{
    ScramUser user{QString::fromUtf8(rd_kafka_UserScramCredentialsDescription_user(description)),
                   {}};
    const size_t count =
        rd_kafka_UserScramCredentialsDescription_scramcredentialinfo_count(description);
    for (size_t i = 0; i < count; ++i) {
        const rd_kafka_ScramCredentialInfo_t *info =
            rd_kafka_UserScramCredentialsDescription_scramcredentialinfo(description, i);
        user.credentials.append({mechanismName(rd_kafka_ScramCredentialInfo_mechanism(info)),
                                 int(rd_kafka_ScramCredentialInfo_iterations(info))});
    }
    return user;
}

} // namespace

ScramAdmin::ScramAdmin(AdminClient *client)
    : m_client(client)
{}

bool ScramAdmin::describe(int timeoutMs, QList<ScramUser> *users, KafkaError *error)
{
    if (!mayAsk(timeoutMs, error))
        return false;
    AdminRequests requests(m_client);
    const OptionsPtr options =
        requests.options(RD_KAFKA_ADMIN_OP_DESCRIBEUSERSCRAMCREDENTIALS, timeoutMs);
    rd_kafka_DescribeUserScramCredentials(requests.handle(), nullptr, 0, options.get(),
                                          requests.queue());
    requests.sent();
    const EventPtr event = requests.next(QDeadlineTimer(timeoutMs));
    if (!event) {
        *error = noAnswer(m_client->stopRequested(), timeoutMs, [](const QString &reason) {
            return tr("The SCRAM users could not be read: %1").arg(reason);
        });
        return false;
    }
    if (const rd_kafka_resp_err_t code = rd_kafka_event_error(event.get()))
        return fail(
            error, code,
            explained(code, brokerText(code, rd_kafka_event_error_string(event.get())), false));
    size_t count = 0;
    const rd_kafka_UserScramCredentialsDescription_t **descriptions =
        rd_kafka_DescribeUserScramCredentials_result_descriptions(
            rd_kafka_event_DescribeUserScramCredentials_result(event.get()), &count);
    users->clear();
    Failures failures;
    for (size_t i = 0; i < count; ++i) {
        // librdkafka gives every description an error object, NO_ERROR when it has none.
        const rd_kafka_error_t *each =
            rd_kafka_UserScramCredentialsDescription_error(descriptions[i]);
        if (each && rd_kafka_error_code(each) != RD_KAFKA_RESP_ERR_NO_ERROR)
            failures.add(rd_kafka_error_code(each),
                         explained(rd_kafka_error_code(each), brokerText(each), false));
        else
            users->append(userOf(descriptions[i]));
    }
    std::sort(users->begin(), users->end(),
              [](const ScramUser &a, const ScramUser &b) { return a.name < b.name; });
    return failures.report(error);
}

// librdkafka 2.14 crashes (frees a pointer to its stack) when DescribeUserScramCredentials
// fails as a whole, which a broker does for a login without DESCRIBE on the cluster. So the
// request goes out only when the login may, or when no authorizer could refuse it.
bool ScramAdmin::mayAsk(int timeoutMs, KafkaError *error)
{
    ClusterRights rights(m_client);
    switch (rights.mayDescribe(timeoutMs)) {
    case ClusterRights::Answer::Yes:
        return true;
    case ClusterRights::Answer::No:
        return fail(error, RD_KAFKA_RESP_ERR_CLUSTER_AUTHORIZATION_FAILED,
                    explained(RD_KAFKA_RESP_ERR_CLUSTER_AUTHORIZATION_FAILED, {}, false));
    case ClusterRights::Answer::Unknown:
        break;
    }
    if (!rights.runsAuthorizer(timeoutMs))
        return true;
    return fail(error, RD_KAFKA_RESP_ERR__NOT_IMPLEMENTED,
                tr("Qafka does not ask these brokers for their SCRAM users: they run an "
                   "authorizer but cannot say whether this login may list users (that came "
                   "with Kafka 2.8), and librdkafka fails badly when the answer is a refusal. "
                   "kafka-configs.sh --describe --entity-type users lists them."));
}

bool ScramAdmin::alter(const ScramCredentialWrite &write, int timeoutMs, KafkaError *error)
{
    const rd_kafka_ScramMechanism_t mechanism = mechanismOf(write.mechanism);
    if (write.user.isEmpty() || mechanism == RD_KAFKA_SCRAM_MECHANISM_UNKNOWN ||
        (!write.remove && write.password.isEmpty()))
        return fail(error, RD_KAFKA_RESP_ERR__INVALID_ARG,
                    tr("A SCRAM credential needs a user name, a mechanism (SCRAM-SHA-256 or "
                       "SCRAM-SHA-512) and a password."));
    const QByteArray user = write.user.toUtf8();
    QByteArray password = write.password.toUtf8();
    AlterationPtr alteration(
        write.remove ? rd_kafka_UserScramCredentialDeletion_new(user.constData(), mechanism)
                     : rd_kafka_UserScramCredentialUpsertion_new(
                           user.constData(), mechanism, write.iterations,
                           reinterpret_cast<const unsigned char *>(password.constData()),
                           size_t(password.size()), nullptr, 0));
    password.fill('\0');
    AdminRequests requests(m_client);
    const OptionsPtr options =
        requests.options(RD_KAFKA_ADMIN_OP_ALTERUSERSCRAMCREDENTIALS, timeoutMs);
    rd_kafka_UserScramCredentialAlteration_t *raw = alteration.get();
    rd_kafka_AlterUserScramCredentials(requests.handle(), &raw, 1, options.get(), requests.queue());
    requests.sent();
    const EventPtr event = requests.next(QDeadlineTimer(timeoutMs));
    if (!event) {
        *error = noAnswer(m_client->stopRequested(), timeoutMs, [](const QString &reason) {
            return tr("The SCRAM user could not be changed: %1").arg(reason);
        });
        return false;
    }
    if (const rd_kafka_resp_err_t code = rd_kafka_event_error(event.get()))
        return fail(
            error, code,
            explained(code, brokerText(code, rd_kafka_event_error_string(event.get())), true));
    size_t count = 0;
    const rd_kafka_AlterUserScramCredentials_result_response_t **responses =
        rd_kafka_AlterUserScramCredentials_result_responses(
            rd_kafka_event_AlterUserScramCredentials_result(event.get()), &count);
    Failures failures;
    for (size_t i = 0; i < count; ++i) {
        const rd_kafka_error_t *each =
            rd_kafka_AlterUserScramCredentials_result_response_error(responses[i]);
        if (each && rd_kafka_error_code(each) != RD_KAFKA_RESP_ERR_NO_ERROR)
            failures.add(rd_kafka_error_code(each),
                         explained(rd_kafka_error_code(each), brokerText(each), true));
    }
    return failures.report(error);
}

} // namespace Qafka
