#include "app/cli/CliOutput.h"
#include "app/cli/CliSession.h"
#include "app/cli/Commands.h"

#include "core/export/BundleDocuments.h"
#include "core/export/ReleaseBuilder.h"
#include "core/workflow/ReleaseDocumentation.h"
#include "core/workflow/Releases.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace etalon::core;
using namespace etalon::core::release;
using namespace etalon::core::workflow;

namespace etalon::app::cli {

namespace {

void printReleaseHelp()
{
    out(tr("Usage:\n"
           "  etalon-cli release propose DIR --user COORDINATOR --dataset CODE [--json]\n"
           "  etalon-cli release create DIR --user COORDINATOR --dataset CODE --output FOLDER\n"
           "             [--version X.Y.Z] [--note TEXT]... [--zip] [--allow-burned-in] [--json]\n"
           "  etalon-cli release list DIR --user COORDINATOR [--dataset CODE] [--json]\n"
           "  etalon-cli release show DIR --user COORDINATOR --dataset CODE --version X.Y.Z [--json]\n"
           "  etalon-cli release diff DIR V1 V2 --user COORDINATOR --dataset CODE [--json]\n"
           "  etalon-cli release documentation DIR --user COORDINATOR --dataset CODE\n"
           "             [--set FILE.json] [--logo IMAGE | --no-logo] [--dates shift|remove] [--json]\n"
           "  etalon-cli release verify BUNDLE\n"));
    out(tr("Versioned release bundles of a dataset (coordinators).\n"
           "propose: the next version by the methodology's rules (plan, schema or verification principles\n"
           "  changed: MAJOR; data units added, removed or replaced: MINOR; labels corrected or documentation\n"
           "  edited: PATCH) with the change list; the first release is 1.0.0.\n"
           "create: writes FOLDER/CODE_vX.Y.Z: dicom/ (de-identified by the PS3.15 basic profile, UIDs\n"
           "  remapped consistently, dates shifted or removed), masks/ (NIfTI, DICOM SEG, RTSTRUCT), labels.csv,\n"
           "  readings.csv (readers pseudonymised), findings.csv, annotations_coco.json, README.md,\n"
           "  README.pdf, CHANGELOG.md, registry.csv and MANIFEST.sha256, then records the release. The\n"
           "  version defaults to the proposal; a smaller one is refused. --note adds a CHANGELOG line.\n"
           "  Every data unit must have final labels (finish verification or withdraw the study first).\n"
           "list/show: recorded releases; diff: units added, removed and relabelled between two versions.\n"
           "documentation: the README's texts as JSON (--set replaces all of them from a file, so start from\n"
           "  what --json prints; a change makes the next release a PATCH, a change of the labelling or\n"
           "  verification principles a MAJOR); --logo sets the organisation's logo (PNG, JPEG or SVG;\n"
           "  logo.png in the bundle, at the top of the README), --no-logo removes it; --dates chooses how\n"
           "  dates are de-identified (a change makes the next release a PATCH).\n"
           "verify: checks a bundle folder (or a .zip of one) against its MANIFEST.sha256; on exit 1 it lists\n"
           "  the missing, changed and extra files.\n"
           "\n"
           "Options:\n")
        + signInHelp());
    out(tr("Exit codes: 0 done, 1 failed (the message says why), 2 usage error or no password available,\n"
           "3 authentication failed, 4 permission denied."));
}

QJsonArray changesJson(const QList<ReleaseChange> &changes)
{
    QJsonArray array;
    for (const ReleaseChange &c : changes)
        array.append(c.toJson());
    return array;
}

QJsonObject releaseJson(const Release &r)
{
    QJsonArray units;
    for (const ReleaseUnit &u : r.units) {
        units.append(QJsonObject{{QStringLiteral("datasetStudyId"), u.datasetStudyId},
                                 {QStringLiteral("study"), u.studyInstanceUid},
                                 {QStringLiteral("series"), u.seriesInstanceUid},
                                 {QStringLiteral("finalState"), u.finalState},
                                 {QStringLiteral("class"), u.studyClass},
                                 {QStringLiteral("labelsSha256"), u.labelsHash}});
    }
    return QJsonObject{{QStringLiteral("dataset"), r.datasetCode},
                       {QStringLiteral("version"), r.version.toString()},
                       {QStringLiteral("createdAt"), r.createdAt.toString(Qt::ISODate)},
                       {QStringLiteral("createdBy"), r.createdBy},
                       {QStringLiteral("plan"), r.plan},
                       {QStringLiteral("units"), units},
                       {QStringLiteral("changes"), changesJson(r.changes)},
                       {QStringLiteral("manifestSha256"), r.manifestHash},
                       {QStringLiteral("bundleBytes"), double(r.bundleBytes)},
                       {QStringLiteral("registry"), r.registry}};
}

void printJson(const QJsonObject &object)
{
    out(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)).trimmed());
}

