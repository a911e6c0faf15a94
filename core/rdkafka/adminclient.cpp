#include "rdkafka/adminclient.h"

#include "rdkafka/adminrequests.h"
#include "rdkafka/rdkafkaptr.h"
#include "types/connectiondiagnosis.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QMap>
#include <QSet>

#include <librdkafka/rdkafka.h>

#include <algorithm>
#include <cstring>

Q_LOGGING_CATEGORY(lcRdkafka, "qafka.rdkafka", QtWarningMsg)

namespace Qafka {

namespace {

KafkaError errorFrom(rd_kafka_resp_err_t code, const QString &context, const char *detail = nullptr)
{
    KafkaError error;
    error.code = QString::fromUtf8(rd_kafka_err2name(code));
    const QString text =
        detail && *detail ? QString::fromUtf8(detail) : QString::fromUtf8(rd_kafka_err2str(code));
    error.message = context.isEmpty() ? text : context + u": " + text;
    return error;
}

void onError(rd_kafka_t *, int code, const char *reason, void *opaque)
{
    auto *diagnosis = static_cast<ConnectionDiagnosis *>(opaque);
    const auto err = static_cast<rd_kafka_resp_err_t>(code);
    qCDebug(lcRdkafka) << "error" << rd_kafka_err2name(err) << reason;
    if (diagnosis)
        diagnosis->record(code, QString::fromUtf8(rd_kafka_err2name(err)),
                          QString::fromUtf8(reason));
}

void onLog(const rd_kafka_t *handle, int level, const char *facility, const char *message)
{
    // Logs are routed to the main queue (log.queue), so this runs on the worker thread inside
    // rd_kafka_poll(). Connection failures ("FAIL") carry causes the error callback leaves out,
    // such as a peer closing the connection during the first request. A failed OAuth token
    // request ("OIDC", "JWT") is logged with the token endpoint and the HTTP status, which the
    // error event leaves out.
    qCDebug(lcRdkafka) << level << facility << message;
    auto *diagnosis = static_cast<ConnectionDiagnosis *>(rd_kafka_opaque(handle));
    if (diagnosis && (std::strcmp(facility, "FAIL") == 0 || std::strcmp(facility, "OIDC") == 0 ||
                      std::strcmp(facility, "JWT") == 0)) {
        QString text = QString::fromUtf8(message);
        if (text.startsWith(u'[')) { // "[thrd:NAME]: " names the internal thread, not the cause
            const qsizetype end = text.indexOf(QLatin1String("]: "));
            if (end > 0)
                text = text.mid(end + 3);
        }
        diagnosis->record(RD_KAFKA_RESP_ERR_NO_ERROR, QStringLiteral("FAIL"), text);
    }
}

} // namespace

AdminClient::~AdminClient()
{
    if (m_handle)
        rd_kafka_destroy(m_handle);
}

rd_kafka_conf_s *AdminClient::buildConf(const KafkaProperties &properties, KafkaError *error)
{
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    char errstr[512];
    for (const auto &[name, value] : properties) {
        if (rd_kafka_conf_set(conf, name.toUtf8().constData(), value.toUtf8().constData(), errstr,
                              sizeof errstr) != RD_KAFKA_CONF_OK) {
            rd_kafka_conf_destroy(conf);
            error->code = QStringLiteral("_INVALID_ARG");
            error->message = QCoreApplication::translate(
                                 "AdminClient", "The client property %1 is not accepted: %2")
                                 .arg(name, QString::fromUtf8(errstr));
            error->hint = QCoreApplication::translate(
                "AdminClient", "Correct or remove it in the connection's extra properties.");
            return nullptr;
        }
    }
    return conf;
}

std::unique_ptr<AdminClient> AdminClient::create(const KafkaProperties &properties,
                                                 ConnectionDiagnosis *diagnosis,
                                                 const std::atomic_bool *stop, KafkaError *error)
{
    ConfPtr conf(buildConf(properties, error));
    if (!conf)
        return {};
    char errstr[512];
    rd_kafka_conf_set(conf.get(), "log.queue", "true", errstr, sizeof errstr);
    rd_kafka_conf_set_error_cb(conf.get(), onError);
    rd_kafka_conf_set_log_cb(conf.get(), onLog);
    rd_kafka_conf_set_opaque(conf.get(), diagnosis);

    rd_kafka_t *handle = rd_kafka_new(RD_KAFKA_PRODUCER, conf.get(), errstr, sizeof errstr);
    if (!handle) {
        error->code = QStringLiteral("_INVALID_ARG");
        error->message =
            QCoreApplication::translate("AdminClient", "The Kafka client could not be created: %1")
                .arg(QString::fromUtf8(errstr));
        error->hint = creationHint(errstr);
        return {};
    }
    (void)conf.release();                    // the handle owns it now
    rd_kafka_set_log_queue(handle, nullptr); // nullptr: the main queue, served by rd_kafka_poll()
    std::unique_ptr<AdminClient> client(new AdminClient);
    client->m_handle = handle;
    client->m_stop = stop;
    return client;
}

QString AdminClient::creationHint(const char *errstr)
{
    const QLatin1StringView reason(errstr);
    if (reason.contains(QLatin1StringView("ssl.key.location")))
        return QCoreApplication::translate(
            "AdminClient",
            "The client key could not be loaded: check that the key file holds the "
            "private key of the client certificate and that its passphrase is right.");
    if (reason.contains(QLatin1StringView("ssl.keystore.location")))
        return QCoreApplication::translate(
            "AdminClient",
            "The PKCS#12 bundle could not be opened: check that the file is a PKCS#12 (.p12 or "
            ".pfx) file and that the key passphrase is the bundle's password. Bundles from older "
            "Java or Windows exports use RC2 encryption, which OpenSSL 3 refuses: export them "
            "again with AES (openssl pkcs12 -legacy to read, then -export).");
    if (reason.contains(QLatin1StringView("ssl.certificate.location")))
        return QCoreApplication::translate(
            "AdminClient", "The client certificate could not be loaded: choose its PEM or DER "
                           "file, or a PKCS#12 bundle (.p12 or .pfx).");
    if (reason.contains(QLatin1StringView("ssl.ca.location")))
        return QCoreApplication::translate(
            "AdminClient", "The CA file could not be loaded: choose the PEM file of the CA that "
                           "signed the broker's certificate.");
    return {};
}

void AdminClient::pollEvents()
{
    rd_kafka_poll(m_handle, 0);
}

QString AdminClient::librdkafkaVersion()
{
    return QString::fromUtf8(rd_kafka_version_str());
}

int AdminClient::requestMetadata(bool allTopics, int timeoutMs,
                                 const struct rd_kafka_metadata **metadata)
{
    // rd_kafka_metadata() cannot be interrupted: ask in slices (0.5 s, then 1 s, 2 s, ...) and
    // look at the stop flag between them, so a frozen broker holds a stopping worker for a slice
    // at most, while a slow but healthy cluster still gets the whole time in the end (a slice
    // that times out abandons its request; the next one asks again).
    QDeadlineTimer deadline(timeoutMs);
    rd_kafka_resp_err_t err = RD_KAFKA_RESP_ERR__TIMED_OUT;
    for (int slice = 500; !deadline.hasExpired() && !m_stop->load(); slice *= 2) {
        const int wait = int(std::min<qint64>(slice, deadline.remainingTime()));
        err = rd_kafka_metadata(m_handle, allTopics ? 1 : 0, nullptr, metadata, std::max(wait, 1));
        if (err != RD_KAFKA_RESP_ERR__TIMED_OUT)
            break;
    }
    return err;
}

bool AdminClient::fetchBrokers(int timeoutMs, QList<BrokerInfo> *brokers, KafkaError *error)
{
    const rd_kafka_metadata_t *raw = nullptr;
    const auto err = rd_kafka_resp_err_t(requestMetadata(false, timeoutMs, &raw));
    const MetadataPtr metadata(raw);
    pollEvents();
    if (err != RD_KAFKA_RESP_ERR_NO_ERROR) {
        *error =
            errorFrom(err, QCoreApplication::translate("AdminClient", "Metadata request failed"));
        return false;
    }
    brokers->clear();
    for (int i = 0; i < metadata->broker_cnt; ++i) {
        BrokerInfo broker;
        broker.nodeId = metadata->brokers[i].id;
        broker.host = QString::fromUtf8(metadata->brokers[i].host);
        broker.port = metadata->brokers[i].port;
        brokers->append(broker);
    }
    std::sort(brokers->begin(), brokers->end(),
              [](const auto &a, const auto &b) { return a.nodeId < b.nodeId; });
    return true;
}

bool AdminClient::describeCluster(int timeoutMs, QString *clusterId, int *controllerId,
                                  QList<BrokerInfo> *brokers, KafkaError *error)
{
    AdminRequests requests(this);
    const OptionsPtr options = requests.options(RD_KAFKA_ADMIN_OP_DESCRIBECLUSTER, timeoutMs);
    rd_kafka_DescribeCluster(m_handle, options.get(), requests.queue());
    requests.sent();
    const EventPtr event = requests.next(QDeadlineTimer(timeoutMs));
    if (!event) {
        *error = errorFrom(RD_KAFKA_RESP_ERR__TIMED_OUT,
                           QCoreApplication::translate("AdminClient", "DescribeCluster"));
        return false;
    }
    rd_kafka_event_t *raw = event.get();
    if (rd_kafka_event_error(raw)) {
        *error = errorFrom(rd_kafka_event_error(raw),
                           QCoreApplication::translate("AdminClient", "DescribeCluster"),
                           rd_kafka_event_error_string(raw));
        return false;
    }
    const rd_kafka_DescribeCluster_result_t *result = rd_kafka_event_DescribeCluster_result(raw);
    if (const char *id = rd_kafka_DescribeCluster_result_cluster_id(result))
        *clusterId = QString::fromUtf8(id);
    const rd_kafka_Node_t *controller = rd_kafka_DescribeCluster_result_controller(result);
    *controllerId = controller ? rd_kafka_Node_id(controller) : -1;
    size_t count = 0;
    const rd_kafka_Node_t **nodes = rd_kafka_DescribeCluster_result_nodes(result, &count);
    brokers->clear();
    for (size_t i = 0; i < count; ++i) {
        BrokerInfo broker;
        broker.nodeId = rd_kafka_Node_id(nodes[i]);
        broker.host = QString::fromUtf8(rd_kafka_Node_host(nodes[i]));
        broker.port = rd_kafka_Node_port(nodes[i]);
        if (const char *rack = rd_kafka_Node_rack(nodes[i]))
            broker.rack = QString::fromUtf8(rack);
        brokers->append(broker);
    }
    return true;
}

namespace {

// One topic of a metadata answer; counts its partitions' leaders and replicas into *brokers and
// the nodes its replicas expect into *replicaNodes.
TopicInfo topicOf(const rd_kafka_metadata_topic_t &topic, QMap<int, BrokerInfo> *brokers,
                  QSet<int> *replicaNodes)
{
    TopicInfo info;
    info.name = QString::fromUtf8(topic.topic);
    // The metadata struct has no internal flag; Kafka's internal topics start with "__".
    info.internal = info.name.startsWith(QLatin1String("__"));
    if (topic.err)
        info.error = QString::fromUtf8(rd_kafka_err2name(topic.err));
    info.partitions.reserve(topic.partition_cnt);
    for (int p = 0; p < topic.partition_cnt; ++p) {
        const rd_kafka_metadata_partition_t &partition = topic.partitions[p];
        PartitionInfo partitionInfo;
        partitionInfo.partition = partition.id;
        partitionInfo.leader = partition.leader;
        if (partition.err)
            partitionInfo.error = QString::fromUtf8(rd_kafka_err2name(partition.err));
        partitionInfo.replicas.reserve(partition.replica_cnt);
        for (int r = 0; r < partition.replica_cnt; ++r)
            partitionInfo.replicas.append(partition.replicas[r]);
        partitionInfo.isr.reserve(partition.isr_cnt);
        for (int r = 0; r < partition.isr_cnt; ++r)
            partitionInfo.isr.append(partition.isrs[r]);
        if (auto it = brokers->find(partition.leader); it != brokers->end())
            ++it->partitionsLed;
        for (int r = 0; r < partition.replica_cnt; ++r) {
            replicaNodes->insert(partition.replicas[r]);
            if (auto it = brokers->find(partition.replicas[r]); it != brokers->end())
                ++it->replicasHosted;
        }
        info.partitions.append(std::move(partitionInfo));
    }
    std::sort(
        info.partitions.begin(), info.partitions.end(),
        [](const PartitionInfo &a, const PartitionInfo &b) { return a.partition < b.partition; });
    return info;
}

} // namespace

bool AdminClient::fetchSnapshot(int timeoutMs, ClusterSnapshot *snapshot, KafkaError *error)
{
    const rd_kafka_metadata_t *raw = nullptr;
    const auto err = rd_kafka_resp_err_t(requestMetadata(true, timeoutMs, &raw));
    const MetadataPtr metadata(raw);
    pollEvents();
    if (err != RD_KAFKA_RESP_ERR_NO_ERROR) {
        *error =
            errorFrom(err, QCoreApplication::translate("AdminClient", "Metadata request failed"));
        return false;
    }
    QMap<int, BrokerInfo> brokers;
    for (int i = 0; i < metadata->broker_cnt; ++i) {
        BrokerInfo &broker = brokers[metadata->brokers[i].id];
        broker.nodeId = metadata->brokers[i].id;
        broker.host = QString::fromUtf8(metadata->brokers[i].host);
        broker.port = metadata->brokers[i].port;
    }
    QSet<int> replicaNodes;
    snapshot->topics.clear();
    snapshot->topics.reserve(metadata->topic_cnt);
    snapshot->partitionCount = 0;
    for (int t = 0; t < metadata->topic_cnt; ++t) {
        snapshot->topics.append(topicOf(metadata->topics[t], &brokers, &replicaNodes));
        snapshot->partitionCount += metadata->topics[t].partition_cnt;
    }
    std::sort(snapshot->topics.begin(), snapshot->topics.end(),
              [](const TopicInfo &a, const TopicInfo &b) { return a.name < b.name; });
    snapshot->topicCount = metadata->topic_cnt;

    describeClusterIfStale(brokers.keys(), timeoutMs);
    snapshot->clusterId = m_clusterId;
    snapshot->controllerId = m_metadataControllerId;
    snapshot->brokers.clear();
    for (auto it = brokers.begin(); it != brokers.end(); ++it) {
        it->rack = m_racks.value(it->nodeId);
        it->isController = it->nodeId == snapshot->controllerId;
        snapshot->brokers.append(*it);
    }
    snapshot->replicaNodeIds = QList<int>(replicaNodes.begin(), replicaNodes.end());
    std::sort(snapshot->replicaNodeIds.begin(), snapshot->replicaNodeIds.end());
    snapshot->takenAtMs = QDateTime::currentMSecsSinceEpoch();
    return true;
}

// DescribeCluster adds what the legacy metadata call lacks: cluster id, controller, racks. Those
// rarely change, so it is asked again only every 30 s or when the brokers change: one request less
// per refresh, and none that could wait on a broker that just died.
void AdminClient::describeClusterIfStale(const QList<int> &liveIds, int timeoutMs)
{
    if (m_sinceDescribe.isValid() && !m_sinceDescribe.hasExpired(30000) &&
        liveIds == m_describedIds)
        return;
    QString clusterId;
    int controllerId = -1;
    QList<BrokerInfo> described;
    KafkaError describeError;
    if (!describeCluster(timeoutMs, &clusterId, &controllerId, &described, &describeError)) {
        qCInfo(lcRdkafka) << "DescribeCluster failed:" << describeError.message;
        return;
    }
    m_sinceDescribe.start();
    m_describedIds = liveIds;
    m_clusterId = clusterId;
    m_metadataControllerId = controllerId;
    m_racks.clear();
    for (const BrokerInfo &node : std::as_const(described))
        m_racks.insert(node.nodeId, node.rack);
}

} // namespace Qafka
