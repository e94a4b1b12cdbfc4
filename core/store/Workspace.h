#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class QSqlDatabase;

namespace etalon::core::store {

/// One workspace: a SQLite database (WAL, foreign keys on, synchronous=FULL, numbered
/// migrations) plus a managed storage folder beside it. A Workspace object owns one
/// database connection (its own connection name) and must be used from the thread that
/// opened it; other threads (e.g. an import worker) open their own Workspace on the same
/// folder. SQLite serialises writers; a busy timeout makes readers and writers wait.
///
/// Migrations are the resource files :/etalon/sql/NNN_name.sql, applied in order, each in
/// its own transaction, and recorded in the table schema_migrations(version, name, applied_at).
class Workspace {
    Q_DECLARE_TR_FUNCTIONS(etalon::core::store::Workspace)

public:
    static constexpr const char *DatabaseFileName = "etalon.sqlite";
    static constexpr const char *StorageFolderName = "storage";

    /// Makes a new workspace in dir (created if missing, must not already hold one).
    static Result<std::unique_ptr<Workspace>> create(const QString &dir);
    /// Opens an existing workspace and applies pending migrations. Refuses a workspace
    /// whose schema is newer than this build knows.
    static Result<std::unique_ptr<Workspace>> open(const QString &dir);
    static bool exists(const QString &dir);

    ~Workspace();
    Workspace(const Workspace &) = delete;
    Workspace &operator=(const Workspace &) = delete;

    QString directory() const { return m_directory; }
    QString databasePath() const;
    QString storageDirectory() const;
    /// The connection (Qt Sql is private to core: only core and tests run queries).
    QSqlDatabase database() const;
    /// Highest applied migration, 0 for an empty database, -1 if it cannot be read.
    int schemaVersion() const;
    /// Highest migration shipped with this build.
    static int latestSchemaVersion();

    /// File paths are stored relative to the workspace folder when they lie inside it
    /// (managed storage), so a workspace can be moved; these convert both ways.
    QString storedPath(const QString &absolutePath) const;
    QString absolutePath(const QString &storedPath) const;

private:
    Workspace(QString directory, QString connectionName);
    static Result<std::unique_ptr<Workspace>> connect(const QString &dir);
    Result<void> migrate();

    QString m_directory;
    QString m_connectionName;
};

} // namespace etalon::core::store
