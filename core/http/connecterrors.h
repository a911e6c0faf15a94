#pragma once

#include "http/restresponse.h"

#include <QList>
#include <QNetworkReply>
#include <QSslError>

namespace Qafka {

// How long a Connect request may take: a worker starting or stopping hundreds of tasks can hold
// a REST call for 5–14 s.
inline constexpr int connectTimeoutMs = 20000;

// Turns what went wrong with a Kafka Connect REST request into a sentence a user acts on: nobody
// listening, TLS, credentials, an address that is not Connect's REST API, a rebalance in progress
// (409, or 500 "a rebalance is expected"), a follower that cannot reach the leader (500), and
// Connect's own messages.
class ConnectErrors
{
public:
    static void describe(RestResponse &response, QNetworkReply::NetworkError error,
                         const QString &errorString, const QList<QSslError> &sslErrors,
                         const QByteArray &contentType, const QByteArray &body);
    // A refusal that passes once Connect settles: a 409 for a rebalance, a leader being chosen or
    // a stale configuration (not one that stays: "Connector x already exists"), or a 500 "a
    // rebalance is expected".
    static bool isPassingConflict(const RestResponse &response);
};

} // namespace Qafka
