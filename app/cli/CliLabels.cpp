#include "app/cli/CliOutput.h"
#include "app/cli/Commands.h"

namespace etalon::app::cli {

int runLabels(const QStringList &)
{
    err(tr("labels: not implemented yet"));
    return 1;
}

} // namespace etalon::app::cli
