#pragma once

#include <QStringList>

/// Each etalon-cli command takes its arguments (after the command words) and returns the
/// process exit code. Exit codes: 0 success, 1 failure of the operation, 2 usage error,
/// 3 authentication failed, 4 permission denied (see CliSession.h); the reading commands also
/// 5 not allowed in the object's current state (e.g. a submitted reading).
namespace etalon::app::cli {

int runWorkspace(const QStringList &args); ///< workspace create DIR
int runImport(const QStringList &args);    ///< import DIR --from PATH...
int runList(const QStringList &args);      ///< list DIR [--json]
int runProbe(const QStringList &args);     ///< probe PATH... [--json]
int runConvert(const QStringList &args);   ///< convert PATH... --output FILE.nii[.gz]
int runUser(const QStringList &args);      ///< user add|list|deactivate DIR --user LOGIN ...
int runDataset(const QStringList &args);   ///< dataset create|list|show|add-studies|schemas ...
int runAudit(const QStringList &args);     ///< audit verify|list DIR ...
int runAssign(const QStringList &args);    ///< assign DIR --user C --dataset CODE [--readers L1,L2,...]
int runWorklist(const QStringList &args);  ///< worklist DIR --user R [--state S] [--json]
int runReading(const QStringList &args);   ///< reading start|show|set-class|add-finding|... DIR --user U --reading ID
int runDisputes(const QStringList &args);  ///< disputes DIR --user LOGIN --dataset CODE [--json]
int runArbitrate(const QStringList &args); ///< arbitrate [show|start|assign] DIR --user LOGIN --dispute ID ...
int runStatus(const QStringList &args);    ///< status DIR --user COORDINATOR --dataset CODE [--json]
int runStats(const QStringList &args);     ///< stats DIR --user COORDINATOR --dataset CODE [--json]
int runLabels(const QStringList &args);    ///< labels list|correct DIR --user COORDINATOR --dataset CODE ...
int runRelease(const QStringList &args);   ///< release propose|create|list|show|diff DIR ... ; release verify BUNDLE
int runRegistry(const QStringList &args);  ///< registry DIR --user COORDINATOR [--csv|--json]

} // namespace etalon::app::cli
