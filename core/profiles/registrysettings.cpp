#include "profiles/registrysettings.h"

#include <QStringList>

namespace Qafka {

QStringList RestEndpointSettings::urlList() const
{
    QStringList result;
    const auto parts = urls.split(u',', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        QString url = part.trimmed();
        while (url.endsWith(u'/'))
            url.chop(1);
        if (!url.isEmpty())
            result.append(url);
    }
    return result;
}

QString authenticationName(RestEndpointSettings::Authentication authentication)
{
    switch (authentication) {
    case RegistrySettings::Authentication::None:
        return QStringLiteral("none");
    case RegistrySettings::Authentication::Basic:
        return QStringLiteral("basic");
    case RegistrySettings::Authentication::BearerToken:
        return QStringLiteral("bearer");
    }
    return {};
}

bool parseAuthentication(const QString &text, RestEndpointSettings::Authentication *authentication)
{
    for (auto candidate :
         {RegistrySettings::Authentication::None, RegistrySettings::Authentication::Basic,
          RegistrySettings::Authentication::BearerToken}) {
        if (text == authenticationName(candidate)) {
            *authentication = candidate;
            return true;
        }
    }
    return false;
}

} // namespace Qafka
