#include "profiles/secretstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <qt6keychain/keychain.h>

namespace Qafka {

namespace {

QByteArray encode(const ProfileSecrets &secrets)
{
    QJsonObject object;
    if (!secrets.saslPassword.isEmpty())
        object.insert(QStringLiteral("saslPassword"), secrets.saslPassword);
    if (!secrets.keyPassphrase.isEmpty())
        object.insert(QStringLiteral("keyPassphrase"), secrets.keyPassphrase);
    if (!secrets.registryPassword.isEmpty())
        object.insert(QStringLiteral("registryPassword"), secrets.registryPassword);
    if (!secrets.registryToken.isEmpty())
        object.insert(QStringLiteral("registryToken"), secrets.registryToken);
    if (!secrets.registryKeyPassphrase.isEmpty())
        object.insert(QStringLiteral("registryKeyPassphrase"), secrets.registryKeyPassphrase);
    if (!secrets.oauthClientSecret.isEmpty())
        object.insert(QStringLiteral("oauthClientSecret"), secrets.oauthClientSecret);
    QJsonObject connect;
    for (auto it = secrets.connectSecrets.cbegin(); it != secrets.connectSecrets.cend(); ++it) {
        if (it->isEmpty())
            continue;
        QJsonObject cluster;
        cluster.insert(QStringLiteral("password"), it->password);
        cluster.insert(QStringLiteral("token"), it->token);
        cluster.insert(QStringLiteral("keyPassphrase"), it->keyPassphrase);
        connect.insert(it.key(), cluster);
    }
    if (!connect.isEmpty())
        object.insert(QStringLiteral("connect"), connect);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

ProfileSecrets decode(const QByteArray &data)
{
    const QJsonObject object = QJsonDocument::fromJson(data).object();
    ProfileSecrets secrets;
    secrets.saslPassword = object.value(QStringLiteral("saslPassword")).toString();
    secrets.keyPassphrase = object.value(QStringLiteral("keyPassphrase")).toString();
    secrets.registryPassword = object.value(QStringLiteral("registryPassword")).toString();
    secrets.registryToken = object.value(QStringLiteral("registryToken")).toString();
    secrets.registryKeyPassphrase =
        object.value(QStringLiteral("registryKeyPassphrase")).toString();
    secrets.oauthClientSecret = object.value(QStringLiteral("oauthClientSecret")).toString();
    const QJsonObject connect = object.value(QStringLiteral("connect")).toObject();
    for (auto it = connect.constBegin(); it != connect.constEnd(); ++it) {
        const QJsonObject cluster = it.value().toObject();
        secrets.connectSecrets.insert(it.key(),
                                      {cluster.value(QStringLiteral("password")).toString(),
                                       cluster.value(QStringLiteral("token")).toString(),
                                       cluster.value(QStringLiteral("keyPassphrase")).toString()});
    }
    return secrets;
}

QString noKeychainWarning(const QKeychain::Job *job)
{
    return SecretStore::tr("No OS keychain could store the secret (%1). Qafka keeps it in memory "
                           "until it quits and does not save it.")
        .arg(job->errorString());
}

} // namespace

SecretStore::SecretStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{}

QString SecretStore::keyFor(const QString &profileId)
{
    return QStringLiteral("connection/") + profileId;
}

void SecretStore::write(const QString &profileId, const ProfileSecrets &secrets,
                        const WriteCallback &done)
{
    if (secrets.isEmpty()) {
        remove(profileId, done);
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(keyFor(profileId));
    job->setBinaryData(encode(secrets));
    connect(job, &QKeychain::Job::finished, this,
            [this, profileId, secrets, done](QKeychain::Job *job) {
                QString warning;
                if (job->error() == QKeychain::NoError) {
                    m_memoryOnly.remove(profileId);
                } else {
                    m_memoryOnly.insert(profileId, secrets);
                    warning = noKeychainWarning(job);
                }
                if (done)
                    done(warning);
            });
    job->start();
}

void SecretStore::read(const QString &profileId, const ReadCallback &done)
{
    if (m_memoryOnly.contains(profileId)) {
        // Answer asynchronously all the same, so callers see one behaviour.
        QMetaObject::invokeMethod(
            this, [secrets = m_memoryOnly.value(profileId), done] { done(secrets, QString()); },
            Qt::QueuedConnection);
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(keyFor(profileId));
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *job) {
        auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(job);
        switch (job->error()) {
        case QKeychain::NoError:
            done(decode(readJob->binaryData()), QString());
            break;
        case QKeychain::EntryNotFound:
            done({}, QString());
            break;
        default:
            done({}, tr("The keychain could not be read (%1); enter the password again.")
                         .arg(job->errorString()));
            break;
        }
    });
    job->start();
}

void SecretStore::remove(const QString &profileId, const WriteCallback &done)
{
    m_memoryOnly.remove(profileId);
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(keyFor(profileId));
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *job) {
        const bool fine =
            job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound;
        if (done)
            done(fine
                     ? QString()
                     : tr("The keychain entry could not be removed (%1).").arg(job->errorString()));
    });
    job->start();
}

} // namespace Qafka
