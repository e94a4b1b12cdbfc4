#include "core/dicom/Indexer.h"
#include "core/store/Catalog.h"
#include "core/store/Workspace.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace etalon::core;
using namespace etalon::core::store;

namespace {

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next()) {
        qWarning() << sql << q.lastError().text();
        return {};
    }
    return q.value(0);
}

/// Migrations shipped in the source tree, counted independently of the resource system.
int migrationFilesInSource()
{
    return int(QDir(QStringLiteral(ETALON_SOURCE_DIR "/resources/sql"))
                   .entryList({QStringLiteral("[0-9][0-9][0-9]_*.sql")}, QDir::Files)
                   .size());
}

} // namespace

class TestWorkspace : public QObject {
    Q_OBJECT

private slots:
    void createsDatabaseAndStorage()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("ws"));
        Result<std::unique_ptr<Workspace>> ws = Workspace::create(dir);
        QVERIFY2(ws.ok(), ws.ok() ? "" : qPrintable(ws.error().message));
        QVERIFY(QFileInfo(dir + QStringLiteral("/etalon.sqlite")).isFile());
        QVERIFY(QFileInfo(dir + QStringLiteral("/storage")).isDir());
        QVERIFY(Workspace::exists(dir));

        const QSqlDatabase db = (*ws)->database();
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA synchronous")).toInt(), 2); // FULL
        for (const char *table : {"patients", "studies", "series", "instances", "schema_migrations"}) {
            QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type='table' AND name='%1'")
                                    .arg(QLatin1String(table)))
                         .toInt(),
                     1);
        }
        QCOMPARE(Workspace::latestSchemaVersion(), migrationFilesInSource());
        QCOMPARE((*ws)->schemaVersion(), migrationFilesInSource());
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM schema_migrations")).toInt(), migrationFilesInSource());
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    }

    void refusesToCreateOverExistingWorkspace()
    {
        QTemporaryDir tmp;
        QVERIFY(Workspace::create(tmp.path()).ok());
        Result<std::unique_ptr<Workspace>> again = Workspace::create(tmp.path());
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, ErrorCode::AlreadyExists);
        QVERIFY2(again.error().message.contains(tmp.path()), qPrintable(again.error().message));
    }

    void openingSomethingElseFailsClearly()
    {
        QTemporaryDir tmp;
        Result<std::unique_ptr<Workspace>> ws = Workspace::open(tmp.path());
        QVERIFY(!ws.ok());
        QCOMPARE(ws.error().code, ErrorCode::NotFound);
        QVERIFY(ws.error().message.contains(tmp.path()));
    }

    /// An empty database (as if made by a first version) gets every migration, once.
    void openAppliesPendingMigrationsOnce()
    {
        QTemporaryDir tmp;
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(tmp.filePath(QStringLiteral("etalon.sqlite")));
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                                          "applied_at TEXT NOT NULL)")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));

        QString firstAppliedAt;
        {
            Result<std::unique_ptr<Workspace>> ws = Workspace::open(tmp.path());
            QVERIFY2(ws.ok(), ws.ok() ? "" : qPrintable(ws.error().message));
            QCOMPARE((*ws)->schemaVersion(), migrationFilesInSource());
            firstAppliedAt = scalar((*ws)->database(), QStringLiteral("SELECT applied_at FROM schema_migrations WHERE version = 1")).toString();
            QVERIFY(!firstAppliedAt.isEmpty());
            QVERIFY(QFileInfo(tmp.filePath(QStringLiteral("storage"))).isDir());
        }
        QTest::qWait(1100); // a second application would record a later time
        Result<std::unique_ptr<Workspace>> ws = Workspace::open(tmp.path());
        QVERIFY(ws.ok());
        QCOMPARE(scalar((*ws)->database(), QStringLiteral("SELECT COUNT(*) FROM schema_migrations")).toInt(), migrationFilesInSource());
        QCOMPARE(scalar((*ws)->database(), QStringLiteral("SELECT applied_at FROM schema_migrations WHERE version = 1")).toString(),
                 firstAppliedAt);
    }

    void refusesNewerSchema()
    {
        QTemporaryDir tmp;
        {
            Result<std::unique_ptr<Workspace>> ws = Workspace::create(tmp.path());
            QVERIFY(ws.ok());
            QSqlQuery q((*ws)->database());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_migrations VALUES (999, 'future', '2999-01-01')")));
        }
        Result<std::unique_ptr<Workspace>> ws = Workspace::open(tmp.path());
        QVERIFY(!ws.ok());
        QCOMPARE(ws.error().code, ErrorCode::Unsupported);
    }

    void enforcesForeignKeys()
    {
        QTemporaryDir tmp;
        Result<std::unique_ptr<Workspace>> ws = Workspace::create(tmp.path());
        QVERIFY(ws.ok());
        QSqlQuery q((*ws)->database());
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO series (study_ref, series_uid, imported_at) VALUES (12345, '1.2.3', 'now')")));
    }

    /// Two Workspace objects on one folder have their own connections; closing one leaves
    /// the other working. An import in a worker thread (as the GUI does) with its own
    /// Workspace is visible to the main thread's catalogue once committed.
    void connectionsPerObjectAndThread()
    {
        QTemporaryDir tmp;
        Result<std::unique_ptr<Workspace>> a = Workspace::create(tmp.path());
        QVERIFY(a.ok());
        Result<std::unique_ptr<Workspace>> b = Workspace::open(tmp.path());
        QVERIFY(b.ok());
        QVERIFY((*a)->database().connectionName() != (*b)->database().connectionName());
        (*b).reset();
        QCOMPARE(Catalog(**a).instanceCount(), 0);

        std::atomic<int> added{-1};
        QString workerError;
        std::thread worker([&] {
            Result<std::unique_ptr<Workspace>> own = Workspace::open(tmp.path());
            if (!own) {
                workerError = own.error().message;
                return;
            }
            dicom::Indexer indexer(**own);
            const Result<dicom::ImportReport> report =
                indexer.importPaths({QStringLiteral(ETALON_SHARED_DICOM "/mr-series-20")}, {});
            if (!report)
                workerError = report.error().message;
            else
                added = report->instancesAdded;
        });
        // Reading while the worker writes (WAL) must not fail.
        for (int i = 0; i < 20; ++i)
            QVERIFY(Catalog(**a).instanceCount() >= 0);
        worker.join();
        QVERIFY2(workerError.isEmpty(), qPrintable(workerError));
        QCOMPARE(added.load(), 20);
        QCOMPARE(Catalog(**a).instanceCount(), 20);
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
