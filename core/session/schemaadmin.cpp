#include "session/schemaadmin.h"

#include "workers/schemaadminworker.h"

namespace Qafka {

SchemaAdmin::SchemaAdmin(const RegistrySettings &settings, const ProfileSecrets &secrets,
                         QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<Qafka::SubjectSummary>();
    qRegisterMetaType<QList<Qafka::SubjectSummary>>();
    qRegisterMetaType<Qafka::SubjectVersions>();
    qRegisterMetaType<Qafka::CompatibilityVerdict>();
    qRegisterMetaType<Qafka::RegistrySchema>();
    auto *worker = new SchemaAdminWorker(settings, secrets);
    m_worker = worker;
    m_replies.route(worker, &SchemaAdminWorker::subjectsListed, this, &SchemaAdmin::subjectsListed);
    m_replies.route(worker, &SchemaAdminWorker::subjectDetails, this, &SchemaAdmin::subjectDetails);
    m_replies.route(worker, &SchemaAdminWorker::globalCompatibilityRead, this,
                    &SchemaAdmin::globalCompatibilityRead);
    m_replies.route(worker, &SchemaAdminWorker::versionsListed, this, &SchemaAdmin::versionsListed);
    m_replies.route(worker, &SchemaAdminWorker::versionRead, this, &SchemaAdmin::versionRead);
    m_replies.route(worker, &SchemaAdminWorker::compatibilityChecked, this,
                    &SchemaAdmin::compatibilityChecked);
    m_replies.route(worker, &SchemaAdminWorker::registered, this, &SchemaAdmin::registered);
    m_replies.route(worker, &SchemaAdminWorker::changed, this, &SchemaAdmin::changed);
    m_host = std::make_unique<WorkerHost>(
        worker, [worker] { worker->requestStop(); }, QStringLiteral("schema-admin"));
}

SchemaAdmin::~SchemaAdmin()
{
    m_host->stop();
}

template <typename... Args> quint64 SchemaAdmin::post(const char *method, Args &&...args)
{
    const quint64 id = m_nextRequestId++;
    QMetaObject::invokeMethod(m_worker, method, Qt::QueuedConnection, Q_ARG(quint64, id),
                              std::forward<Args>(args)...);
    return id;
}

quint64 SchemaAdmin::listSubjects(bool withDeleted)
{
    return post("listSubjects", Q_ARG(bool, withDeleted));
}

quint64 SchemaAdmin::readGlobalCompatibility()
{
    return post("readGlobalCompatibility");
}

quint64 SchemaAdmin::listVersions(const QString &subject)
{
    return post("listVersions", Q_ARG(QString, subject));
}

quint64 SchemaAdmin::readVersion(const QString &subject, int version)
{
    return post("readVersion", Q_ARG(QString, subject), Q_ARG(int, version));
}

quint64 SchemaAdmin::checkCompatibility(const QString &subject, const RegistrySchema &schema)
{
    return post("checkCompatibility", Q_ARG(QString, subject),
                Q_ARG(Qafka::RegistrySchema, schema));
}

quint64 SchemaAdmin::registerVersion(const QString &subject, const RegistrySchema &schema)
{
    return post("registerVersion", Q_ARG(QString, subject), Q_ARG(Qafka::RegistrySchema, schema));
}

quint64 SchemaAdmin::setCompatibility(const QString &subject, const QString &level)
{
    return post("setCompatibility", Q_ARG(QString, subject), Q_ARG(QString, level));
}

quint64 SchemaAdmin::deleteSchema(const QString &subject, int version, bool permanent)
{
    return post("deleteSchema", Q_ARG(QString, subject), Q_ARG(int, version),
                Q_ARG(bool, permanent));
}

} // namespace Qafka
