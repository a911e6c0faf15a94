#pragma once

#include "profiles/connectionprofile.h"

#include <QHash>
#include <QObject>

#include <functional>

namespace Qafka {

// Keeps profile secrets (SASL password, key passphrase) in the OS keychain through QtKeychain.
// Where no keychain exists, secrets live in this object's memory until the process ends and the
// caller is told so; they are never written anywhere in plain text.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using ReadCallback = std::function<void(const ProfileSecrets &secrets, const QString &warning)>;
    using WriteCallback = std::function<void(const QString &warning)>;

    explicit SecretStore(const QString &service, QObject *parent = nullptr);

    // Each call answers once through its callback, on this object's thread, never synchronously.
    void write(const QString &profileId, const ProfileSecrets &secrets, const WriteCallback &done);
    void read(const QString &profileId, const ReadCallback &done);
    void remove(const QString &profileId, const WriteCallback &done = {});

    bool hasMemoryOnlySecrets() const { return !m_memoryOnly.isEmpty(); }

private:
    static QString keyFor(const QString &profileId);

    QString m_service;
    QHash<QString, ProfileSecrets> m_memoryOnly;
};

} // namespace Qafka
