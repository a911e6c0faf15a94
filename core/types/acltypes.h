#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Qafka {

// One access-control binding as Kafka stores it, in kafka-acls.sh's words: a principal from a
// host is allowed or denied one operation on the resources of one type that a name and a pattern
// type select.
struct AclBinding
{
    Q_DECLARE_TR_FUNCTIONS(AclBinding)

public:
    QString resourceType; // TOPIC, GROUP, CLUSTER, TRANSACTIONAL_ID (others only as read)
    QString resourceName; // "*" with LITERAL: every resource of the type
    QString patternType = QStringLiteral("LITERAL"); // or PREFIXED
    QString principal;                               // "User:alice"
    QString host = QStringLiteral("*");
    QString operation;                            // READ, WRITE, ..., ALL
    QString permission = QStringLiteral("ALLOW"); // or DENY

    bool operator==(const AclBinding &) const = default;
    // The order kafka-acls.sh lists them in: by resource, then by principal and operation.
    bool operator<(const AclBinding &other) const;
    // "ALLOW User:alice from * to READ TOPIC orders (LITERAL)", for confirmations and logs.
    QString summary() const;
    // Whether the authorizer would consult this binding for the resource `type` named `name`:
    // the literal name, the literal wildcard "*", or a prefix of the name.
    bool appliesTo(const QString &type, const QString &name) const;
    // What is wrong with this binding as a new one, in words; empty when it can be written.
    QString problem() const;
};

// Which bindings a view shows. An empty field matches every value.
struct AclFilter
{
    QString principal;
    QString host;
    QString operation;
    QString permission;
    QString resourceType;
    QString resourceName;
    QString patternType;
    // resourceName names one resource (with resourceType): every binding that applies to it is
    // shown (its literal name, the wildcard, prefixes of it), as "who can do what on X" means,
    // instead of bindings whose name equals it.
    bool resolveResource = false;

    bool accepts(const AclBinding &binding) const;
};

// The resource types a binding can be written for, and the operations Kafka defines for each.
QStringList aclResourceTypes();
QStringList aclOperations(const QString &resourceType);

// kafka-acls.sh's --producer and --consumer: the bindings those options add.
QList<AclBinding> producerAcls(const QString &principal, const QString &host, const QString &topic,
                               const QString &patternType);
QList<AclBinding> consumerAcls(const QString &principal, const QString &host, const QString &topic,
                               const QString &group, const QString &patternType);

} // namespace Qafka

Q_DECLARE_METATYPE(Qafka::AclBinding)
