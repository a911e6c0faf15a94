#include "profiles/oauthsettings.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace Qafka {

QString OAuthSettings::problem() const
{
    const QString url = tokenEndpointUrl.trimmed();
    if (url.isEmpty())
        return QCoreApplication::translate(
            "OAuthSettings", "An OAuth login needs the identity provider's token endpoint URL.");
    const QUrl parsed(url, QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    if (!parsed.isValid() || parsed.host().isEmpty() || (scheme != u"https" && scheme != u"http"))
        return QCoreApplication::translate("OAuthSettings",
                                           "The token endpoint “%1” is not an http:// or "
                                           "https:// URL.")
            .arg(url);
    if (clientId.trimmed().isEmpty())
        return QCoreApplication::translate(
            "OAuthSettings", "An OAuth login needs the client id the identity provider issued.");
    QString error;
    extensionPairs(&error);
    return error;
}

QList<QPair<QString, QString>> OAuthSettings::extensionPairs(QString *error) const
{
    // RFC 7628: an extension key is letters only; "auth" is reserved for the token itself.
    static const QRegularExpression keyForm(QStringLiteral("^[A-Za-z]+$"));
    QList<QPair<QString, QString>> pairs;
    const QStringList items = extensions.split(u',', Qt::SkipEmptyParts);
    for (const QString &item : items) {
        const qsizetype equals = item.indexOf(u'=');
        const QString key = item.left(equals).trimmed();
        if (equals < 0 || !keyForm.match(key).hasMatch() || key == u"auth") {
            if (error)
                *error = QCoreApplication::translate(
                             "OAuthSettings",
                             "The SASL extension “%1” is not of the form key=value with a key of "
                             "letters only (other than “auth”).")
                             .arg(item.trimmed());
            return {};
        }
        pairs.append({key, item.mid(equals + 1).trimmed()});
    }
    return pairs;
}

} // namespace Qafka
