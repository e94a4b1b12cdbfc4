#include "app/cli/CliOutput.h"
#include "app/cli/CliSession.h"
#include "app/cli/Commands.h"

#include "core/dicom/Indexer.h"
#include "core/store/Catalog.h"
#include "core/store/Workspace.h"
#include "core/workflow/Users.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <unistd.h>

using namespace etalon::core;

namespace etalon::app::cli {

namespace {

bool isHelp(const QString &arg)
{
    return arg == QLatin1String("--help") || arg == QLatin1String("-h");
}

void printWorkspaceHelp()
{
    out(tr("Usage: etalon-cli workspace create DIR [--admin LOGIN] [--name \"FULL NAME\"]"));
    out(QString());
    out(tr("Makes a new Etalon workspace in DIR (created if missing): the database %1 (SQLite,\n"
           "write-ahead log, foreign keys, schema version %2) and the managed storage folder %3/.\n"
           "Refuses a folder that already holds a workspace.\n"
           "\n"
           "The workspace starts with one coordinator account, LOGIN (default admin), whose password\n"
           "comes from the environment variable ETALON_PASSWORD or is asked for twice at the terminal\n"
           "(at least %4 characters). The coordinator then adds readers and experts with 'etalon-cli user add'.\n"
           "\n"
           "Exit codes: 0 created, 1 could not create (e.g. a workspace already exists), 2 usage error\n"
           "or no password available (nothing is created then).")
            .arg(QString::fromLatin1(store::Workspace::DatabaseFileName))
            .arg(store::Workspace::latestSchemaVersion())
            .arg(QString::fromLatin1(store::Workspace::StorageFolderName))
            .arg(workflow::Users::MinimumPasswordLength));
}

void printImportHelp()
{
    out(tr("Usage: etalon-cli import DIR --from PATH... [--copy] [--json] [--batch-size N]"));
    out(QString());
    out(tr("Indexes DICOM files into the workspace DIR, reading headers only. Each PATH is a file, a\n"
           "folder (searched recursively) or a DICOMDIR (the files it references are imported).\n"
           "Re-importing a file whose SOP Instance UID is already indexed adds nothing. Files that are\n"
           "not DICOM, are corrupt or lack study/series UIDs are listed with the reason and skipped.\n"
           "Objects without pixel data (SR, RT plans) are indexed as non-image instances.\n"
           "\n"
           "Options:\n"
           "  --from PATH...   files, folders or DICOMDIRs to import (may be repeated)\n"
           "  --copy           copy the files into the workspace storage\n"
           "                   (storage/<study uid>/<series uid>/<sop uid>.dcm) instead of referencing them\n"
           "  --batch-size N   instances written per transaction (default 200)\n"
           "  --json           print the summary as JSON:\n"
           "    {\"workspace\": str, \"filesSeen\": int, \"instancesAdded\": int,\n"
           "     \"nonImageInstancesAdded\": int, \"instancesAlreadyPresent\": int,\n"
           "     \"studiesAdded\": int, \"seriesAdded\": int, \"cancelled\": bool,\n"
           "     \"problems\": [{\"path\": str, \"reason\": str}]}\n"
           "\n"
           "Exit codes: 0 when something was imported or everything was already present,\n"
           "1 when nothing could be imported (or the workspace cannot be written), 2 usage error."));
}

void printListHelp()
{
    out(tr("Usage: etalon-cli list DIR [--json]"));
    out(QString());
    out(tr("Prints the studies and series indexed in the workspace DIR with their counts.\n"
           "\n"
           "With --json the output is one object (keys are stable; absent values are null):\n"
           "  {\"workspace\": str, \"schemaVersion\": int, \"studyCount\": int, \"seriesCount\": int,\n"
           "   \"instanceCount\": int,\n"
           "   \"studies\": [{\"studyInstanceUid\": str, \"patientId\": str, \"patientName\": str,\n"
           "     \"patientSex\": str, \"patientAgeYears\": int|null, \"studyDate\": \"YYYYMMDD\",\n"
           "     \"studyDescription\": str, \"accessionNumber\": str, \"modalities\": [str],\n"
           "     \"seriesCount\": int, \"instanceCount\": int,\n"
           "     \"series\": [{\"seriesInstanceUid\": str, \"seriesNumber\": int, \"modality\": str,\n"
           "       \"description\": str, \"bodyPartExamined\": str, \"manufacturer\": str,\n"
           "       \"manufacturerModelName\": str, \"convolutionKernel\": str, \"kvp\": num|null,\n"
           "       \"sliceThickness\": num|null, \"pixelSpacing\": [row, column]|null,\n"
           "       \"rows\": int, \"columns\": int, \"instanceCount\": int,\n"
           "       \"imageInstanceCount\": int, \"frameCount\": int}]}]}\n"
           "Studies are ordered by patient name, patient id, study date; series by series number.\n"
           "The text output gives each series' size as ROWSxCOLUMNS.\n"
           "frameCount sums the frames of the image instances (the slices of the volume).\n"
           "\n"
           "Exit codes: 0 listed, 1 the workspace cannot be opened or read, 2 usage error."));
}

QJsonValue jsonNumber(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QString optionalText(const std::optional<double> &v)
{
    return v ? QString::number(*v) : QStringLiteral("-");
}

} // namespace

int runWorkspace(const QStringList &args)
{
    const ParsedArgs p = parseArgs(args, {QStringLiteral("--admin"), QStringLiteral("--name")}, {});
    if (p.help) {
        printWorkspaceHelp();
        return 0;
    }
    if (!p.error.isEmpty() || p.positional.size() != 2 || p.positional.first() != QLatin1String("create")) {
        err(tr("Usage: etalon-cli workspace create DIR [--admin LOGIN]   (see etalon-cli workspace --help)"));
        return 2;
    }
    const QString dir = p.positional.at(1);
    workflow::NewUser admin;
    admin.login = p.has(QStringLiteral("--admin")) ? p.value(QStringLiteral("--admin")) : QStringLiteral("admin");
    admin.fullName = p.has(QStringLiteral("--name")) ? p.value(QStringLiteral("--name")) : admin.login;
    admin.role = workflow::Role::Coordinator;
    if (store::Workspace::exists(dir)) {
        err(tr("Cannot create the workspace: %1 already holds an Etalon workspace; open it instead, or choose another folder.")
                .arg(QDir::toNativeSeparators(dir)));
        return 1;
    }
    // Everything about the first account is checked before anything is written.
    const std::optional<QString> password =
        readPassword("ETALON_PASSWORD", tr("Password for the coordinator %1: ").arg(admin.login), true);
    if (!password)
        return 2;
    admin.password = *password;
    if (const Result<void> valid = workflow::Users::validate(admin); !valid) {
        err(tr("Cannot create the workspace: %1").arg(valid.error().message));
        return 2;
    }
    Result<std::unique_ptr<store::Workspace>> workspace = store::Workspace::create(dir);
    if (!workspace) {
        err(tr("Cannot create the workspace: %1").arg(workspace.error().message));
        return 1;
    }
    const Result<workflow::Session> coordinator = workflow::Users::createFirstCoordinator(**workspace, admin);
    if (!coordinator) {
        err(tr("The workspace %1 was created, but not its coordinator account: %2\n"
               "Add it with: etalon-cli user add %1 --login LOGIN --name NAME --role coordinator")
                .arg(QDir::toNativeSeparators((*workspace)->directory()), coordinator.error().message));
        return 1;
    }
    out(tr("Created workspace %1 (database %2, storage %3).")
            .arg(QDir::toNativeSeparators((*workspace)->directory()),
                 QDir::toNativeSeparators((*workspace)->databasePath()),
                 QDir::toNativeSeparators((*workspace)->storageDirectory())));
    out(tr("Coordinator account: %1.").arg(admin.login));
    return 0;
}

int runImport(const QStringList &args)
{
    QString dir;
    QStringList from;
    bool copy = false;
    bool json = false;
    int batchSize = 200;
    bool inFrom = false;
    for (int i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (isHelp(arg)) {
            printImportHelp();
            return 0;
        }
        if (arg == QLatin1String("--from")) {
            inFrom = true;
        } else if (arg == QLatin1String("--copy")) {
            copy = true;
            inFrom = false;
        } else if (arg == QLatin1String("--json")) {
            json = true;
            inFrom = false;
        } else if (arg == QLatin1String("--batch-size")) {
            bool ok = false;
            batchSize = i + 1 < args.size() ? args.at(i + 1).toInt(&ok) : 0;
            if (!ok || batchSize < 1) {
                err(tr("--batch-size needs a positive number."));
                return 2;
            }
            ++i;
            inFrom = false;
        } else if (arg.startsWith(QLatin1String("--"))) {
            err(tr("Unknown option '%1' (see etalon-cli import --help).").arg(arg));
            return 2;
        } else if (inFrom) {
            from.append(arg);
        } else if (dir.isEmpty()) {
            dir = arg;
        } else {
            err(tr("Unexpected argument '%1'; put the paths to import after --from.").arg(arg));
            return 2;
        }
    }
    if (dir.isEmpty() || from.isEmpty()) {
        err(tr("Usage: etalon-cli import DIR --from PATH... [--copy] [--json]   (see etalon-cli import --help)"));
        return 2;
    }

    Result<std::unique_ptr<store::Workspace>> workspace = store::Workspace::open(dir);
    if (!workspace) {
        err(tr("Cannot open the workspace: %1").arg(workspace.error().message));
        return 1;
    }

    dicom::Indexer::Options options;
    options.copyIntoStorage = copy;
    options.batchSize = batchSize;
    QElapsedTimer sinceReport;
    sinceReport.start();
    if (isatty(fileno(stderr))) {
        options.progress = [&sinceReport](int done, int total) {
            if (sinceReport.elapsed() >= 1000 || done == total) {
                err(tr("Imported %1 of %2 files...").arg(done).arg(total));
                sinceReport.restart();
            }
            return true;
        };
    }
    dicom::Indexer indexer(**workspace);
    const Result<dicom::ImportReport> result = indexer.importPaths(from, options);
    if (!result) {
        err(tr("The import failed: %1").arg(result.error().message));
        return 1;
    }
    const dicom::ImportReport &report = *result;
    const bool somethingThere = report.instancesAdded > 0 || report.instancesAlreadyPresent > 0;

    if (json) {
        QJsonArray problems;
        for (const dicom::ImportProblem &p : report.problems)
            problems.append(QJsonObject{{QStringLiteral("path"), p.path}, {QStringLiteral("reason"), p.reason}});
        const QJsonObject object{
            {QStringLiteral("workspace"), (*workspace)->directory()},
            {QStringLiteral("filesSeen"), report.filesSeen},
            {QStringLiteral("instancesAdded"), report.instancesAdded},
            {QStringLiteral("nonImageInstancesAdded"), report.nonImageInstancesAdded},
            {QStringLiteral("instancesAlreadyPresent"), report.instancesAlreadyPresent},
            {QStringLiteral("studiesAdded"), report.studiesAdded},
            {QStringLiteral("seriesAdded"), report.seriesAdded},
            {QStringLiteral("cancelled"), report.cancelled},
            {QStringLiteral("problems"), problems},
        };
        out(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)).trimmed());
    } else {
        out(tr("Import into %1").arg(QDir::toNativeSeparators((*workspace)->directory())));
        out(tr("  files seen:       %1").arg(report.filesSeen));
        out(tr("  instances added:  %1 (%2 without pixel data)").arg(report.instancesAdded).arg(report.nonImageInstancesAdded));
        out(tr("  already present:  %1").arg(report.instancesAlreadyPresent));
        out(tr("  studies added:    %1").arg(report.studiesAdded));
        out(tr("  series added:     %1").arg(report.seriesAdded));
        out(tr("  problems:         %1").arg(report.problems.size()));
        for (const dicom::ImportProblem &p : report.problems)
            out(QStringLiteral("    %1: %2").arg(QDir::toNativeSeparators(p.path), p.reason));
    }
    if (!somethingThere) {
        err(report.filesSeen == 0 ? tr("Nothing was imported: no files found in %1.").arg(from.join(QStringLiteral(", ")))
                                  : tr("Nothing could be imported: none of the %1 files is a usable DICOM instance.")
                                        .arg(report.filesSeen));
        return 1;
    }
    return 0;
}

