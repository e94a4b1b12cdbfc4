#include "app/cli/CliOutput.h"
#include "app/cli/Commands.h"

namespace etalon::app::cli {

int runRelease(const QStringList &)
{
    err(tr("release: not implemented yet"));
    return 1;
}

int runRegistry(const QStringList &)
{
    err(tr("registry: not implemented yet"));
    return 1;
}

} // namespace etalon::app::cli
