#include "types/acltypes.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <tuple>

namespace Qafka {

namespace {

bool matches(const QString &wanted, const QString &value)
{
    return wanted.isEmpty() || wanted.compare(value, Qt::CaseInsensitive) == 0;
}

bool contains(const QString &wanted, const QString &value)
{
    return wanted.isEmpty() || value.contains(wanted, Qt::CaseInsensitive);
}

AclBinding binding(const QString &principal, const QString &host, const QString &type,
                   const QString &name, const QString &patternType, const QString &operation)
{
    return {type, name, patternType, principal, host, operation, QStringLiteral("ALLOW")};
}

} // namespace

bool AclBinding::operator<(const AclBinding &other) const
{
    return std::tie(resourceType, patternType, resourceName, principal, host, operation,
                    permission) < std::tie(other.resourceType, other.patternType,
                                           other.resourceName, other.principal, other.host,
                                           other.operation, other.permission);
}

QString AclBinding::summary() const
{
    //: %1 ALLOW/DENY, %2 principal, %3 host, %4 operation, %5 resource type, %6 name, %7 pattern
    return tr("%1 %2 from %3 to %4 %5 %6 (%7)")
        .arg(permission, principal, host, operation, resourceType, resourceName, patternType);
}

bool AclBinding::appliesTo(const QString &type, const QString &name) const
{
    if (resourceType != type)
        return false;
    if (patternType == u"PREFIXED")
        return name.startsWith(resourceName);
    return resourceName == u"*" || resourceName == name;
}

QString AclBinding::problem() const
{
    if (!aclResourceTypes().contains(resourceType))
        return tr("Choose the type of resource the binding is for.");
    if (resourceName.isEmpty())
        return tr("Name the resource (\"*\" means every resource of the type).");
    if (resourceType == u"CLUSTER" && resourceName != u"kafka-cluster")
        return tr("The cluster resource is always named kafka-cluster.");
    if (patternType != u"LITERAL" && patternType != u"PREFIXED")
        return tr("The pattern type is LITERAL or PREFIXED.");
    static const QRegularExpression principalForm(QStringLiteral("^[^:\\s]+:\\S.*$"));
    if (!principalForm.match(principal).hasMatch())
        return tr("A principal is a type and a name, such as User:alice.");
    if (host.trimmed().isEmpty())
        return tr("Name the host the binding is for (\"*\" means any host).");
    if (!aclOperations(resourceType).contains(operation))
        return tr("%1 is not an operation on a %2 resource.").arg(operation, resourceType);
    if (permission != u"ALLOW" && permission != u"DENY")
        return tr("The permission is ALLOW or DENY.");
    return {};
}

bool AclFilter::accepts(const AclBinding &binding) const
{
    if (!matches(resourceType, binding.resourceType) ||
        !matches(patternType, binding.patternType) || !matches(operation, binding.operation) ||
        !matches(permission, binding.permission) || !contains(principal, binding.principal) ||
        !contains(host, binding.host))
        return false;
    if (resolveResource && !resourceName.isEmpty())
        return binding.appliesTo(binding.resourceType, resourceName);
    return contains(resourceName, binding.resourceName);
}

QStringList aclResourceTypes()
{
    return {QStringLiteral("TOPIC"), QStringLiteral("GROUP"), QStringLiteral("CLUSTER"),
            QStringLiteral("TRANSACTIONAL_ID")};
}

// Kafka's table of operations per resource ("Operations and Resources on Protocols").
QStringList aclOperations(const QString &resourceType)
{
    if (resourceType == u"TOPIC")
        return {QStringLiteral("READ"),
                QStringLiteral("WRITE"),
                QStringLiteral("CREATE"),
                QStringLiteral("DELETE"),
                QStringLiteral("ALTER"),
                QStringLiteral("DESCRIBE"),
                QStringLiteral("DESCRIBE_CONFIGS"),
                QStringLiteral("ALTER_CONFIGS"),
                QStringLiteral("ALL")};
    if (resourceType == u"GROUP")
        return {QStringLiteral("READ"), QStringLiteral("DESCRIBE"), QStringLiteral("DELETE"),
                QStringLiteral("ALL")};
    if (resourceType == u"CLUSTER")
        return {QStringLiteral("CREATE"),           QStringLiteral("CLUSTER_ACTION"),
                QStringLiteral("DESCRIBE"),         QStringLiteral("ALTER"),
                QStringLiteral("DESCRIBE_CONFIGS"), QStringLiteral("ALTER_CONFIGS"),
                QStringLiteral("IDEMPOTENT_WRITE"), QStringLiteral("ALL")};
    if (resourceType == u"TRANSACTIONAL_ID")
        return {QStringLiteral("DESCRIBE"), QStringLiteral("WRITE"), QStringLiteral("ALL")};
    return {};
}

// kafka-acls.sh --producer: WRITE, DESCRIBE and CREATE on the topic.
QList<AclBinding> producerAcls(const QString &principal, const QString &host, const QString &topic,
                               const QString &patternType)
{
    QList<AclBinding> bindings;
    for (const char *operation : {"WRITE", "DESCRIBE", "CREATE"})
        bindings.append(binding(principal, host, QStringLiteral("TOPIC"), topic, patternType,
                                QString::fromLatin1(operation)));
    return bindings;
}

// kafka-acls.sh --consumer: READ and DESCRIBE on the topic, READ on the group.
QList<AclBinding> consumerAcls(const QString &principal, const QString &host, const QString &topic,
                               const QString &group, const QString &patternType)
{
    return {binding(principal, host, QStringLiteral("TOPIC"), topic, patternType,
                    QStringLiteral("READ")),
            binding(principal, host, QStringLiteral("TOPIC"), topic, patternType,
                    QStringLiteral("DESCRIBE")),
            binding(principal, host, QStringLiteral("GROUP"), group, patternType,
                    QStringLiteral("READ"))};
}

} // namespace Qafka
