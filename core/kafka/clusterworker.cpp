#include "clusterworker.h"

#include "adminclient.h"
#include "bootstrapaddress.h"
#include "kafkaconfig.h"
#include "reachabilityprobe.h"

#include <QElapsedTimer>

namespace Qafka {

ClusterWorker::ClusterWorker(const ConnectionProfile &profile, const ProfileSecrets &secrets,
                             Timeouts timeouts)
    : m_profile(profile)
    , m_secrets(secrets)
    , m_timeouts(timeouts)
{}

// Destroyed on the worker thread (QThread::finished -> deleteLater), so the handle is too.
ClusterWorker::~ClusterWorker() = default;

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

void ClusterWorker::connectToCluster(quint64 generation)
{
    m_client.reset();
    m_diagnosis.clear();

    const BootstrapAddress bootstrap = BootstrapAddress::parse(m_profile.bootstrapServers);
    if (!bootstrap.isValid()) {
        emit connectFailed(generation, {bootstrap.error(), QStringLiteral("_INVALID_ARG"), {}});
        return;
    }
    if (m_profile.usesSasl() && m_profile.saslUsername.isEmpty()) {
        emit connectFailed(generation, {tr("This connection uses SASL but has no user name."),
                                        QStringLiteral("_INVALID_ARG"),
                                        {}});
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
        const int slice = int(std::min<qint64>(1000, m_timeouts.connectMs - elapsed.elapsed()));
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
        const KafkaError diagnosis =
            m_diagnosis.diagnose(bootstrap.toString(), int(elapsed.elapsed()));
        m_client.reset();
        emit connectFailed(generation, diagnosis);
        return;
    }

    const auto reachability = ReachabilityProbe::probe(brokers, m_timeouts.probeMs);
    KafkaError warning = ReachabilityProbe::explain(reachability, bootstrap.toString());
    bool anyReachable = false;
    for (const auto &result : reachability)
        anyReachable = anyReachable || result.reachable;
    if (!anyReachable && !brokers.isEmpty()) {
        m_client.reset();
        emit connectFailed(generation, warning);
        return;
    }

    ClusterSnapshot snapshot;
    m_diagnosis.clear();
    if (!m_client->fetchSnapshot(m_timeouts.requestMs, &snapshot, &error)) {
        emit connectFailed(generation, enrich(error));
        return;
    }
    emit connected(generation, snapshot, warning);
}

void ClusterWorker::refresh(quint64 generation)
{
    if (!m_client || m_stop.load())
        return;
    m_diagnosis.clear();
    ClusterSnapshot snapshot;
    KafkaError error;
    if (m_client->fetchSnapshot(m_timeouts.requestMs, &snapshot, &error))
        emit snapshotReady(generation, snapshot);
    else if (!m_stop.load())
        emit refreshFailed(generation, enrich(error));
}

void ClusterWorker::describeBrokerConfigs(quint64 generation, int brokerId)
{
    if (!m_client || m_stop.load())
        return;
    QList<ConfigEntry> entries;
    KafkaError error;
    if (m_client->describeBrokerConfigs(brokerId, m_timeouts.requestMs, &entries, &error))
        emit brokerConfigsReady(generation, brokerId, entries);
    else if (!m_stop.load())
        emit brokerConfigsFailed(generation, brokerId, error);
}

} // namespace Qafka
