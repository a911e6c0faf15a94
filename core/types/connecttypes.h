#pragma once

// What a Kafka Connect cluster says about its connectors, as plain values that cross from the
// Connect worker's thread to the GUI's.

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Qafka {

struct ConnectTaskStatus
{
    int id = -1;
    QString state; // RUNNING, PAUSED, FAILED, UNASSIGNED, RESTARTING
    QString workerId;
    QString trace; // a failed task's stack trace

    bool operator==(const ConnectTaskStatus &) const = default;
};

struct ConnectorStatus
{
    QString name;
    QString type; // source or sink
    QString className;
    QString state; // RUNNING, PAUSED, STOPPED, FAILED, UNASSIGNED, RESTARTING
    QString workerId;
    QString trace; // a failed connector's stack trace
    QList<ConnectTaskStatus> tasks;
    QJsonObject config; // as Connect shows it: secrets it masks stay masked

    int failedTaskCount() const;
    bool operator==(const ConnectorStatus &) const = default;
};

struct ConnectPlugin
{
    QString className;
    QString type; // source, sink (or converter, transformation... with connectorsOnly=false)
    QString version;
};

// A change of a connector's state or of its tasks, sent through ConnectCluster::act.
enum class ConnectAction {
    Pause,
    Resume,
    Stop,
    Restart,       // the connector instance only
    RestartAll,    // the connector and all its tasks
    RestartFailed, // the connector and its failed tasks only
    RestartTask,   // one task (ConnectActionRequest::task)
    Delete,
    ResetOffsets, // a stopped connector's offsets (Connect 3.6+)
    AlterOffsets, // the same, set to ConnectActionRequest::offsets
};

struct ConnectActionRequest
{
    ConnectAction action = ConnectAction::Restart;
    QString connector;
    int task = -1;
    QJsonObject offsets; // AlterOffsets: {"offsets": [{"partition": {...}, "offset": {...}}]}
};

// One field of PUT /connector-plugins/{class}/config/validate: what the plugin declares of it
// (definition) and what Connect made of the value it was given.
struct ConnectFieldCheck
{
    QString name;
    QString displayName;
    QString type;  // BOOLEAN, STRING, INT, SHORT, LONG, DOUBLE, LIST, CLASS, PASSWORD
    QString group; // empty for a plugin's fields that name none
    int order = -1;
    QString importance; // HIGH, MEDIUM, LOW
    QString documentation;
    bool required = false;
    bool hasDefault = false;
    QString defaultValue;
    QString value;
    QStringList recommendedValues;
    bool visible = true;
    QStringList errors;
};

struct ConnectValidation
{
    int errorCount = 0;
    QStringList groups; // in the order the plugin gives them
    QList<ConnectFieldCheck> fields;
};

} // namespace Qafka

Q_DECLARE_METATYPE(Qafka::ConnectorStatus)
Q_DECLARE_METATYPE(Qafka::ConnectPlugin)
Q_DECLARE_METATYPE(Qafka::ConnectActionRequest)
Q_DECLARE_METATYPE(Qafka::ConnectValidation)
