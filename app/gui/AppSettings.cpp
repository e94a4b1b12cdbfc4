#include "app/gui/AppSettings.h"

#include <QDir>
#include <QSettings>

namespace etalon::app {

namespace {
const char *const keyRecent = "workspaces/recent";
const char *const keyLanguage = "ui/language";
const char *const keyGeometry = "ui/mainWindowGeometry";
const char *const keyState = "ui/mainWindowState";
const char *const keyImportFolder = "import/lastFolder";
} // namespace

QStringList AppSettings::recentWorkspaces()
{
    return QSettings().value(keyRecent).toStringList();
}

void AppSettings::addRecentWorkspace(const QString &dir)
{
    const QString clean = QDir::cleanPath(QDir(dir).absolutePath());
    QStringList list = recentWorkspaces();
    list.removeAll(clean);
    list.prepend(clean);
    while (list.size() > maxRecent)
        list.removeLast();
    QSettings().setValue(keyRecent, list);
}

void AppSettings::removeRecentWorkspace(const QString &dir)
{
    QStringList list = recentWorkspaces();
    list.removeAll(QDir::cleanPath(QDir(dir).absolutePath()));
    QSettings().setValue(keyRecent, list);
}

QString AppSettings::language()
{
    return QSettings().value(keyLanguage).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    QSettings().setValue(keyLanguage, language);
}

QByteArray AppSettings::windowGeometry()
{
    return QSettings().value(keyGeometry).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    QSettings().setValue(keyGeometry, geometry);
}

QByteArray AppSettings::windowState()
{
    return QSettings().value(keyState).toByteArray();
}

void AppSettings::setWindowState(const QByteArray &state)
{
    QSettings().setValue(keyState, state);
}

QString AppSettings::lastImportFolder()
{
    return QSettings().value(keyImportFolder, QDir::homePath()).toString();
}

void AppSettings::setLastImportFolder(const QString &dir)
{
    QSettings().setValue(keyImportFolder, dir);
}

} // namespace etalon::app
