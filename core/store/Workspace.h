#pragma once

#include "core/Result.h"

#include <QString>

#include <memory>

class QSqlDatabase;

namespace etalon::core::store {

/// One workspace: a SQLite database (WAL, foreign keys on, numbered migrations) plus a
/// managed storage folder beside it. A Workspace object owns one database connection and
/// must be used from the thread that opened it; other threads open their own.
class Workspace {
public:
    static constexpr const char *DatabaseFileName = "etalon.sqlite";
    static constexpr const char *StorageFolderName = "storage";

    /// Makes a new workspace in dir (created if missing, must not already hold one).
    static Result<std::unique_ptr<Workspace>> create(const QString &dir);
    /// Opens an existing workspace and applies pending migrations.
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
    int schemaVersion() const;
    static int latestSchemaVersion();

private:
    Workspace(QString directory, QString connectionName);
    Result<void> migrate();

    QString m_directory;
    QString m_connectionName;
};

} // namespace etalon::core::store
