#pragma once

#include "profiles/registrysettings.h"

#include <QList>
#include <QString>

namespace Qafka {

// One Kafka Connect cluster a connection profile knows: a name the user picks (unique within
// the profile; its secrets are filed under it) and how to reach its REST API.
struct ConnectClusterSettings
{
    QString name;
    RestEndpointSettings endpoint;

    bool operator==(const ConnectClusterSettings &) const = default;
};

} // namespace Qafka
