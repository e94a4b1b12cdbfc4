#include "core/workflow/AuditLog.h"

#include "core/store/Workspace.h"
#include "core/workflow/Permissions.h"
#include "core/workflow/Session.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace etalon::core::workflow {

namespace {

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

void appendField(QByteArray &out, const QString &value)
{
    const QByteArray bytes = value.toUtf8();
    out += QByteArray::number(bytes.size());
    out += ':';
    out += bytes;
    out += '\n';
}

} // namespace

QByteArray AuditLog::canonicalRow(qint64 id, const QString &at, const QString &actorRef, const QString &action,
                                  const QString &objectType, const QString &objectId, const QString &detailsJson)
{
    QByteArray out;
    appendField(out, QString::number(id));
    appendField(out, at);
    appendField(out, actorRef);
    appendField(out, action);
    appendField(out, objectType);
    appendField(out, objectId);
    appendField(out, detailsJson);
    return out;
}

QString AuditLog::chainHash(const QString &prevHash, const QByteArray &canonical)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(prevHash.toLatin1());
    hash.addData(canonical);
    return QString::fromLatin1(hash.result().toHex());
}

Result<qint64> AuditLog::append(store::Workspace &workspace, qint64 actorId, const QString &action,
                                const QString &objectType, const QString &objectId, const QJsonObject &details)
{
    QSqlDatabase db = workspace.database();
    QSqlQuery query(db);
    // The next id: AUTOINCREMENT never reuses ids, so it is sqlite_sequence's value + 1.
    if (!query.exec(QStringLiteral("SELECT (SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), "
                                   "(SELECT seq FROM sqlite_sequence WHERE name = 'audit_log')"))
        || !query.next()) {
        return makeError(ErrorCode::Database,
                         tr("Cannot read the audit log of %1: %2").arg(workspace.databasePath(), query.lastError().text()));
    }
    const QString prevHash = query.value(0).isNull() ? QString::fromLatin1(GenesisHash) : query.value(0).toString();
    const qint64 id = query.value(1).toLongLong() + 1;
    query.finish();

    const QString at = nowUtc();
    const QString actorRef = actorId > 0 ? QString::number(actorId) : QString();
    const QString detailsJson = QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
    const QString hash = chainHash(prevHash, canonicalRow(id, at, actorRef, action, objectType, objectId, detailsJson));

    query.prepare(QStringLiteral("INSERT INTO audit_log (id, at, actor_ref, action, object_type, object_id, details_json, "
                                 "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(id);
    query.addBindValue(at);
    query.addBindValue(actorId > 0 ? QVariant(actorId) : QVariant(QMetaType(QMetaType::LongLong)));
    query.addBindValue(action);
    query.addBindValue(objectType);
    query.addBindValue(objectId.isNull() ? QStringLiteral("") : objectId);
    query.addBindValue(detailsJson);
    query.addBindValue(prevHash);
    query.addBindValue(hash);
    if (!query.exec()) {
        return makeError(ErrorCode::Database, tr("Cannot write to the audit log of %1: %2")
                                                  .arg(workspace.databasePath(), query.lastError().text()));
    }
    return id;
}

Result<AuditVerification> AuditLog::verify(store::Workspace &workspace)
{
    QSqlQuery query(workspace.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, at, actor_ref, action, object_type, object_id, details_json, prev_hash, hash "
                                   "FROM audit_log ORDER BY id"))) {
        return makeError(ErrorCode::Database,
                         tr("Cannot read the audit log of %1: %2").arg(workspace.databasePath(), query.lastError().text()));
    }
    AuditVerification result;
    QString expectedPrev = QString::fromLatin1(GenesisHash);
    qint64 expectedId = 1;
    const auto fail = [&result](qint64 id, const QString &problem) {
        result.ok = false;
        result.firstBadId = id;
        result.problem = problem;
    };
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        ++result.rowCount;
        if (id != expectedId) {
            fail(expectedId, id > expectedId ? tr("Audit rows %1 to %2 are missing (deleted).").arg(expectedId).arg(id - 1)
                                             : tr("Audit row %1 is out of sequence.").arg(id));
            return result;
        }
        const QString prevHash = query.value(7).toString();
        if (prevHash != expectedPrev) {
            fail(id, tr("Audit row %1 does not follow the row before it (its previous hash differs): a row before it "
                        "was changed or deleted.").arg(id));
            return result;
        }
        const QString actorRef = query.value(2).isNull() ? QString() : QString::number(query.value(2).toLongLong());
        const QString computed = chainHash(prevHash, canonicalRow(id, query.value(1).toString(), actorRef,
                                                                  query.value(3).toString(), query.value(4).toString(),
                                                                  query.value(5).toString(), query.value(6).toString()));
        if (computed != query.value(8).toString()) {
            fail(id, tr("Audit row %1 was changed after it was written (its hash does not match its content).").arg(id));
            return result;
        }
        expectedPrev = computed;
        result.headHash = computed;
        ++expectedId;
    }
    query.finish();
    // Deleted newest rows leave sqlite_sequence ahead of the last id.
    QSqlQuery seq(workspace.database());
    if (seq.exec(QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'")) && seq.next()) {
        const qint64 highest = seq.value(0).toLongLong();
        if (highest >= expectedId) {
            fail(expectedId, tr("Audit rows %1 to %2 are missing (the newest rows were deleted).").arg(expectedId).arg(highest));
            return result;
        }
    }
    return result;
}

Result<QList<AuditEntry>> AuditLog::list(store::Workspace &workspace, const Session &session, int limit)
{
    if (Result<void> allowed = requireCoordinator(session, tr("read the audit log")); !allowed)
        return allowed.error();
    QSqlQuery query(workspace.database());
    query.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT a.id, a.at, a.actor_ref, u.login, a.action, a.object_type, a.object_id, "
                                 "a.details_json, a.prev_hash, a.hash FROM audit_log a LEFT JOIN users u ON u.id = a.actor_ref");
    if (limit > 0)
        sql = QStringLiteral("SELECT * FROM (%1 ORDER BY a.id DESC LIMIT %2) ORDER BY id").arg(sql).arg(limit);
    else
        sql += QStringLiteral(" ORDER BY a.id");
    if (!query.exec(sql)) {
        return makeError(ErrorCode::Database,
                         tr("Cannot read the audit log of %1: %2").arg(workspace.databasePath(), query.lastError().text()));
    }
    QList<AuditEntry> entries;
    while (query.next()) {
        AuditEntry e;
        e.id = query.value(0).toLongLong();
        e.at = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
        e.actorId = query.value(2).toLongLong();
        e.actorLogin = query.value(3).toString();
        e.action = query.value(4).toString();
        e.objectType = query.value(5).toString();
        e.objectId = query.value(6).toString();
        e.details = QJsonDocument::fromJson(query.value(7).toString().toUtf8()).object();
        e.prevHash = query.value(8).toString();
        e.hash = query.value(9).toString();
        entries.append(e);
    }
    return entries;
}

} // namespace etalon::core::workflow
