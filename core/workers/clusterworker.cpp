#include "workers/clusterworker.h"

#include "probes/keytabcheck.h"
#include "probes/quorumprobe.h"
#include "probes/reachabilityprobe.h"
#include "rdkafka/acladmin.h"
#include "rdkafka/adminclient.h"
#include "rdkafka/configreader.h"
#include "rdkafka/producerclient.h"
#include "rdkafka/scramadmin.h"
#include "rdkafka/topicadmin.h"
#include "rdkafka/topicstatsreader.h"
#include "types/bootstrapaddress.h"
#include "types/kafkaconfig.h"

#include <QElapsedTimer>

#include <algorithm>

namespace Qafka {

QString ClusterWorker::librdkafkaVersion()
{
    return AdminClient::librdkafkaVersion();
}

ClusterWorker::ClusterWorker(const ConnectionProfile &profile, const ProfileSecrets &secrets,
                             Timeouts timeouts)
    : m_profile(profile)
    , m_secrets(secrets)
    , m_timeouts(timeouts)
    , m_statsPoll(new QTimer(this))
{
    m_statsPoll->setInterval(20);
    connect(m_statsPoll, &QTimer::timeout, this, &ClusterWorker::collectTopicStats);
}

// Destroyed on the worker thread (QThread::finished -> deleteLater), so the handles are too.
void ClusterWorker::dropClient()
{
    m_statsPoll->stop();
    m_statsReader.reset(); // its requests live on the client's handle
    m_client.reset();
}

ClusterWorker::~ClusterWorker()
{
    // Messages still in flight get half a second to be delivered before the handle goes (the
    // user confirmed closing with messages in flight); the stop flag is raised by now, so it is
    // not consulted. The rest are purged: closing never waits on the brokers.
    delete m_produceJob;
    m_produceJob = nullptr;
    if (m_producer) {
        QList<DeliveryReport> reports;
        m_producer->drain(kCloseGraceMs, nullptr, &reports);
    }
}

KafkaError ClusterWorker::enrich(KafkaError error) const
{
    // A bare "broker transport failure" says little; what librdkafka reported meanwhile says more.
    if (!m_diagnosis.isEmpty()) {
        const KafkaError cause = m_diagnosis.diagnose(m_profile.bootstrapServers, 0);
        error.message += u'\n' + cause.message;
        if (error.hint.isEmpty())
            error.hint = cause.hint;
    }
    return error;
}

// A keytab login whose kinit failed shows up only as a missing ticket: ask kinit itself why.
KafkaError ClusterWorker::explainKeytab(const KafkaError &diagnosis) const
{
    const KafkaError keytab = KeytabCheck::check(m_profile.kerberos);
    return keytab.isNull() ? diagnosis : keytab;
}

void ClusterWorker::resolveController(ClusterSnapshot *snapshot)
{
    QList<int> liveIds;
    for (const BrokerInfo &broker : std::as_const(snapshot->brokers))
        liveIds.append(broker.nodeId);
    const bool due = !m_sinceQuorumProbe.isValid() || m_sinceQuorumProbe.hasExpired(10000) ||
                     liveIds != m_probedBrokerIds;
    // Qafka's own probe logs in with PLAIN and SCRAM only; a Kerberos or OAuth login cannot ask.
    // KRaft metadata names a random broker as controller, so "unknown" is the honest answer.
    if (due && (m_profile.usesKerberos() || m_profile.usesOAuth())) {
        m_sinceQuorumProbe.start();
        m_probedBrokerIds = liveIds;
        m_controllerId = -1;
        m_controllerNote = tr("unknown: the controller probe cannot log in with %1")
                               .arg(saslMechanismName(m_profile.saslMechanism));
    } else if (due) {
        m_sinceQuorumProbe.start();
        m_probedBrokerIds = liveIds;
        QString error;
        bool unsupported = false;
        std::optional<QuorumInfo> quorum;
        // Two brokers at most: one may be the one that just died.
        for (qsizetype i = 0; i < std::min<qsizetype>(2, snapshot->brokers.size()) && !quorum &&
                              !unsupported && !m_stop.load();
             ++i) {
            QuorumProbeSettings settings;
            settings.host = snapshot->brokers.at(i).host;
            settings.port = snapshot->brokers.at(i).port;
            settings.useTls = m_profile.usesTls();
            settings.caFile = m_profile.caFile;
            settings.certificateFile = m_profile.certificateFile;
            settings.keyFile = m_profile.keyFile;
            settings.keyPassphrase = m_secrets.keyPassphrase;
            settings.verifyHostname = m_profile.verifyHostname;
            settings.useSasl = m_profile.usesSasl();
            settings.saslMechanism = saslMechanismName(m_profile.saslMechanism);
            settings.username = m_profile.saslUsername;
            settings.password = m_secrets.saslPassword;
            settings.timeoutMs = 2000;
            settings.stop = &m_stop;
            quorum = QuorumProbe::describe(settings, &error, &unsupported);
        }
        if (quorum) {
            m_controllerId = quorum->leaderId;
            m_controllerNote =
                tr("quorum leader (DescribeQuorum), epoch %1").arg(quorum->leaderEpoch);
        } else if (unsupported) {
            // A ZooKeeper-mode cluster: there, metadata's controller id is the real one.
            m_controllerId = snapshot->controllerId;
            m_controllerNote = tr("from metadata (ZooKeeper mode)");
        } else {
            m_controllerId = -1;
            m_controllerNote = tr("unknown: %1").arg(error);
        }
    }
    snapshot->controllerId = m_controllerId;
    snapshot->controllerNote = m_controllerNote;
    for (BrokerInfo &broker : snapshot->brokers)
        broker.isController = broker.nodeId == m_controllerId;
}

KafkaError ClusterWorker::explainSilence(const BootstrapAddress &bootstrap, int waitedMs,
                                         const KafkaError &unanswered) const
{
    QList<BrokerInfo> servers;
    for (const HostPort &server : bootstrap.servers()) {
        BrokerInfo info;
        info.host = server.host;
        info.port = server.port;
        servers.append(info);
    }
    QStringList accepting;
    for (const auto &result : ReachabilityProbe::probe(servers, m_timeouts.probeMs))
        if (result.reachable)
            accepting.append(result.broker.address());
    return accepting.isEmpty() ? unanswered
                               : ConnectionDiagnosis::silentListenerError(accepting, waitedMs);
}

// What makes the profile unusable before any broker is asked; empty when nothing does.
QString ClusterWorker::profileProblem(const BootstrapAddress &bootstrap) const
{
    if (!bootstrap.isValid())
        return bootstrap.error();
    if (m_profile.usesKerberos())
        return m_profile.kerberos.problem();
    if (m_profile.usesOAuth() && !m_profile.oauth.problem().isEmpty())
        return m_profile.oauth.problem();
    if (m_profile.usesOAuth() && m_secrets.oauthClientSecret.isEmpty())
        return tr("This connection logs in with OAuth but has no client secret.");
    if (m_profile.usesPassword() && m_profile.saslUsername.isEmpty())
        return tr("This connection uses SASL but has no user name.");
    return {};
}

void ClusterWorker::connectToCluster(quint64 generation)
{
    dropClient();
    m_diagnosis.clear();

    const BootstrapAddress bootstrap = BootstrapAddress::parse(m_profile.bootstrapServers);
    if (const QString problem = profileProblem(bootstrap); !problem.isEmpty()) {
        emit connectFailed(generation, {problem, QStringLiteral("_INVALID_ARG"), {}});
        return;
    }

    KafkaError error;
    m_client = AdminClient::create(KafkaConfig::forProfile(m_profile, m_secrets), &m_diagnosis,
                                   &m_stop, &error);
    if (!m_client) {
        emit connectFailed(generation, error);
        return;
    }

    // librdkafka retries a failing connection forever; ask in short slices and stop as soon as
    // what it reports is conclusive, so every bad input is explained within seconds.
    QElapsedTimer elapsed;
    elapsed.start();
    QList<BrokerInfo> brokers;
    bool answered = false;
    while (!m_stop.load() && elapsed.elapsed() < m_timeouts.connectMs) {
        const int slice = int(std::min<qint64>(500, m_timeouts.connectMs - elapsed.elapsed()));
        if (m_client->fetchBrokers(std::max(slice, 100), &brokers, &error)) {
            answered = true;
            break;
        }
        m_client->pollEvents();
        if (m_diagnosis.isConclusive())
            break;
    }
    if (m_stop.load())
        return;
    if (!answered) {
        KafkaError diagnosis = m_diagnosis.diagnose(bootstrap.toString(), int(elapsed.elapsed()));
        // Only silence from librdkafka: tell an open but silent port from an unreachable one.
        // librdkafka contacts no broker before it has a token: silence is the token endpoint's.
        if (m_diagnosis.onlySilence() && m_profile.usesOAuth())
            diagnosis = ConnectionDiagnosis::tokenPendingError(m_profile.oauth.tokenEndpointUrl,
                                                               int(elapsed.elapsed()));
        else if (m_diagnosis.onlySilence())
            diagnosis = explainSilence(bootstrap, int(elapsed.elapsed()), diagnosis);
        else if (m_profile.usesKerberos() && !m_profile.kerberos.keytab.isEmpty())
            diagnosis = explainKeytab(diagnosis);
        // Said before the client goes: destroying it waits for a pending token request (up to
        // librdkafka's 20 s HTTP timeout), which the user need not wait for.
        emit connectFailed(generation, diagnosis);
        dropClient();
        return;
    }

    const auto reachability = ReachabilityProbe::probe(brokers, m_timeouts.probeMs);
    KafkaError warning = ReachabilityProbe::explain(reachability, bootstrap.toString());
    bool anyReachable = false;
    for (const auto &result : reachability)
        anyReachable = anyReachable || result.reachable;
    if (!anyReachable && !brokers.isEmpty()) {
        dropClient();
        emit connectFailed(generation, warning);
        return;
    }

    ClusterSnapshot snapshot;
    m_diagnosis.clear();
    if (!m_client->fetchSnapshot(m_timeouts.requestMs, &snapshot, &error)) {
        emit connectFailed(generation, enrich(error));
        return;
    }
    m_sinceQuorumProbe.invalidate();
    resolveController(&snapshot);
    rememberTopics(snapshot);
    emit connected(generation, snapshot, warning);
}

void ClusterWorker::refresh(quint64 generation)
{
    if (!m_client || m_stop.load())
        return;
    m_diagnosis.clear();
    ClusterSnapshot snapshot;
    KafkaError error;
    if (m_client->fetchSnapshot(m_timeouts.requestMs, &snapshot, &error)) {
        resolveController(&snapshot);
        rememberTopics(snapshot);
        emit snapshotReady(generation, snapshot);
    } else if (!m_stop.load())
        emit refreshFailed(generation, enrich(error));
}

void ClusterWorker::describeBrokerConfigs(quint64 generation, int brokerId)
{
    if (!m_client || m_stop.load())
        return;
    QList<ConfigEntry> entries;
    KafkaError error;
    if (ConfigReader(m_client.get())
            .describeBroker(brokerId, m_timeouts.requestMs, &entries, &error))
        emit brokerConfigsReady(generation, brokerId, entries);
    else if (!m_stop.load())
        emit brokerConfigsFailed(generation, brokerId, error);
}

} // namespace Qafka

