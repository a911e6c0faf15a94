#include "workers/registryworker.h"

#include "http/registryclient.h"
#include "http/registryschemas.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace Qafka {

namespace {

// Deep reference chains are a registry mistake, not a schema: stop before they exhaust anything.
constexpr int maxReferences = 200;

QString subjectPath(const SchemaReference &reference)
{
    return QStringLiteral("/subjects/") +
           QString::fromLatin1(QUrl::toPercentEncoding(reference.subject)) +
           QStringLiteral("/versions/") + QString::number(reference.version);
}

} // namespace

// One schema being fetched with the schemas it references.
struct RegistryWorker::Resolution
{
    SchemaKey key;
    ResolvedSchema resolved;
    QSet<QString> requested; // reference names asked for
    int outstanding = 0;
    QString error;
    bool transient = false;
    std::function<void(const QString &error)> onSettled; // after the catalog has it
};

RegistryWorker::RegistryWorker(const RegistrySettings &settings, const ProfileSecrets &secrets,
                               std::shared_ptr<SchemaCatalog> catalog)
    : m_client(new RegistryClient(settings, secrets, this))
    , m_catalog(std::move(catalog))
{}

RegistryWorker::~RegistryWorker() = default;

void RegistryWorker::fetch(const SchemaKey &key)
{
    auto resolution = std::make_shared<Resolution>();
    resolution->key = key;
    resolution->outstanding = 1;
    const QString path =
        key.isGuid() ? QStringLiteral("/schemas/guids/") + key.guid.toString(QUuid::WithoutBraces)
                     : QStringLiteral("/schemas/ids/") + QString::number(key.id);
    m_client->get(path, [this, resolution](const RegistryResponse &response) {
        if (!response.ok) {
            resolution->error = response.error;
            resolution->transient = response.httpStatus == 0 || response.httpStatus >= 500;
        } else {
            resolution->resolved.schema = RegistrySchemas::fromJson(response.json.object());
            resolution->resolved.schema.id = resolution->key.id;
            resolve(resolution);
            if (!resolution->key.isGuid())
                fetchSubjectOf(resolution);
        }
        settle(resolution);
    });
}

// Which subject and version the id is registered under, for the detail view; a registry that
// cannot say (before Confluent 5.5) only leaves them unknown.
void RegistryWorker::fetchSubjectOf(const std::shared_ptr<Resolution> &resolution)
{
    ++resolution->outstanding;
    const QString path = QStringLiteral("/schemas/ids/%1/versions").arg(resolution->key.id);
    m_client->get(path, [this, resolution](const RegistryResponse &response) {
        const QJsonObject first = response.json.array().first().toObject();
        if (response.ok && !first.isEmpty()) {
            resolution->resolved.schema.subject = first.value(u"subject").toString();
            resolution->resolved.schema.version = first.value(u"version").toInt(-1);
        }
        settle(resolution);
    });
}

void RegistryWorker::resolve(const std::shared_ptr<Resolution> &resolution)
{
    for (const SchemaReference &reference : std::as_const(resolution->resolved.schema.references))
        fetchReference(resolution, reference);
}

void RegistryWorker::listSubjects(quint64 id)
{
    m_client->get(QStringLiteral("/subjects"), [this, id](const RegistryResponse &response) {
        QStringList subjects;
        const QJsonArray array = response.json.array();
        for (const auto &value : array)
            subjects.append(value.toString());
        subjects.sort();
        emit subjectsListed(id, subjects, response.ok ? QString() : response.error);
    });
}

void RegistryWorker::registerSchema(quint64 id, const QString &subject,
                                    const RegistrySchema &schema)
{
    QJsonObject body{{QStringLiteral("schema"), schema.text}};
    if (schema.format != SchemaFormat::Avro)
        body.insert(QStringLiteral("schemaType"), registryNameOf(schema.format));
    const QString path = QStringLiteral("/subjects/") +
                         QString::fromLatin1(QUrl::toPercentEncoding(subject)) +
                         QStringLiteral("/versions");
    m_client->send("POST", path, QJsonDocument(body), [this, id](const RegistryResponse &response) {
        emit schemaRegistered(id, response.ok ? response.json.object().value(u"id").toInt(-1) : -1,
                              response.ok ? QString() : response.error);
    });
}

