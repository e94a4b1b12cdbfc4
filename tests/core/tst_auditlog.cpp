#include "core/store/Workspace.h"
#include "core/workflow/AuditLog.h"
#include "core/workflow/Users.h"
#include "core/workflow/WriteTransaction.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace etalon::core;
using namespace etalon::core::workflow;

class TestAuditLog : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<store::Workspace> m_ws;
    std::optional<Session> m_admin;
    int m_count = 0;

    /// Writes five entries, each in its own transaction, as a service would.
    void writeEntries()
    {
        for (int i = 1; i <= 5; ++i) {
            WriteTransaction t(*m_ws);
            QVERIFY(t.isActive());
            QVERIFY(AuditLog::append(*m_ws, m_admin->userId(), QStringLiteral("test.step"), QStringLiteral("thing"),
                                     QString::number(i), QJsonObject{{QStringLiteral("n"), i}, {QStringLiteral("note"), QStringLiteral("ü %1").arg(i)}})
                        .ok());
            QVERIFY(t.commit().ok());
        }
    }

    bool exec(const QString &sql)
    {
        QSqlQuery q(m_ws->database());
        if (!q.exec(sql)) {
            qWarning() << sql << q.lastError().text();
            return false;
        }
        return true;
    }

private slots:
    void init()
    {
        Result<std::unique_ptr<store::Workspace>> ws = store::Workspace::create(m_tmp.filePath(QString::number(++m_count)));
        QVERIFY(ws.ok());
        m_ws = std::move(*ws);
        Result<Session> admin = Users::createFirstCoordinator(
            *m_ws, NewUser{QStringLiteral("admin"), QStringLiteral("Admin"), Role::Coordinator, {}, QStringLiteral("admin-password")});
        QVERIFY(admin.ok());
        m_admin = *admin;
        writeEntries();
    }

    void cleanup()
    {
        m_admin.reset();
        m_ws.reset();
    }

    /// The chain is what the documented formula gives, computed here independently.
    void hashesFollowTheDocumentedFormula()
    {
        QSqlQuery q(m_ws->database());
        QVERIFY(q.exec(QStringLiteral("SELECT id, at, actor_ref, action, object_type, object_id, details_json, prev_hash, hash "
                                      "FROM audit_log ORDER BY id")));
        QByteArray prev(64, '0');
        int rows = 0;
        while (q.next()) {
            ++rows;
            QByteArray canonical;
            for (int c = 0; c < 7; ++c) {
                const QByteArray field = q.value(c).isNull() ? QByteArray() : q.value(c).toString().toUtf8();
                canonical += QByteArray::number(field.size()) + ':' + field + '\n';
            }
            QCOMPARE(q.value(7).toByteArray(), prev);
            const QByteArray expected = QCryptographicHash::hash(prev + canonical, QCryptographicHash::Sha256).toHex();
            QCOMPARE(q.value(8).toByteArray(), expected);
            prev = expected;
        }
        QCOMPARE(rows, 6); // first coordinator + five entries
        const Result<AuditVerification> v = AuditLog::verify(*m_ws);
        QVERIFY(v.ok() && v->ok);
        QCOMPARE(v->rowCount, 6);
        QCOMPARE(v->headHash.toLatin1(), prev);
    }

    void triggersRefuseUpdateAndDelete()
    {
        QSqlQuery q(m_ws->database());
        QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET details_json = '{}' WHERE id = 3")));
        QVERIFY2(q.lastError().text().contains(QLatin1String("append-only")), qPrintable(q.lastError().text()));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log WHERE id = 3")));
        QVERIFY(AuditLog::verify(*m_ws)->ok);
    }

    void detectsAnEditedRow()
    {
        QVERIFY(exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
        QVERIFY(exec(QStringLiteral("UPDATE audit_log SET details_json = '{\"n\":33}' WHERE id = 4")));
        const Result<AuditVerification> v = AuditLog::verify(*m_ws);
        QVERIFY(v.ok());
        QVERIFY(!v->ok);
        QCOMPARE(v->firstBadId, std::optional<qint64>(4));
        QVERIFY2(v->problem.contains(QLatin1String("row 4")), qPrintable(v->problem));
    }

    /// Re-hashing the edited row itself does not help: the next row no longer follows it.
    void detectsAnEditedRowWithItsHashRecomputed()
    {
        QVERIFY(exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
        QSqlQuery q(m_ws->database());
        QVERIFY(q.exec(QStringLiteral("SELECT id, at, actor_ref, action, object_type, object_id, prev_hash FROM audit_log WHERE id = 2")) && q.next());
        const QString forged = QStringLiteral("{\"n\":1,\"note\":\"forged\"}");
        const QString hash = AuditLog::chainHash(q.value(6).toString(),
                                                 AuditLog::canonicalRow(2, q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                                                                        q.value(4).toString(), q.value(5).toString(), forged));
        q.finish();
        QVERIFY(exec(QStringLiteral("UPDATE audit_log SET details_json = '%1', hash = '%2' WHERE id = 2").arg(forged, hash)));
        const Result<AuditVerification> v = AuditLog::verify(*m_ws);
        QVERIFY(!v->ok);
        QCOMPARE(v->firstBadId, std::optional<qint64>(3));
    }

    void detectsADeletedRow()
    {
        QVERIFY(exec(QStringLiteral("DROP TRIGGER audit_log_no_delete")));
        QVERIFY(exec(QStringLiteral("DELETE FROM audit_log WHERE id = 3")));
        const Result<AuditVerification> v = AuditLog::verify(*m_ws);
        QVERIFY(!v->ok);
        QCOMPARE(v->firstBadId, std::optional<qint64>(3));
    }

    void detectsDeletedNewestRows()
    {
        QVERIFY(exec(QStringLiteral("DROP TRIGGER audit_log_no_delete")));
        QVERIFY(exec(QStringLiteral("DELETE FROM audit_log WHERE id >= 5")));
        const Result<AuditVerification> v = AuditLog::verify(*m_ws);
        QVERIFY(!v->ok);
        QCOMPARE(v->firstBadId, std::optional<qint64>(5));
    }

    /// An entry written in a transaction that rolls back leaves no trace and no gap.
    void rolledBackEntriesLeaveNoGap()
    {
        {
            WriteTransaction t(*m_ws);
            QVERIFY(AuditLog::append(*m_ws, m_admin->userId(), QStringLiteral("test.lost"), QStringLiteral("thing"), QStringLiteral("x")).ok());
            // destroyed without commit: rolled back
        }
        {
            WriteTransaction t(*m_ws);
            QVERIFY(AuditLog::append(*m_ws, 0, QStringLiteral("test.kept"), QStringLiteral("thing"), QStringLiteral("y")).ok());
            QVERIFY(t.commit().ok());
        }
        const Result<QList<AuditEntry>> log = AuditLog::list(*m_ws, *m_admin);
        QCOMPARE(log->size(), 7);
        QCOMPARE(log->last().action, QStringLiteral("test.kept"));
        QCOMPARE(log->last().id, 7);
        QCOMPARE(log->last().actorId, 0);
        QVERIFY(AuditLog::verify(*m_ws)->ok);
        const Result<QList<AuditEntry>> newest = AuditLog::list(*m_ws, *m_admin, 2);
        QCOMPARE(newest->size(), 2);
        QCOMPARE(newest->first().id, 6);
    }

    /// Entries survive reopening the workspace and the chain continues across processes' connections.
    void chainContinuesAfterReopen()
    {
        const QString dir = m_ws->directory();
        m_ws.reset();
        Result<std::unique_ptr<store::Workspace>> ws = store::Workspace::open(dir);
        QVERIFY(ws.ok());
        m_ws = std::move(*ws);
        writeEntries();
        const Result<AuditVerification> v = AuditLog::verify(*m_ws);
        QVERIFY(v->ok);
        QCOMPARE(v->rowCount, 11);
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