int runList(const QStringList &args)
{
    QString dir;
    bool json = false;
    for (const QString &arg : args) {
        if (isHelp(arg)) {
            printListHelp();
            return 0;
        }
        if (arg == QLatin1String("--json")) {
            json = true;
        } else if (arg.startsWith(QLatin1String("--"))) {
            err(tr("Unknown option '%1' (see etalon-cli list --help).").arg(arg));
            return 2;
        } else if (dir.isEmpty()) {
            dir = arg;
        } else {
            err(tr("Unexpected argument '%1'.").arg(arg));
            return 2;
        }
    }
    if (dir.isEmpty()) {
        err(tr("Usage: etalon-cli list DIR [--json]   (see etalon-cli list --help)"));
        return 2;
    }
    Result<std::unique_ptr<store::Workspace>> workspace = store::Workspace::open(dir);
    if (!workspace) {
        err(tr("Cannot open the workspace: %1").arg(workspace.error().message));
        return 1;
    }
    const store::Catalog catalog(**workspace);
    const Result<QList<store::StudySummary>> studies = catalog.studies();
    if (!studies) {
        err(studies.error().message);
        return 1;
    }

    QJsonArray jsonStudies;
    int seriesTotal = 0;
    int instanceTotal = 0;
    if (!json)
        out(tr("Workspace %1").arg(QDir::toNativeSeparators((*workspace)->directory())));
    for (const store::StudySummary &study : *studies) {
        const Result<QList<store::SeriesSummary>> series = catalog.series(study.studyInstanceUid);
        if (!series) {
            err(series.error().message);
            return 1;
        }
        seriesTotal += study.seriesCount;
        instanceTotal += study.instanceCount;
        if (json) {
            QJsonArray jsonSeries;
            for (const store::SeriesSummary &s : *series) {
                QJsonValue spacing(QJsonValue::Null);
                if (s.pixelSpacing)
                    spacing = QJsonArray{(*s.pixelSpacing)[0], (*s.pixelSpacing)[1]};
                jsonSeries.append(QJsonObject{
                    {QStringLiteral("seriesInstanceUid"), s.seriesInstanceUid},
                    {QStringLiteral("seriesNumber"), s.seriesNumber},
                    {QStringLiteral("modality"), s.modality},
                    {QStringLiteral("description"), s.description},
                    {QStringLiteral("bodyPartExamined"), s.bodyPartExamined},
                    {QStringLiteral("manufacturer"), s.manufacturer},
                    {QStringLiteral("manufacturerModelName"), s.manufacturerModelName},
                    {QStringLiteral("convolutionKernel"), s.convolutionKernel},
                    {QStringLiteral("kvp"), jsonNumber(s.kvp)},
                    {QStringLiteral("sliceThickness"), jsonNumber(s.sliceThickness)},
                    {QStringLiteral("pixelSpacing"), spacing},
                    {QStringLiteral("rows"), s.rows},
                    {QStringLiteral("columns"), s.columns},
                    {QStringLiteral("instanceCount"), s.instanceCount},
                    {QStringLiteral("imageInstanceCount"), s.imageInstanceCount},
                    {QStringLiteral("frameCount"), s.frameCount},
                });
            }
            jsonStudies.append(QJsonObject{
                {QStringLiteral("studyInstanceUid"), study.studyInstanceUid},
                {QStringLiteral("patientId"), study.patientId},
                {QStringLiteral("patientName"), study.patientName},
                {QStringLiteral("patientSex"), study.patientSex},
                {QStringLiteral("patientAgeYears"),
                 study.patientAgeYears ? QJsonValue(*study.patientAgeYears) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("studyDate"), study.studyDate},
                {QStringLiteral("studyDescription"), study.studyDescription},
                {QStringLiteral("accessionNumber"), study.accessionNumber},
                {QStringLiteral("modalities"), QJsonArray::fromStringList(study.modalities)},
                {QStringLiteral("seriesCount"), study.seriesCount},
                {QStringLiteral("instanceCount"), study.instanceCount},
                {QStringLiteral("series"), jsonSeries},
            });
            continue;
        }
        out(QString());
        out(tr("Patient %1 (ID %2)  study %3  %4  [%5]  %6 series, %7 instances")
                .arg(study.patientName.isEmpty() ? tr("(no name)") : study.patientName,
                     study.patientId.isEmpty() ? QStringLiteral("-") : study.patientId,
                     study.studyDate.isEmpty() ? QStringLiteral("-") : study.studyDate,
                     study.studyDescription.isEmpty() ? QStringLiteral("-") : study.studyDescription,
                     study.modalities.join(QStringLiteral(", ")))
                .arg(study.seriesCount)
                .arg(study.instanceCount));
        out(tr("  study UID %1").arg(study.studyInstanceUid));
        for (const store::SeriesSummary &s : *series) {
            out(tr("  #%1 %2 \"%3\"  %4x%5  %6 instances, %7 frames  kVp %8, thickness %9 mm")
                    .arg(s.seriesNumber)
                    .arg(s.modality, s.description)
                    .arg(s.rows)
                    .arg(s.columns)
                    .arg(s.instanceCount)
                    .arg(s.frameCount)
                    .arg(optionalText(s.kvp), optionalText(s.sliceThickness)));
            out(tr("     series UID %1").arg(s.seriesInstanceUid));
        }
    }
    if (json) {
        const QJsonObject object{
            {QStringLiteral("workspace"), (*workspace)->directory()},
            {QStringLiteral("schemaVersion"), (*workspace)->schemaVersion()},
            {QStringLiteral("studyCount"), int(studies->size())},
            {QStringLiteral("seriesCount"), seriesTotal},
            {QStringLiteral("instanceCount"), instanceTotal},
            {QStringLiteral("studies"), jsonStudies},
        };
        out(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)).trimmed());
    } else {
        out(QString());
        out(tr("%1 studies, %2 series, %3 instances").arg(studies->size()).arg(seriesTotal).arg(instanceTotal));
    }
    return 0;
}

} // namespace etalon::app::cli
