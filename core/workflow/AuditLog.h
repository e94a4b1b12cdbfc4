#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace etalon::core::store {
class Workspace;
}

namespace etalon::core::workflow {

class Session;

/// One row of the audit log.
struct AuditEntry {
    qint64 id = 0;
    QDateTime at;        ///< UTC
    qint64 actorId = 0;  ///< 0: the system (no signed-in user)
    QString actorLogin;  ///< empty for the system
    QString action;      ///< e.g. "user.add", "dataset.create"
    QString objectType;  ///< e.g. "user", "dataset"
    QString objectId;    ///< the object's stable key (login, dataset code, ...)
    QJsonObject details;
    QString prevHash;
    QString hash;
};

/// Outcome of re-computing the chain.
struct AuditVerification {
    bool ok = true;
    qint64 rowCount = 0;
    QString headHash;            ///< hash of the newest row (record it elsewhere to detect a rewritten chain)
    std::optional<qint64> firstBadId; ///< the first row that does not match (or the first missing id)
    QString problem;             ///< translated description of what is wrong
};

/// The append-only, hash-chained audit log of every state change (docs/reading-workflow.md).
///
/// hash = lowercase hex SHA-256 of (prev_hash + canonical row), where prev_hash is the
/// previous row's hash (64 '0' for the first row) and the canonical row is the fields
/// id, at, actor_ref ("" for NULL), action, object_type, object_id, details_json, each
/// written as "<UTF-8 byte length>:<bytes>\n". details_json is stored as compact JSON with
/// sorted keys, and the canonical form uses the stored text, so verification never
/// re-serialises. Triggers refuse UPDATE and DELETE; verify() detects edits made around
/// them (a changed field, a deleted row, deleted newest rows via sqlite_sequence). A chain
/// rewritten from some row on is only detected against a head hash recorded elsewhere.
class AuditLog {
    Q_DECLARE_TR_FUNCTIONS(etalon::core::workflow::AuditLog)

public:
    static constexpr const char *GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    /// Appends a row. Must run inside the caller's write transaction (WriteTransaction),
    /// together with the change it records, so the two commit or roll back together.
    /// actorId 0 records the system. Returns the new row's id.
    static Result<qint64> append(store::Workspace &workspace, qint64 actorId, const QString &action,
                                 const QString &objectType, const QString &objectId,
                                 const QJsonObject &details = {});

    /// Recomputes the whole chain. An error only when the database cannot be read.
    static Result<AuditVerification> verify(store::Workspace &workspace);

    /// The log, oldest first (coordinators only: it names every reader's actions).
    /// limit 0 = all; otherwise the newest `limit` rows.
    static Result<QList<AuditEntry>> list(store::Workspace &workspace, const Session &session, int limit = 0);

    /// The canonical serialisation hashed for a row (exposed for tests and external checkers).
    static QByteArray canonicalRow(qint64 id, const QString &at, const QString &actorRef, const QString &action,
                                   const QString &objectType, const QString &objectId, const QString &detailsJson);
    static QString chainHash(const QString &prevHash, const QByteArray &canonical);
};

} // namespace etalon::core::workflow