void printJson(const QJsonArray &array)
{
    out(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)).trimmed());
}

void printChanges(const QList<ReleaseChange> &changes)
{
    for (const ReleaseChange &c : changes)
        out(QStringLiteral("  [%1] %2").arg(versionBumpName(c.bump), c.description));
}

int usage(const QString &error)
{
    err((error.isEmpty() ? tr("Wrong arguments for 'release'.") : error) + QLatin1Char(' ') +
        tr("(see etalon-cli release --help)"));
    return ExitUsage;
}

int fail(const Error &error)
{
    err(error.message);
    return exitCodeFor(error);
}

std::optional<SemanticVersion> versionArg(const QString &text)
{
    const std::optional<SemanticVersion> v = SemanticVersion::parse(text);
    if (!v)
        err(tr("'%1' is not a version MAJOR.MINOR.PATCH such as 1.2.0.").arg(text));
    return v;
}

int runVerify(const QStringList &positional)
{
    if (positional.size() != 1)
        return usage(tr("Usage: etalon-cli release verify BUNDLE"));
    const Result<ManifestCheck> check = ReleaseBuilder::verify(positional.first());
    if (!check)
        return fail(check.error());
    if (check->ok()) {
        out(tr("%1: all %2 files match MANIFEST.sha256.").arg(positional.first()).arg(check->listed));
        return ExitOk;
    }
    err(tr("%1 does not match its MANIFEST.sha256 (%2 files listed):").arg(positional.first()).arg(check->listed));
    for (const QString &f : check->missing)
        err(tr("  missing: %1").arg(f));
    for (const QString &f : check->changed)
        err(tr("  changed: %1").arg(f));
    for (const QString &f : check->extra)
        err(tr("  not listed: %1").arg(f));
    return ExitFailure;
}

} // namespace

