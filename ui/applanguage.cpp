#include "applanguage.h"

#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace Qafka {

namespace {

constexpr QLatin1StringView kSettingsKey("ui/language");

} // namespace

QList<AppLanguage::Choice> AppLanguage::choices()
{
    return {{QString(), tr("System Language")},
            {QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("ko"), QStringLiteral("한국어")}};
}

QString AppLanguage::chosen(const QSettings &settings)
{
    return settings.value(kSettingsKey).toString();
}

void AppLanguage::choose(QSettings *settings, const QString &code)
{
    if (code.isEmpty())
        settings->remove(kSettingsKey);
    else
        settings->setValue(kSettingsKey, code);
}

QLocale AppLanguage::install(QCoreApplication *app, const QString &code)
{
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    QLocale::setDefault(locale);
    auto *qafka = new QTranslator(app);
    // Languages without a translation get the English one, which words the plurals.
    if (qafka->load(locale, QStringLiteral("qafka"), QStringLiteral("_"),
                    QStringLiteral(":/i18n")) ||
        qafka->load(QStringLiteral(":/i18n/qafka_en.qm")))
        QCoreApplication::installTranslator(qafka);
    else
        delete qafka;
    // Qt's own dialogs and context menus (Debian: qt6-translations-l10n), when installed.
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return locale;
}

} // namespace Qafka
