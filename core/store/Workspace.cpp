#include "core/store/Workspace.h"

#include "core/Logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace etalon::core::store {

namespace {

const char *MigrationResourceDir = ":/etalon/sql";

struct Migration {
    int version = 0;
    QString name;
    QString resourcePath;
};

/// Migrations shipped as resources, sorted by version ("001_initial.sql" is version 1).
QList<Migration> shippedMigrations()
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d+)_(.+)\\.sql$"));
    QList<Migration> migrations;
    const QStringList files = QDir(QString::fromLatin1(MigrationResourceDir)).entryList(QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QRegularExpressionMatch match = pattern.match(file);
        if (!match.hasMatch())
            continue;
        migrations.append({match.captured(1).toInt(), match.captured(2),
                           QString::fromLatin1(MigrationResourceDir) + QLatin1Char('/') + file});
    }
    std::sort(migrations.begin(), migrations.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
    return migrations;
}

/// Splits a migration script into statements: ';' ends a statement outside quotes,
/// comments and BEGIN/CASE ... END blocks (trigger bodies, CASE expressions).
QStringList splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    int depth = 0;
    QString word;
    const auto endWord = [&] {
        if (word.isEmpty())
            return;
        const QString upper = word.toUpper();
        if (upper == QLatin1String("BEGIN") || upper == QLatin1String("CASE"))
            ++depth;
        else if (upper == QLatin1String("END") && depth > 0)
            --depth;
        word.clear();
    };
    const qsizetype n = script.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = script.at(i);
        if (c == QLatin1Char('-') && i + 1 < n && script.at(i + 1) == QLatin1Char('-')) {
            endWord();
            while (i < n && script.at(i) != QLatin1Char('\n'))
                ++i;
            current += QLatin1Char('\n');
            continue;
        }
        if (c == QLatin1Char('/') && i + 1 < n && script.at(i + 1) == QLatin1Char('*')) {
            endWord();
            const qsizetype end = script.indexOf(QLatin1String("*/"), i + 2);
            i = end < 0 ? n : end + 1;
            current += QLatin1Char(' ');
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            endWord();
            const qsizetype start = i;
            ++i;
            while (i < n) {
                if (script.at(i) == c) {
                    if (i + 1 < n && script.at(i + 1) == c) {
                        i += 2;
                        continue;
                    }
                    break;
                }
                ++i;
            }
            current += script.mid(start, i - start + 1);
            continue;
        }
        if (c.isLetterOrNumber() || c == QLatin1Char('_')) {
            word += c;
            current += c;
            continue;
        }
        endWord();
        if (c == QLatin1Char(';') && depth == 0) {
            if (!current.trimmed().isEmpty())
                statements.append(current.trimmed());
            current.clear();
            continue;
        }
        current += c;
    }
    endWord();
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

Error databaseError(const QString &what, const QSqlError &error)
{
    return makeError(ErrorCode::Database, QStringLiteral("%1: %2").arg(what, error.text()));
}

std::atomic<quint64> connectionCounter{0};

} // namespace

Workspace::Workspace(QString directory, QString connectionName)
    : m_directory(std::move(directory)), m_connectionName(std::move(connectionName))
{
}

Workspace::~Workspace()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Workspace::exists(const QString &dir)
{
    return QFileInfo(QDir(dir).filePath(QString::fromLatin1(DatabaseFileName))).isFile();
}

QString Workspace::databasePath() const
{
    return QDir(m_directory).filePath(QString::fromLatin1(DatabaseFileName));
}

QString Workspace::storageDirectory() const
{
    return QDir(m_directory).filePath(QString::fromLatin1(StorageFolderName));
}

QSqlDatabase Workspace::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString Workspace::storedPath(const QString &absolutePath) const
{
    const QString clean = QDir::cleanPath(QFileInfo(absolutePath).absoluteFilePath());
    const QString root = QDir::cleanPath(m_directory) + QLatin1Char('/');
    if (clean.startsWith(root))
        return clean.mid(root.size());
    return clean;
}

QString Workspace::absolutePath(const QString &storedPath) const
{
    if (QDir::isAbsolutePath(storedPath))
        return storedPath;
    return QDir::cleanPath(QDir(m_directory).filePath(storedPath));
}

int Workspace::latestSchemaVersion()
{
    const QList<Migration> migrations = shippedMigrations();
    return migrations.isEmpty() ? 0 : migrations.last().version;
}

