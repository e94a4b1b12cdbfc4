#include "app/cli/CliOutput.h"
#include "app/cli/Commands.h"
#include "app/i18n/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>

#include <unistd.h>

#include <memory>

#include <functional>

namespace etalon::app::cli {
namespace {

struct Command {
    const char *name;
    const char *summary;
    std::function<int(const QStringList &)> run;
};

const QList<Command> &commands()
{
    static const QList<Command> list{
        {"workspace", QT_TRANSLATE_NOOP("etalon::app::cli", "workspace create DIR    make a new workspace (database + storage)"), runWorkspace},
        {"import", QT_TRANSLATE_NOOP("etalon::app::cli", "import DIR --from PATH... index DICOM files, folders and DICOMDIRs"), runImport},
        {"list", QT_TRANSLATE_NOOP("etalon::app::cli", "list DIR [--json]       studies and series of a workspace"), runList},
        {"probe", QT_TRANSLATE_NOOP("etalon::app::cli", "probe PATH... [--json]  decode files or series and describe them"), runProbe},
        {"convert", QT_TRANSLATE_NOOP("etalon::app::cli", "convert PATH... --output FILE.nii[.gz]  write a series as NIfTI"), runConvert},
        {"user", QT_TRANSLATE_NOOP("etalon::app::cli", "user add|list|deactivate DIR --user LOGIN ...  accounts (coordinators)"), runUser},
        {"dataset", QT_TRANSLATE_NOOP("etalon::app::cli", "dataset create|list|show|add-studies|withdraw|schemas ...  datasets and label schemas"), runDataset},
        {"audit", QT_TRANSLATE_NOOP("etalon::app::cli", "audit verify|list DIR ...  check or read the hash-chained audit log"), runAudit},
        {"assign", QT_TRANSLATE_NOOP("etalon::app::cli", "assign DIR --user C --dataset CODE  two distinct readers per study (coordinators)"), runAssign},
        {"worklist", QT_TRANSLATE_NOOP("etalon::app::cli", "worklist DIR --user LOGIN [--state S]  your own readings"), runWorklist},
        {"reading", QT_TRANSLATE_NOOP("etalon::app::cli", "reading start|show|set-class|add-finding|paint|submit|reopen ...  read a study"), runReading},
        {"disputes", QT_TRANSLATE_NOOP("etalon::app::cli", "disputes DIR --user LOGIN --dataset CODE  disputed studies (coordinator, expert)"), runDisputes},
        {"arbitrate", QT_TRANSLATE_NOOP("etalon::app::cli", "arbitrate [show|start|assign] DIR --user LOGIN --dispute ID ...  expert decisions"), runArbitrate},
        {"status", QT_TRANSLATE_NOOP("etalon::app::cli", "status DIR --user LOGIN --dataset CODE [--json]  a dataset's reading figures"), runStatus},
        {"stats", QT_TRANSLATE_NOOP("etalon::app::cli", "stats DIR --user LOGIN --dataset CODE [--json]  a dataset's agreement statistics"), runStats},
        {"labels", QT_TRANSLATE_NOOP("etalon::app::cli", "labels list|correct DIR --user LOGIN --dataset CODE ...  final labels and their corrections"), runLabels},
        {"release", QT_TRANSLATE_NOOP("etalon::app::cli", "release propose|create|list|show|diff|documentation|verify ...  versioned release bundles"), runRelease},
        {"registry", QT_TRANSLATE_NOOP("etalon::app::cli", "registry DIR --user LOGIN [--json]  every dataset's released versions"), runRegistry},
    };
    return list;
}

void printUsage()
{
    out(tr("Usage: etalon-cli COMMAND [ARGS...]   (etalon-cli COMMAND --help for details)"));
    out(QString());
    out(tr("Commands:"));
    for (const Command &c : commands())
        out(QStringLiteral("  ") + tr(c.summary));
    out(QString());
    out(tr("Commands acting as a user take --user LOGIN; the password comes from ETALON_PASSWORD or a prompt.\n"
           "Exit codes: 0 ok, 1 failure, 2 usage error, 3 authentication failed, 4 permission denied."));
}

} // namespace
} // namespace etalon::app::cli

using namespace etalon::app;
using namespace etalon::app::cli;

int main(int argc, char **argv)
{
    // A release renders README.pdf: fonts need a QGuiApplication, which runs without a display
    // on the offscreen platform. Every other command stays a plain QCoreApplication.
    const bool needsGui = argc > 1 && qstrcmp(argv[1], "release") == 0;
    if (needsGui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (needsGui && qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        // Without a login session (cron, CI, ssh as root) Qt would warn about the missing
        // runtime folder on every run: give it a private one.
        const QByteArray runtime = QDir::tempPath().toLocal8Bit() + "/etalon-runtime-" + QByteArray::number(uint(getuid()));
        if (QDir().mkpath(QString::fromLocal8Bit(runtime))) {
            QFile::setPermissions(QString::fromLocal8Bit(runtime), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            qputenv("XDG_RUNTIME_DIR", runtime);
        }
    }
    std::unique_ptr<QCoreApplication> application(needsGui ? new QGuiApplication(argc, argv) : new QCoreApplication(argc, argv));
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("etalon-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Etalon"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ETALON_VERSION));
    installTranslations(qEnvironmentVariable("ETALON_LANG"));

    QStringList args = app.arguments().mid(1);
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")) {
        printUsage();
        return args.isEmpty() ? 2 : 0;
    }
    if (args.first() == QLatin1String("--version")) {
        out(QStringLiteral("etalon-cli ") + QCoreApplication::applicationVersion());
        return 0;
    }
    const QString name = args.takeFirst();
    for (const Command &c : commands()) {
        if (name == QLatin1String(c.name))
            return c.run(args);
    }
    err(QCoreApplication::translate("etalon::app::cli", "Unknown command '%1'.").arg(name));
    printUsage();
    return 2;
}
