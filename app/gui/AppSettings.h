#pragma once

#include <QString>
#include <QStringList>

namespace etalon::app {

/// The GUI's persisted preferences; every QSettings key lives here.
class AppSettings {
public:
    static QStringList recentWorkspaces();
    /// Moves dir to the front of the recent list (at most maxRecent entries).
    static void addRecentWorkspace(const QString &dir);
    static void removeRecentWorkspace(const QString &dir);
    static QString language(); ///< empty: follow the system locale
    static void setLanguage(const QString &language);
    static QByteArray windowGeometry();
    static void setWindowGeometry(const QByteArray &geometry);
    static QByteArray windowState();
    static void setWindowState(const QByteArray &state);
    static QString lastImportFolder();
    static void setLastImportFolder(const QString &dir);

    static constexpr int maxRecent = 8;
};

} // namespace etalon::app
