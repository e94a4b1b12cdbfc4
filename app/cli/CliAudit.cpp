#include "app/cli/CliOutput.h"
#include "app/cli/CliSession.h"
#include "app/cli/Commands.h"

#include "core/workflow/AuditLog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace etalon::core;
using namespace etalon::core::workflow;

namespace etalon::app::cli {

namespace {

void printAuditHelp()
{
    out(tr("Usage: etalon-cli audit verify DIR [--json]\n"
           "       etalon-cli audit list DIR --user LOGIN [--limit N] [--json]"));
    out(QString());
    out(tr("The workspace's audit log records every state change (accounts, datasets, assignments,\n"
           "readings, arbitrations). It is append-only and hash-chained: each row's hash is SHA-256 of\n"
           "the previous row's hash and the row's content.\n"
           "\n"
           "verify: recomputes the chain and names the first row that was changed or deleted. Needs no\n"
           "  account. Prints the head hash: keep it elsewhere to detect a chain rewritten from scratch.\n"
           "  JSON: {\"ok\": bool, \"rows\": int, \"headHash\": str, \"firstBadRow\": int|null, \"problem\": str}\n"
           "list: the entries, oldest first (coordinators only); --limit N shows the newest N.\n"
           "  JSON: [{\"id\", \"at\", \"actor\" (login, null for the system), \"action\", \"objectType\",\n"
           "  \"objectId\", \"details\": {...}, \"hash\"}]\n"
           "\n"
           "Options:\n")
        + signInHelp());
    out(tr("Exit codes: verify 0 the chain is intact, 1 it is broken (the row is named) or unreadable;\n"
           "list 0 listed, 1 failed; 2 usage error or no password, 3 authentication failed,\n"
           "4 permission denied."));
}

int auditVerify(const ParsedArgs &p)
{
    if (p.positional.size() != 2) {
        err(tr("Usage: etalon-cli audit verify DIR [--json]"));
        return ExitUsage;
    }
    Result<std::unique_ptr<store::Workspace>> workspace = store::Workspace::open(p.positional.at(1));
    if (!workspace) {
        err(tr("Cannot open the workspace: %1").arg(workspace.error().message));
        return ExitFailure;
    }
    const Result<AuditVerification> v = AuditLog::verify(**workspace);
    if (!v) {
        err(v.error().message);
        return ExitFailure;
    }
    if (p.has(QStringLiteral("--json"))) {
        const QJsonObject object{{QStringLiteral("ok"), v->ok},
                                 {QStringLiteral("rows"), v->rowCount},
                                 {QStringLiteral("headHash"), v->headHash},
                                 {QStringLiteral("firstBadRow"), v->firstBadId ? QJsonValue(*v->firstBadId) : QJsonValue(QJsonValue::Null)},
                                 {QStringLiteral("problem"), v->problem}};
        out(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)).trimmed());
    } else if (v->ok) {
        out(tr("The audit log of %1 is intact: %2 rows, head hash %3.")
                .arg((*workspace)->directory())
                .arg(v->rowCount)
                .arg(v->headHash.isEmpty() ? QStringLiteral("-") : v->headHash));
    }
    if (!v->ok) {
        err(tr("The audit log of %1 has been tampered with: %2").arg((*workspace)->directory(), v->problem));
        return ExitFailure;
    }
    return ExitOk;
}

int auditList(const ParsedArgs &p)
{
    if (p.positional.size() != 2) {
        err(tr("Usage: etalon-cli audit list DIR --user LOGIN [--limit N] [--json]"));
        return ExitUsage;
    }
    bool ok = true;
    const int limit = p.has(QStringLiteral("--limit")) ? p.value(QStringLiteral("--limit")).toInt(&ok) : 0;
    if (!ok || limit < 0) {
        err(tr("--limit needs a positive number."));
        return ExitUsage;
    }
    int code = ExitOk;
    std::optional<SignedIn> signedIn = signIn(p.positional.at(1), p.value(QStringLiteral("--user")), &code);
    if (!signedIn)
        return code;
    const Result<QList<AuditEntry>> entries = AuditLog::list(*signedIn->workspace, *signedIn->session, limit);
    if (!entries) {
        err(entries.error().message);
        return exitCodeFor(entries.error());
    }
    if (p.has(QStringLiteral("--json"))) {
        QJsonArray array;
        for (const AuditEntry &e : *entries) {
            array.append(QJsonObject{{QStringLiteral("id"), e.id},
                                     {QStringLiteral("at"), e.at.toString(Qt::ISODateWithMs)},
                                     {QStringLiteral("actor"), e.actorLogin.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(e.actorLogin)},
                                     {QStringLiteral("action"), e.action},
                                     {QStringLiteral("objectType"), e.objectType},
                                     {QStringLiteral("objectId"), e.objectId},
                                     {QStringLiteral("details"), e.details},
                                     {QStringLiteral("hash"), e.hash}});
        }
        out(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)).trimmed());
        return ExitOk;
    }
    for (const AuditEntry &e : *entries) {
        out(QStringLiteral("%1  %2  %3  %4 %5:%6  %7")
                .arg(e.id, 5)
                .arg(e.at.toString(Qt::ISODate), e.actorLogin.isEmpty() ? tr("(system)") : e.actorLogin, e.action,
                     e.objectType, e.objectId,
                     QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact))));
    }
    return ExitOk;
}

} // namespace

int runAudit(const QStringList &args)
{
    const ParsedArgs p = parseArgs(args, {QStringLiteral("--user"), QStringLiteral("--limit")}, {QStringLiteral("--json")});
    if (p.help) {
        printAuditHelp();
        return ExitOk;
    }
    if (!p.error.isEmpty()) {
        err(p.error + QLatin1Char(' ') + tr("(see etalon-cli audit --help)"));
        return ExitUsage;
    }
    const QString verb = p.positional.value(0);
    if (verb == QLatin1String("verify"))
        return auditVerify(p);
    if (verb == QLatin1String("list"))
        return auditList(p);
    err(tr("Usage: etalon-cli audit verify|list DIR ...   (see etalon-cli audit --help)"));
    return ExitUsage;
}

} // namespace etalon::app::cli
