#include "app/i18n/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace etalon::app {

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("ru")};
}

QString resolveLanguage(const QString &preferred)
{
    const QStringList languages = availableLanguages();
    if (languages.contains(preferred))
        return preferred;
    const QString system = QLocale::system().name().section(QLatin1Char('_'), 0, 0);
    return languages.contains(system) ? system : QStringLiteral("en");
}

QString installTranslations(const QString &language)
{
    static QTranslator *etalonTranslator = nullptr;
    static QTranslator *qtTranslator = nullptr;
    auto *app = QCoreApplication::instance();
    for (QTranslator **t : {&etalonTranslator, &qtTranslator}) {
        if (*t) {
            app->removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    const QString lang = resolveLanguage(language);
    etalonTranslator = new QTranslator(app);
    if (etalonTranslator->load(QStringLiteral(":/i18n/etalon_%1.qm").arg(lang)))
        app->installTranslator(etalonTranslator);
    qtTranslator = new QTranslator(app);
    if (qtTranslator->load(QStringLiteral("qtbase_%1").arg(lang), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app->installTranslator(qtTranslator);
    return lang;
}

} // namespace etalon::app
