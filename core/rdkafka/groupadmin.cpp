#include "rdkafka/groupadmin.h"

#include "rdkafka/adminclient.h"
#include "rdkafka/adminrequests.h"
#include "rdkafka/listoffsetsbatcher.h"
#include "rdkafka/rdkafkaptr.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>

#include <librdkafka/rdkafka.h>

#include <algorithm>
#include <functional>
#include <memory>
#include <vector>

namespace Qafka {

namespace {

// Groups per DescribeConsumerGroups request: big enough for few round trips, small enough that
// librdkafka's per-request merging stays cheap.
constexpr int kGroupsPerDescribe = 100;
// DescribeConsumerGroups requests in flight at once (collectInWindow); before, 100 batches went
// together and all timed out when the broker paused once (a long collection).
constexpr qsizetype kDescribesInFlight = 8;
// ListConsumerGroupOffsets calls in flight at once.
constexpr qsizetype kOffsetFetchesInFlight = 500;
// Groups in one OffsetFetch request of many: 10,000 groups on one coordinator take 50 requests,
// and a broker's request threads still share a round's work.
constexpr int kGroupsPerOffsetFetch = 200;
// A call of many groups waits at most this long: the broker it names may have died (librdkafka
// waits for that broker to come back, while a group asked alone finds its new coordinator).
constexpr int kManyGroupCallTimeoutMs = 3000;
// After a call of many groups to a broker failed (down, slow), its groups are asked alone for
// this long: each such request finds its coordinator.
constexpr qint64 kManyGroupPauseMs = 60'000;
// A broker that fetches one group per request (before Kafka 3.0) is asked again with many after
// this long: it may have been upgraded meanwhile.
constexpr qint64 kSingleGroupBrokerPauseMs = 600'000;
// A group whose coordinator moved (a broker restarted, a partition of __consumer_offsets changed
// leader) is asked again this many times, after 250 ms, then 500 ms, then 1 s.
constexpr int kCoordinatorRetries = 3;
constexpr int kCoordinatorRetryPauseMs = 250;
constexpr qint64 kPauseSliceMs = 50;
// Per-item failures spelled out in one error message; the rest are counted.
constexpr int kListedFailures = 5;

QString errorText(rd_kafka_resp_err_t code, const char *text)
{
    return text && *text ? QString::fromUtf8(text) : QString::fromUtf8(rd_kafka_err2str(code));
}

QString errorText(const rd_kafka_error_t *error)
{
    return errorText(rd_kafka_error_code(error), rd_kafka_error_string(error));
}

bool fail(KafkaError *error, rd_kafka_resp_err_t code, const QString &message)
{
    *error = {message, QString::fromUtf8(rd_kafka_err2name(code)), {}};
    return false;
}

// The errors that say "ask the group's new coordinator".
bool isCoordinatorMove(rd_kafka_resp_err_t code)
{
    return code == RD_KAFKA_RESP_ERR_NOT_COORDINATOR ||
           code == RD_KAFKA_RESP_ERR_COORDINATOR_NOT_AVAILABLE ||
           code == RD_KAFKA_RESP_ERR_COORDINATOR_LOAD_IN_PROGRESS;
}

bool timedOut(KafkaError *error, const QString &what)
{
    return fail(error, RD_KAFKA_RESP_ERR__TIMED_OUT,
                QCoreApplication::translate("GroupAdmin",
                                            "%1: no answer in time (or the request was cancelled).")
                    .arg(what));
}

GroupProtocol protocolOf(rd_kafka_consumer_group_type_t type)
{
    switch (type) {
    case RD_KAFKA_CONSUMER_GROUP_TYPE_CLASSIC:
        return GroupProtocol::Classic;
    case RD_KAFKA_CONSUMER_GROUP_TYPE_CONSUMER:
        return GroupProtocol::Consumer;
    default:
        return GroupProtocol::Unknown;
    }
}

QString stateName(rd_kafka_consumer_group_state_t state)
{
    return QString::fromUtf8(rd_kafka_consumer_group_state_name(state));
}

QList<TopicPartition> partitionsOf(const rd_kafka_topic_partition_list_t *list)
{
    QList<TopicPartition> partitions;
    if (!list)
        return partitions;
    partitions.reserve(list->cnt);
    for (int i = 0; i < list->cnt; ++i)
        partitions.append({QString::fromUtf8(list->elems[i].topic), list->elems[i].partition});
    std::sort(partitions.begin(), partitions.end());
    return partitions;
}

PartitionListPtr partitionList(const QList<QPair<TopicPartition, qint64>> &offsets)
{
    PartitionListPtr list(rd_kafka_topic_partition_list_new(int(offsets.size())));
    for (const auto &[partition, offset] : offsets)
        rd_kafka_topic_partition_list_add(list.get(), partition.topic.toUtf8().constData(),
                                          partition.partition)
            ->offset = offset;
    return list;
}

// Collects per-partition failures of a group result into one sentence.
class PartitionFailures
{
public:
    void add(const rd_kafka_topic_partition_t &partition)
    {
        add(partition.topic, partition.partition, partition.err);
    }
    void add(const char *topic, int partition, rd_kafka_resp_err_t err)
    {
        if (!err)
            return;
        if (++m_count <= kListedFailures)
            m_lines.append(QStringLiteral("%1-%2: %3")
                               .arg(QString::fromUtf8(topic))
                               .arg(partition)
                               .arg(QString::fromUtf8(rd_kafka_err2str(err))));
        m_code = err;
    }
    bool report(KafkaError *error, const QString &what) const
    {
        if (m_count == 0)
            return true;
        QString message = what + QStringLiteral(": ") + m_lines.join(QStringLiteral("; "));
        if (m_count > kListedFailures)
            message +=
                QLatin1Char(' ') + QCoreApplication::translate("GroupAdmin", "(and %n more)",
                                                               nullptr, m_count - kListedFailures);
        return fail(error, m_code, message);
    }

private:
    int m_count = 0;
    QStringList m_lines;
    rd_kafka_resp_err_t m_code = RD_KAFKA_RESP_ERR_NO_ERROR;
};

// The group results of a write event (AlterConsumerGroupOffsets, DeleteGroups, ...).
using GroupResultsOf = const rd_kafka_group_result_t **(*)(rd_kafka_event_t *, size_t *);

// Reads the answer to a write on one group: the request, the group and each of its partitions
// can fail separately; every failure ends up in *error, prefixed with what was attempted.
bool readGroupWrite(rd_kafka_event_t *event, GroupResultsOf resultsOf, const QString &what,
                    KafkaError *error)
{
    if (const rd_kafka_resp_err_t code = rd_kafka_event_error(event))
        return fail(error, code,
                    what + QStringLiteral(": ") +
                        errorText(code, rd_kafka_event_error_string(event)));
    size_t count = 0;
    const rd_kafka_group_result_t **results = resultsOf(event, &count);
    PartitionFailures failures;
    for (size_t i = 0; i < count; ++i) {
        if (const rd_kafka_error_t *groupError = rd_kafka_group_result_error(results[i]))
            return fail(error, rd_kafka_error_code(groupError),
                        what + QStringLiteral(": ") + errorText(groupError));
        const rd_kafka_topic_partition_list_t *list = rd_kafka_group_result_partitions(results[i]);
        for (int p = 0; list && p < list->cnt; ++p)
            failures.add(list->elems[p]);
    }
    return failures.report(error, what);
}

// Sends `total` requests (send(i) sends the i-th) with at most inFlight of them unanswered, the
// next as each answer arrives, and gives each answer to handle. The time limit is per request:
// it starts again with every answer. Many requests sent at once wait in the broker's queue, and
// all of them time out together when it pauses. Returns how many were answered.
qsizetype collectInWindow(AdminRequests &requests, qsizetype total, qsizetype inFlight,
                          int timeoutMs, const std::function<void(qsizetype index)> &send,
                          const std::function<void(rd_kafka_event_t *event)> &handle)
{
    qsizetype sent = 0;
    while (sent < total && sent < inFlight)
        send(sent++);
    qsizetype arrived = 0;
    while (const EventPtr event = requests.next(QDeadlineTimer(timeoutMs))) {
        ++arrived;
        if (sent < total)
            send(sent++); // first: the broker works on it while this answer is read
        handle(event.get());
    }
    return arrived;
}

// Reads the answers of requests as they arrive (each given to handle) until all arrived, the
// timeout passed or stop was requested. Returns how many arrived.
int collect(AdminRequests &requests, int timeoutMs,
            const std::function<void(rd_kafka_event_t *event)> &handle)
{
    const QDeadlineTimer deadline(timeoutMs);
    int arrived = 0;
    while (const EventPtr event = requests.next(deadline)) {
        ++arrived;
        handle(event.get());
    }
    return arrived;
}

// The groups that one ListConsumerGroupOffsets answer named, and those of them it failed.
struct GroupsRead
{
    QSet<QString> named;
    QSet<QString> failed;
};

// The groups of one ListConsumerGroupOffsets answer into *offsets, or *failures for a group the
// broker could not answer for. With askAlone (a call of many groups), a group that this broker
// no longer coordinates, or that its answer left out, goes there instead: asked alone,
// librdkafka finds its coordinator.
GroupsRead readCommittedOffsets(rd_kafka_event_t *event,
                                QHash<QString, QHash<TopicPartition, qint64>> *offsets,
                                QHash<QString, QString> *failures, QStringList *askAlone = nullptr)
{
    size_t count = 0;
    const rd_kafka_group_result_t **results = rd_kafka_ListConsumerGroupOffsets_result_groups(
        rd_kafka_event_ListConsumerGroupOffsets_result(event), &count);
    GroupsRead read;
    for (size_t i = 0; i < count; ++i) {
        const QString id = QString::fromUtf8(rd_kafka_group_result_name(results[i]));
        read.named.insert(id);
        if (const rd_kafka_error_t *groupError = rd_kafka_group_result_error(results[i])) {
            const rd_kafka_resp_err_t code = rd_kafka_error_code(groupError);
            if (askAlone && (isCoordinatorMove(code) || code == RD_KAFKA_RESP_ERR__BAD_MSG)) {
                askAlone->append(id);
            } else {
                failures->insert(id, errorText(groupError));
                read.failed.insert(id);
            }
            continue;
        }
        QHash<TopicPartition, qint64> &committed = (*offsets)[id];
        const rd_kafka_topic_partition_list_t *list = rd_kafka_group_result_partitions(results[i]);
        for (int p = 0; list && p < list->cnt; ++p) {
            const rd_kafka_topic_partition_t &entry = list->elems[p];
            // A partition listed without a valid offset has nothing committed.
            committed.insert({QString::fromUtf8(entry.topic), entry.partition},
                             entry.err || entry.offset < 0 ? -1 : entry.offset);
        }
    }
    return read;
}

// Sends one ListConsumerGroupOffsets call; the answer names it by index through the opaque.
void sendOffsetFetch(AdminRequests &requests, const OffsetFetchCall &call, qsizetype index,
                     int timeoutMs)
{
    std::vector<rd_kafka_ListConsumerGroupOffsets_t *> groups;
    groups.reserve(size_t(call.groupIds.size()));
    for (const QString &id : call.groupIds)
        groups.push_back(rd_kafka_ListConsumerGroupOffsets_new(id.toUtf8().constData(), nullptr));
    const OptionsPtr options = requests.options(
        RD_KAFKA_ADMIN_OP_LISTCONSUMERGROUPOFFSETS,
        call.brokerId >= 0 ? std::min(timeoutMs, kManyGroupCallTimeoutMs) : timeoutMs);
    // The index + 1, so that 0 stays "none".
    rd_kafka_AdminOptions_set_opaque(
        options.get(),
        reinterpret_cast<void *>(intptr_t(index + 1))); // NOLINT(performance-no-int-to-ptr)
    if (call.brokerId >= 0) {
        // Refuses only ids below 0, which a call of many groups never has.
        char errstr[256];
        rd_kafka_AdminOptions_set_broker(options.get(), call.brokerId, errstr, sizeof errstr);
    }
    rd_kafka_ListConsumerGroupOffsets(requests.handle(), groups.data(), groups.size(),
                                      options.get(), requests.queue());
    requests.sent();
    rd_kafka_ListConsumerGroupOffsets_destroy_array(groups.data(), groups.size());
}

// A call of one group failed as a whole. Said on the group, not dropped: a group without its
// offsets would otherwise show no partitions and no reason.
void failSingleOffsetFetch(const OffsetFetchCall &call, rd_kafka_resp_err_t code,
                           const QString &text, QHash<QString, QString> *failures,
                           OffsetFetchPass *pass)
{
    for (const QString &id : call.groupIds) {
        failures->insert(id, text);
        pass->requestsFailed.insert(id);
        if (isCoordinatorMove(code))
            pass->coordinatorMoved.append(id);
    }
}

// The answer to a call that did not fail as a whole. A group that a call of many groups left out
// is asked alone (never seen so far; it is not lost).
void readOffsetFetch(rd_kafka_event_t *event, const OffsetFetchCall &call,
                     QHash<QString, QHash<TopicPartition, qint64>> *offsets,
                     QHash<QString, QString> *failures, OffsetFetchPass *pass)
{
    const bool manyGroups = call.brokerId >= 0;
    const GroupsRead read =
        readCommittedOffsets(event, offsets, failures, manyGroups ? &pass->askAlone : nullptr);
    for (const QString &id : call.groupIds) {
        if (read.named.contains(id)) {
            if (read.failed.contains(id))
                pass->requestsFailed.insert(id);
        } else if (manyGroups) {
            pass->askAlone.append(id);
        } else {
            failures->insert(id, QCoreApplication::translate("GroupAdmin",
                                                             "The answer did not name the group."));
            pass->requestsFailed.insert(id);
        }
    }
}

// Waits for the answer to a write on one group sent to queue, and reads it (readGroupWrite).
bool awaitGroupWrite(AdminRequests &requests, int timeoutMs, GroupResultsOf resultsOf,
                     const QString &what, KafkaError *error)
{
    bool ok = false;
    const int arrived = collect(requests, timeoutMs, [&](rd_kafka_event_t *event) {
        ok = readGroupWrite(event, resultsOf, what, error);
    });
    return arrived == 0 ? timedOut(error, what) : ok;
}

// One group of a DescribeConsumerGroups answer; a group librdkafka could not describe gets its
// problem set instead.
void readDescription(const rd_kafka_ConsumerGroupDescription_t *description,
                     ConsumerGroupLag *group)
{
    group->groupId = QString::fromUtf8(rd_kafka_ConsumerGroupDescription_group_id(description));
    if (const rd_kafka_error_t *groupError = rd_kafka_ConsumerGroupDescription_error(description)) {
        group->problem =
            rd_kafka_error_code(groupError) == RD_KAFKA_RESP_ERR_UNSUPPORTED_VERSION
                ? QCoreApplication::translate(
                      "GroupAdmin", "This librdkafka (%1) cannot describe groups of this type: %2")
                      .arg(QString::fromUtf8(rd_kafka_version_str()), errorText(groupError))
                : QCoreApplication::translate("GroupAdmin", "The group could not be described: %1")
                      .arg(errorText(groupError));
        return;
    }
    group->described = true;
    group->simple = rd_kafka_ConsumerGroupDescription_is_simple_consumer_group(description);
    group->protocolType = group->simple ? QString() : QStringLiteral("consumer");
    group->state = stateName(rd_kafka_ConsumerGroupDescription_state(description));
    group->protocol = protocolOf(rd_kafka_ConsumerGroupDescription_type(description));
    if (const rd_kafka_Node_t *node = rd_kafka_ConsumerGroupDescription_coordinator(description)) {
        group->coordinatorId = rd_kafka_Node_id(node);
        group->coordinator = QString::fromUtf8(rd_kafka_Node_host(node)) + u':' +
                             QString::number(rd_kafka_Node_port(node));
    }
    const size_t memberCount = rd_kafka_ConsumerGroupDescription_member_count(description);
    group->members.clear();
    group->members.reserve(qsizetype(memberCount));
    for (size_t m = 0; m < memberCount; ++m) {
        const rd_kafka_MemberDescription_t *member =
            rd_kafka_ConsumerGroupDescription_member(description, m);
        GroupMember value;
        value.memberId = QString::fromUtf8(rd_kafka_MemberDescription_consumer_id(member));
        value.groupInstanceId =
            QString::fromUtf8(rd_kafka_MemberDescription_group_instance_id(member));
        value.clientId = QString::fromUtf8(rd_kafka_MemberDescription_client_id(member));
        value.host = QString::fromUtf8(rd_kafka_MemberDescription_host(member));
        if (const rd_kafka_MemberAssignment_t *assignment =
                rd_kafka_MemberDescription_assignment(member))
            value.assignment = partitionsOf(rd_kafka_MemberAssignment_partitions(assignment));
        group->members.append(value);
    }
}

} // namespace

GroupAdmin::GroupAdmin(AdminClient *client)
    : m_client(client)
{}

bool GroupAdmin::listGroups(int timeoutMs, QList<GroupListing> *groups, QString *warning,
                            KafkaError *error)
{
    AdminRequests requests(m_client);
    const OptionsPtr options = requests.options(RD_KAFKA_ADMIN_OP_LISTCONSUMERGROUPS, timeoutMs);
    rd_kafka_ListConsumerGroups(requests.handle(), options.get(), requests.queue());
    requests.sent();
    bool ok = false;
    const int arrived = collect(requests, timeoutMs, [&](rd_kafka_event_t *event) {
        if (const rd_kafka_resp_err_t code = rd_kafka_event_error(event)) {
            fail(error, code,
                 QCoreApplication::translate("GroupAdmin",
                                             "The consumer groups could not be listed: %1")
                     .arg(errorText(code, rd_kafka_event_error_string(event))));
            return;
        }
        const rd_kafka_ListConsumerGroups_result_t *result =
            rd_kafka_event_ListConsumerGroups_result(event);
        size_t count = 0;
        const rd_kafka_ConsumerGroupListing_t **listings =
            rd_kafka_ListConsumerGroups_result_valid(result, &count);
        groups->clear();
        groups->reserve(qsizetype(count));
        for (size_t i = 0; i < count; ++i) {
            GroupListing listing;
            listing.groupId =
                QString::fromUtf8(rd_kafka_ConsumerGroupListing_group_id(listings[i]));
            listing.state = stateName(rd_kafka_ConsumerGroupListing_state(listings[i]));
            listing.protocol = protocolOf(rd_kafka_ConsumerGroupListing_type(listings[i]));
            listing.simple = rd_kafka_ConsumerGroupListing_is_simple_consumer_group(listings[i]);
            groups->append(listing);
        }
        std::sort(groups->begin(), groups->end(), [](const GroupListing &a, const GroupListing &b) {
            return a.groupId < b.groupId;
        });
        // Brokers that did not answer: the list is partial, and the user should know.
        size_t errorCount = 0;
        const rd_kafka_error_t **errors =
            rd_kafka_ListConsumerGroups_result_errors(result, &errorCount);
        QStringList reasons;
        for (size_t i = 0; i < errorCount; ++i)
            reasons.append(errorText(errors[i]));
        warning->clear();
        if (count == 0 && !reasons.isEmpty()) {
            // No broker answered at all: that is a failure, not an empty cluster.
            fail(error, rd_kafka_error_code(errors[0]),
                 QCoreApplication::translate("GroupAdmin",
                                             "The consumer groups could not be listed: %1")
                     .arg(reasons.join(QStringLiteral("; "))));
            return;
        }
        if (!reasons.isEmpty())
            *warning = QCoreApplication::translate("GroupAdmin",
                                                   "Some brokers did not list their groups: %1")
                           .arg(reasons.join(QStringLiteral("; ")));
        ok = true;
    });
    if (arrived == 0)
        return timedOut(error,
                        QCoreApplication::translate("GroupAdmin", "Listing the consumer groups"));
    return ok;
}

bool GroupAdmin::describeGroups(const QStringList &groupIds, int timeoutMs,
                                QHash<QString, ConsumerGroupLag> *groups, KafkaError *error)
{
    AdminRequests requests(m_client);
    const auto sendBatch = [&](qsizetype batchIndex) {
        const QStringList batch = groupIds.mid(batchIndex * kGroupsPerDescribe, kGroupsPerDescribe);
        std::vector<QByteArray> names;
        std::vector<const char *> raw;
        names.reserve(size_t(batch.size()));
        for (const QString &id : batch) {
            names.push_back(id.toUtf8());
            raw.push_back(names.back().constData());
        }
        const OptionsPtr options =
            requests.options(RD_KAFKA_ADMIN_OP_DESCRIBECONSUMERGROUPS, timeoutMs);
        rd_kafka_DescribeConsumerGroups(requests.handle(), raw.data(), raw.size(), options.get(),
                                        requests.queue());
        requests.sent();
    };
    QString requestError;
    const qsizetype batches = (groupIds.size() + kGroupsPerDescribe - 1) / kGroupsPerDescribe;
    const qsizetype arrived = collectInWindow(
        requests, batches, kDescribesInFlight, timeoutMs, sendBatch, [&](rd_kafka_event_t *event) {
            if (const rd_kafka_resp_err_t code = rd_kafka_event_error(event)) {
                requestError = errorText(code, rd_kafka_event_error_string(event));
                return;
            }
            size_t count = 0;
            const rd_kafka_ConsumerGroupDescription_t **descriptions =
                rd_kafka_DescribeConsumerGroups_result_groups(
                    rd_kafka_event_DescribeConsumerGroups_result(event), &count);
            for (size_t i = 0; i < count; ++i) {
                const QString id =
                    QString::fromUtf8(rd_kafka_ConsumerGroupDescription_group_id(descriptions[i]));
                readDescription(descriptions[i], &(*groups)[id]);
            }
        });
    if (arrived < batches)
        return timedOut(
            error, QCoreApplication::translate("GroupAdmin", "Describing the consumer groups"));
    if (!requestError.isEmpty())
        return fail(error, RD_KAFKA_RESP_ERR__FAIL,
                    QCoreApplication::translate("GroupAdmin",
                                                "The consumer groups could not be described: %1")
                        .arg(requestError));
    return true;
}

bool GroupAdmin::listCommittedOffsets(const QStringList &groupIds, int timeoutMs,
                                      QHash<QString, QHash<TopicPartition, qint64>> *offsets,
                                      QHash<QString, QString> *failures, KafkaError *error,
                                      const QHash<QString, int> &coordinators)
{
    m_offsetFetchCalls = m_manyGroupOffsetFetchCalls = 0;
    QList<OffsetFetchCall> calls;
    if (!coordinators.isEmpty() && !m_manyGroupsRefused && groupIds.size() > 1)
        calls = planOffsetFetches(groupIds, coordinators, manyGroupBrokers(coordinators, timeoutMs),
                                  kGroupsPerOffsetFetch);
    else
        calls = singleOffsetFetches(groupIds);
    QSet<QString> requestsFailed;
    for (int attempt = 0; !calls.isEmpty();) {
        OffsetFetchPass pass;
        if (!fetchCommittedOffsets(calls, timeoutMs, offsets, failures, &pass, error))
            return false;
        requestsFailed.unite(pass.requestsFailed);
        // Asked again, each request finds the group's coordinator anew (as Kafka's own admin
        // client does on these errors; librdkafka's admin API leaves that to its caller). The
        // groups of a many-group call to ask alone go in the next pass, which comes only once.
        QStringList again = pass.askAlone;
        if (!pass.coordinatorMoved.isEmpty() && attempt < kCoordinatorRetries &&
            pauseBeforeRetry(kCoordinatorRetryPauseMs << attempt++)) {
            for (const QString &id : std::as_const(pass.coordinatorMoved)) {
                failures->remove(id);
                requestsFailed.remove(id);
            }
            again.append(pass.coordinatorMoved);
        }
        calls = singleOffsetFetches(again);
    }
    if (!groupIds.isEmpty() && requestsFailed.size() == groupIds.size())
        return fail(
            error, RD_KAFKA_RESP_ERR__FAIL,
            QCoreApplication::translate("GroupAdmin", "Committed offsets could not be read: %1")
                .arg(failures->value(groupIds.constLast())));
    return true;
}

bool GroupAdmin::fetchCommittedOffsets(const QList<OffsetFetchCall> &calls, int timeoutMs,
                                       QHash<QString, QHash<TopicPartition, qint64>> *offsets,
                                       QHash<QString, QString> *failures, OffsetFetchPass *pass,
                                       KafkaError *error)
{
    AdminRequests requests(m_client);
    const auto sendOne = [&](qsizetype index) {
        sendOffsetFetch(requests, calls.at(index), index, timeoutMs);
        ++m_offsetFetchCalls;
        m_manyGroupOffsetFetchCalls += calls.at(index).brokerId >= 0 ? 1 : 0;
    };
    const auto readOne = [&](rd_kafka_event_t *event) {
        const qsizetype index = qsizetype(intptr_t(rd_kafka_event_opaque(event))) - 1;
        if (index < 0 || index >= calls.size())
            return;
        const OffsetFetchCall &call = calls.at(index);
        const rd_kafka_resp_err_t code = rd_kafka_event_error(event);
        if (code && call.brokerId >= 0) {
            noteFailedManyGroupCall(call.brokerId, code);
            pass->askAlone.append(call.groupIds);
        } else if (code) {
            failSingleOffsetFetch(call, code, errorText(code, rd_kafka_event_error_string(event)),
                                  failures, pass);
        } else {
            readOffsetFetch(event, call, offsets, failures, pass);
        }
    };
    const qsizetype arrived = collectInWindow(requests, calls.size(), kOffsetFetchesInFlight,
                                              timeoutMs, sendOne, readOne);
    if (arrived < calls.size())
        return timedOut(error,
                        QCoreApplication::translate("GroupAdmin", "Reading committed offsets"));
    return true;
}

QSet<int> GroupAdmin::manyGroupBrokers(const QHash<QString, int> &coordinators, int timeoutMs)
{
    QSet<int> candidates;
    for (const int broker : coordinators) {
        const auto paused = m_manyGroupPause.constFind(broker);
        if (broker >= 0 && (paused == m_manyGroupPause.cend() || paused->hasExpired()))
            candidates.insert(broker);
    }
    if (candidates.isEmpty())
        return candidates;
    // A broker that left the cluster would hold its call until the timeout.
    QList<BrokerInfo> live;
    KafkaError ignored; // without the list, every group is asked alone
    if (!m_client->fetchBrokers(timeoutMs, &live, &ignored))
        return {};
    QSet<int> brokers;
    for (const BrokerInfo &broker : std::as_const(live)) {
        if (candidates.contains(broker.nodeId))
            brokers.insert(broker.nodeId);
    }
    return brokers;
}

void GroupAdmin::noteFailedManyGroupCall(int brokerId, int code)
{
    if (code == RD_KAFKA_RESP_ERR__INVALID_ARG)
        m_manyGroupsRefused = true; // a librdkafka that takes one group per call
    else if (code == RD_KAFKA_RESP_ERR__UNSUPPORTED_FEATURE) // OffsetFetch before v8
        m_manyGroupPause.insert(brokerId, QDeadlineTimer(kSingleGroupBrokerPauseMs));
    else // down, or slow: its groups' coordinators may have moved
        m_manyGroupPause.insert(brokerId, QDeadlineTimer(kManyGroupPauseMs));
}

bool GroupAdmin::pauseBeforeRetry(int pauseMs)
{
    const QDeadlineTimer pause(pauseMs);
    while (!pause.hasExpired() && !m_client->stopRequested()) {
        m_client->pollEvents();
        QThread::msleep(ulong(std::min<qint64>(pause.remainingTime(), kPauseSliceMs)));
    }
    return !m_client->stopRequested();
}

bool GroupAdmin::listOffsets(const QList<TopicPartition> &partitions, qint64 spec,
                             bool readCommitted, int timeoutMs,
                             QHash<TopicPartition, qint64> *offsets, KafkaError *error)
{
    AdminRequests requests(m_client);
    const qint64 rdSpec = spec == kEarliest ? qint64(RD_KAFKA_OFFSET_SPEC_EARLIEST)
                          : spec == kLatest ? qint64(RD_KAFKA_OFFSET_SPEC_LATEST)
                                            : spec;
    int sent = 0;
    {
        ListOffsetsBatcher batcher(&requests, rdSpec, readCommitted, timeoutMs);
        for (const TopicPartition &partition : partitions)
            batcher.add(partition.topic.toUtf8(), partition.partition);
        batcher.flush();
        sent = batcher.requestsSent();
    }
    PartitionFailures failures;
    QString requestError;
    const int arrived = collect(requests, timeoutMs, [&](rd_kafka_event_t *event) {
        if (const rd_kafka_resp_err_t code = rd_kafka_event_error(event)) {
            requestError = errorText(code, rd_kafka_event_error_string(event));
            return;
        }
        ListOffsetsBatcher::read(
            event, [&](const char *topic, int partition, qint64 offset, rd_kafka_resp_err_t err) {
                if (err)
                    failures.add(topic, partition, err);
                else
                    offsets->insert({QString::fromUtf8(topic), partition}, offset);
            });
    });
    if (arrived < sent)
        return timedOut(error,
                        QCoreApplication::translate("GroupAdmin", "Reading partition offsets"));
    if (!requestError.isEmpty())
        return fail(
            error, RD_KAFKA_RESP_ERR__FAIL,
            QCoreApplication::translate("GroupAdmin", "Partition offsets could not be read: %1")
                .arg(requestError));
    return failures.report(error, QCoreApplication::translate(
                                      "GroupAdmin", "Some partition offsets could not be read"));
}

bool GroupAdmin::alterCommittedOffsets(const QString &groupId,
                                       const QList<QPair<TopicPartition, qint64>> &offsets,
                                       int timeoutMs, KafkaError *error)
{
    AdminRequests requests(m_client);
    const PartitionListPtr list = partitionList(offsets);
    rd_kafka_AlterConsumerGroupOffsets_t *request =
        rd_kafka_AlterConsumerGroupOffsets_new(groupId.toUtf8().constData(), list.get());
    const OptionsPtr options =
        requests.options(RD_KAFKA_ADMIN_OP_ALTERCONSUMERGROUPOFFSETS, timeoutMs);
    rd_kafka_AlterConsumerGroupOffsets(requests.handle(), &request, 1, options.get(),
                                       requests.queue());
    requests.sent();
    rd_kafka_AlterConsumerGroupOffsets_destroy(request);
    const QString what =
        QCoreApplication::translate("GroupAdmin", "The offsets of group %1 could not be reset")
            .arg(groupId);
    return awaitGroupWrite(
        requests, timeoutMs,
        [](rd_kafka_event_t *event, size_t *count) {
            return rd_kafka_AlterConsumerGroupOffsets_result_groups(
                rd_kafka_event_AlterConsumerGroupOffsets_result(event), count);
        },
        what, error);
}

bool GroupAdmin::deleteGroup(const QString &groupId, int timeoutMs, KafkaError *error)
{
    AdminRequests requests(m_client);
    rd_kafka_DeleteGroup_t *request = rd_kafka_DeleteGroup_new(groupId.toUtf8().constData());
    const OptionsPtr options = requests.options(RD_KAFKA_ADMIN_OP_DELETEGROUPS, timeoutMs);
    rd_kafka_DeleteGroups(requests.handle(), &request, 1, options.get(), requests.queue());
    requests.sent();
    rd_kafka_DeleteGroup_destroy(request);
    const QString what =
        QCoreApplication::translate("GroupAdmin", "Group %1 could not be deleted").arg(groupId);
    return awaitGroupWrite(
        requests, timeoutMs,
        [](rd_kafka_event_t *event, size_t *count) {
            return rd_kafka_DeleteGroups_result_groups(rd_kafka_event_DeleteGroups_result(event),
                                                       count);
        },
        what, error);
}

bool GroupAdmin::deleteCommittedOffsets(const QString &groupId,
                                        const QList<TopicPartition> &partitions, int timeoutMs,
                                        KafkaError *error)
{
    AdminRequests requests(m_client);
    QList<QPair<TopicPartition, qint64>> entries;
    for (const TopicPartition &partition : partitions)
        entries.append({partition, RD_KAFKA_OFFSET_INVALID});
    const PartitionListPtr list = partitionList(entries);
    rd_kafka_DeleteConsumerGroupOffsets_t *request =
        rd_kafka_DeleteConsumerGroupOffsets_new(groupId.toUtf8().constData(), list.get());
    const OptionsPtr options =
        requests.options(RD_KAFKA_ADMIN_OP_DELETECONSUMERGROUPOFFSETS, timeoutMs);
    rd_kafka_DeleteConsumerGroupOffsets(requests.handle(), &request, 1, options.get(),
                                        requests.queue());
    requests.sent();
    rd_kafka_DeleteConsumerGroupOffsets_destroy(request);
    const QString what = QCoreApplication::translate(
                             "GroupAdmin", "The committed offsets of group %1 could not be deleted")
                             .arg(groupId);
    return awaitGroupWrite(
        requests, timeoutMs,
        [](rd_kafka_event_t *event, size_t *count) {
            return rd_kafka_DeleteConsumerGroupOffsets_result_groups(
                rd_kafka_event_DeleteConsumerGroupOffsets_result(event), count);
        },
        what, error);
}

} // namespace Qafka
