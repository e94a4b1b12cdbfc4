#pragma once

#include <QString>
#include <QStringList>

namespace etalon::app {

/// Languages the UI ships in ("en", "ru").
QStringList availableLanguages();
/// The language to use: the given one if available, else the system locale's, else English.
QString resolveLanguage(const QString &preferred = {});
/// Installs Etalon's and Qt's translators for the language on the running application,
/// replacing any installed before. Returns the language actually installed.
QString installTranslations(const QString &language);

} // namespace etalon::app
