#pragma once

#include "types/connecttypes.h"

#include <QJsonDocument>

namespace Qafka {

// Kafka Connect's JSON answers read into plain values. Whatever the JSON holds, these never fail:
// missing or mistyped fields come back empty.
class ConnectAnswers
{
public:
    // GET /connectors?expand=status&expand=info, sorted by name.
    static QList<ConnectorStatus> connectors(const QJsonDocument &expanded);
    // GET /connector-plugins
    static QList<ConnectPlugin> plugins(const QJsonDocument &answer);
    // PUT /connector-plugins/{class}/config/validate
    static ConnectValidation validation(const QJsonDocument &answer);
    // GET /connectors/{name}/topics: {"name": {"topics": [...]}}
    static QStringList topics(const QJsonDocument &answer);
    // GET /: "Kafka Connect 4.1.1 (commit …, Kafka cluster …)"
    static QString serverSummary(const QJsonDocument &answer);
};

} // namespace Qafka
