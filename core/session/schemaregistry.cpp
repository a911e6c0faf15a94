#include "session/schemaregistry.h"

#include "session/schemaadmin.h"
#include "workers/registryworker.h"

namespace Qafka {

SchemaRegistry::SchemaRegistry(const RegistrySettings &settings, const ProfileSecrets &secrets,
                               QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_catalog(std::make_shared<SchemaCatalog>())
{
    qRegisterMetaType<Qafka::SchemaKey>();
    qRegisterMetaType<Qafka::RegistrySchema>();
    auto *worker = new RegistryWorker(settings, secrets, m_catalog);
    m_worker = worker;
    m_replies.route(worker, &RegistryWorker::tested, this, &SchemaRegistry::tested);
    m_replies.route(worker, &RegistryWorker::subjectsListed, this, &SchemaRegistry::subjectsListed);
    m_replies.route(worker, &RegistryWorker::subjectResolved, this,
                    &SchemaRegistry::subjectResolved);
    m_replies.route(worker, &RegistryWorker::schemaRegistered, this,
                    &SchemaRegistry::schemaRegistered);
    connect(worker, &RegistryWorker::schemaSettled, &m_replies, [this] {
        // A page of new rows can settle dozens of schemas at once: one redraw for them.
        if (m_changePosted)
            return;
        m_changePosted = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_changePosted = false;
                emit schemasChanged();
            },
            Qt::QueuedConnection);
    });
    // Runs on whichever thread decodes, under the catalog's lock: it only posts a call.
    m_catalog->setRequester([worker](const SchemaKey &key) {
        QMetaObject::invokeMethod(worker, "fetch", Qt::QueuedConnection,
                                  Q_ARG(Qafka::SchemaKey, key));
    });
    m_host = std::make_unique<WorkerHost>(
        worker, [worker] { worker->requestStop(); }, QStringLiteral("schema-registry"));
}

SchemaRegistry::~SchemaRegistry()
{
    // No decoder may post to the worker once it is being retired.
    m_catalog->setRequester({});
    m_host->stop();
}

SchemaAdmin *SchemaRegistry::admin()
{
    if (!m_admin)
        m_admin = new SchemaAdmin(m_settings, m_secrets, this);
    return m_admin;
}

quint64 SchemaRegistry::test()
{
    const quint64 id = m_nextRequestId++;
    QMetaObject::invokeMethod(m_worker, "test", Qt::QueuedConnection, Q_ARG(quint64, id));
    return id;
}

quint64 SchemaRegistry::listSubjects()
{
    const quint64 id = m_nextRequestId++;
    QMetaObject::invokeMethod(m_worker, "listSubjects", Qt::QueuedConnection, Q_ARG(quint64, id));
    return id;
}

quint64 SchemaRegistry::registerSchema(const QString &subject, const RegistrySchema &schema)
{
    const quint64 id = m_nextRequestId++;
    QMetaObject::invokeMethod(m_worker, "registerSchema", Qt::QueuedConnection, Q_ARG(quint64, id),
                              Q_ARG(QString, subject), Q_ARG(Qafka::RegistrySchema, schema));
    return id;
}

quint64 SchemaRegistry::resolveSubject(const QString &subject, int version)
{
    const quint64 id = m_nextRequestId++;
    QMetaObject::invokeMethod(m_worker, "resolveSubject", Qt::QueuedConnection, Q_ARG(quint64, id),
                              Q_ARG(QString, subject), Q_ARG(int, version));
    return id;
}

} // namespace Qafka