namespace Qafka {

void ClusterWorker::rememberTopics(const ClusterSnapshot &snapshot)
{
    m_topicNames.clear();
    m_partitionCounts.clear();
    m_topics = snapshot.topics;
    m_topicNames.reserve(snapshot.topics.size());
    m_partitionCounts.reserve(snapshot.topics.size());
    for (const TopicInfo &topic : snapshot.topics) {
        m_topicNames.append(topic.name);
        m_partitionCounts.append(int(topic.partitions.size()));
    }
    // A send in progress follows leaders that come and go.
    if (m_producer && m_produceJob && !m_produceJob->isFinished())
        m_producer->setOnlinePartitions(m_produceJob->topic(),
                                        onlinePartitions(m_produceJob->topic()));
}

QList<int> ClusterWorker::onlinePartitions(const QString &topic) const
{
    // A snapshot lists its topics sorted by name.
    const auto found = std::lower_bound(
        m_topics.cbegin(), m_topics.cend(), topic,
        [](const TopicInfo &each, const QString &name) { return each.name < name; });
    QList<int> online;
    if (found == m_topics.cend() || found->name != topic)
        return online;
    for (const PartitionInfo &partition : found->partitions) {
        if (!partition.isOffline())
            online.append(partition.partition);
    }
    return online;
}

void ClusterWorker::refreshTopicStats(quint64 generation)
{
    if (!m_client || m_stop.load())
        return;
    m_statsGeneration = generation; // a round in flight answers the newest request
    if (m_statsReader)
        return;
    if (m_topicNames.isEmpty()) {
        emit topicStatsReady(generation, {});
        return;
    }
    m_statsReader = std::make_unique<TopicStatsReader>(m_client.get(), m_topicNames,
                                                       m_partitionCounts, m_timeouts.requestMs * 3);
    m_statsPoll->start();
}

void ClusterWorker::collectTopicStats()
{
    if (!m_statsReader || m_stop.load()) {
        m_statsPoll->stop();
        return;
    }
    if (!m_statsReader->collect())
        return;
    m_statsPoll->stop();
    const std::unique_ptr<TopicStatsReader> reader = std::move(m_statsReader);
    // A partition or topic that could not be read keeps unknown figures in the table; only a
    // round that failed as a whole is reported.
    if (!reader->error().isNull())
        emit topicStatsFailed(m_statsGeneration, reader->error());
    else
        emit topicStatsReady(m_statsGeneration, reader->stats());
}

void ClusterWorker::describeTopicConfigs(quint64 generation, const QString &topic)
{
    if (!m_client || m_stop.load())
        return;
    QList<ConfigEntry> entries;
    KafkaError error;
    if (ConfigReader(m_client.get()).describeTopic(topic, m_timeouts.requestMs, &entries, &error))
        emit topicConfigsReady(generation, topic, entries);
    else if (!m_stop.load())
        emit topicConfigsFailed(generation, topic, error);
}

void ClusterWorker::describeAcls(quint64 generation)
{
    if (!m_client || m_stop.load())
        return;
    QList<AclBinding> bindings;
    KafkaError error;
    if (AclAdmin(m_client.get()).describe(m_timeouts.requestMs * 2, &bindings, &error))
        emit aclsReady(generation, bindings);
    else if (!m_stop.load())
        emit aclsFailed(generation, error);
}

void ClusterWorker::describeScramUsers(quint64 generation)
{
    if (!m_client || m_stop.load())
        return;
    QList<ScramUser> users;
    KafkaError error;
    if (ScramAdmin(m_client.get()).describe(m_timeouts.requestMs * 2, &users, &error))
        emit scramUsersReady(generation, users);
    else if (!m_stop.load())
        emit scramUsersFailed(generation, error);
}

void ClusterWorker::runAdminWrite(quint64 id, const QString &description, const AdminWrite &write)
{
    KafkaError error;
    if (m_profile.readOnly) {
        error = readOnlyRefusal(description);
    } else if (!m_client) {
        error.code = QStringLiteral("_STATE");
        error.message = tr("%1 needs a connected cluster.").arg(description);
    } else if (applyAdminWrite(write, &error)) {
        error = {};
    } else if (error.isNull()) {
        error.message = tr("%1 failed.").arg(description);
    }
    emit operationFinished(id, description, error);
}

bool ClusterWorker::applyAdminWrite(const AdminWrite &write, KafkaError *error)
{
    TopicAdmin admin(m_client.get());
    const int requestMs = m_timeouts.requestMs;
    struct Visitor
    {
        TopicAdmin &admin;
        AdminClient *client;
        int requestMs;
        KafkaError *error;
        bool operator()(const NewTopic &topic) const
        {
            return admin.createTopic(topic, requestMs * 5, error);
        }
        bool operator()(const DeleteTopicsWrite &w) const
        {
            return admin.deleteTopics(w.topics, requestMs * 5, error);
        }
        bool operator()(const CreatePartitionsWrite &w) const
        {
            return admin.createPartitions(w.topic, w.newTotal, requestMs * 5, error);
        }
        bool operator()(const AlterConfigsWrite &w) const
        {
            return admin.alterConfigs(w.resourceType, w.name, w.changes, requestMs * 2, error);
        }
        bool operator()(const DeleteRecordsWrite &w) const
        {
            return admin.deleteRecords(w.topic, w.deletions, requestMs * 3, error);
        }
        bool operator()(const CreateAclsWrite &w) const
        {
            return AclAdmin(client).create(w.bindings, requestMs * 2, error);
        }
        bool operator()(const DeleteAclsWrite &w) const
        {
            return AclAdmin(client).remove(w.bindings, requestMs * 2, error);
        }
        bool operator()(const ScramCredentialWrite &w) const
        {
            return ScramAdmin(client).alter(w, requestMs * 2, error);
        }
    };
    return std::visit(Visitor{admin, m_client.get(), requestMs, error}, write);
}

} // namespace Qafka

