#include "app/cli/CliOutput.h"
#include "app/cli/CliSession.h"
#include "app/cli/Commands.h"

#include "core/store/Catalog.h"
#include "core/workflow/Datasets.h"
#include "core/workflow/FinalLabels.h"
#include "core/workflow/LabelSchemas.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace etalon::core;
using namespace etalon::core::workflow;

namespace etalon::app::cli {

namespace {

void printDatasetHelp()
{
    out(tr("Usage: etalon-cli dataset create DIR --user LOGIN --code CODE --name NAME --purpose PURPOSE\n"
           "                                --schema ID|FILE.json [--task TEXT] [--unit TEXT]\n"
           "                                [--target CLASS=N]... [--ordinal-tolerance N] [--iou X]\n"
           "                                [--dice X] [--hd95 MM] [--consensus intersection|union]\n"
           "                                [--verification TEXT] [--source TEXT] [--json]\n"
           "       etalon-cli dataset list DIR --user LOGIN [--json]\n"
           "       etalon-cli dataset show DIR CODE --user LOGIN [--json]\n"
           "       etalon-cli dataset add-studies DIR CODE --user LOGIN (STUDY_UID[/SERIES_UID]... | --all) [--json]\n"
           "       etalon-cli dataset withdraw DIR --user LOGIN --dataset CODE --study UID --reason TEXT\n"
           "       etalon-cli dataset schemas [--json]"));
    out(QString());
    out(tr("Datasets of the workspace DIR (METHODOLOGY.md, stage 1). Coordinators create datasets and add\n"
           "studies; readers and experts see only datasets they have readings in.\n"
           "\n"
           "create: CODE follows DS_<test>_<modality>[_<organ>]_<target>, e.g. DS_CT-I_CT_OGK_COVID.\n"
           "  PURPOSE: functional, calibration, fine_tuning, training, dynamic or technical_defects.\n"
           "  --schema: a built-in label schema (see 'dataset schemas') or a schema JSON file; it is\n"
           "  copied into the dataset. --target CLASS=N: target count of a schema class (repeatable).\n"
           "  Disagreement thresholds: --ordinal-tolerance (default 0 classes), --iou (0.5), --dice (0.7),\n"
           "  --hd95 in mm (not checked by default), --consensus for agreed findings (intersection).\n"
           "show: the dataset; for coordinators with its studies.\n"
           "add-studies: adds studies of the workspace by Study Instance UID; STUDY_UID/SERIES_UID makes\n"
           "  that series the data unit. --all adds every study not yet in the dataset. Adding a study\n"
           "  again changes nothing.\n"
           "  Unknown UIDs are listed; the others are added.\n"
           "withdraw: removes a study from the dataset after selection (e.g. found unsuitable); its\n"
           "  readings and labels stay stored, it is no longer a data unit, and the next release is a\n"
           "  MINOR one. --reason is required (audit log, release notes).\n"
           "schemas: the built-in label schemas.\n"
           "\n"
           "JSON: a dataset is {\"code\", \"name\", \"version\", \"purpose\", \"clinicalTask\", \"dataUnit\",\n"
           "  \"schema\": {schema JSON}, \"classTargets\": {CLASS: N}, \"thresholds\": {\"ordinalTolerance\",\n"
           "  \"iou\", \"dice\", \"hd95Mm\", \"findingConsensus\", \"pointToleranceMm\"}, \"verificationMethod\",\n"
           "  \"dataSource\", \"createdBy\", \"createdAt\", \"studyCount\"} and, in show for coordinators,\n"
           "  \"studies\": [{\"studyInstanceUid\", \"seriesInstanceUid\" (null = whole study), \"state\", \"addedAt\"}].\n"
           "  add-studies: {\"added\": [uid], \"alreadyPresent\": [uid], \"unknown\": [uid],\n"
           "  \"problems\": [{\"studyInstanceUid\", \"reason\"}]}.\n"
           "\n"
           "Options:\n")
        + signInHelp());
    out(tr("Exit codes: 0 done, 1 failed (add-studies: some UIDs unknown or refused; the rest were added),\n"
           "2 usage error or no password available, 3 authentication failed, 4 permission denied."));
}

QJsonObject datasetJson(const Dataset &d)
{
    QJsonObject targets;
    for (auto it = d.spec.classTargets.begin(); it != d.spec.classTargets.end(); ++it)
        targets.insert(it.key(), it.value());
    return QJsonObject{{QStringLiteral("code"), d.spec.code},
                       {QStringLiteral("name"), d.spec.name},
                       {QStringLiteral("version"), d.version},
                       {QStringLiteral("purpose"), purposeName(d.spec.purpose)},
                       {QStringLiteral("clinicalTask"), d.spec.clinicalTask},
                       {QStringLiteral("dataUnit"), d.spec.dataUnit},
                       {QStringLiteral("schema"), QJsonDocument::fromJson(d.spec.schema.toJson()).object()},
                       {QStringLiteral("classTargets"), targets},
                       {QStringLiteral("thresholds"), d.spec.thresholds.toJson()},
                       {QStringLiteral("verificationMethod"), d.spec.verificationMethod},
                       {QStringLiteral("dataSource"), d.spec.dataSource},
                       {QStringLiteral("createdBy"), d.createdBy},
                       {QStringLiteral("createdAt"), d.createdAt.toString(Qt::ISODateWithMs)},
                       {QStringLiteral("studyCount"), d.studyCount}};
}

void printJson(const QJsonValue &value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out(QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed());
}

void printDataset(const Dataset &d)
{
    out(tr("%1  %2  (version %3)").arg(d.spec.code, d.spec.name, d.version));
    out(tr("  purpose:        %1").arg(purposeName(d.spec.purpose)));
    out(tr("  clinical task:  %1").arg(d.spec.clinicalTask));
    out(tr("  data unit:      %1").arg(d.spec.dataUnit));
    out(tr("  label schema:   %1 (%2)").arg(d.spec.schema.id, d.spec.schema.name));
    QStringList targets;
    for (auto it = d.spec.classTargets.begin(); it != d.spec.classTargets.end(); ++it)
        targets.append(QStringLiteral("%1=%2").arg(it.key()).arg(it.value()));
    out(tr("  class targets:  %1").arg(targets.isEmpty() ? QStringLiteral("-") : targets.join(QStringLiteral(", "))));
    const DisagreementThresholds &t = d.spec.thresholds;
    out(tr("  thresholds:     ordinal tolerance %1, IoU %2, Dice %3, HD95 %4, consensus %5")
            .arg(t.ordinalTolerance)
            .arg(t.iou)
            .arg(t.dice)
            .arg(t.hd95Mm ? tr("%1 mm").arg(*t.hd95Mm) : tr("not checked"),
                 findingConsensusName(t.findingConsensus)));
    out(tr("  created by %1 at %2; %3 studies").arg(d.createdBy, d.createdAt.toString(Qt::ISODate)).arg(d.studyCount));
}

int datasetSchemas(const ParsedArgs &p)
{
    const QList<LabelSchema> schemas = LabelSchemas::builtIn();
    if (p.has(QStringLiteral("--json"))) {
        QJsonArray array;
        for (const LabelSchema &s : schemas)
            array.append(QJsonDocument::fromJson(s.toJson()).object());
        printJson(array);
        return ExitOk;
    }
    for (const LabelSchema &s : schemas) {
        QStringList classes;
        for (const LabelClass &c : s.classes)
            classes.append(c.code);
        QStringList kinds;
        for (FindingKind k : s.findingKinds)
            kinds.append(findingKindName(k));
        out(tr("%1  %2").arg(s.id.leftJustified(20), s.name));
        out(tr("    %1 classes: %2").arg(s.scale == ClassScale::Ordinal ? tr("ordinal") : tr("nominal"),
                                        classes.join(QStringLiteral(", "))));
        out(tr("    findings: %1").arg(kinds.isEmpty() ? tr("none (study-level only)") : kinds.join(QStringLiteral(", "))));
    }
    return ExitOk;
}

int datasetCreate(const ParsedArgs &p)
{
    const auto usage = [] {
        err(tr("Usage: etalon-cli dataset create DIR --user LOGIN --code CODE --name NAME --purpose PURPOSE "
               "--schema ID|FILE   (see etalon-cli dataset --help)"));
        return ExitUsage;
    };
    if (p.positional.size() != 2)
        return usage();
    DatasetSpec spec;
    spec.code = p.value(QStringLiteral("--code"));
    spec.name = p.value(QStringLiteral("--name"));
    const std::optional<DatasetPurpose> purpose = purposeFromName(p.value(QStringLiteral("--purpose")));
    if (spec.code.isEmpty() || spec.name.isEmpty() || !p.has(QStringLiteral("--schema")))
        return usage();
    if (!purpose) {
        err(tr("--purpose must be functional, calibration, fine_tuning, training, dynamic or technical_defects."));
        return ExitUsage;
    }
    spec.purpose = *purpose;
    spec.clinicalTask = p.value(QStringLiteral("--task"));
    spec.dataUnit = p.value(QStringLiteral("--unit"));
    spec.verificationMethod = p.value(QStringLiteral("--verification"));
    spec.dataSource = p.value(QStringLiteral("--source"));
    for (const QString &target : p.values.value(QStringLiteral("--target"))) {
        const qsizetype eq = target.indexOf(QLatin1Char('='));
        bool ok = false;
        const int count = eq > 0 ? target.mid(eq + 1).toInt(&ok) : 0;
        if (!ok) {
            err(tr("--target needs CLASS=N, e.g. --target CT0=100 (got '%1').").arg(target));
            return ExitUsage;
        }
        spec.classTargets.insert(target.left(eq), count);
    }
    QJsonObject thresholds;
    const QList<QPair<QString, QString>> numeric{{QStringLiteral("--ordinal-tolerance"), QStringLiteral("ordinalTolerance")},
                                                 {QStringLiteral("--iou"), QStringLiteral("iou")},
                                                 {QStringLiteral("--dice"), QStringLiteral("dice")},
                                                 {QStringLiteral("--hd95"), QStringLiteral("hd95Mm")}};
    for (const auto &[option, key] : numeric) {
        if (!p.values.contains(option))
            continue;
        bool ok = false;
        const double value = p.value(option).toDouble(&ok);
        if (!ok) {
            err(tr("%1 needs a number (got '%2').").arg(option, p.value(option)));
            return ExitUsage;
        }
        thresholds.insert(key, value);
    }
    if (p.values.contains(QStringLiteral("--consensus")))
        thresholds.insert(QStringLiteral("findingConsensus"), p.value(QStringLiteral("--consensus")));
    const Result<DisagreementThresholds> parsedThresholds = DisagreementThresholds::fromJson(thresholds);
    if (!parsedThresholds) {
        err(parsedThresholds.error().message);
        return ExitUsage;
    }
    spec.thresholds = *parsedThresholds;

    int code = ExitOk;
    std::optional<SignedIn> signedIn = signIn(p.positional.at(1), p.value(QStringLiteral("--user")), &code);
    if (!signedIn)
        return code;
    // The role is checked before the schema is read, so a reader learns nothing about files.
    const Result<LabelSchema> schema = LabelSchemas::resolve(p.value(QStringLiteral("--schema")));
    if (!schema && signedIn->session->isCoordinator()) {
        err(schema.error().message);
        return ExitFailure;
    }
    if (schema)
        spec.schema = *schema;
    const Result<Dataset> dataset = Datasets::create(*signedIn->workspace, *signedIn->session, spec);
    if (!dataset) {
        err(tr("Cannot create the dataset: %1").arg(dataset.error().message));
        return exitCodeFor(dataset.error());
    }
    if (p.has(QStringLiteral("--json")))
        printJson(datasetJson(*dataset));
    else
        out(tr("Created dataset %1.").arg(dataset->spec.code));
    return ExitOk;
}

int datasetList(const ParsedArgs &p)
{
    if (p.positional.size() != 2) {
        err(tr("Usage: etalon-cli dataset list DIR --user LOGIN [--json]"));
        return ExitUsage;
    }
    int code = ExitOk;
    std::optional<SignedIn> signedIn = signIn(p.positional.at(1), p.value(QStringLiteral("--user")), &code);
    if (!signedIn)
        return code;
    const Result<QList<Dataset>> datasets = Datasets::list(*signedIn->workspace, *signedIn->session);
    if (!datasets) {
        err(datasets.error().message);
        return exitCodeFor(datasets.error());
    }
    if (p.has(QStringLiteral("--json"))) {
        QJsonArray array;
        for (const Dataset &d : *datasets)
            array.append(datasetJson(d));
        printJson(array);
        return ExitOk;
    }
    for (const Dataset &d : *datasets) {
        out(tr("%1  %2  [%3, %4]  %5 studies")
                .arg(d.spec.code.leftJustified(28), d.spec.name, purposeName(d.spec.purpose), d.spec.schema.id)
                .arg(d.studyCount));
    }
    if (datasets->isEmpty())
        out(tr("No datasets."));
    return ExitOk;
}

int datasetShow(const ParsedArgs &p)
{
    if (p.positional.size() != 3) {
        err(tr("Usage: etalon-cli dataset show DIR CODE --user LOGIN [--json]"));
        return ExitUsage;
    }
    int code = ExitOk;
    std::optional<SignedIn> signedIn = signIn(p.positional.at(1), p.value(QStringLiteral("--user")), &code);
    if (!signedIn)
        return code;
    const Result<Dataset> dataset = Datasets::show(*signedIn->workspace, *signedIn->session, p.positional.at(2));
    if (!dataset) {
        err(dataset.error().message);
        return exitCodeFor(dataset.error());
    }
    QList<DatasetStudy> studies;
    if (signedIn->session->isCoordinator()) {
        const Result<QList<DatasetStudy>> listed = Datasets::studies(*signedIn->workspace, *signedIn->session, dataset->spec.code);
        if (!listed) {
            err(listed.error().message);
            return exitCodeFor(listed.error());
        }
        studies = *listed;
    }
    if (p.has(QStringLiteral("--json"))) {
        QJsonObject object = datasetJson(*dataset);
        if (signedIn->session->isCoordinator()) {
            QJsonArray array;
            for (const DatasetStudy &s : studies) {
                array.append(QJsonObject{{QStringLiteral("studyInstanceUid"), s.studyInstanceUid},
                                         {QStringLiteral("seriesInstanceUid"),
                                          s.seriesInstanceUid.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s.seriesInstanceUid)},
                                         {QStringLiteral("state"), s.state},
                                         {QStringLiteral("addedAt"), s.addedAt.toString(Qt::ISODateWithMs)}});
            }
            object.insert(QStringLiteral("studies"), array);
        }
        printJson(object);
        return ExitOk;
    }
    printDataset(*dataset);
    for (const DatasetStudy &s : studies) {
        out(tr("  study %1%2  %3")
                .arg(s.studyInstanceUid, s.seriesInstanceUid.isEmpty() ? QString() : tr("  series %1").arg(s.seriesInstanceUid), s.state));
    }
    return ExitOk;
}

int datasetAddStudies(const ParsedArgs &p)
{
    const bool all = p.has(QStringLiteral("--all"));
    if (p.positional.size() < 3 || (p.positional.size() == 3 && !all) || (p.positional.size() > 3 && all)) {
        err(tr("Usage: etalon-cli dataset add-studies DIR CODE --user LOGIN (STUDY_UID[/SERIES_UID]... | --all)"));
        return ExitUsage;
    }
    int code = ExitOk;
    std::optional<SignedIn> signedIn = signIn(p.positional.at(1), p.value(QStringLiteral("--user")), &code);
    if (!signedIn)
        return code;
    QList<StudyToAdd> studies;
    if (all && signedIn->session->isCoordinator()) {
        const Result<QList<store::StudySummary>> catalogue = store::Catalog(*signedIn->workspace).studies();
        if (!catalogue) {
            err(catalogue.error().message);
            return ExitFailure;
        }
        // --all: every study not yet in the dataset (whatever its data unit there).
        const Result<QList<DatasetStudy>> present = Datasets::studies(*signedIn->workspace, *signedIn->session, p.positional.at(2));
        if (!present) {
            err(tr("Cannot add the studies: %1").arg(present.error().message));
            return exitCodeFor(present.error());
        }
        QSet<QString> inDataset;
        for (const DatasetStudy &s : *present)
            inDataset.insert(s.studyInstanceUid);
        for (const store::StudySummary &s : *catalogue) {
            if (!inDataset.contains(s.studyInstanceUid))
                studies.append({s.studyInstanceUid, {}});
        }
    }
    for (const QString &arg : p.positional.mid(3)) {
        const qsizetype slash = arg.indexOf(QLatin1Char('/'));
        studies.append(slash < 0 ? StudyToAdd{arg, {}} : StudyToAdd{arg.left(slash), arg.mid(slash + 1)});
    }
    const Result<AddStudiesReport> report = Datasets::addStudies(*signedIn->workspace, *signedIn->session, p.positional.at(2), studies);
    if (!report) {
        err(tr("Cannot add the studies: %1").arg(report.error().message));
        return exitCodeFor(report.error());
    }
    if (p.has(QStringLiteral("--json"))) {
        QJsonArray problems;
        for (const auto &[uid, reason] : report->problems)
            problems.append(QJsonObject{{QStringLiteral("studyInstanceUid"), uid}, {QStringLiteral("reason"), reason}});
        printJson(QJsonObject{{QStringLiteral("added"), QJsonArray::fromStringList(report->added)},
                              {QStringLiteral("alreadyPresent"), QJsonArray::fromStringList(report->alreadyPresent)},
                              {QStringLiteral("unknown"), QJsonArray::fromStringList(report->unknown)},
                              {QStringLiteral("problems"), problems}});
    } else {
        out(tr("Added %1 studies to %2; %3 were already there.")
                .arg(report->added.size())
                .arg(p.positional.at(2))
                .arg(report->alreadyPresent.size()));
    }
    for (const QString &uid : report->unknown)
        err(tr("Not in the workspace (import it first): %1").arg(uid));
    for (const auto &[uid, reason] : report->problems)
        err(tr("Not added: %1: %2").arg(uid, reason));
    return report->complete() ? ExitOk : ExitFailure;
}

int datasetWithdraw(const ParsedArgs &p)
{
    if (p.positional.size() != 2 || !p.has(QStringLiteral("--dataset")) || !p.has(QStringLiteral("--study"))
        || !p.has(QStringLiteral("--reason"))) {
        err(tr("Usage: etalon-cli dataset withdraw DIR --user LOGIN --dataset CODE --study UID --reason TEXT"));
        return ExitUsage;
    }
    int code = ExitOk;
    std::optional<SignedIn> signedIn = signIn(p.positional.at(1), p.value(QStringLiteral("--user")), &code);
    if (!signedIn)
        return code;
    const QString dataset = p.value(QStringLiteral("--dataset"));
    const QString study = p.value(QStringLiteral("--study"));
    const Result<void> withdrawn =
        FinalLabels::withdraw(*signedIn->workspace, *signedIn->session, dataset, study, p.value(QStringLiteral("--reason")));
    if (!withdrawn) {
        err(tr("Cannot withdraw the study: %1").arg(withdrawn.error().message));
        return exitCodeFor(withdrawn.error());
    }
    out(tr("Withdrew study %1 from %2.").arg(study, dataset));
    return ExitOk;
}

} // namespace

