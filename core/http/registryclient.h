#pragma once

#include "http/registryresponse.h"
#include "http/restclient.h"
#include "profiles/connectionprofile.h"

namespace Qafka {

// Confluent's Schema Registry REST API over HTTP(S), as Redpanda, Apicurio (ccompat) and Karapace
// also serve it: a RestClient with the registry's media type and its errors in words.
class RegistryClient : public RestClient
{
    Q_OBJECT
public:
    RegistryClient(const RegistrySettings &settings, const ProfileSecrets &secrets,
                   QObject *parent = nullptr);
};

} // namespace Qafka