void RegistryWorker::resolveSubject(quint64 id, const QString &subject, int version)
{
    const QString path = QStringLiteral("/subjects/") +
                         QString::fromLatin1(QUrl::toPercentEncoding(subject)) +
                         QStringLiteral("/versions/") +
                         (version < 0 ? QStringLiteral("latest") : QString::number(version));
    m_client->get(path, [this, id](const RegistryResponse &response) {
        if (!response.ok) {
            emit subjectResolved(id, -1, response.error);
            return;
        }
        auto resolution = std::make_shared<Resolution>();
        resolution->resolved.schema = RegistrySchemas::fromJson(response.json.object());
        resolution->key = SchemaKey::forId(resolution->resolved.schema.id);
        resolution->outstanding = 1;
        resolution->onSettled = [this, id, schemaId = resolution->key.id](const QString &error) {
            emit subjectResolved(id, error.isEmpty() ? schemaId : -1, error);
        };
        resolve(resolution);
        settle(resolution);
    });
}

void RegistryWorker::fetchReference(const std::shared_ptr<Resolution> &resolution,
                                    const SchemaReference &reference)
{
    if (resolution->requested.contains(reference.name))
        return;
    if (resolution->requested.size() >= maxReferences) {
        resolution->error = QCoreApplication::translate(
                                "RegistryWorker", "The schema references more than %1 schemas.")
                                .arg(maxReferences);
        return;
    }
    resolution->requested.insert(reference.name);
    ++resolution->outstanding;
    m_client->get(subjectPath(reference), [this, resolution,
                                           reference](const RegistryResponse &response) {
        if (!response.ok) {
            resolution->error =
                QCoreApplication::translate("RegistryWorker",
                                            "The schema's reference “%1” (subject %2, version %3) "
                                            "could not be read: %4")
                    .arg(reference.name, reference.subject)
                    .arg(reference.version)
                    .arg(response.error);
            resolution->transient = response.httpStatus == 0 || response.httpStatus >= 500;
        } else {
            const RegistrySchema dependency = RegistrySchemas::fromJson(response.json.object());
            resolution->resolved.dependencies.append({reference.name, dependency});
            for (const SchemaReference &next : dependency.references)
                fetchReference(resolution, next);
        }
        settle(resolution);
    });
}

void RegistryWorker::settle(const std::shared_ptr<Resolution> &resolution)
{
    if (--resolution->outstanding > 0 || m_stop.load())
        return;
    if (resolution->error.isEmpty()) {
        QString error;
        if (auto codec = SchemaCodec::create(resolution->resolved, &error))
            m_catalog->store(resolution->key, std::move(codec), resolution->resolved.schema);
        else
            resolution->error = QCoreApplication::translate(
                                    "RegistryWorker", "The registry's schema %1 cannot be used: %2")
                                    .arg(resolution->key.toString(), error);
    }
    if (!resolution->error.isEmpty())
        m_catalog->fail(resolution->key, resolution->error, resolution->transient);
    emit schemaSettled(resolution->key);
    if (resolution->onSettled)
        resolution->onSettled(resolution->error);
}

void RegistryWorker::test(quint64 id)
{
    m_client->get(QStringLiteral("/subjects"), [this, id](const RegistryResponse &response) {
        if (response.ok && response.json.isArray()) {
            const auto count = response.json.array().size();
            emit tested(id, true,
                        QCoreApplication::translate(
                            "RegistryWorker",
                            "Connected to the Schema Registry at %1: %n subject(s).", nullptr,
                            int(count))
                            .arg(response.url.chopped(int(qstrlen("/subjects")))));
        } else if (response.ok) {
            emit tested(id, false,
                        QCoreApplication::translate(
                            "RegistryWorker",
                            "%1 answered with JSON that is not a list of subjects: this is "
                            "not a Schema Registry API root.")
                            .arg(response.url));
        } else if (response.httpStatus == 404 && response.errorCode == 0) {
            testPrefix(id, response.error);
        } else {
            emit tested(id, false, response.error);
        }
    });
}

// A 404 at the root: is the API under a well-known prefix? Say where, rather than just "no".
void RegistryWorker::testPrefix(quint64 id, const QString &firstError)
{
    m_client->get(QStringLiteral("/apis/ccompat/v7/subjects"),
                  [this, id, firstError](const RegistryResponse &response) {
                      if (response.ok && response.json.isArray())
                          emit tested(id, false,
                                      QCoreApplication::translate(
                                          "RegistryWorker",
                                          "This address is an Apicurio registry whose "
                                          "Confluent-compatible API is at %1: use that URL.")
                                          .arg(response.url.chopped(int(qstrlen("/subjects")))));
                      else
                          emit tested(id, false, firstError);
                  });
}

} // namespace Qafka
