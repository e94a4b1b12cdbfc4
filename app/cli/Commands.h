#pragma once

#include <QStringList>

/// Each etalon-cli command takes its arguments (after the command words) and returns the
/// process exit code. Exit codes: 0 success, 1 failure of the operation, 2 usage error.
namespace etalon::app::cli {

int runWorkspace(const QStringList &args); ///< workspace create DIR
int runImport(const QStringList &args);    ///< import DIR --from PATH...
int runList(const QStringList &args);      ///< list DIR [--json]
int runProbe(const QStringList &args);     ///< probe PATH... [--json]
int runConvert(const QStringList &args);   ///< convert PATH... --output FILE.nii[.gz]

} // namespace etalon::app::cli
