#pragma once

#include "profiles/connectionprofile.h"
#include "schemas/schemacatalog.h"
#include "session/workerhost.h"
#include "session/workerreplies.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace Qafka {

class RegistryWorker;
class SchemaAdmin;

// The GUI thread's handle on one connection's Schema Registry. Owns the registry worker (its own
// thread) and the SchemaCatalog every decoder shares: a decoder that meets an unknown schema id
// gets "pending" at once and the catalog asks the worker for it; when it arrives (or fails),
// schemasChanged() tells the views to redraw. Nothing here waits on the network.
class SchemaRegistry : public QObject
{
    Q_OBJECT
public:
    SchemaRegistry(const RegistrySettings &settings, const ProfileSecrets &secrets,
                   QObject *parent = nullptr);
    ~SchemaRegistry() override;

    const RegistrySettings &settings() const { return m_settings; }
    std::shared_ptr<SchemaCatalog> catalog() const { return m_catalog; }
    // Browsing and changing subjects (the schemas pane): created on first use, with a thread
    // of its own so a long subject list never delays decoding.
    SchemaAdmin *admin();

    // Each answers through its signal with the id it returned.
    quint64 test();
    quint64 listSubjects();
    // The schema of a subject's version (-1: latest), filed in the catalog under its id.
    quint64 resolveSubject(const QString &subject, int version = -1);
    // Registers schema under subject (the caller makes sure the connection is not read-only).
    quint64 registerSchema(const QString &subject, const RegistrySchema &schema);

signals:
    void tested(quint64 id, bool ok, const QString &summary);
    void subjectsListed(quint64 id, const QStringList &subjects, const QString &error);
    void subjectResolved(quint64 id, int schemaId, const QString &error);
    void schemaRegistered(quint64 id, int schemaId, const QString &error);
    // One or more schemas became ready or failed since the last emission (coalesced).
    void schemasChanged();

private:
    RegistrySettings m_settings;
    ProfileSecrets m_secrets;
    SchemaAdmin *m_admin = nullptr;
    std::shared_ptr<SchemaCatalog> m_catalog;
    QPointer<RegistryWorker> m_worker;
    WorkerReplies m_replies; // the worker's signals arrive here
    WorkerHostPtr m_host;
    quint64 m_nextRequestId = 1;
    bool m_changePosted = false;
};

} // namespace Qafka