int Workspace::schemaVersion() const
{
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

Result<std::unique_ptr<Workspace>> Workspace::connect(const QString &dir)
{
    const QString absolute = QDir::cleanPath(QFileInfo(dir).absoluteFilePath());
    const QString name = QStringLiteral("etalon-workspace-%1").arg(connectionCounter.fetch_add(1));
    std::unique_ptr<Workspace> workspace(new Workspace(absolute, name));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(workspace->databasePath());
        // Another connection (the GUI while a worker imports) may hold the write lock.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open()) {
            return makeError(ErrorCode::Database, tr("Cannot open the workspace database %1: %2")
                                                      .arg(workspace->databasePath(), db.lastError().text()));
        }
        QSqlQuery query(db);
        // WAL: readers do not block the writer (browsing during an import). synchronous=FULL:
        // a committed reading or audit entry survives a power cut, at one fsync per commit,
        // which batched imports amortise.
        for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON", "PRAGMA synchronous=FULL"}) {
            if (!query.exec(QString::fromLatin1(pragma))) {
                return makeError(ErrorCode::Database,
                                 tr("Cannot configure the workspace database %1 (%2): %3")
                                     .arg(workspace->databasePath(), QString::fromLatin1(pragma), query.lastError().text()));
            }
        }
        query.exec(QStringLiteral("PRAGMA journal_mode"));
        if (!query.next() || query.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
            return makeError(ErrorCode::Database,
                             tr("The workspace database %1 cannot use write-ahead logging; is the folder on a network "
                                "file system? Put the workspace on a local disk.")
                                 .arg(workspace->databasePath()));
        }
    }
    return workspace;
}

Result<std::unique_ptr<Workspace>> Workspace::create(const QString &dir)
{
    if (dir.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("No workspace folder given."));
    if (exists(dir)) {
        return makeError(ErrorCode::AlreadyExists,
                         tr("%1 already holds an Etalon workspace; open it instead, or choose another folder.")
                             .arg(QDir::toNativeSeparators(dir)));
    }
    const QFileInfo info(dir);
    if (info.exists() && !info.isDir())
        return makeError(ErrorCode::InvalidArgument, tr("%1 is a file, not a folder.").arg(QDir::toNativeSeparators(dir)));
    if (!QDir().mkpath(dir) || !QDir(dir).mkpath(QString::fromLatin1(StorageFolderName))) {
        return makeError(ErrorCode::IoError, tr("Cannot create the workspace folder %1; check the permissions.")
                                                 .arg(QDir::toNativeSeparators(dir)));
    }
    Result<std::unique_ptr<Workspace>> workspace = connect(dir);
    if (!workspace)
        return workspace;
    if (Result<void> migrated = (*workspace)->migrate(); !migrated)
        return migrated.error();
    qCDebug(lcStore) << "created workspace" << (*workspace)->directory();
    return workspace;
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString &dir)
{
    if (!exists(dir)) {
        return makeError(ErrorCode::NotFound,
                         tr("%1 is not an Etalon workspace (no %2 in it); create one with 'etalon-cli workspace create'.")
                             .arg(QDir::toNativeSeparators(dir), QString::fromLatin1(DatabaseFileName)));
    }
    Result<std::unique_ptr<Workspace>> workspace = connect(dir);
    if (!workspace)
        return workspace;
    QDir(dir).mkpath(QString::fromLatin1(StorageFolderName));
    if (Result<void> migrated = (*workspace)->migrate(); !migrated)
        return migrated.error();
    return workspace;
}

Result<void> Workspace::migrate()
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                   "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"))) {
        return databaseError(tr("Cannot prepare the migrations table of %1").arg(databasePath()), query.lastError());
    }
    const int current = schemaVersion();
    const QList<Migration> migrations = shippedMigrations();
    const int latest = migrations.isEmpty() ? 0 : migrations.last().version;
    if (current > latest) {
        return makeError(ErrorCode::Unsupported,
                         tr("The workspace %1 has schema version %2, newer than this Etalon knows (%3); use a newer Etalon.")
                             .arg(m_directory)
                             .arg(current)
                             .arg(latest));
    }
    for (const Migration &migration : migrations) {
        if (migration.version <= current)
            continue;
        QFile file(migration.resourcePath);
        if (!file.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::IoError, tr("Migration %1 is missing from this build.").arg(migration.resourcePath));
        const QStringList statements = splitStatements(QString::fromUtf8(file.readAll()));
        if (!db.transaction())
            return databaseError(tr("Cannot start migration %1 of %2").arg(migration.version).arg(databasePath()), db.lastError());
        for (const QString &statement : statements) {
            if (!query.exec(statement)) {
                const Error error = databaseError(tr("Migration %1 (%2) failed on %3")
                                                      .arg(migration.version)
                                                      .arg(migration.name, databasePath()),
                                                  query.lastError());
                query.finish();
                db.rollback();
                return error;
            }
        }
        query.prepare(QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"));
        query.addBindValue(migration.version);
        query.addBindValue(migration.name);
        query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        if (!query.exec() || !db.commit()) {
            const Error error = databaseError(tr("Cannot record migration %1 of %2").arg(migration.version).arg(databasePath()),
                                              query.lastError().isValid() ? query.lastError() : db.lastError());
            query.finish();
            db.rollback();
            return error;
        }
        qCDebug(lcStore) << "applied migration" << migration.version << migration.name << "to" << databasePath();
    }
    return {};
}

} // namespace etalon::core::store