int runRelease(const QStringList &args)
{
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")) {
        printReleaseHelp();
        return args.isEmpty() ? ExitUsage : ExitOk;
    }
    const QString sub = args.first();
    const ParsedArgs p = parseArgs(args.mid(1),
                                   {QStringLiteral("--user"), QStringLiteral("--dataset"), QStringLiteral("--output"),
                                    QStringLiteral("--version"), QStringLiteral("--note"), QStringLiteral("--set"),
                                    QStringLiteral("--dates"), QStringLiteral("--logo")},
                                   {QStringLiteral("--json"), QStringLiteral("--zip"), QStringLiteral("--allow-burned-in"),
                                    QStringLiteral("--no-logo")});
    if (p.help) {
        printReleaseHelp();
        return ExitOk;
    }
    if (!p.error.isEmpty())
        return usage(p.error);
    if (sub == QLatin1String("verify"))
        return runVerify(p.positional);
    static const QStringList known{QStringLiteral("propose"), QStringLiteral("create"), QStringLiteral("list"),
                                   QStringLiteral("show"), QStringLiteral("diff"), QStringLiteral("documentation")};
    if (!known.contains(sub))
        return usage(tr("Unknown release command '%1'.").arg(sub));
    const int positionalCount = sub == QLatin1String("diff") ? 3 : 1;
    if (p.positional.size() != positionalCount)
        return usage(sub == QLatin1String("diff") ? tr("Usage: etalon-cli release diff DIR V1 V2 --user COORDINATOR --dataset CODE")
                                                  : tr("Give the workspace folder DIR once."));
    const QString dataset = p.value(QStringLiteral("--dataset"));
    if (dataset.isEmpty() && sub != QLatin1String("list"))
        return usage(tr("--dataset CODE is required."));
    const bool json = p.has(QStringLiteral("--json"));
    int code = ExitOk;
    std::optional<SignedIn> signedIn = signIn(p.positional.at(0), p.value(QStringLiteral("--user")), &code);
    if (!signedIn)
        return code;
    store::Workspace &workspace = *signedIn->workspace;
    const Session &session = *signedIn->session;

    if (sub == QLatin1String("propose")) {
        const Result<ReleaseProposal> proposal = Releases::proposeNextVersion(workspace, session, dataset);
        if (!proposal)
            return fail(proposal.error());
        if (json) {
            printJson(QJsonObject{
                {QStringLiteral("dataset"), proposal->datasetCode},
                {QStringLiteral("lastVersion"), proposal->lastVersion ? QJsonValue(proposal->lastVersion->toString())
                                                                      : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("proposed"), proposal->proposed.toString()},
                {QStringLiteral("bump"), versionBumpName(proposal->bump)},
                {QStringLiteral("releaseNeeded"), proposal->releaseNeeded},
                {QStringLiteral("units"), proposal->unitCount},
                {QStringLiteral("unitsWithoutFinalLabels"), proposal->unitsWithoutFinalLabels},
                {QStringLiteral("changes"), changesJson(proposal->changes)},
                {QStringLiteral("summary"), proposal->summary}});
            return ExitOk;
        }
        out(proposal->summary);
        out(tr("Data units: %1, of which %2 without final labels.").arg(proposal->unitCount).arg(proposal->unitsWithoutFinalLabels));
        printChanges(proposal->changes);
        return ExitOk;
    }
    if (sub == QLatin1String("create")) {
        if (p.value(QStringLiteral("--output")).isEmpty())
            return usage(tr("--output FOLDER is required: the bundle folder is written inside it."));
        ReleaseBuildOptions options;
        options.outputFolder = p.value(QStringLiteral("--output"));
        if (p.has(QStringLiteral("--version"))) {
            options.version = versionArg(p.value(QStringLiteral("--version")));
            if (!options.version)
                return ExitUsage;
        }
        options.notes = p.values.value(QStringLiteral("--note"));
        options.zip = p.has(QStringLiteral("--zip"));
        options.allowBurnedInAnnotation = p.has(QStringLiteral("--allow-burned-in"));
        if (!json) {
            options.progress = [](int done, int total, const QString &what) {
                err(QStringLiteral("[%1/%2] %3").arg(done).arg(total).arg(what));
                return true;
            };
        }
        const Result<ReleaseBuildReport> report = ReleaseBuilder::build(workspace, session, dataset, options);
        if (!report)
            return fail(report.error());
        if (json) {
            printJson(QJsonObject{{QStringLiteral("release"), releaseJson(report->release)},
                                  {QStringLiteral("bundle"), report->bundlePath},
                                  {QStringLiteral("zip"), report->zipPath},
                                  {QStringLiteral("files"), report->files},
                                  {QStringLiteral("bytes"), double(report->bytes)},
                                  {QStringLiteral("units"), report->units},
                                  {QStringLiteral("releasedUnits"), report->releasedUnits},
                                  {QStringLiteral("warnings"), QJsonArray::fromStringList(report->warnings)}});
            return ExitOk;
        }
        out(tr("Released %1 %2: %3 (%4 files, %5; %6 of %7 data units with images and labels).")
                .arg(dataset, report->release.version.toString(), report->bundlePath)
                .arg(report->files)
                .arg(QLocale::c().formattedDataSize(report->bytes))
                .arg(report->releasedUnits)
                .arg(report->units));
        if (!report->zipPath.isEmpty())
            out(tr("Zip archive: %1").arg(report->zipPath));
        out(tr("Manifest SHA-256: %1").arg(report->release.manifestHash));
        for (const QString &w : report->warnings)
            err(tr("warning: %1").arg(w));
        return ExitOk;
    }
    if (sub == QLatin1String("list")) {
        const Result<QList<Release>> releases = Releases::list(workspace, session, dataset);
        if (!releases)
            return fail(releases.error());
        if (json) {
            QJsonArray array;
            for (const Release &r : *releases)
                array.append(releaseJson(r));
            printJson(array);
            return ExitOk;
        }
        if (releases->isEmpty())
            out(tr("No releases yet."));
        for (const Release &r : *releases) {
            out(tr("%1 %2  %3 by %4, %5 units, %6 changes, manifest %7")
                    .arg(r.datasetCode, r.version.toString(), r.createdAt.toString(Qt::ISODate), r.createdBy)
                    .arg(r.units.size())
                    .arg(r.changes.size())
                    .arg(r.manifestHash.isEmpty() ? tr("not written") : r.manifestHash.left(16)));
        }
        return ExitOk;
    }
    if (sub == QLatin1String("show")) {
        const std::optional<SemanticVersion> version = versionArg(p.value(QStringLiteral("--version")));
        if (!version)
            return ExitUsage;
        const Result<Release> r = Releases::show(workspace, session, dataset, *version);
        if (!r)
            return fail(r.error());
        if (json) {
            printJson(releaseJson(*r));
            return ExitOk;
        }
        out(tr("%1 %2, released %3 by %4").arg(r->datasetCode, r->version.toString(), r->createdAt.toString(Qt::ISODate), r->createdBy));
        out(tr("Data units: %1; manifest SHA-256: %2").arg(r->units.size()).arg(r->manifestHash));
        printChanges(r->changes);
        return ExitOk;
    }
    if (sub == QLatin1String("diff")) {
        const std::optional<SemanticVersion> v1 = versionArg(p.positional.at(1));
        const std::optional<SemanticVersion> v2 = versionArg(p.positional.at(2));
        if (!v1 || !v2)
            return ExitUsage;
        const Result<ReleaseDiff> d = Releases::diff(workspace, session, dataset, *v1, *v2);
        if (!d)
            return fail(d.error());
        if (json) {
            printJson(QJsonObject{{QStringLiteral("from"), d->from.toString()},
                                  {QStringLiteral("to"), d->to.toString()},
                                  {QStringLiteral("added"), QJsonArray::fromStringList(d->added)},
                                  {QStringLiteral("removed"), QJsonArray::fromStringList(d->removed)},
                                  {QStringLiteral("labelsChanged"), QJsonArray::fromStringList(d->labelsChanged)},
                                  {QStringLiteral("changes"), changesJson(d->changes)}});
            return ExitOk;
        }
        out(tr("%1 %2 -> %3: %4 units added, %5 removed, %6 with changed labels")
                .arg(dataset, d->from.toString(), d->to.toString())
                .arg(d->added.size())
                .arg(d->removed.size())
                .arg(d->labelsChanged.size()));
        for (const QString &s : d->added)
            out(tr("  added:   %1").arg(s));
        for (const QString &s : d->removed)
            out(tr("  removed: %1").arg(s));
        for (const QString &s : d->labelsChanged)
            out(tr("  labels:  %1").arg(s));
        printChanges(d->changes);
        return ExitOk;
    }
    // documentation: every argument is checked before anything is stored.
    const QString dates = p.value(QStringLiteral("--dates"));
    if (p.has(QStringLiteral("--dates")) && dates != QLatin1String("shift") && dates != QLatin1String("remove"))
        return usage(tr("--dates takes 'shift' or 'remove'."));
    if (p.has(QStringLiteral("--logo")) && p.has(QStringLiteral("--no-logo")))
        return usage(tr("Give either --logo IMAGE or --no-logo."));
    std::optional<QByteArray> logo;
    if (p.has(QStringLiteral("--logo"))) {
        const Result<QByteArray> png = ReleaseDocumentation::logoFromFile(p.value(QStringLiteral("--logo")));
        if (!png)
            return fail(png.error());
        logo = *png;
    } else if (p.has(QStringLiteral("--no-logo"))) {
        logo = QByteArray();
    }
    if (p.has(QStringLiteral("--set"))) {
        QFile file(p.value(QStringLiteral("--set")));
        if (!file.open(QIODevice::ReadOnly)) {
            err(tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()));
            return ExitFailure;
        }
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            err(tr("%1 is not valid JSON: %2 (at byte %3).").arg(file.fileName(), parseError.errorString()).arg(parseError.offset));
            return ExitFailure;
        }
        if (!document.isObject()) {
            err(tr("%1 holds no JSON object; write the documentation as {\"summary\": \"...\", ...} "
                   "(see 'etalon-cli release documentation DIR --json').")
                    .arg(file.fileName()));
            return ExitFailure;
        }
        // Either the documentation object or what this command prints ({"documentation": ...}).
        const QJsonObject object = document.object().contains(QStringLiteral("documentation"))
                                       ? document.object().value(QStringLiteral("documentation")).toObject()
                                       : document.object();
        // The file replaces every field: one it leaves out becomes empty. Names it does not know
        // (a typo) are reported, since they would be dropped without a word.
        QStringList known = ReleaseDocumentation().toJson().keys();
        known.append(QStringLiteral("logoPngBase64"));
        for (const QString &key : object.keys()) {
            if (!known.contains(key))
                err(tr("warning: %1: '%2' is not a documentation field and was ignored (fields: %3).")
                        .arg(file.fileName(), key, known.join(QStringLiteral(", "))));
        }
        ReleaseDocumentation documentation = ReleaseDocumentation::fromJson(object);
        if (!object.contains(QStringLiteral("logoPngBase64")) && !logo) {
            // A file without a logo keeps the stored one (the printed JSON leaves it out when there is none).
            const Result<ReleaseDocumentation> stored = ReleaseSettings::documentation(workspace, session, dataset);
            if (!stored)
                return fail(stored.error());
            documentation.logoPng = stored->logoPng;
        }
        if (logo)
            documentation.logoPng = *logo;
        if (Result<void> set = ReleaseSettings::setDocumentation(workspace, session, dataset, documentation); !set)
            return fail(set.error());
    } else if (logo) {
        Result<ReleaseDocumentation> documentation = ReleaseSettings::documentation(workspace, session, dataset);
        if (!documentation)
            return fail(documentation.error());
        documentation->logoPng = *logo;
        if (Result<void> set = ReleaseSettings::setDocumentation(workspace, session, dataset, *documentation); !set)
            return fail(set.error());
    }
    if (p.has(QStringLiteral("--dates"))) {
        if (Result<void> set = ReleaseSettings::setRemoveDates(workspace, session, dataset, dates == QLatin1String("remove")); !set)
            return fail(set.error());
    }
    const Result<ReleaseDocumentation> documentation = ReleaseSettings::documentation(workspace, session, dataset);
    if (!documentation)
        return fail(documentation.error());
    const Result<DeidentificationSettings> settings = ReleaseSettings::deidentification(workspace, session, dataset);
    if (!settings)
        return fail(settings.error());
    // JSON either way: it is what --set takes back.
    printJson(QJsonObject{{QStringLiteral("documentation"), documentation->toJson()},
                          {QStringLiteral("dates"), settings->removeDates ? QStringLiteral("remove") : QStringLiteral("shift")}});
    return ExitOk;
}