int runDataset(const QStringList &args)
{
    const ParsedArgs p = parseArgs(args,
                                   {QStringLiteral("--user"), QStringLiteral("--code"), QStringLiteral("--name"),
                                    QStringLiteral("--purpose"), QStringLiteral("--schema"), QStringLiteral("--task"),
                                    QStringLiteral("--unit"), QStringLiteral("--target"), QStringLiteral("--ordinal-tolerance"),
                                    QStringLiteral("--iou"), QStringLiteral("--dice"), QStringLiteral("--hd95"),
                                    QStringLiteral("--consensus"), QStringLiteral("--verification"), QStringLiteral("--source"),
                                    QStringLiteral("--dataset"), QStringLiteral("--study"), QStringLiteral("--reason")},
                                   {QStringLiteral("--json"), QStringLiteral("--all")});
    if (p.help) {
        printDatasetHelp();
        return ExitOk;
    }
    if (!p.error.isEmpty()) {
        err(p.error + QLatin1Char(' ') + tr("(see etalon-cli dataset --help)"));
        return ExitUsage;
    }
    const QString verb = p.positional.value(0);
    if (verb == QLatin1String("schemas"))
        return datasetSchemas(p);
    if (verb == QLatin1String("create"))
        return datasetCreate(p);
    if (verb == QLatin1String("list"))
        return datasetList(p);
    if (verb == QLatin1String("show"))
        return datasetShow(p);
    if (verb == QLatin1String("add-studies"))
        return datasetAddStudies(p);
    if (verb == QLatin1String("withdraw"))
        return datasetWithdraw(p);
    err(tr("Usage: etalon-cli dataset create|list|show|add-studies|withdraw|schemas ...   (see etalon-cli dataset --help)"));
    return ExitUsage;
}

} // namespace etalon::app::cli
