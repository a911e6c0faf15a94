#pragma once

// Value types for what a Schema Registry holds, as the schemas pane shows it. No I/O here.

#include "schemas/schematypes.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Qafka {

// One subject of the list. The list itself comes in one request; type, latest version, id and
// compatibility need two more per subject, so they arrive later (detailsKnown).
struct SubjectSummary
{
    QString subject{};
    bool deleted = false; // soft-deleted: listed only when deleted subjects are asked for
    bool detailsKnown = false;
    SchemaFormat format = SchemaFormat::Avro;
    int latestVersion = -1;
    int latestId = -1;
    QString compatibility{};       // BACKWARD, FULL_TRANSITIVE...; empty when unknown
    bool ownCompatibility = false; // false: the registry's global default applies
    QString detailsError{};
};

// A subject's versions; deletedVersions are the soft-deleted ones, which only a request with
// ?deleted=true lists.
struct SubjectVersions
{
    QString subject{};
    QList<int> versions;
    QList<int> deletedVersions;
    QString error;
};

// The registry's verdict on a schema against a subject's latest version.
struct CompatibilityVerdict
{
    bool compatible = false;
    bool newSubject = false; // nothing to be compatible with yet
    QStringList reasons;     // the registry's own words when it is not compatible
    QString error;           // the check itself failed
};

// The levels a registry knows, in the order a user meets them.
inline const QStringList &compatibilityLevels()
{
    static const QStringList levels = {
        QStringLiteral("BACKWARD"), QStringLiteral("BACKWARD_TRANSITIVE"),
        QStringLiteral("FORWARD"),  QStringLiteral("FORWARD_TRANSITIVE"),
        QStringLiteral("FULL"),     QStringLiteral("FULL_TRANSITIVE"),
        QStringLiteral("NONE")};
    return levels;
}

} // namespace Qafka

Q_DECLARE_METATYPE(Qafka::SubjectSummary)
Q_DECLARE_METATYPE(Qafka::SubjectVersions)
Q_DECLARE_METATYPE(Qafka::CompatibilityVerdict)