int runRegistry(const QStringList &args)
{
    const ParsedArgs p = parseArgs(args, {QStringLiteral("--user")}, {QStringLiteral("--json")});
    if (p.help || !p.error.isEmpty() || p.positional.size() != 1) {
        const QString text = tr("Usage: etalon-cli registry DIR --user COORDINATOR [--json]\n"
                                "The workspace's dataset registry: one row per released version with the methodology's\n"
                                "minimum fields (number, code, purpose and scope, modality, target pathology, data unit,\n"
                                "number and size of units, classes with their counts), as CSV or JSON.\n"
                                "\n"
                                "Options:");
        if (p.help) {
            out(text + QLatin1Char('\n') + signInHelp());
            return ExitOk;
        }
        return usage(p.error.isEmpty() ? text.section(QLatin1Char('\n'), 0, 0) : p.error);
    }
    int code = ExitOk;
    std::optional<SignedIn> signedIn = signIn(p.positional.at(0), p.value(QStringLiteral("--user")), &code);
    if (!signedIn)
        return code;
    const Result<QList<Release>> releases = Releases::list(*signedIn->workspace, *signedIn->session);
    if (!releases)
        return fail(releases.error());
    QList<RegistryRow> rows;
    for (const Release &r : *releases) {
        RegistryRow row = registryRowFromJson(r.registry);
        if (r.registry.isEmpty()) { // recorded without a bundle: what the release itself says
            row.code = r.datasetCode;
            row.version = r.version.toString();
            row.purposeAndScope = r.plan.value(QStringLiteral("purpose")).toString();
            row.dataUnit = r.plan.value(QStringLiteral("dataUnit")).toString();
            row.unitCount = int(r.units.size());
            row.releasedAt = r.createdAt.date().toString(Qt::ISODate);
        }
        if (row.number <= 0) // recorded without a bundle
            row.number = int(rows.size()) + 1;
        rows.append(row);
    }
    if (p.has(QStringLiteral("--json"))) {
        QJsonArray array;
        for (const RegistryRow &row : rows)
            array.append(registryRowToJson(row));
        printJson(array);
        return ExitOk;
    }
    out(QString::fromUtf8(BundleDocuments::registryCsv(rows)).trimmed());
    return ExitOk;
}

} // namespace etalon::app::cli
