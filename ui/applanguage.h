#pragma once

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>

class QSettings;

namespace Qafka {

// The interface language: the system's unless the user picked one in View ▸ Language (kept in
// the settings, applied at the next start). Translations are embedded under :/i18n.
class AppLanguage
{
    Q_DECLARE_TR_FUNCTIONS(Qafka::AppLanguage)
public:
    struct Choice
    {
        QString code; // "" for the system's language
        QString name; // in its own language, so anyone can find theirs
    };
    static QList<Choice> choices();

    static QString chosen(const QSettings &settings);
    static void choose(QSettings *settings, const QString &code);

    // Installs Qafka's and Qt's own translations for `code` ("" = the system's locale) and
    // makes its locale the default; returns that locale.
    static QLocale install(QCoreApplication *app, const QString &code);
};

} // namespace Qafka
