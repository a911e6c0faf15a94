#include "probes/quorumresponses.h"

namespace Qafka::QuorumResponses {

namespace {

// The voters or observers of a DescribeQuorum partition, appended to ids.
void readReplicas(KafkaReader &reply, qint16 version, QList<int> &ids)
{
    for (qint64 i = 0, n = reply.arrayLength(true); i < n && reply.ok; ++i) {
        ids.append(reply.int32());
        if (version >= 2)
            reply.skip(16); // replica directory id
        reply.int64();      // log end offset
        if (version >= 1)
            reply.skip(16); // last fetch and last caught-up timestamps
        reply.skipTaggedFields();
    }
}

// One partition of a DescribeQuorum response: its error, or the quorum.
DescribeQuorum readQuorumPartition(KafkaReader &reply, qint16 version)
{
    DescribeQuorum result;
    reply.int32(); // partition index
    result.errorCode = reply.int16();
    result.errorMessage = version >= 2 ? reply.string(true) : QByteArray();
    if (result.errorCode)
        return result;
    QuorumInfo quorum;
    quorum.leaderId = reply.int32();
    quorum.leaderEpoch = reply.int32();
    quorum.highWatermark = reply.int64();
    readReplicas(reply, version, quorum.voterIds);
    readReplicas(reply, version, quorum.observerIds);
    reply.skipTaggedFields();
    result.quorum = quorum;
    return result;
}

} // namespace

std::optional<ApiVersions> readApiVersions(KafkaReader &reply)
{
    ApiVersions result;
    result.errorCode = reply.int16();
    if (result.errorCode) // said even when the rest is cut short
        return result;
    for (qint64 i = 0, n = reply.arrayLength(true); i < n && reply.ok; ++i) {
        const qint16 key = reply.int16();
        const qint16 min = reply.int16();
        const qint16 max = reply.int16();
        reply.skipTaggedFields();
        // We speak versions 0..2 of both; a broker that dropped them all counts as lacking them.
        if (key == DescribeQuorumKey && min <= 2)
            result.describeQuorumMax = max;
        else if (key == SaslAuthenticateKey && min <= 2)
            result.saslAuthenticateMax = max;
    }
    if (!reply.ok)
        return std::nullopt;
    return result;
}

std::optional<SaslHandshake> readSaslHandshake(KafkaReader &reply)
{
    SaslHandshake result;
    result.errorCode = reply.int16();
    for (qint64 i = 0, n = reply.arrayLength(false); i < n && reply.ok; ++i)
        result.enabledMechanisms.append(QString::fromUtf8(reply.string(false)));
    if (!reply.ok)
        return std::nullopt;
    return result;
}

std::optional<SaslAuthenticate> readSaslAuthenticate(KafkaReader &reply, bool flexible)
{
    SaslAuthenticate result;
    result.errorCode = reply.int16();
    result.errorMessage = reply.string(flexible);
    result.serverToken = reply.bytes(flexible);
    if (!reply.ok)
        return std::nullopt;
    return result;
}

std::optional<DescribeQuorum> readDescribeQuorum(KafkaReader &reply, qint16 version)
{
    DescribeQuorum result;
    result.errorCode = reply.int16();
    result.errorMessage = version >= 2 ? reply.string(true) : QByteArray();
    if (result.errorCode)
        return result;
    for (qint64 t = 0, topics = reply.arrayLength(true); t < topics && reply.ok; ++t) {
        reply.string(true); // topic name: we asked for one only
        for (qint64 p = 0, partitions = reply.arrayLength(true); p < partitions && reply.ok; ++p) {
            DescribeQuorum partition = readQuorumPartition(reply, version);
            if (partition.errorCode)
                return partition;
            result.quorum = partition.quorum;
        }
        reply.skipTaggedFields();
    }
    if (!reply.ok)
        return std::nullopt;
    return result;
}

QHash<char, QByteArray> scramAttributes(const QByteArray &message)
{
    QHash<char, QByteArray> attributes;
    for (const QByteArray &part : message.split(',')) {
        if (part.size() >= 2 && part.at(1) == '=')
            attributes.insert(part.at(0), part.mid(2));
    }
    return attributes;
}

} // namespace Qafka::QuorumResponses
