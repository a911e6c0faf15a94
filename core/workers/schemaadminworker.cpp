#include "workers/schemaadminworker.h"

#include "http/registryclient.h"
#include "http/registryschemas.h"
#include "schemas/schematext.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QUrl>

#include <deque>

namespace Qafka {

namespace {

QString subjectPath(const QString &subject)
{
    return QStringLiteral("/subjects/") + QString::fromLatin1(QUrl::toPercentEncoding(subject));
}

QString versionPath(const QString &subject, int version)
{
    return subjectPath(subject) + QStringLiteral("/versions/") +
           (version < 0 ? QStringLiteral("latest") : QString::number(version));
}

QString levelOf(const QJsonObject &config)
{
    // GET answers compatibilityLevel; PUT echoes compatibility.
    const QString level = config.value(u"compatibilityLevel").toString();
    return level.isEmpty() ? config.value(u"compatibility").toString() : level;
}

QJsonObject schemaBody(const RegistrySchema &schema)
{
    QJsonObject body{{QStringLiteral("schema"), schema.text}};
    if (schema.format != SchemaFormat::Avro)
        body.insert(QStringLiteral("schemaType"), registryNameOf(schema.format));
    if (!schema.references.isEmpty()) {
        QJsonArray references;
        for (const SchemaReference &reference : schema.references)
            references.append(QJsonObject{{QStringLiteral("name"), reference.name},
                                          {QStringLiteral("subject"), reference.subject},
                                          {QStringLiteral("version"), reference.version}});
        body.insert(QStringLiteral("references"), references);
    }
    return body;
}

QList<int> intsOf(const QJsonArray &array)
{
    QList<int> values;
    values.reserve(array.size());
    for (const auto &value : array)
        values.append(value.toInt());
    return values;
}

} // namespace

// One subject list's details being read, a few subjects at a time.
struct SchemaAdminWorker::DetailPass
{
    quint64 id = 0;
    quint64 generation = 0;
    std::deque<SubjectSummary> queue;
    int inFlight = 0;
    QList<SubjectSummary> batch;
    QElapsedTimer sinceFlush;
};

SchemaAdminWorker::SchemaAdminWorker(const RegistrySettings &settings,
                                     const ProfileSecrets &secrets)
    : m_client(new RegistryClient(settings, secrets, this))
{}

SchemaAdminWorker::~SchemaAdminWorker()
{
    m_client->abortAll();
}

void SchemaAdminWorker::listSubjects(quint64 id, bool withDeleted)
{
    ++m_detailGeneration; // the details of an earlier list are no longer wanted
    m_client->get(
        QStringLiteral("/subjects"), [this, id, withDeleted](const RegistryResponse &live) {
            if (!live.ok || !withDeleted) {
                QList<SubjectSummary> subjects;
                for (const auto &value : live.json.array())
                    subjects.append({.subject = value.toString()});
                emit subjectsListed(id, subjects, live.ok ? QString() : live.error);
                if (live.ok)
                    startDetails(id, subjects);
                return;
            }
            QSet<QString> current;
            for (const auto &value : live.json.array())
                current.insert(value.toString());
            m_client->get(QStringLiteral("/subjects?deleted=true"),
                          [this, id, current](const RegistryResponse &all) {
                              QList<SubjectSummary> subjects;
                              for (const auto &value : all.json.array())
                                  subjects.append({.subject = value.toString(),
                                                   .deleted = !current.contains(value.toString())});
                              emit subjectsListed(id, subjects, all.ok ? QString() : all.error);
                              if (all.ok)
                                  startDetails(id, subjects);
                          });
        });
}

void SchemaAdminWorker::startDetails(quint64 id, const QList<SubjectSummary> &subjects)
{
    auto pass = std::make_shared<DetailPass>();
    pass->id = id;
    pass->generation = m_detailGeneration;
    pass->queue.assign(subjects.begin(), subjects.end());
    pass->sinceFlush.start();
    for (int i = 0; i < detailConcurrency; ++i)
        requestNextDetail(pass);
}

void SchemaAdminWorker::requestNextDetail(const std::shared_ptr<DetailPass> &pass)
{
    if (m_stop.load() || pass->generation != m_detailGeneration)
        return;
    if (pass->queue.empty()) {
        if (pass->inFlight == 0)
            flushDetails(pass);
        return;
    }
    ++pass->inFlight;
    SubjectSummary summary = std::move(pass->queue.front());
    pass->queue.pop_front();
    readDetail(pass, std::move(summary));
}

// The latest version (type, number, id), then the subject's own compatibility level if any.
void SchemaAdminWorker::readDetail(const std::shared_ptr<DetailPass> &pass, SubjectSummary summary)
{
    const QString latest =
        versionPath(summary.subject, -1) + (summary.deleted ? u"?deleted=true" : u"");
    m_client->get(latest, [this, pass, summary](const RegistryResponse &response) mutable {
        if (response.ok) {
            const RegistrySchema schema = RegistrySchemas::fromJson(response.json.object());
            summary.format = schema.format;
            summary.latestVersion = schema.version;
            summary.latestId = schema.id;
        } else {
            summary.detailsError = response.error;
        }
        const QString config = QStringLiteral("/config/") +
                               QString::fromLatin1(QUrl::toPercentEncoding(summary.subject)) +
                               QStringLiteral("?defaultToGlobal=false");
        m_client->get(config, [this, pass, summary](const RegistryResponse &level) mutable {
            // 404 (40408, or 40401 from older registries): no level of its own.
            summary.ownCompatibility = level.ok && !levelOf(level.json.object()).isEmpty();
            if (summary.ownCompatibility)
                summary.compatibility = levelOf(level.json.object());
            summary.detailsKnown = true;
            finishDetail(pass, summary);
        });
    });
}

void SchemaAdminWorker::finishDetail(const std::shared_ptr<DetailPass> &pass,
                                     const SubjectSummary &summary)
{
    --pass->inFlight;
    if (pass->generation != m_detailGeneration)
        return;
    pass->batch.append(summary);
    // Batches keep the GUI thread's share small: a few hundred rows, or a tenth of a second.
    if (pass->batch.size() >= 250 || pass->sinceFlush.elapsed() >= 100)
        flushDetails(pass);
    requestNextDetail(pass);
}

void SchemaAdminWorker::flushDetails(const std::shared_ptr<DetailPass> &pass)
{
    if (pass->batch.isEmpty())
        return;
    emit subjectDetails(pass->id, pass->batch);
    pass->batch.clear();
    pass->sinceFlush.restart();
}

void SchemaAdminWorker::readGlobalCompatibility(quint64 id)
{
    m_client->get(QStringLiteral("/config"), [this, id](const RegistryResponse &response) {
        emit globalCompatibilityRead(id, response.ok ? levelOf(response.json.object()) : QString(),
                                     response.ok ? QString() : response.error);
    });
}

void SchemaAdminWorker::listVersions(quint64 id, const QString &subject)
{
    const QString path = subjectPath(subject) + QStringLiteral("/versions");
    m_client->get(path, [this, id, subject, path](const RegistryResponse &live) {
        // A soft-deleted subject has no live versions: its deleted ones are all there is.
        if (!live.ok && live.errorCode != 40401 && live.errorCode != 40404) {
            emit versionsListed(id, {subject, {}, {}, live.error});
            return;
        }
        const QList<int> current = intsOf(live.json.array());
        m_client->get(path + QStringLiteral("?deleted=true"),
                      [this, id, subject, current, live](const RegistryResponse &all) {
                          SubjectVersions versions{subject, current, {}, {}};
                          if (!all.ok) {
                              versions.error = live.ok ? QString() : live.error;
                          } else {
                              for (int version : intsOf(all.json.array()))
                                  if (!current.contains(version))
                                      versions.deletedVersions.append(version);
                          }
                          emit versionsListed(id, versions);
                      });
    });
}

void SchemaAdminWorker::readVersion(quint64 id, const QString &subject, int version)
{
    m_client->get(versionPath(subject, version) + QStringLiteral("?deleted=true"),
                  [this, id](const RegistryResponse &response) {
                      if (!response.ok) {
                          emit versionRead(id, {}, {}, response.error);
                          return;
                      }
                      const RegistrySchema schema =
                          RegistrySchemas::fromJson(response.json.object());
                      emit versionRead(id, schema, SchemaText::pretty(schema), {});
                  });
}

void SchemaAdminWorker::checkCompatibility(quint64 id, const QString &subject,
                                           const RegistrySchema &schema)
{
    const QString path = QStringLiteral("/compatibility") + versionPath(subject, -1) +
                         QStringLiteral("?verbose=true");
    m_client->send("POST", path, QJsonDocument(schemaBody(schema)),
                   [this, id](const RegistryResponse &response) {
                       CompatibilityVerdict verdict;
                       if (response.ok) {
                           const QJsonObject object = response.json.object();
                           verdict.compatible = object.value(u"is_compatible").toBool();
                           // Confluent lists messages; Apicurio gives one reason.
                           for (const auto &message : object.value(u"messages").toArray())
                               verdict.reasons.append(message.toString());
                           if (const QString reason = object.value(u"reason").toString();
                               !reason.isEmpty())
                               verdict.reasons.append(reason);
                       } else if (response.errorCode == 40401 || response.errorCode == 40402) {
                           verdict.compatible = true; // a first version: nothing to break
                           verdict.newSubject = true;
                       } else {
                           verdict.error = response.error;
                       }
                       emit compatibilityChecked(id, verdict);
                   });
}

void SchemaAdminWorker::registerVersion(quint64 id, const QString &subject,
                                        const RegistrySchema &schema)
{
    m_client->send("POST", subjectPath(subject) + QStringLiteral("/versions"),
                   QJsonDocument(schemaBody(schema)), [this, id](const RegistryResponse &response) {
                       emit registered(
                           id, response.ok ? response.json.object().value(u"id").toInt(-1) : -1,
                           response.ok ? QString() : response.error);
                   });
}

void SchemaAdminWorker::setCompatibility(quint64 id, const QString &subject, const QString &level)
{
    const QString path =
        subject.isEmpty()
            ? QStringLiteral("/config")
            : QStringLiteral("/config/") + QString::fromLatin1(QUrl::toPercentEncoding(subject));
    const auto done = [this, id](const RegistryResponse &response) {
        emit changed(id, response.ok ? QString() : response.error);
    };
    if (level.isEmpty())
        m_client->send("DELETE", path, {}, done);
    else
        m_client->send("PUT", path,
                       QJsonDocument(QJsonObject{{QStringLiteral("compatibility"), level}}), done);
}

void SchemaAdminWorker::deleteSchema(quint64 id, const QString &subject, int version,
                                     bool permanent)
{
    const QString path = version < 0 ? subjectPath(subject) : versionPath(subject, version);
    m_client->send("DELETE", path, {}, [this, id, path, permanent](const RegistryResponse &soft) {
        // The soft step may fail because it was done before (Confluent: 40404/40406; Apicurio:
        // 400 "from DISABLED to DISABLED"); the permanent step then says whether that matters.
        if (!permanent || (!soft.ok && soft.httpStatus == 0)) {
            emit changed(id, soft.ok ? QString() : soft.error);
            return;
        }
        deletePermanently(id, path);
    });
}

void SchemaAdminWorker::deletePermanently(quint64 id, const QString &path)
{
    m_client->send("DELETE", path + QStringLiteral("?permanent=true"), {},
                   [this, id](const RegistryResponse &response) {
                       emit changed(id, response.ok ? QString() : response.error);
                   });
}

} // namespace Qafka
