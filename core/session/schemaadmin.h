#pragma once

#include "profiles/connectionprofile.h"
#include "schemas/subjecttypes.h"
#include "session/workerhost.h"
#include "session/workerreplies.h"

#include <QObject>
#include <QPointer>

namespace Qafka {

class SchemaAdminWorker;

// The GUI thread's handle for browsing and changing a Schema Registry's subjects (the schemas
// pane). Every call returns at once with a request id; the answer comes through the signal of
// the same name, carrying that id. The registry's HTTP runs on the worker's own thread. Callers
// keep changes away from read-only connections.
class SchemaAdmin : public QObject
{
    Q_OBJECT
public:
    SchemaAdmin(const RegistrySettings &settings, const ProfileSecrets &secrets,
                QObject *parent = nullptr);
    ~SchemaAdmin() override;

    quint64 listSubjects(bool withDeleted);
    quint64 readGlobalCompatibility();
    quint64 listVersions(const QString &subject);
    quint64 readVersion(const QString &subject, int version);
    quint64 checkCompatibility(const QString &subject, const RegistrySchema &schema);
    quint64 registerVersion(const QString &subject, const RegistrySchema &schema);
    quint64 setCompatibility(const QString &subject, const QString &level);
    quint64 deleteSchema(const QString &subject, int version, bool permanent);

signals:
    void subjectsListed(quint64 id, const QList<Qafka::SubjectSummary> &subjects,
                        const QString &error);
    void subjectDetails(quint64 id, const QList<Qafka::SubjectSummary> &details);
    void globalCompatibilityRead(quint64 id, const QString &level, const QString &error);
    void versionsListed(quint64 id, const Qafka::SubjectVersions &versions);
    void versionRead(quint64 id, const Qafka::RegistrySchema &schema, const QString &prettyText,
                     const QString &error);
    void compatibilityChecked(quint64 id, const Qafka::CompatibilityVerdict &verdict);
    void registered(quint64 id, int schemaId, const QString &error);
    void changed(quint64 id, const QString &error);

private:
    template <typename... Args> quint64 post(const char *method, Args &&...args);

    QPointer<SchemaAdminWorker> m_worker;
    WorkerReplies m_replies; // the worker's signals arrive here
    WorkerHostPtr m_host;
    quint64 m_nextRequestId = 1;
};

} // namespace Qafka