namespace Qafka {

void ClusterWorker::startProduce(quint64 id, const ProduceRequest &request)
{
    KafkaError error;
    if (m_profile.readOnly) {
        error = readOnlyRefusal(tr("Sending"));
    } else if (!m_client) {
        error = {tr("Sending needs a connected cluster."), QStringLiteral("_STATE"), {}};
    } else if (m_produceJob && !m_produceJob->isFinished()) {
        error = {tr("Another send is still running; cancel it or wait for it."),
                 QStringLiteral("_STATE"),
                 {}};
    } else if (!request.generator || request.count <= 0) {
        error = {tr("There is nothing to send."), QStringLiteral("_INVALID_ARG"), {}};
    } else if (!m_topicNames.contains(request.topic)) {
        // Created since the last refresh? Ask once more before refusing. Qafka never creates a
        // topic by producing to it: a typo must not become a new topic on a production cluster.
        ClusterSnapshot snapshot;
        KafkaError refreshError;
        if (m_client->fetchSnapshot(m_timeouts.requestMs, &snapshot, &refreshError))
            rememberTopics(snapshot);
        if (!m_topicNames.contains(request.topic))
            error = {tr("The topic %1 does not exist. Create it first (Topics ▸ Create); Qafka "
                        "does not create "
                        "topics by producing to them.")
                         .arg(request.topic),
                     QStringLiteral("UNKNOWN_TOPIC_OR_PART"),
                     {}};
    }
    if (error.isNull())
        ensureProducer(request.compression, &error);
    if (!error.isNull()) {
        ProduceProgress progress;
        progress.total = request.count;
        progress.finished = true;
        emit produceFinished(id, progress, error);
        return;
    }
    m_producer->setOnlinePartitions(request.topic, onlinePartitions(request.topic));
    delete m_produceJob;
    m_produceJob = new ProduceJob(id, request, m_producer.get(), this);
    connect(m_produceJob, &ProduceJob::progress, this, &ClusterWorker::produceProgress);
    connect(m_produceJob, &ProduceJob::finished, this,
            [this](quint64 jobId, const ProduceProgress &progress) {
                emit produceFinished(jobId, progress, m_producer->fatalError());
            });
    m_produceJob->start();
}

bool ClusterWorker::producerFits(const QString &compression) const
{
    return m_producer && m_producer->compression() == compression &&
           m_producer->fatalError().isNull();
}

bool ClusterWorker::ensureProducer(const QString &compression, KafkaError *error)
{
    if (producerFits(compression))
        return true;
    // Compression is a property of the producer handle: a different one needs a new handle,
    // and so does one that hit a fatal error.
    if (m_producer) {
        QList<DeliveryReport> ignored;
        m_producer->drain(3000, &m_stop, &ignored);
    }
    m_producer =
        ProducerClient::create(KafkaConfig::forProfile(m_profile, m_secrets), compression, error);
    return m_producer != nullptr;
}

void ClusterWorker::prepareProducer(const QString &compression)
{
    if (m_profile.readOnly || !m_client || (m_produceJob && !m_produceJob->isFinished()) ||
        producerFits(compression))
        return;
    // A failure here is reported by the send that needs the producer, in its own words.
    KafkaError ignored;
    if (ensureProducer(compression, &ignored))
        emit producerPrepared(compression);
}

void ClusterWorker::cancelProduce(quint64 id)
{
    if (m_produceJob && m_produceJob->id() == id)
        m_produceJob->cancel();
}

} // namespace Qafka
