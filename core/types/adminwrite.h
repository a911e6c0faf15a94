#pragma once

// The writes a cluster connection sends to its worker's admin client: plain values, so the GUI
// thread names what to change and only the worker knows how librdkafka does it.

#include "types/acltypes.h"
#include "types/scramtypes.h"
#include "types/topictypes.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <variant>

namespace Qafka {

struct DeleteTopicsWrite
{
    QStringList topics;
};

struct CreatePartitionsWrite
{
    QString topic;
    int newTotal = 0;
};

// resourceType: "topic" or "broker" (name = node id).
struct AlterConfigsWrite
{
    QString resourceType;
    QString name;
    QList<ConfigChange> changes;
};

struct DeleteRecordsWrite
{
    QString topic;
    QList<RecordDeletion> deletions;
};

struct CreateAclsWrite
{
    QList<AclBinding> bindings;
};

// Deletes exactly these bindings: each one as a filter that matches it alone.
struct DeleteAclsWrite
{
    QList<AclBinding> bindings;
};

using AdminWrite =
    std::variant<NewTopic, DeleteTopicsWrite, CreatePartitionsWrite, AlterConfigsWrite,
                 DeleteRecordsWrite, CreateAclsWrite, DeleteAclsWrite, ScramCredentialWrite>;

} // namespace Qafka
