#pragma once

#include "http/restclient.h"
#include "profiles/connectclustersettings.h"

namespace Qafka {

// Kafka Connect's REST API over HTTP(S): a RestClient with Connect's errors in words.
class ConnectClient : public RestClient
{
    Q_OBJECT
public:
    ConnectClient(const ConnectClusterSettings &settings, const RestEndpointSecrets &secrets,
                  QObject *parent = nullptr);
};

} // namespace Qafka
