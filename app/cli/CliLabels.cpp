#include "app/cli/CliOutput.h"
#include "app/cli/CliSession.h"
#include "app/cli/Commands.h"

#include "core/workflow/Datasets.h"
#include "core/workflow/FinalLabels.h"
#include "core/workflow/FindingCodec.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace etalon::core;
using namespace etalon::core::workflow;

namespace etalon::app::cli {

namespace {

void printLabelsHelp()
{
    out(tr("Usage: etalon-cli labels list DIR --user COORDINATOR --dataset CODE [--json]\n"
           "       etalon-cli labels correct DIR --user COORDINATOR --dataset CODE --study UID\n"
           "                                 [--class CODE] [--level low|medium|high]\n"
           "                                 [--findings-json FILE] --reason TEXT [--json]"));
    out(QString());
    out(tr("Final labels of a dataset after verification (coordinators only).\n"
           "\n"
           "list: one line per study not withdrawn: state (agreed, arbitrated, excluded), final class,\n"
           "  verification level, number of findings, corrections made and the last reason.\n"
           "correct: corrects the final label of an agreed or arbitrated study, e.g. after histology.\n"
           "  --class: a class code of the dataset's label schema; --level: the verification level;\n"
           "  --findings-json FILE: the new findings, a JSON array in the format stored in final labels\n"
           "  ([{\"kind\": \"box\", \"label\": \"SIGN\", \"attributes\": {}, \"geometry\": {...}}, ...], masks with\n"
           "  \"maskBlobBase64\"; see 'labels list --json'); an empty array [] removes every finding.\n"
           "  Options left out keep the current value. --reason is required; the old and new values\n"
           "  and the reason go into the label's history and the audit log, and the next release is a\n"
           "  PATCH. To remove a study from the dataset use 'etalon-cli dataset withdraw'.\n"
           "\n"
           "JSON: list prints [L]; correct prints L, with L = {\"datasetStudy\", \"studyInstanceUid\", \"state\",\n"
           "  \"studyClass\" (null when none), \"verificationLevel\", \"findings\": [findings as stored],\n"
           "  \"decidedBy\" (empty when agreed automatically), \"decidedAt\", \"corrections\", \"reason\",\n"
           "  \"provenance\": {as stored, with \"corrections\": [{\"at\", \"by\", \"reason\", \"before\", \"after\"}]}}.\n"
           "\n"
           "Options:\n")
        + signInHelp());
    out(tr("Exit codes: 0 done, 1 failed (the message says why), 2 usage error or no password available,\n"
           "3 authentication failed, 4 permission denied."));
}

QJsonObject labelJson(const FinalLabel &l)
{
    return QJsonObject{{QStringLiteral("datasetStudy"), l.datasetStudyId},
                       {QStringLiteral("studyInstanceUid"), l.studyInstanceUid},
                       {QStringLiteral("state"), l.state},
                       {QStringLiteral("studyClass"), l.studyClass ? QJsonValue(*l.studyClass) : QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("verificationLevel"), l.verificationLevel},
                       {QStringLiteral("findings"), FindingCodec::findingsToJson(l.findings)},
                       {QStringLiteral("decidedBy"), l.decidedBy},
                       {QStringLiteral("decidedAt"), l.decidedAt.toString(Qt::ISODateWithMs)},
                       {QStringLiteral("corrections"), l.corrections},
                       {QStringLiteral("reason"), l.reason},
                       {QStringLiteral("provenance"), l.provenance}};
}

void printJson(const QJsonValue &value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out(QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed());
}

QString labelLine(const FinalLabel &l)
{
    QString line = tr("%1  %2  class %3  level %4  findings %5")
                       .arg(l.studyInstanceUid, l.state.leftJustified(10), l.studyClass.value_or(QStringLiteral("-")),
                            l.verificationLevel)
                       .arg(l.findings.size());
    if (l.corrections > 0)
        line += tr("  corrected %1x: %2").arg(l.corrections).arg(l.reason);
    else if (!l.reason.isEmpty())
        line += tr("  reason: %1").arg(l.reason);
    return line;
}

int labelsList(const ParsedArgs &p)
{
    int code = ExitOk;
    std::optional<SignedIn> signedIn = signIn(p.positional.at(1), p.value(QStringLiteral("--user")), &code);
    if (!signedIn)
        return code;
    const Result<QList<FinalLabel>> labels =
        FinalLabels::list(*signedIn->workspace, *signedIn->session, p.value(QStringLiteral("--dataset")));
    if (!labels) {
        err(labels.error().message);
        return exitCodeFor(labels.error());
    }
    if (p.has(QStringLiteral("--json"))) {
        QJsonArray array;
        for (const FinalLabel &l : *labels)
            array.append(labelJson(l));
        printJson(array);
        return ExitOk;
    }
    for (const FinalLabel &l : *labels)
        out(labelLine(l));
    if (labels->isEmpty())
        out(tr("No final labels in %1 yet.").arg(p.value(QStringLiteral("--dataset"))));
    return ExitOk;
}

int labelsCorrect(const ParsedArgs &p)
{
    const QString dataset = p.value(QStringLiteral("--dataset"));
    const QString study = p.value(QStringLiteral("--study"));
    if (study.isEmpty() || !p.has(QStringLiteral("--reason"))) {
        err(tr("Usage: etalon-cli labels correct DIR --user COORDINATOR --dataset CODE --study UID [--class CODE] "
               "[--level low|medium|high] [--findings-json FILE] --reason TEXT   (see etalon-cli labels --help)"));
        return ExitUsage;
    }
    FinalLabelCorrection correction;
    correction.reason = p.value(QStringLiteral("--reason"));
    if (p.has(QStringLiteral("--class")))
        correction.studyClass = p.value(QStringLiteral("--class"));
    if (p.has(QStringLiteral("--level")))
        correction.verificationLevel = p.value(QStringLiteral("--level"));
    if (!correction.studyClass && !correction.verificationLevel && !p.has(QStringLiteral("--findings-json"))) {
        err(tr("Nothing to correct: give --class, --level and/or --findings-json (see etalon-cli labels --help)."));
        return ExitUsage;
    }

    int code = ExitOk;
    std::optional<SignedIn> signedIn = signIn(p.positional.at(1), p.value(QStringLiteral("--user")), &code);
    if (!signedIn)
        return code;
    // The study's place in the dataset; the role is checked by the core (list refuses non-coordinators).
    const Result<QList<DatasetStudy>> studies = Datasets::studies(*signedIn->workspace, *signedIn->session, dataset);
    if (!studies) {
        err(tr("Cannot correct the label: %1").arg(studies.error().message));
        return exitCodeFor(studies.error());
    }
    qint64 datasetStudyId = 0;
    for (const DatasetStudy &s : *studies) {
        if (s.studyInstanceUid == study)
            datasetStudyId = s.id;
    }
    if (datasetStudyId == 0) {
        err(tr("Study %1 is not in dataset %2 (see 'etalon-cli dataset show DIR %2').").arg(study, dataset));
        return ExitFailure;
    }
    if (p.has(QStringLiteral("--findings-json"))) {
        const QString path = p.value(QStringLiteral("--findings-json"));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            err(tr("Cannot read the findings file %1: %2").arg(path, file.errorString()));
            return ExitFailure;
        }
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
        if (!doc.isArray()) {
            err(tr("The findings file %1 must hold a JSON array of findings (%2).")
                    .arg(path, parseError.error != QJsonParseError::NoError ? parseError.errorString() : tr("it holds something else")));
            return ExitFailure;
        }
        Result<std::vector<Finding>> findings = FindingCodec::findingsFromJson(doc.array());
        if (!findings) {
            err(tr("The findings file %1 cannot be read: %2").arg(path, findings.error().message));
            return ExitFailure;
        }
        correction.findings = std::move(*findings);
    }
    const Result<FinalLabel> corrected = FinalLabels::correct(*signedIn->workspace, *signedIn->session, datasetStudyId, correction);
    if (!corrected) {
        err(tr("Cannot correct the label: %1").arg(corrected.error().message));
        return exitCodeFor(corrected.error());
    }
    if (p.has(QStringLiteral("--json")))
        printJson(labelJson(*corrected));
    else
        out(tr("Corrected: %1").arg(labelLine(*corrected)));
    return ExitOk;
}

} // namespace

int runLabels(const QStringList &args)
{
    const ParsedArgs p = parseArgs(args,
                                   {QStringLiteral("--user"), QStringLiteral("--dataset"), QStringLiteral("--study"),
                                    QStringLiteral("--class"), QStringLiteral("--level"), QStringLiteral("--findings-json"),
                                    QStringLiteral("--reason")},
                                   {QStringLiteral("--json")});
    if (p.help) {
        printLabelsHelp();
        return ExitOk;
    }
    const QString verb = p.positional.value(0);
    if (!p.error.isEmpty() || p.positional.size() != 2 || !p.has(QStringLiteral("--dataset"))
        || (verb != QLatin1String("list") && verb != QLatin1String("correct"))) {
        err((p.error.isEmpty() ? tr("Usage: etalon-cli labels list|correct DIR --user COORDINATOR --dataset CODE ...") : p.error)
            + QLatin1Char(' ') + tr("(see etalon-cli labels --help)"));
        return ExitUsage;
    }
    if (verb == QLatin1String("list"))
        return labelsList(p);
    return labelsCorrect(p);
}

} // namespace etalon::app::cli
