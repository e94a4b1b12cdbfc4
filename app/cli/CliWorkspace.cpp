#include "app/cli/Commands.h"
namespace etalon::app::cli {
int runWorkspace(const QStringList &) { return 1; }
int runImport(const QStringList &) { return 1; }
int runList(const QStringList &) { return 1; }
}
