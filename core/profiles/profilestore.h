#pragma once

#include "profiles/connectionprofile.h"

#include <QList>
#include <QSettings>

namespace Qafka {

// Connection profiles in QSettings, one group per profile id. Secrets are never written here:
// SecretStore keeps them in the OS keychain.
class ProfileStore
{
public:
    explicit ProfileStore(QSettings *settings);

    QList<ConnectionProfile> profiles() const; // sorted by name
    std::optional<ConnectionProfile> profile(const QString &id) const;
    std::optional<ConnectionProfile> profileByName(const QString &name) const;
    void save(const ConnectionProfile &profile);
    void remove(const QString &id);

private:
    QSettings *m_settings;
};

} // namespace Qafka
