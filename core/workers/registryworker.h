#pragma once

#include "profiles/connectionprofile.h"
#include "schemas/schemacatalog.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace Qafka {

class RegistryClient;

// Talks to one Schema Registry on a thread of its own: fetches schemas by id or GUID with every
// schema they reference (recursively), builds their codecs there (parsing a schema is the costly
// part) and files them in the shared SchemaCatalog; and tests the connection for the dialog's
// Test button, saying in words what is wrong.
class RegistryWorker : public QObject
{
    Q_OBJECT
public:
    RegistryWorker(const RegistrySettings &settings, const ProfileSecrets &secrets,
                   std::shared_ptr<SchemaCatalog> catalog);
    ~RegistryWorker() override;

    void requestStop() { m_stop.store(true); }

public slots:
    void fetch(const Qafka::SchemaKey &key);
    void test(quint64 id);
    void listSubjects(quint64 id);
    // version -1: the latest. Files the schema in the catalog under its id, then answers.
    void resolveSubject(quint64 id, const QString &subject, int version);
    // POST /subjects/{subject}/versions: the registry answers the schema's id (a new version, or
    // the existing one when the same schema is registered already).
    void registerSchema(quint64 id, const QString &subject, const Qafka::RegistrySchema &schema);

signals:
    // key's entry in the catalog changed (ready or failed).
    void schemaSettled(const Qafka::SchemaKey &key);
    void tested(quint64 id, bool ok, const QString &summary);
    void subjectsListed(quint64 id, const QStringList &subjects, const QString &error);
    // schemaId -1 with error on failure.
    void subjectResolved(quint64 id, int schemaId, const QString &error);
    void schemaRegistered(quint64 id, int schemaId, const QString &error);

private:
    struct Resolution;
    void resolve(const std::shared_ptr<Resolution> &resolution);
    void fetchSubjectOf(const std::shared_ptr<Resolution> &resolution);
    void fetchReference(const std::shared_ptr<Resolution> &resolution,
                        const SchemaReference &reference);
    void settle(const std::shared_ptr<Resolution> &resolution);
    void testPrefix(quint64 id, const QString &firstError);

    RegistryClient *m_client;
    std::shared_ptr<SchemaCatalog> m_catalog;
    std::atomic<bool> m_stop{false};
};

} // namespace Qafka

Q_DECLARE_METATYPE(Qafka::SchemaKey)
