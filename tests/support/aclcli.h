#pragma once

// kafka-acls.sh and kafka-configs.sh read back as Qafka's types: the oracles of the access
// control tests.

#include "kafkatestcluster.h"
#include "types/acltypes.h"
#include "types/scramtypes.h"

#include <QRegularExpression>

// Every binding `kafka-acls.sh --list` prints, on the cluster's PLAINTEXT listener (a super user
// on the secure node), sorted.
inline QList<Qafka::AclBinding> cliAcls(const KafkaTestCluster &cluster)
{
    const QString listing =
        cluster.script(QStringLiteral("acls"), {QStringLiteral("--bootstrap-server"),
                                                cluster.bootstrap(), QStringLiteral("--list")});
    // Current ACLs for resource `ResourcePattern(resourceType=TOPIC, name=t, patternType=LITERAL)`:
    // 	(principal=User:a, host=*, operation=WRITE, permissionType=ALLOW)
    static const QRegularExpression resource(
        QStringLiteral("resourceType=(\\w+), name=(.*), patternType=(\\w+)\\)`"));
    static const QRegularExpression entry(
        QStringLiteral("\\(principal=(.*), host=(.*), operation=(\\w+), permissionType=(\\w+)\\)"));
    QList<Qafka::AclBinding> bindings;
    Qafka::AclBinding current;
    for (const QString &line : listing.split(u'\n')) {
        if (const auto match = resource.match(line); match.hasMatch()) {
            current.resourceType = match.captured(1);
            current.resourceName = match.captured(2);
            current.patternType = match.captured(3);
        } else if (const auto found = entry.match(line); found.hasMatch()) {
            current.principal = found.captured(1);
            current.host = found.captured(2);
            current.operation = found.captured(3);
            current.permission = found.captured(4);
            bindings.append(current);
        }
    }
    std::sort(bindings.begin(), bindings.end());
    return bindings;
}

inline QList<Qafka::AclBinding> ofPrincipals(const QList<Qafka::AclBinding> &bindings,
                                             const QStringList &principals)
{
    QList<Qafka::AclBinding> kept;
    for (const Qafka::AclBinding &binding : bindings)
        if (principals.contains(binding.principal))
            kept.append(binding);
    std::sort(kept.begin(), kept.end());
    return kept;
}

// `kafka-configs.sh --describe --entity-type users --entity-name USER`: the user's credentials.
inline QList<Qafka::ScramCredential> cliScramCredentials(const KafkaTestCluster &cluster,
                                                         const QString &user)
{
    const QString text =
        cluster.script(QStringLiteral("configs"),
                       {QStringLiteral("--bootstrap-server"), cluster.bootstrap(),
                        QStringLiteral("--describe"), QStringLiteral("--entity-type"),
                        QStringLiteral("users"), QStringLiteral("--entity-name"), user});
    static const QRegularExpression credential(
        QStringLiteral("(SCRAM-SHA-\\d+)=iterations=(\\d+)"));
    QList<Qafka::ScramCredential> credentials;
    for (auto it = credential.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        credentials.append({match.captured(1), match.captured(2).toInt()});
    }
    return credentials;
}
