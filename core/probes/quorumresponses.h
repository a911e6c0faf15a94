#pragma once

#include "probes/kafkareader.h"
#include "probes/quorumprobe.h"

#include <QHash>
#include <QStringList>

#include <optional>

// What the quorum probe reads from a broker, apart from the socket that brought it: each function
// takes one response body (after the response header) and returns nullopt when it is malformed.
// Kept apart so that the fuzzer reads the same code with any bytes.
namespace Qafka::QuorumResponses {

enum ApiKey : qint16 {
    SaslHandshakeKey = 17,
    ApiVersionsKey = 18,
    SaslAuthenticateKey = 36,
    DescribeQuorumKey = 55,
};

struct ApiVersions
{
    qint16 errorCode = 0;
    qint16 describeQuorumMax = -1; // -1: the broker lacks the API (or only speaks versions > 2)
    qint16 saslAuthenticateMax = -1;
};

struct SaslHandshake
{
    qint16 errorCode = 0;
    QStringList enabledMechanisms;
};

struct SaslAuthenticate
{
    qint16 errorCode = 0;
    QByteArray errorMessage;
    QByteArray serverToken;
};

// A DescribeQuorum answer: an error (of the request or of its partition), or the quorum, or
// neither when the broker listed no partition.
struct DescribeQuorum
{
    qint16 errorCode = 0;
    QByteArray errorMessage;
    std::optional<QuorumInfo> quorum;
};

// ApiVersions v3 (its answer's error code comes first; a broker that refuses the version lists
// what it speaks, which is not read here).
std::optional<ApiVersions> readApiVersions(KafkaReader &reply);
std::optional<SaslHandshake> readSaslHandshake(KafkaReader &reply);
std::optional<SaslAuthenticate> readSaslAuthenticate(KafkaReader &reply, bool flexible);
// DescribeQuorum v0..v2 (every version flexible).
std::optional<DescribeQuorum> readDescribeQuorum(KafkaReader &reply, qint16 version);

// SCRAM attributes: "r=...,s=...,i=..." (RFC 5802 section 5.1).
QHash<char, QByteArray> scramAttributes(const QByteArray &message);

} // namespace Qafka::QuorumResponses
