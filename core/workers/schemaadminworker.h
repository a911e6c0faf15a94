#pragma once

#include "profiles/connectionprofile.h"
#include "schemas/subjecttypes.h"

#include <QObject>

#include <atomic>

namespace Qafka {

class RegistryClient;

// What the schemas pane reads from and changes in a Schema Registry, on a thread of its own:
// the subject list (then each subject's type, latest version, id and compatibility, a few
// requests at a time, in batches), versions, the compatibility check, registration, levels and
// deletes. Every answer carries the id of the request it answers.
class SchemaAdminWorker : public QObject
{
    Q_OBJECT
public:
    SchemaAdminWorker(const RegistrySettings &settings, const ProfileSecrets &secrets);
    ~SchemaAdminWorker() override;

    void requestStop() { m_stop.store(true); }

    // How many detail requests may be in flight at once (Qt's own limit per host is six).
    static constexpr int detailConcurrency = 6;

public slots:
    // withDeleted: also the soft-deleted subjects, marked. A new list cancels the details of an
    // earlier one.
    void listSubjects(quint64 id, bool withDeleted);
    void readGlobalCompatibility(quint64 id);
    void listVersions(quint64 id, const QString &subject);
    void readVersion(quint64 id, const QString &subject, int version);
    void checkCompatibility(quint64 id, const QString &subject,
                            const Qafka::RegistrySchema &schema);
    void registerVersion(quint64 id, const QString &subject, const Qafka::RegistrySchema &schema);
    // subject empty: the global default. level empty: remove the subject's own level.
    void setCompatibility(quint64 id, const QString &subject, const QString &level);
    // version -1: the whole subject. permanent: soft-delete first when needed, then for good.
    void deleteSchema(quint64 id, const QString &subject, int version, bool permanent);

signals:
    void subjectsListed(quint64 id, const QList<Qafka::SubjectSummary> &subjects,
                        const QString &error);
    void subjectDetails(quint64 id, const QList<Qafka::SubjectSummary> &details);
    void globalCompatibilityRead(quint64 id, const QString &level, const QString &error);
    void versionsListed(quint64 id, const Qafka::SubjectVersions &versions);
    // prettyText: the schema as SchemaText::pretty() shows it, made here and not on the GUI
    // thread (a Protobuf descriptor is parsed for it).
    void versionRead(quint64 id, const Qafka::RegistrySchema &schema, const QString &prettyText,
                     const QString &error);
    void compatibilityChecked(quint64 id, const Qafka::CompatibilityVerdict &verdict);
    void registered(quint64 id, int schemaId, const QString &error);
    // A change (level or delete) is done; error empty on success.
    void changed(quint64 id, const QString &error);

private:
    struct DetailPass;
    void startDetails(quint64 id, const QList<SubjectSummary> &subjects);
    void requestNextDetail(const std::shared_ptr<DetailPass> &pass);
    void readDetail(const std::shared_ptr<DetailPass> &pass, SubjectSummary summary);
    void finishDetail(const std::shared_ptr<DetailPass> &pass, const SubjectSummary &summary);
    void flushDetails(const std::shared_ptr<DetailPass> &pass);
    void deletePermanently(quint64 id, const QString &path);

    RegistryClient *m_client;
    quint64 m_detailGeneration = 0;
    std::atomic<bool> m_stop{false};
};

} // namespace Qafka
